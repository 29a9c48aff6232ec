// The fault table: every failure ends in a typed state with a user-facing message
// from the catalogue, no unhandled rejection and no leaked secret.
import type { Stripe } from '@stripe/stripe-js';
import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type ReactNode, StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HttpBackendOptions } from '../../src/core/backend.js';
import { en } from '../../src/core/en.js';
import type { IdentityErrorCode } from '../../src/core/IdentityError.js';
import { IdentityProvider } from '../../src/react/IdentityProvider.js';
import {
  createDeferred,
  createMockBackend,
  createMockStripe,
  createTestQueryClient,
  type MockStripe,
  makeVerificationSession,
} from '../../src/testing/index.js';
import {
  everywhereText,
  flush,
  microtasks,
  SessionFollower,
  spyOnConsole,
  trackUnhandledRejections,
  VerifyConsumer,
} from './helpers.js';

const SECRET = 'vs_fault123_secret_fAuLtSeCrEt0987';

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function html(status: number): Response {
  return new Response('<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>', {
    status,
    headers: { 'Content-Type': 'text/html' },
  });
}

/** A fetch that answers POST with `create` and GET with the items of `reads`, in order. */
function stubFetch(
  create: () => Response | Promise<Response>,
  reads: (() => Response | Promise<Response>)[] = [],
) {
  let read = 0;
  return (async (_url: RequestInfo | URL, init?: RequestInit) => {
    if (init?.method === 'POST') return create();
    const answer = reads[Math.min(read, reads.length - 1)];
    read += 1;
    if (!answer) throw new Error('no GET scripted');
    return answer();
  }) as typeof fetch;
}

let console: ReturnType<typeof spyOnConsole>;
let rejections: ReturnType<typeof trackUnhandledRejections>;

beforeEach(() => {
  console = spyOnConsole();
  rejections = trackUnhandledRejections();
});

afterEach(async () => {
  await flush(5);
  rejections.stop();
  expect(rejections.seen).toEqual([]);
});

function renderFlow(options: {
  backend: HttpBackendOptions | ReturnType<typeof createMockBackend>;
  stripe?: Stripe | PromiseLike<Stripe | null> | null;
  strict?: boolean;
  children?: ReactNode;
}) {
  const queryClient = createTestQueryClient();
  const tree = (
    <IdentityProvider
      stripe={options.stripe === undefined ? createMockStripe().stripe : options.stripe}
      backend={options.backend}
      queryClient={queryClient}
    >
      {options.children ?? <VerifyConsumer />}
    </IdentityProvider>
  );
  const view = render(options.strict ? <StrictMode>{tree}</StrictMode> : tree);
  return { ...view, queryClient };
}

async function expectErrorState(code: IdentityErrorCode, queryClient: QueryClient) {
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveAttribute('data-code', code);
  expect(alert).toHaveTextContent(en.error[code].message);
  expect(screen.getByTestId('state')).toHaveTextContent('error');
  expectNoSecret(queryClient);
}

function expectNoSecret(queryClient: QueryClient) {
  expect(everywhereText(document.body, queryClient)).not.toContain(SECRET);
  expect(console.text()).not.toContain(SECRET);
}

function clickVerify() {
  fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
}

