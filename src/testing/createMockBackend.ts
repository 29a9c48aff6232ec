import type {
  BackendCallOptions,
  CreatedSession,
  CreateSessionInput,
  IdentityBackend,
} from '../core/backend.js';
import { DEFAULT_BASE_URL, sessionUrl, type VerificationMode } from '../core/contract.js';
import { IdentityError } from '../core/IdentityError.js';
import type { VerificationSession, VerificationSessionStatus } from '../core/types.js';
import { makeSessionId, makeVerificationSession } from './makeVerificationSession.js';

/** The backend methods a mock counts and can fail. */
export type MockBackendMethod = 'createSession' | 'getSession';

/** One scripted state of a session: a status, or a patch (e.g. a `last_error`). */
export type MockSessionStep = VerificationSessionStatus | Partial<VerificationSession>;

/** An error to fail with, or a function of the call deciding (return `undefined` to succeed). */
export type MockFailure =
  | Error
  | ((call: { method: MockBackendMethod; count: number; id?: string }) => Error | undefined);

/** A wait before answering: ms, or a function returning a promise (e.g. a deferred's). */
export type MockDelay = number | (() => PromiseLike<unknown>);

/** Options of {@link createMockBackend}. */
export interface MockBackendOptions {
  /** Sessions the backend knows from the start. */
  sessions?: VerificationSession[];
  /**
   * What successive `getSession` calls return: one step per call, the last one repeating.
   * An array applies to every session; a record scripts sessions by id.
   *
   * @example
   * statusSequence: ['processing', 'processing', 'verified']
   */
  statusSequence?: MockSessionStep[] | Record<string, MockSessionStep[]>;
  /** Fail a method on every call (until changed with `failWith()`). */
  failWith?: Partial<Record<MockBackendMethod, MockFailure>>;
  /** Wait before answering, per method or for both. Default none. */
  delayMs?: MockDelay | Partial<Record<MockBackendMethod, MockDelay>>;
  /** The id `createSession` returns (the session is reused if it exists). Default a new id per call. */
  sessionId?: string;
}

/** One recorded `createSession` call. */
export interface MockCreateSessionCall {
  input: CreateSessionInput;
  mode: VerificationMode;
  /** The id returned (after success). */
  id?: string;
}

/** An in-memory {@link IdentityBackend} with counters, scripted statuses and failures. */
export interface MockBackend extends IdentityBackend {
  /** How many times each method was called (including failed and aborted calls). */
  readonly requests: Readonly<Record<MockBackendMethod, number>>;
  /** `createSession` calls, oldest first. */
  readonly createSessionCalls: readonly MockCreateSessionCall[];
  /** `getSession` calls (ids), oldest first. */
  readonly getSessionCalls: readonly string[];
  /**
   * The credentials this backend handed out, oldest first: what a secret-leak test searches for.
   * (The library itself never keeps them.)
   */
  readonly issued: readonly { id: string; clientSecret?: string; url?: string }[];
  /** The stored session (with its secrets `null`), or `undefined`. */
  getStoredSession(id: string): VerificationSession | undefined;
  /** Adds or replaces a stored session. */
  setSession(session: VerificationSession): void;
  /** Patches a stored session (e.g. move it to `verified`). */
  updateSession(id: string, patch: Partial<VerificationSession>): void;
  /** Fails `method` on every call from now on; `null` stops failing. */
  failWith(method: MockBackendMethod, failure: MockFailure | null): void;
  /** Fails only the next call of `method`. */
  failNext(method: MockBackendMethod, failure: Error): void;
}

function abortedError(method: MockBackendMethod, signal: AbortSignal): IdentityError {
  return new IdentityError('aborted', `Mock backend: ${method} was aborted.`, {
    cause: signal.reason,
  });
}

function waitFor(delay: MockDelay | undefined, signal: AbortSignal | undefined): Promise<void> {
  if (delay === undefined || delay === 0) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => reject(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    if (typeof delay === 'number') setTimeout(done, delay);
    else
      Promise.resolve(delay()).then(done, (error: unknown) => {
        signal?.removeEventListener('abort', onAbort);
        reject(error);
      });
  });
}

function randomToken(): string {
  return Math.random().toString(36).slice(2, 12).padEnd(10, '0');
}

