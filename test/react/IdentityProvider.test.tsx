import { readFileSync } from 'node:fs';
import path from 'node:path';
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const loadStripe = vi.hoisted(() => vi.fn());
vi.mock('@stripe/stripe-js/pure/index.mjs', () => ({ loadStripe }));

import { VerifyIdentityButton } from '../../src/components/VerifyIdentityButton/VerifyIdentityButton.js';
import { en } from '../../src/core/en.js';
import { APP_INFO, LIBRARY_VERSION } from '../../src/core/version.js';
import * as library from '../../src/index.js';
import {
  useIdentityContext,
  useIdentityMessages,
  useOptionalIdentityContext,
} from '../../src/react/IdentityContext.js';
import { IdentityProvider } from '../../src/react/IdentityProvider.js';
import { useVerificationSession } from '../../src/react/useVerificationSession.js';
import { useVerifyIdentity } from '../../src/react/useVerifyIdentity.js';
import {
  createDeferred,
  createMockBackend,
  createMockStripe,
  createTestQueryClient,
} from '../../src/testing/index.js';
import { spyOnConsole, VerifyConsumer } from './helpers.js';

beforeEach(() => {
  loadStripe.mockReset();
});

describe('<IdentityProvider> lazy Stripe.js', () => {
  it('should not load Stripe.js on import or render, only on the first preload', async () => {
    expect(library.IdentityProvider).toBe(IdentityProvider);
    const mock = createMockStripe();
    loadStripe.mockResolvedValue(mock.stripe);
    render(
      <IdentityProvider publishableKey="pk_test_123" backend={createMockBackend()}>
        <VerifyConsumer />
      </IdentityProvider>,
    );
    expect(loadStripe).not.toHaveBeenCalled();
    expect(document.querySelector('script')).toBeNull();

    fireEvent.pointerEnter(screen.getByRole('button', { name: 'Verify' }));
    expect(loadStripe).toHaveBeenCalledExactlyOnceWith('pk_test_123', {});
    fireEvent.pointerEnter(screen.getByRole('button', { name: 'Verify' }));
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(screen.getByTestId('state')).toHaveTextContent('submitted'));
    expect(loadStripe).toHaveBeenCalledOnce();
    expect(mock.calls.verifyIdentity).toHaveLength(1);
  });

  it('should load Stripe.js on the first start() when nothing preloaded', async () => {
    loadStripe.mockResolvedValue(createMockStripe().stripe);
    render(
      <IdentityProvider publishableKey="pk_test_123" backend={createMockBackend()}>
        <VerifyConsumer />
      </IdentityProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(screen.getByTestId('state')).toHaveTextContent('submitted'));
    expect(loadStripe).toHaveBeenCalledOnce();
  });

  it('should pass locale and stripeOptions to loadStripe; stripeOptions.locale wins', () => {
    loadStripe.mockResolvedValue(createMockStripe().stripe);
    const { result, rerender } = renderHook(() => useIdentityContext(), {
      wrapper: ({ children }) => (
        <IdentityProvider
          publishableKey="pk_test_1"
          locale="fr"
          stripeOptions={{ stripeAccount: 'acct_1' }}
        >
          {children}
        </IdentityProvider>
      ),
    });
    act(() => result.current.preload());
    expect(loadStripe).toHaveBeenCalledWith('pk_test_1', { stripeAccount: 'acct_1', locale: 'fr' });
    rerender();

    loadStripe.mockClear();
    const other = renderHook(() => useIdentityContext(), {
      wrapper: ({ children }) => (
        <IdentityProvider publishableKey="pk_test_2" locale="fr" stripeOptions={{ locale: 'de' }}>
          {children}
        </IdentityProvider>
      ),
    });
    act(() => other.result.current.preload());
    expect(loadStripe).toHaveBeenCalledWith('pk_test_2', { locale: 'de' });
  });

  it('should fail with stripe_load_failed when the load rejects, and load again on the next attempt', async () => {
    const mock = createMockStripe();
    loadStripe
      .mockRejectedValueOnce(new Error('Failed to load Stripe.js'))
      .mockResolvedValueOnce(mock.stripe);
    render(
      <IdentityProvider publishableKey="pk_test_123" backend={createMockBackend()}>
        <VerifyConsumer />
      </IdentityProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-code', 'stripe_load_failed');
    expect(alert).toHaveTextContent(en.error.stripe_load_failed.message);

    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(screen.getByTestId('state')).toHaveTextContent('submitted'));
    expect(loadStripe).toHaveBeenCalledTimes(2);
  });

  it('should fail with stripe_load_failed when loadStripe resolves null', async () => {
    loadStripe.mockResolvedValue(null);
    const { result } = renderHook(() => useVerifyIdentity(), {
      wrapper: ({ children }) => (
        <IdentityProvider publishableKey="pk_test_123" backend={createMockBackend()}>
          {children}
        </IdentityProvider>
      ),
    });
    const outcome = await act(() => result.current.start());
    expect(outcome.error?.code).toBe('stripe_load_failed');
    expect(result.current.state).toBe('error');
  });

  it('should register the app info once per Stripe instance', async () => {
    const mock = createMockStripe();
    loadStripe.mockResolvedValue(mock.stripe);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <IdentityProvider publishableKey="pk_test_123" backend={createMockBackend()}>
        {children}
      </IdentityProvider>
    );
    const { result } = renderHook(() => useVerifyIdentity(), { wrapper });
    await act(() => result.current.start());
    await act(() => result.current.start());
    const second = renderHook(() => useVerifyIdentity(), {
      wrapper: ({ children }) => (
        <IdentityProvider stripe={mock.stripe} backend={createMockBackend()}>
          {children}
        </IdentityProvider>
      ),
    });
    await act(() => second.result.current.start());
    expect(mock.calls.registerAppInfo).toEqual([
      {
        name: 'react-stripe-identity',
        version: LIBRARY_VERSION,
        url: APP_INFO.url,
      },
    ]);
  });

  it('should keep LIBRARY_VERSION equal to package.json', () => {
    const pkg = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'),
    ) as { version: string };
    expect(LIBRARY_VERSION).toBe(pkg.version);
  });

  it('should skip registerAppInfo when the Stripe object has none', async () => {
    const verifyIdentity = vi.fn().mockResolvedValue({ verificationSession: { id: 'vs_1' } });
    const { result } = renderHook(() => useVerifyIdentity(), {
      wrapper: ({ children }) => (
        <IdentityProvider stripe={{ verifyIdentity } as never} backend={createMockBackend()}>
          {children}
        </IdentityProvider>
      ),
    });
    const outcome = await act(() => result.current.start());
    expect(outcome.state).toBe('submitted');
  });
});

