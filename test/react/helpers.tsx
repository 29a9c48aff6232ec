import type { QueryClient } from '@tanstack/react-query';
import { vi } from 'vitest';
import { useIdentityMessages } from '../../src/react/IdentityContext.js';
import { useVerificationSession } from '../../src/react/useVerificationSession.js';
import {
  type UseVerifyIdentityOptions,
  useVerifyIdentity,
} from '../../src/react/useVerifyIdentity.js';

/** A minimal host UI on the hook: a button, the state, the session and a user-facing message. */
export function VerifyConsumer(props: UseVerifyIdentityOptions & { follow?: boolean }) {
  const { follow, ...options } = props;
  const { start, preload, state, sessionId, error, isPending } = useVerifyIdentity(options);
  const messages = useIdentityMessages();
  return (
    <div>
      <button
        type="button"
        onClick={() => void start()}
        onPointerEnter={preload}
        aria-busy={isPending}
      >
        Verify
      </button>
      <p data-testid="state">{state}</p>
      <p data-testid="session">{sessionId ?? ''}</p>
      {error ? (
        <p role="alert" data-code={error.code}>
          {messages.error[error.code].message} {messages.error[error.code].action}
        </p>
      ) : null}
      {state === 'canceled' ? <p role="status">{messages.error.canceled.message}</p> : null}
      {follow && sessionId ? <SessionFollower id={sessionId} /> : null}
    </div>
  );
}

/** Shows the followed session's status and title. */
export function SessionFollower({ id, testId = 'status' }: { id: string; testId?: string }) {
  const { data, view, error } = useVerificationSession(id, {
    polling: { initialIntervalMs: 10, maxIntervalMs: 20 },
  });
  const messages = useIdentityMessages();
  return (
    <div>
      <p data-testid={testId}>{data?.status ?? 'loading'}</p>
      {view ? <h2>{view.title}</h2> : null}
      {error ? (
        <p role="alert" data-code={error.code}>
          {messages.error[error.code].message}
        </p>
      ) : null}
    </div>
  );
}

/** Spies on every console method; returns a function giving all calls as one string. */
export function spyOnConsole() {
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  const spies = methods.map((m) => vi.spyOn(console, m).mockImplementation(() => {}));
  return {
    spies,
    text: () =>
      spies
        .flatMap((s) => s.mock.calls)
        .map((args) => args.map((a) => safeString(a)).join(' '))
        .join('\n'),
    count: () => spies.reduce((n, s) => n + s.mock.calls.length, 0),
  };
}

function safeString(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message} ${String(value.stack)}`;
  try {
    return typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Everything a secret could hide in: the DOM, the query and mutation caches, storage, the URL. */
export function everywhereText(container: HTMLElement, queryClient: QueryClient): string {
  const queries = queryClient
    .getQueryCache()
    .getAll()
    .map((q) => ({
      key: q.queryKey,
      hash: q.queryHash,
      data: q.state.data,
      error: q.state.error ? String(q.state.error) : null,
    }));
  const mutations = queryClient
    .getMutationCache()
    .getAll()
    .map((m) => ({ key: m.options.mutationKey, state: m.state }));
  const storage: Record<string, string | null> = {};
  for (let i = 0; i < window.sessionStorage.length; i += 1) {
    const key = window.sessionStorage.key(i)!;
    storage[key] = window.sessionStorage.getItem(key);
  }
  for (let i = 0; i < window.localStorage.length; i += 1) {
    const key = window.localStorage.key(i)!;
    storage[`local:${key}`] = window.localStorage.getItem(key);
  }
  return [
    container.innerHTML,
    document.documentElement.outerHTML,
    JSON.stringify(queries),
    JSON.stringify(mutations),
    JSON.stringify(storage),
    window.location.href,
    document.cookie,
  ].join('\n');
}

/** Records unhandled promise rejections while a test runs. */
export function trackUnhandledRejections() {
  const seen: unknown[] = [];
  const onRejection = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', onRejection);
  return {
    seen,
    stop: () => process.off('unhandledRejection', onRejection),
  };
}

/** Lets the microtasks queued so far run: what happens "in the same tick" has happened after it. */
export async function microtasks(): Promise<void> {
  for (let i = 0; i < 3; i += 1) await Promise.resolve();
}

/** Lets pending promise callbacks and zero-delay timers run. */
export function flush(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
