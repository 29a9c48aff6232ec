// One verification per provider: every useVerifyIdentity() under one <IdentityProvider> shares
// it, an abandoned run settles at once, and nothing a run leaves behind holds the secret.
import type { Stripe } from '@stripe/stripe-js';
import { act, render, renderHook, screen } from '@testing-library/react';
import { type ReactNode, StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { IdentityBackend } from '../../src/core/backend.js';
import type { VerifyIdentityOutcome } from '../../src/core/createVerificationFlow.js';
import { IdentityProvider } from '../../src/react/IdentityProvider.js';
import {
  type UseVerifyIdentityOptions,
  type UseVerifyIdentityResult,
  useVerifyIdentity,
} from '../../src/react/useVerifyIdentity.js';
import {
  createDeferred,
  createMockBackend,
  createMockStripe,
  createTestQueryClient,
  type MockBackend,
} from '../../src/testing/index.js';
import { everywhereText, flush, spyOnConsole } from './helpers.js';

const SECRET = 'vs_shared1_secret_Zm9yYmlkZGVu';

/** Two independent parts of a host page, each with its own hook and callbacks. */
function TwoCallers(props: {
  a: UseVerifyIdentityOptions;
  b: UseVerifyIdentityOptions;
  expose: (a: UseVerifyIdentityResult, b: UseVerifyIdentityResult) => void;
}) {
  const a = useVerifyIdentity(props.a);
  const b = useVerifyIdentity(props.b);
  props.expose(a, b);
  return (
    <>
      <p data-testid="a">{a.state}</p>
      <p data-testid="b">{b.state}</p>
    </>
  );
}

function Header(
  props: UseVerifyIdentityOptions & { onResult: (r: UseVerifyIdentityResult) => void },
) {
  const { onResult, ...options } = props;
  onResult(useVerifyIdentity(options));
  return null;
}

/** Resolves to the promise's value if it settles before the next macrotask, else to `'late'`. */
function thisTick<T>(promise: Promise<T>): Promise<T | 'late'> {
  return Promise.race([promise, new Promise<'late'>((r) => setTimeout(() => r('late'), 0))]);
}

describe.each([false, true])('one verification per provider (StrictMode: %s)', (strict) => {
  function renderTwo(backend: MockBackend, stripe: ReturnType<typeof createMockStripe>) {
    const callbacks = {
      a: { onSubmitted: vi.fn(), onCanceled: vi.fn(), onError: vi.fn() },
      b: { onSubmitted: vi.fn(), onCanceled: vi.fn(), onError: vi.fn() },
    };
    const hooks: { a?: UseVerifyIdentityResult; b?: UseVerifyIdentityResult } = {};
    const tree = (
      <IdentityProvider
        stripe={stripe.stripe}
        backend={backend}
        queryClient={createTestQueryClient()}
      >
        <TwoCallers
          a={callbacks.a}
          b={callbacks.b}
          expose={(a, b) => {
            hooks.a = a;
            hooks.b = b;
          }}
        />
      </IdentityProvider>
    );
    render(strict ? <StrictMode>{tree}</StrictMode> : tree);
    return { hooks: hooks as Required<typeof hooks>, callbacks };
  }

  it('should create one session and open one modal when two components start one after the other', async () => {
    const backend = createMockBackend();
    const modal = createDeferred<'submitted'>();
    const stripe = createMockStripe({ outcome: () => modal.promise });
    const { hooks, callbacks } = renderTwo(backend, stripe);

    let first!: Promise<VerifyIdentityOutcome>;
    let second!: Promise<VerifyIdentityOutcome>;
    await act(async () => {
      first = hooks.a.start();
    });
    await act(async () => {
      second = hooks.b.start({ plan: 'other' });
    });
    expect(second).toBe(first);
    await act(async () => modal.resolve('submitted'));
    const [one, two] = await Promise.all([first, second]);

    expect(backend.requests.createSession).toBe(1);
    expect(stripe.calls.verifyIdentity).toHaveLength(1);
    expect(one).toEqual(two);
    expect(one.state).toBe('submitted');
    expect(screen.getByTestId('a')).toHaveTextContent('submitted');
    expect(screen.getByTestId('b')).toHaveTextContent('submitted');
    // Each caller that started or joined the run is told, once.
    expect(callbacks.a.onSubmitted).toHaveBeenCalledExactlyOnceWith(one.sessionId);
    expect(callbacks.b.onSubmitted).toHaveBeenCalledExactlyOnceWith(one.sessionId);
  });

  it('should show every component the state of the run another one started', async () => {
    const backend = createMockBackend({ failWith: { createSession: new Error('Backend down') } });
    const stripe = createMockStripe();
    const { hooks, callbacks } = renderTwo(backend, stripe);
    await act(async () => {
      await hooks.a.start();
    });
    expect(hooks.b.state).toBe('error');
    expect(hooks.b.error?.code).toBe('backend_http_error');
    expect(callbacks.a.onError).toHaveBeenCalledOnce();
    // B neither started nor joined the run: it is not told.
    expect(callbacks.b.onError).not.toHaveBeenCalled();
    act(() => hooks.b.reset());
    expect(hooks.a.state).toBe('idle');
  });
});

describe('abandoning a run', () => {
  const neverLoads = () => new Promise<Stripe | null>(() => {});
  /** A backend that never answers and ignores the abort signal. */
  const deafBackend = (): IdentityBackend => ({
    createSession: () => new Promise(() => {}),
    getSession: () => new Promise(() => {}),
  });

  function renderHeader(stripe: Stripe | PromiseLike<Stripe | null>, backend: IdentityBackend) {
    const callbacks = { onSubmitted: vi.fn(), onCanceled: vi.fn(), onError: vi.fn() };
    let result!: UseVerifyIdentityResult;
    const wrapper = ({ children }: { children: ReactNode }) => (
      <IdentityProvider stripe={stripe} backend={backend} queryClient={createTestQueryClient()}>
        {children}
      </IdentityProvider>
    );
    const view = render(<Header {...callbacks} onResult={(r) => (result = r)} />, { wrapper });
    return { callbacks, view, current: () => result };
  }

  it.each([
    ['unmount', 'Stripe.js never loads', neverLoads, () => createMockBackend()],
    ['reset()', 'Stripe.js never loads', neverLoads, () => createMockBackend()],
    ['unmount', 'the backend ignores the abort', () => createMockStripe().stripe, deafBackend],
    ['reset()', 'the backend ignores the abort', () => createMockStripe().stripe, deafBackend],
  ] as const)(
    'should settle at once with `aborted` on %s while %s, and call nothing',
    async (how, _while, stripe, backend) => {
      const console = spyOnConsole();
      const { callbacks, view, current } = renderHeader(stripe(), backend());
      let pending!: Promise<VerifyIdentityOutcome>;
      act(() => {
        pending = current().start();
      });
      await flush(5);
      expect(current().state).toBe('creating');

      if (how === 'unmount') view.unmount();
      else act(() => current().reset());
      const outcome = await thisTick(pending);

      expect(outcome).toMatchObject({ state: 'error', error: { code: 'aborted' } });
      await flush(20);
      expect(callbacks.onError).not.toHaveBeenCalled();
      expect(callbacks.onSubmitted).not.toHaveBeenCalled();
      expect(callbacks.onCanceled).not.toHaveBeenCalled();
      expect(console.count()).toBe(0);
    },
  );

  it('should keep a run alive while another component that joined it is still mounted', async () => {
    const modal = createDeferred<'submitted'>();
    const stripe = createMockStripe({ outcome: () => modal.promise });
    const gate = createDeferred();
    const backend = createMockBackend({ delayMs: { createSession: () => gate.promise } });
    const results: Record<string, UseVerifyIdentityResult> = {};
    const onSubmitted = vi.fn();
    const page = (showHeader: boolean) => (
      <>
        {showHeader ? <Header onResult={(r) => (results.header = r)} /> : null}
        <Header onSubmitted={onSubmitted} onResult={(r) => (results.page = r)} />
      </>
    );
    const wrapper = ({ children }: { children: ReactNode }) => (
      <IdentityProvider
        stripe={stripe.stripe}
        backend={backend}
        queryClient={createTestQueryClient()}
      >
        {children}
      </IdentityProvider>
    );
    const view = render(page(true), { wrapper });
    let pending!: Promise<VerifyIdentityOutcome>;
    act(() => {
      pending = results.header!.start();
      void results.page!.start(); // joins
    });
    view.rerender(page(false));
    await act(async () => gate.resolve());
    await act(async () => modal.resolve('submitted'));
    expect((await pending).state).toBe('submitted');
    expect(onSubmitted).toHaveBeenCalledOnce();
  });
});

/** Every path in `value`'s object graph (own keys, non-enumerable ones, causes, stacks) holding `needle`. */
function findIn(value: unknown, needle: string, path = '$', seen = new Set<object>()): string[] {
  if (typeof value === 'string') return value.includes(needle) ? [path] : [];
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return [];
  if (seen.has(value)) return [];
  seen.add(value);
  const found: string[] = [];
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    let child: unknown = descriptor?.value;
    if (descriptor?.get) {
      try {
        child = descriptor.get.call(value);
      } catch {
        child = undefined;
      }
    }
    found.push(...findIn(child, needle, `${path}.${String(key)}`, seen));
  }
  return found;
}