describe('<IdentityProvider stripe>', () => {
  it.each([
    ['a publishable key', 'pk_test_123', 'It looks like a publishable key'],
    ['a number', 42, 'got number'],
    ['an object without verifyIdentity', { elements() {} }, 'without a `verifyIdentity` method'],
  ])('should throw a developer error naming the prop for %s', (_label, value, detail) => {
    spyOnConsole();
    expect(() =>
      render(
        <IdentityProvider stripe={value as never}>
          <p>child</p>
        </IdentityProvider>,
      ),
    ).toThrow(/Invalid prop `stripe` supplied to <IdentityProvider>/);
    expect(() => render(<IdentityProvider stripe={value as never} />)).toThrow(detail);
  });

  it('should accept an instance, a promise, and null then an instance (SSR then client)', async () => {
    const mock = createMockStripe();
    const backend = createMockBackend();
    const console = spyOnConsole();
    const { rerender } = render(
      <IdentityProvider stripe={null} backend={backend}>
        <VerifyConsumer />
      </IdentityProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(backend.requests.createSession).toBe(1));
    expect(screen.getByTestId('state')).toHaveTextContent('creating');
    rerender(
      <IdentityProvider stripe={Promise.resolve(mock.stripe)} backend={backend}>
        <VerifyConsumer />
      </IdentityProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('state')).toHaveTextContent('submitted'));
    expect(mock.calls.verifyIdentity).toHaveLength(1);
    expect(console.count()).toBe(0);
  });

  it('should warn in development and keep the first instance when `stripe` changes', async () => {
    const first = createMockStripe();
    const second = createMockStripe();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const backend = createMockBackend();
    const { rerender } = render(
      <IdentityProvider stripe={first.stripe} backend={backend}>
        <VerifyConsumer />
      </IdentityProvider>,
    );
    rerender(
      <IdentityProvider stripe={second.stripe} backend={backend}>
        <VerifyConsumer />
      </IdentityProvider>,
    );
    rerender(
      <IdentityProvider stripe={createMockStripe().stripe} backend={backend}>
        <VerifyConsumer />
      </IdentityProvider>,
    );
    expect(warn).toHaveBeenCalledOnce(); // once, not on every render
    expect(String(warn.mock.calls[0]![0])).toMatch(
      /^\[react-stripe-identity\] <IdentityProvider>: the `stripe` prop changed after it was set/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(screen.getByTestId('state')).toHaveTextContent('submitted'));
    expect(first.calls.verifyIdentity).toHaveLength(1);
    expect(second.calls.verifyIdentity).toHaveLength(0);
  });

  it('should not warn in production when `stripe` changes', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(<IdentityProvider stripe={createMockStripe().stripe} />);
    rerender(<IdentityProvider stripe={createMockStripe().stripe} />);
    vi.unstubAllEnvs();
    expect(warn).not.toHaveBeenCalled();
  });

  it('should fail with stripe_load_failed when neither stripe nor publishableKey is given', async () => {
    const { result } = renderHook(() => useVerifyIdentity(), {
      wrapper: ({ children }) => (
        <IdentityProvider backend={createMockBackend()}>{children}</IdentityProvider>
      ),
    });
    const outcome = await act(() => result.current.start());
    expect(outcome.error?.code).toBe('stripe_load_failed');
    expect(outcome.error?.message).toContain('neither `stripe` nor `publishableKey`');
  });
});