describe('fault table: the backend', () => {
  it.each<[string, () => Response | Promise<Response>, IdentityErrorCode]>([
    [
      'a 500 with a JSON error',
      () => json({ error: { message: 'Database down' } }, 500),
      'backend_http_error',
    ],
    ['a 401', () => json({ error: { message: 'Sign in first' } }, 401), 'backend_http_error'],
    ['an HTML error page (502)', () => html(502), 'backend_http_error'],
    ['an HTML page with 200', () => html(200), 'invalid_response'],
    ['a 2xx without client_secret', () => json({ id: 'vs_fault123' }), 'invalid_response'],
    [
      'a 2xx with an empty client_secret',
      () => json({ id: 'vs_1', client_secret: '' }),
      'invalid_response',
    ],
  ])('should end in error with a message for %s', async (_label, answer, code) => {
    const { queryClient } = renderFlow({ backend: { fetch: stubFetch(answer) } });
    clickVerify();
    await expectErrorState(code, queryClient);
  });

  it('should end in error timeout when the backend does not answer', async () => {
    const hang = (_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    const { queryClient } = renderFlow({
      backend: { fetch: hang as typeof fetch, timeoutMs: 30 },
    });
    clickVerify();
    await expectErrorState('timeout', queryClient);
  });

  it('should end in error network_error when offline', async () => {
    const offline = async () => {
      throw new TypeError('Failed to fetch');
    };
    const { queryClient } = renderFlow({ backend: { fetch: offline as typeof fetch } });
    clickVerify();
    await expectErrorState('network_error', queryClient);
  });
});

describe('fault table: Stripe.js', () => {
  const created = () => json({ id: 'vs_fault123', client_secret: SECRET });

  it('should end in error stripe_load_failed when Stripe.js fails to load', async () => {
    const failing = Promise.reject(new Error('Failed to load Stripe.js'));
    const { queryClient } = renderFlow({
      backend: { fetch: stubFetch(created) },
      stripe: failing,
    });
    clickVerify();
    await expectErrorState('stripe_load_failed', queryClient);
  });

  it('should throw a developer error for an invalid stripe prop', () => {
    expect(() =>
      renderFlow({ backend: { fetch: stubFetch(created) }, stripe: 'pk_test_123' as never }),
    ).toThrow(/Invalid prop `stripe` supplied to <IdentityProvider>.*publishableKey/);
  });

  it('should end in error stripe_error, without the secret, when verifyIdentity rejects', async () => {
    const stripe = createMockStripe();
    stripe.verifyIdentity = async (secret: string) => {
      throw new Error(`Stripe.js crashed while using ${secret}`);
    };
    const { queryClient } = renderFlow({
      backend: { fetch: stubFetch(created) },
      stripe: stripe.stripe,
    });
    clickVerify();
    await expectErrorState('stripe_error', queryClient);
  });

  it('should end in error stripe_error when verifyIdentity returns { error }', async () => {
    const stripe = createMockStripe({
      outcome: { error: { code: 'consent_declined', message: 'You declined.' } },
    });
    const { queryClient } = renderFlow({
      backend: { fetch: stubFetch(created) },
      stripe: stripe.stripe,
    });
    clickVerify();
    await expectErrorState('stripe_error', queryClient);
  });

  it('should end in canceled with a message when the user closes the modal', async () => {
    const stripe = createMockStripe({ outcome: 'canceled' });
    const { queryClient } = renderFlow({
      backend: { fetch: stubFetch(created) },
      stripe: stripe.stripe,
    });
    clickVerify();
    expect(await screen.findByRole('status')).toHaveTextContent(en.error.canceled.message);
    expect(screen.getByTestId('state')).toHaveTextContent('canceled');
    expectNoSecret(queryClient);
  });
});

describe('fault table: the user and React', () => {
  it('should create one session for a double click', async () => {
    const backend = createMockBackend();
    const stripe = createMockStripe();
    const { queryClient } = renderFlow({ backend, stripe: stripe.stripe });
    clickVerify();
    clickVerify();
    await waitFor(() => expect(screen.getByTestId('state')).toHaveTextContent('submitted'));
    expect(backend.requests.createSession).toBe(1);
    expect(stripe.calls.verifyIdentity).toHaveLength(1);
    expect(everywhereText(document.body, queryClient)).not.toContain(
      backend.issued[0]!.clientSecret!,
    );
  });

  it('should create one session per click under StrictMode', async () => {
    const backend = createMockBackend();
    const stripe = createMockStripe();
    renderFlow({ backend, stripe: stripe.stripe, strict: true });
    clickVerify();
    await waitFor(() => expect(screen.getByTestId('state')).toHaveTextContent('submitted'));
    expect(backend.requests.createSession).toBe(1);
    expect(stripe.calls.verifyIdentity).toHaveLength(1);
  });

  it('should abort, stay silent, open no modal and leak nothing when unmounted mid-flight', async () => {
    const gate = createDeferred();
    let signal: AbortSignal | undefined;
    const base = createMockBackend();
    // A backend that ignores the abort and still answers with a secret after the unmount.
    const backend = {
      createSession: async (_input: unknown, options?: { signal?: AbortSignal }) => {
        signal = options?.signal;
        await gate.promise;
        return { id: 'vs_fault123', client_secret: SECRET };
      },
      getSession: base.getSession,
    };
    const stripe: MockStripe = createMockStripe();
    const { unmount, queryClient } = renderFlow({
      backend: backend as never,
      stripe: stripe.stripe,
    });
    clickVerify();
    await waitFor(() => expect(signal).toBeDefined());
    unmount();
    await microtasks();
    expect(signal?.aborted).toBe(true);
    gate.resolve();
    await flush(10);
    expect(stripe.calls.verifyIdentity).toHaveLength(0);
    expect(console.count()).toBe(0);
    expectNoSecret(queryClient);
  });
});

describe('fault table: following the session', () => {
  it('should show an error when polling gets a 404', async () => {
    const fetch = stubFetch(
      () => json({}),
      [() => json({ error: { message: 'No such session' } }, 404)],
    );
    const { queryClient } = renderFlow({
      backend: { fetch },
      children: <SessionFollower id="vs_missing" />,
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-code', 'backend_http_error');
    expect(alert).toHaveTextContent(en.error.backend_http_error.message);
    expect(screen.getByTestId('status')).toHaveTextContent('loading');
    expectNoSecret(queryClient);
  });

  it('should keep the last data and show an error when a poll gets a 500', async () => {
    const processing = makeVerificationSession({ id: 'vs_poll500', status: 'processing' });
    const fetch = stubFetch(
      () => json({}),
      [() => json(processing), () => json({ error: { message: 'Oops' } }, 500)],
    );
    renderFlow({ backend: { fetch }, children: <SessionFollower id="vs_poll500" /> });
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('processing'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-code', 'backend_http_error');
    expect(screen.getByTestId('status')).toHaveTextContent('processing');
    expect(screen.getByRole('heading')).toHaveTextContent(en.phase.processing.title);
  });
});