/** Where a secret was found: nowhere. */
const NOWHERE = { inError: [], inState: [], inCallback: [], inConsole: false, inPage: false };

describe('an error that quotes the client_secret', () => {
  function errorCarrying(secret: string): Error {
    const inner = new Error(`Request body had client_secret=${secret}`);
    const error = new Error(
      `IntegrationError: Invalid value for verifyIdentity: You specified: ${secret}.`,
      { cause: inner },
    );
    Object.assign(error, { request: { body: { client_secret: secret } }, code: 'integration' });
    return error;
  }

  async function runAndSearch(stripe: Stripe, backend: IdentityBackend & { issued?: unknown }) {
    const console = spyOnConsole();
    const onError = vi.fn();
    const queryClient = createTestQueryClient();
    const { result } = renderHook(() => useVerifyIdentity({ onError }), {
      wrapper: ({ children }) => (
        <IdentityProvider stripe={stripe} backend={backend} queryClient={queryClient}>
          {children}
        </IdentityProvider>
      ),
    });
    let outcome!: VerifyIdentityOutcome;
    await act(async () => {
      outcome = await result.current.start();
    });
    await flush(5);
    expect(outcome.state).toBe('error');
    expect(onError).toHaveBeenCalledOnce();
    return {
      inError: findIn(outcome.error, SECRET),
      inState: findIn(result.current, SECRET),
      inCallback: findIn(onError.mock.calls, SECRET),
      inConsole: console.text().includes(SECRET),
      inPage: everywhereText(document.body, queryClient).includes(SECRET),
      error: outcome.error,
    };
  }

  it('should be found nowhere when stripe.verifyIdentity() throws it', async () => {
    const backend = createMockBackend();
    backend.createSession = async () => ({ id: 'vs_shared1', client_secret: SECRET });
    const stripe = {
      verifyIdentity: () => {
        throw errorCarrying(SECRET);
      },
    } as unknown as Stripe;
    const found = await runAndSearch(stripe, backend);
    expect(found.error?.code).toBe('stripe_error');
    // What helps debugging is kept: the message (redacted), the cause's name, code and fields.
    expect(found.error?.message).toContain('You specified: [redacted secret]');
    expect(found.error?.cause).toMatchObject({ code: 'integration', request: { body: {} } });
    expect(found).toMatchObject(NOWHERE);
  });

  it('should be found nowhere when a backend error body echoes it', async () => {
    const fetch = async () =>
      new Response(
        JSON.stringify({ error: { message: `Cannot reuse ${SECRET}`, code: 'conflict' } }),
        { status: 409, headers: { 'Content-Type': 'application/json' } },
      );
    const found = await runAndSearch(createMockStripe().stripe, { fetch } as never);
    expect(found.error).toMatchObject({ code: 'backend_http_error', status: 409 });
    expect(found).toMatchObject(NOWHERE);
  });

  it('should be found nowhere when a custom backend throws an error holding it', async () => {
    const backend = createMockBackend();
    backend.createSession = async () => {
      throw errorCarrying(SECRET);
    };
    const found = await runAndSearch(createMockStripe().stripe, backend);
    expect(found.error?.code).toBe('backend_http_error');
    expect(found).toMatchObject(NOWHERE);
  });
});