describe('<IdentityProvider> context', () => {
  it('should render no element of its own', () => {
    const { container } = render(
      <IdentityProvider stripe={null}>
        <span>child</span>
      </IdentityProvider>,
    );
    expect(container.innerHTML).toBe('<span>child</span>');
  });

  it('should use the queryClient prop first', () => {
    const client = createTestQueryClient();
    const outer = new QueryClient();
    const { result } = renderHook(() => useIdentityContext().queryClient, {
      wrapper: ({ children }) => (
        <QueryClientProvider client={outer}>
          <IdentityProvider queryClient={client}>{children}</IdentityProvider>
        </QueryClientProvider>
      ),
    });
    expect(result.current).toBe(client);
  });

  it('should use the nearest QueryClientProvider, leaving it visible to the host', () => {
    const outer = new QueryClient();
    const { result } = renderHook(
      () => ({ ours: useIdentityContext().queryClient, host: useQueryClient() }),
      {
        wrapper: ({ children }) => (
          <QueryClientProvider client={outer}>
            <IdentityProvider>{children}</IdentityProvider>
          </QueryClientProvider>
        ),
      },
    );
    expect(result.current.ours).toBe(outer);
    expect(result.current.host).toBe(outer);
  });

  it('should create one internal QueryClient when there is none, and provide it', () => {
    const { result, rerender } = renderHook(
      () => ({ ours: useIdentityContext().queryClient, host: useQueryClient() }),
      { wrapper: ({ children }) => <IdentityProvider>{children}</IdentityProvider> },
    );
    const first = result.current.ours;
    expect(first).toBeInstanceOf(QueryClient);
    expect(result.current.host).toBe(first);
    rerender();
    expect(result.current.ours).toBe(first);
  });

  it('should merge messages over English and expose them', () => {
    const { result } = renderHook(
      () => ({ messages: useIdentityMessages(), locale: useIdentityContext().locale }),
      {
        wrapper: ({ children }) => (
          <IdentityProvider messages={{ button: { idle: 'Go' }, locale: 'en-GB' }}>
            {children}
          </IdentityProvider>
        ),
      },
    );
    expect(result.current.messages.button.idle).toBe('Go');
    expect(result.current.messages.button.creating).toBe(en.button.creating);
    expect(result.current.messages.error).toEqual(en.error);
    expect(result.current.locale).toBe('en-GB');
  });

  it('should prefer the locale prop and pass appearance through', () => {
    const appearance = { theme: 'night' as const, variables: { colorPrimary: '#0570de' } };
    const { result } = renderHook(() => useIdentityContext(), {
      wrapper: ({ children }) => (
        <IdentityProvider locale="fr" appearance={appearance}>
          {children}
        </IdentityProvider>
      ),
    });
    expect(result.current.locale).toBe('fr');
    expect(result.current.appearance).toBe(appearance);
  });

  it('should give English messages and a null context outside a provider', () => {
    const { result } = renderHook(() => ({
      messages: useIdentityMessages(),
      context: useOptionalIdentityContext(),
    }));
    expect(result.current.messages).toBe(en);
    expect(result.current.context).toBeNull();
  });

  it('should name the hook or component that was used in the missing-provider error', () => {
    spyOnConsole();
    expect(() => renderHook(() => useVerificationSession('vs_1'))).toThrow(
      'Could not find IdentityProvider context; wrap the part of your app that calls useVerificationSession() in an <IdentityProvider>.',
    );
    expect(() => renderHook(() => useVerifyIdentity())).toThrow(
      'wrap the part of your app that calls useVerifyIdentity() in an <IdentityProvider>.',
    );
    expect(() => renderHook(() => useIdentityContext())).toThrow(
      'wrap the part of your app that calls useIdentityContext() in an <IdentityProvider>.',
    );
    expect(() => render(<VerifyIdentityButton />)).toThrow(
      'wrap the part of your app that renders <VerifyIdentityButton> in an <IdentityProvider>.',
    );
  });

  it('should build the HTTP backend from options', async () => {
    const fetch = vi.fn(
      async (_url: RequestInfo | URL, _init?: RequestInit) =>
        new Response(JSON.stringify({ id: 'vs_1', client_secret: 'vs_1_secret_abc' }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    const { result } = renderHook(() => useVerifyIdentity(), {
      wrapper: ({ children }) => (
        <IdentityProvider
          stripe={createMockStripe().stripe}
          backend={{ baseUrl: '/custom', fetch, headers: { 'X-Test': '1' } }}
        >
          {children}
        </IdentityProvider>
      ),
    });
    const outcome = await act(() => result.current.start());
    expect(outcome.state).toBe('submitted');
    expect(fetch).toHaveBeenCalledOnce();
    expect(fetch.mock.calls[0]![0]).toBe('/custom/verification-sessions');
  });

  it('should throw when a backend object lacks getSession', () => {
    spyOnConsole();
    expect(() =>
      render(<IdentityProvider backend={{ createSession: async () => ({ id: 'x' }) } as never} />),
    ).toThrow(/Invalid prop `backend` supplied to <IdentityProvider>/);
  });

  it('should wait for a promise given as `stripe` and use what it resolves to', async () => {
    const load = createDeferred<ReturnType<typeof createMockStripe>['stripe']>();
    const mock = createMockStripe();
    const { result } = renderHook(() => useIdentityContext(), {
      wrapper: ({ children }) => (
        <IdentityProvider stripe={load.promise}>{children}</IdentityProvider>
      ),
    });
    const stripe = result.current.getStripe();
    load.resolve(mock.stripe);
    await expect(stripe).resolves.toBe(mock);
  });
});