/**
 * Creates an in-memory backend for tests and stories: `createSession` creates (or reuses, with
 * `sessionId`) a `requires_input` session and returns a fresh mock `client_secret` (or `url` in
 * redirect mode); `getSession` returns the stored session with `client_secret`/`url` `null`,
 * advancing through `statusSequence`; unknown ids fail with a 404 `backend_http_error`.
 * Honors `signal` (rejects with `aborted`). No test-runner imports.
 *
 * @example
 * const backend = createMockBackend({ statusSequence: ['processing', 'verified'] });
 * render(<IdentityTestProvider backend={backend}>…);
 * expect(backend.requests.createSession).toBe(1);
 * backend.failNext('getSession', new IdentityError('backend_http_error', 'HTTP 500', { status: 500 }));
 */
export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const store = new Map<string, VerificationSession>();
  for (const session of options.sessions ?? []) {
    store.set(session.id, { ...session, client_secret: null, url: null });
  }
  const requests: Record<MockBackendMethod, number> = { createSession: 0, getSession: 0 };
  const createSessionCalls: MockCreateSessionCall[] = [];
  const getSessionCalls: string[] = [];
  const issued: { id: string; clientSecret?: string; url?: string }[] = [];
  const reads = new Map<string, number>();
  const failures: Partial<Record<MockBackendMethod, MockFailure>> = { ...options.failWith };
  const once: Record<MockBackendMethod, Error[]> = { createSession: [], getSession: [] };

  const delayOf = (method: MockBackendMethod): MockDelay | undefined => {
    const delay = options.delayMs;
    if (delay === undefined || typeof delay === 'number' || typeof delay === 'function') {
      return delay;
    }
    return delay[method];
  };

  const failureOf = (method: MockBackendMethod, id?: string): Error | undefined => {
    const next = once[method].shift();
    if (next) return next;
    const failure = failures[method];
    if (!failure) return undefined;
    if (typeof failure === 'function') {
      return failure({ method, count: requests[method], ...(id === undefined ? {} : { id }) });
    }
    return failure;
  };

  const stepsFor = (id: string): MockSessionStep[] | undefined => {
    const sequence = options.statusSequence;
    if (!sequence) return undefined;
    return Array.isArray(sequence) ? sequence : sequence[id];
  };

  async function begin(method: MockBackendMethod, call: BackendCallOptions, id?: string) {
    requests[method] += 1;
    const { signal } = call;
    if (signal?.aborted) throw abortedError(method, signal);
    try {
      await waitFor(delayOf(method), signal);
    } catch (error) {
      if (signal?.aborted) throw abortedError(method, signal);
      throw error;
    }
    const failure = failureOf(method, id);
    if (failure) throw failure;
  }

  return {
    async createSession(input, call = {}): Promise<CreatedSession> {
      const mode = call.mode ?? 'modal';
      const record: MockCreateSessionCall = { input, mode };
      createSessionCalls.push(record);
      await begin('createSession', call);
      const id = options.sessionId ?? makeSessionId();
      if (!store.has(id)) store.set(id, makeVerificationSession({ id }));
      record.id = id;
      if (mode === 'redirect') {
        const url = `https://verify.stripe.com/start/test_${randomToken()}`;
        issued.push({ id, url });
        return { id, url };
      }
      const clientSecret = `${id}_secret_test${randomToken()}`;
      issued.push({ id, clientSecret });
      return { id, client_secret: clientSecret };
    },

    async getSession(id, call = {}): Promise<VerificationSession> {
      getSessionCalls.push(id);
      await begin('getSession', call, id);
      const stored = store.get(id);
      if (!stored) {
        throw new IdentityError(
          'backend_http_error',
          `GET ${sessionUrl(DEFAULT_BASE_URL, id)} failed with HTTP 404 (code not_found): no such session.`,
          { status: 404 },
        );
      }
      const steps = stepsFor(id);
      let session = stored;
      if (steps && steps.length > 0) {
        const count = reads.get(id) ?? 0;
        reads.set(id, count + 1);
        const step = steps[Math.min(count, steps.length - 1)];
        const patch = typeof step === 'string' ? { status: step } : step;
        session = { ...stored, ...patch, id };
        store.set(id, session);
      }
      return { ...session, client_secret: null, url: null };
    },

    get requests() {
      return { ...requests };
    },
    createSessionCalls,
    getSessionCalls,
    issued,
    getStoredSession: (id) => store.get(id),
    setSession(session) {
      store.set(session.id, { ...session, client_secret: null, url: null });
    },
    updateSession(id, patch) {
      const stored = store.get(id) ?? makeVerificationSession({ id });
      store.set(id, { ...stored, ...patch, id, client_secret: null, url: null });
    },
    failWith(method, failure) {
      if (failure) failures[method] = failure;
      else delete failures[method];
    },
    failNext(method, failure) {
      once[method].push(failure);
    },
  };
}
