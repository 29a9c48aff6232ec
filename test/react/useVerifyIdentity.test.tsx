import type { Stripe } from '@stripe/stripe-js';
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { type ReactNode, StrictMode, useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { en } from '../../src/core/en.js';
import { IdentityError } from '../../src/core/IdentityError.js';
import {
  mapVerifyIdentityResult,
  VERIFY_IDENTITY_FAILURES,
} from '../../src/core/mapVerifyIdentityResult.js';
import { REDIRECT_SESSION_STORAGE_KEY } from '../../src/core/redirectStorage.js';
import { useVerifyIdentity } from '../../src/react/useVerifyIdentity.js';
import {
  createDeferred,
  createMockBackend,
  createMockStripe,
  createTestQueryClient,
  hashSecret,
  IdentityTestProvider,
  type MockBackend,
  type MockStripe,
} from '../../src/testing/index.js';
import { flush, microtasks, spyOnConsole, VerifyConsumer } from './helpers.js';

function setup(overrides: { stripe?: MockStripe; backend?: MockBackend; strict?: boolean } = {}) {
  const stripe = overrides.stripe ?? createMockStripe();
  const backend = overrides.backend ?? createMockBackend();
  const queryClient = createTestQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => {
    const tree = (
      <IdentityTestProvider stripe={stripe.stripe} backend={backend} queryClient={queryClient}>
        {children}
      </IdentityTestProvider>
    );
    return overrides.strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
  return { stripe, backend, queryClient, wrapper };
}

/** A host that starts the verification from a child's mount effect. */
function AutoStart({ start }: { start: () => Promise<unknown> }) {
  useEffect(() => {
    void start();
  }, [start]);
  return null;
}

function AutoStartPage() {
  const { start, state } = useVerifyIdentity();
  return (
    <>
      <AutoStart start={start} />
      <p data-testid="state">{state}</p>
    </>
  );
}

describe('useVerifyIdentity', () => {
  it('should create a session, open the modal with its secret once and end in submitted', async () => {
    const { stripe, backend, wrapper } = setup();
    const onSubmitted = vi.fn();
    const { result } = renderHook(() => useVerifyIdentity({ onSubmitted }), { wrapper });
    expect(result.current.state).toBe('idle');

    let outcome: Awaited<ReturnType<typeof result.current.start>> | undefined;
    await act(async () => {
      outcome = await result.current.start({ plan: 'pro' });
    });

    const issued = backend.issued[0]!;
    expect(backend.createSessionCalls).toEqual([
      { input: { plan: 'pro' }, mode: 'modal', id: issued.id },
    ]);
    expect(stripe.calls.verifyIdentity).toHaveLength(1);
    expect(stripe.calls.verifyIdentity[0]!.secretHash).toBe(hashSecret(issued.clientSecret!));
    expect(outcome).toEqual({ state: 'submitted', sessionId: issued.id, error: null });
    expect(result.current).toMatchObject({
      state: 'submitted',
      sessionId: issued.id,
      error: null,
      isPending: false,
    });
    expect(onSubmitted).toHaveBeenCalledExactlyOnceWith(issued.id);
  });

  it('should pass the `input` option when start() gets no argument', async () => {
    const { backend, wrapper } = setup();
    const { result } = renderHook(() => useVerifyIdentity({ input: { plan: 'basic' } }), {
      wrapper,
    });
    await act(() => result.current.start());
    expect(backend.createSessionCalls[0]!.input).toEqual({ plan: 'basic' });
  });

  it('should go through creating and verifying, with isPending set', async () => {
    const modal = createDeferred<'submitted'>();
    const { wrapper } = setup({ stripe: createMockStripe({ outcome: () => modal.promise }) });
    const { result } = renderHook(() => useVerifyIdentity(), { wrapper });
    let pending!: Promise<unknown>;
    act(() => {
      pending = result.current.start();
    });
    expect(result.current.state).toBe('creating');
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.state).toBe('verifying'));
    expect(result.current.isPending).toBe(true);
    expect(result.current.sessionId).toMatch(/^vs_test/);
    await act(async () => {
      modal.resolve('submitted');
      await pending;
    });
    expect(result.current.state).toBe('submitted');
  });

  it('should call createSession while Stripe.js is still loading (parallel, not sequential)', async () => {
    const stripeLoad = createDeferred<Stripe | null>();
    const mock = createMockStripe();
    const backend = createMockBackend();
    const queryClient = createTestQueryClient();
    render(
      <IdentityTestProvider stripe={stripeLoad.promise} backend={backend} queryClient={queryClient}>
        <VerifyConsumer />
      </IdentityTestProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(backend.requests.createSession).toBe(1));
    await flush();
    expect(stripeLoad.state).toBe('pending');
    expect(screen.getByTestId('state')).toHaveTextContent('creating');
    expect(mock.calls.verifyIdentity).toHaveLength(0);

    stripeLoad.resolve(mock.stripe);
    await waitFor(() => expect(screen.getByTestId('state')).toHaveTextContent('submitted'));
    expect(mock.calls.verifyIdentity).toHaveLength(1);
  });

  it('should wait for Stripe.js when the backend answers first', async () => {
    const backendGate = createDeferred();
    const stripeLoad = createDeferred<Stripe | null>();
    const mock = createMockStripe();
    const backend = createMockBackend({ delayMs: { createSession: () => backendGate.promise } });
    const { result } = renderHook(() => useVerifyIdentity(), {
      wrapper: ({ children }) => (
        <IdentityTestProvider stripe={stripeLoad.promise} backend={backend}>
          {children}
        </IdentityTestProvider>
      ),
    });
    let pending!: Promise<unknown>;
    act(() => {
      pending = result.current.start();
    });
    expect(backend.requests.createSession).toBe(1);
    await act(async () => backendGate.resolve());
    expect(result.current.state).toBe('creating');
    expect(mock.calls.verifyIdentity).toHaveLength(0);
    await act(async () => {
      stripeLoad.resolve(mock.stripe);
      await pending;
    });
    expect(result.current.state).toBe('submitted');
  });

  it('should join a second start() while one is in flight: same promise, one session', async () => {
    const { stripe, backend, wrapper } = setup();
    const { result } = renderHook(() => useVerifyIdentity(), { wrapper });
    let first!: Promise<unknown>;
    let second!: Promise<unknown>;
    act(() => {
      first = result.current.start();
      second = result.current.start({ other: true });
    });
    expect(second).toBe(first);
    await act(async () => {
      await first;
    });
    expect(backend.requests.createSession).toBe(1);
    expect(stripe.calls.verifyIdentity).toHaveLength(1);
  });

  it('should create one session for a double click', async () => {
    const { stripe, backend, wrapper } = setup();
    render(<VerifyConsumer />, { wrapper });
    const button = screen.getByRole('button', { name: 'Verify' });
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByTestId('state')).toHaveTextContent('submitted'));
    expect(backend.requests.createSession).toBe(1);
    expect(stripe.calls.verifyIdentity).toHaveLength(1);
  });

  it('should allow a new run after the previous one settled', async () => {
    const { backend, wrapper } = setup();
    const { result } = renderHook(() => useVerifyIdentity(), { wrapper });
    await act(() => result.current.start());
    await act(() => result.current.start());
    expect(backend.requests.createSession).toBe(2);
  });

  describe('React.StrictMode', () => {
    it('should create one session per click and none on mount', async () => {
      const { stripe, backend, wrapper } = setup({ strict: true });
      render(<VerifyConsumer />, { wrapper });
      await flush();
      expect(backend.requests.createSession).toBe(0);
      fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
      await waitFor(() => expect(screen.getByTestId('state')).toHaveTextContent('submitted'));
      expect(backend.requests.createSession).toBe(1);
      expect(stripe.calls.verifyIdentity).toHaveLength(1);
    });
  });

  it('should end in canceled when the user closes the modal', async () => {
    const { wrapper } = setup({ stripe: createMockStripe({ outcome: 'canceled' }) });
    const onCanceled = vi.fn();
    const onError = vi.fn();
    const { result } = renderHook(() => useVerifyIdentity({ onCanceled, onError }), { wrapper });
    const outcome = await act(() => result.current.start());
    expect(outcome.state).toBe('canceled');
    expect(result.current).toMatchObject({ state: 'canceled', error: null });
    expect(result.current.sessionId).toMatch(/^vs_test/);
    expect(onCanceled).toHaveBeenCalledOnce();
    expect(onError).not.toHaveBeenCalled();
  });

  it.each(Object.keys(VERIFY_IDENTITY_FAILURES))(
    'should end in error stripe_error with Stripe message for the modal code %s',
    async (code) => {
      const stripe = createMockStripe({
        outcome: { error: { code, message: `Localised ${code}` } },
      });
      const { wrapper } = setup({ stripe });
      const onError = vi.fn();
      const { result } = renderHook(() => useVerifyIdentity({ onError }), { wrapper });
      await act(() => result.current.start());
      expect(result.current.state).toBe('error');
      expect(result.current.error).toBeInstanceOf(IdentityError);
      expect(result.current.error).toMatchObject({
        code: 'stripe_error',
        stripeCode: code,
        message: `Localised ${code}`,
      });
      expect(onError).toHaveBeenCalledExactlyOnceWith(result.current.error);
    },
  );

  it('should treat an unknown modal code that is not an API error as not completed', () => {
    expect(mapVerifyIdentityResult({ error: { code: 'something_new' } })).toEqual({
      state: 'canceled',
    });
    const apiError = mapVerifyIdentityResult({
      error: { type: 'api_connection_error', code: 'x', message: 'Network down' },
    });
    expect(apiError.state).toBe('error');
    const codeless = mapVerifyIdentityResult({ error: { message: 'Boom' } });
    expect(codeless.state).toBe('error');
    expect(mapVerifyIdentityResult(undefined).state).toBe('error');
  });

  it('should end in error stripe_error when verifyIdentity rejects', async () => {
    const { wrapper } = setup({ stripe: createMockStripe({ outcome: 'throw' }) });
    const { result } = renderHook(() => useVerifyIdentity(), { wrapper });
    const outcome = await act(() => result.current.start());
    expect(outcome.state).toBe('error');
    expect(result.current.error?.code).toBe('stripe_error');
  });

  it('should use the latest callbacks, not the ones from the render that started', async () => {
    const modal = createDeferred<'submitted'>();
    const { wrapper } = setup({ stripe: createMockStripe({ outcome: () => modal.promise }) });
    const first = vi.fn();
    const latest = vi.fn();
    const { result, rerender } = renderHook(
      ({ cb }: { cb: (id: string) => void }) => useVerifyIdentity({ onSubmitted: cb }),
      { wrapper, initialProps: { cb: first } },
    );
    let pending!: Promise<unknown>;
    act(() => {
      pending = result.current.start();
    });
    rerender({ cb: latest });
    await act(async () => {
      modal.resolve('submitted');
      await pending;
    });
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledOnce();
  });

  it('should keep start, preload and reset stable and the result shape identical', async () => {
    const stripeLoad = createDeferred<Stripe | null>();
    const mock = createMockStripe();
    const { result } = renderHook(() => useVerifyIdentity(), {
      wrapper: ({ children }) => (
        <IdentityTestProvider stripe={stripeLoad.promise}>{children}</IdentityTestProvider>
      ),
    });
    const before = result.current;
    const keys = Object.keys(before).sort();
    expect(keys).toEqual(['error', 'isPending', 'preload', 'reset', 'sessionId', 'start', 'state']);
    let pending!: Promise<unknown>;
    act(() => {
      pending = result.current.start();
    });
    await act(async () => {
      stripeLoad.resolve(mock.stripe);
      await pending;
    });
    expect(Object.keys(result.current).sort()).toEqual(keys);
    expect(result.current.start).toBe(before.start);
    expect(result.current.preload).toBe(before.preload);
    expect(result.current.reset).toBe(before.reset);
  });

  it('should return to idle on reset() and ignore the abandoned run', async () => {
    const modal = createDeferred<'submitted'>();
    const { wrapper } = setup({ stripe: createMockStripe({ outcome: () => modal.promise }) });
    const onSubmitted = vi.fn();
    const { result } = renderHook(() => useVerifyIdentity({ onSubmitted }), { wrapper });
    let pending!: Promise<{ state: string }>;
    act(() => {
      pending = result.current.start();
    });
    await waitFor(() => expect(result.current.state).toBe('verifying'));
    act(() => result.current.reset());
    expect(result.current).toMatchObject({ state: 'idle', sessionId: null, error: null });
    await act(async () => {
      modal.resolve('submitted');
      await pending;
    });
    expect(result.current.state).toBe('idle');
    expect(onSubmitted).not.toHaveBeenCalled();
  });

  it('should show a run a child starts from its mount effect (regression: state stayed idle)', async () => {
    const gate = createDeferred();
    const { stripe, backend, wrapper } = setup({
      backend: createMockBackend({ delayMs: { createSession: () => gate.promise } }),
    });
    render(<AutoStartPage />, { wrapper });
    expect(screen.getByTestId('state')).toHaveTextContent('creating');
    gate.resolve();
    await waitFor(() => expect(screen.getByTestId('state')).toHaveTextContent('submitted'));
    expect(backend.requests.createSession).toBe(1);
    expect(stripe.calls.verifyIdentity).toHaveLength(1);
  });

  describe('unmount mid-flight', () => {
    it('should abort the backend request, update nothing, call nothing and warn nothing', async () => {
      const console = spyOnConsole();
      const gate = createDeferred();
      let signal: AbortSignal | undefined;
      const backend = createMockBackend({ delayMs: { createSession: () => gate.promise } });
      const createSession = backend.createSession;
      backend.createSession = (input, options) => {
        signal = options?.signal;
        return createSession(input, options);
      };
      const { wrapper, stripe } = setup({ backend });
      const onError = vi.fn();
      const { result, unmount } = renderHook(() => useVerifyIdentity({ onError }), { wrapper });
      let pending!: Promise<{ state: string; error: IdentityError | null }>;
      act(() => {
        pending = result.current.start();
      });
      unmount();
      await microtasks();
      expect(signal?.aborted).toBe(true);
      const outcome = await pending;
      expect(outcome.state).toBe('error');
      expect(outcome.error?.code).toBe('aborted');
      gate.resolve();
      await flush(10);
      expect(stripe.calls.verifyIdentity).toHaveLength(0);
      expect(onError).not.toHaveBeenCalled();
      expect(console.count()).toBe(0);
    });

    it('should not call back or warn when the modal answers after unmount', async () => {
      const console = spyOnConsole();
      const modal = createDeferred<'submitted'>();
      const { wrapper } = setup({ stripe: createMockStripe({ outcome: () => modal.promise }) });
      const onSubmitted = vi.fn();
      const { result, unmount } = renderHook(() => useVerifyIdentity({ onSubmitted }), {
        wrapper,
      });
      let pending!: Promise<{ state: string }>;
      act(() => {
        pending = result.current.start();
      });
      await waitFor(() => expect(result.current.state).toBe('verifying'));
      unmount();
      modal.resolve('submitted');
      // The promise still tells the caller what happened.
      await expect(pending).resolves.toMatchObject({ state: 'submitted' });
      await flush(10);
      expect(onSubmitted).not.toHaveBeenCalled();
      expect(console.count()).toBe(0);
    });
  });

  describe('redirect mode', () => {
    it('should remember the session id (never the url) and navigate to the url', async () => {
      const navigate = vi.fn();
      const backend = createMockBackend();
      const { result } = renderHook(() => useVerifyIdentity({ mode: 'redirect', navigate }), {
        // No Stripe at all: redirect mode must not need it.
        wrapper: ({ children }) => (
          <IdentityTestProvider stripe={undefined} backend={backend}>
            {children}
          </IdentityTestProvider>
        ),
      });
      const outcome = await act(() => result.current.start());
      const { id, url } = backend.issued[0]!;
      expect(backend.createSessionCalls[0]!.mode).toBe('redirect');
      expect(navigate).toHaveBeenCalledExactlyOnceWith(url);
      expect(outcome).toEqual({ state: 'verifying', sessionId: id, error: null });
      expect(window.sessionStorage.getItem(REDIRECT_SESSION_STORAGE_KEY)).toBe(id);
      expect(JSON.stringify({ ...window.sessionStorage })).not.toContain(url!);
    });

    it('should not create a second session for a click while the browser navigates away', async () => {
      const navigate = vi.fn();
      const backend = createMockBackend();
      const { result } = renderHook(() => useVerifyIdentity({ mode: 'redirect', navigate }), {
        wrapper: ({ children }) => (
          <IdentityTestProvider backend={backend}>{children}</IdentityTestProvider>
        ),
      });
      const first = await act(() => result.current.start());
      const second = await act(() => result.current.start());
      expect(second).toBe(first);
      expect(backend.requests.createSession).toBe(1);
      expect(navigate).toHaveBeenCalledOnce();
      act(() => result.current.reset());
      await act(() => result.current.start());
      expect(backend.requests.createSession).toBe(2);
    });

    it('should report an error and not navigate when the backend returns no url', async () => {
      const navigate = vi.fn();
      const backend = createMockBackend();
      backend.createSession = async () => ({ id: 'vs_nourl' });
      const { result } = renderHook(() => useVerifyIdentity({ mode: 'redirect', navigate }), {
        wrapper: ({ children }) => (
          <IdentityTestProvider backend={backend}>{children}</IdentityTestProvider>
        ),
      });
      await act(() => result.current.start());
      expect(result.current.error?.code).toBe('invalid_response');
      expect(navigate).not.toHaveBeenCalled();
    });
  });

  it('should throw a clear error outside the provider', () => {
    spyOnConsole(); // React logs the render error
    expect(() => renderHook(() => useVerifyIdentity())).toThrow(
      'Could not find IdentityProvider context; wrap the part of your app that calls useVerifyIdentity() in an <IdentityProvider>.',
    );
  });

  it('should show the catalogue message for a backend failure', async () => {
    const backend = createMockBackend({
      failWith: {
        createSession: new IdentityError('backend_http_error', 'HTTP 503', { status: 503 }),
      },
    });
    const { wrapper } = setup({ backend });
    render(<VerifyConsumer />, { wrapper });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(en.error.backend_http_error.message);
  });
});
