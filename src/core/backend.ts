import type { VerificationMode } from './contract.js';
import type { VerificationSession } from './types.js';

/** What `start(input)` sends to the host's backend: anything JSON the host wants (e.g. a plan id). */
export type CreateSessionInput = Record<string, unknown> | undefined;

/**
 * The result of creating (or reusing) a session. For the modal flow `client_secret` is set; for
 * the redirect flow `url`. Both are single-use: use them once, never store them.
 */
export interface CreatedSession {
  id: string;
  client_secret?: string;
  url?: string;
}

/** Per-call options every backend method accepts. */
export interface BackendCallOptions {
  /** Aborts the request; the call then rejects with `IdentityError` code `aborted`. */
  signal?: AbortSignal;
  /** Which credential the caller needs back. Defaults to `modal`. */
  mode?: VerificationMode;
}

/**
 * The host's backend, as the library sees it. `createHttpBackend` implements it over the default
 * HTTP contract; hosts may pass any object of this shape (tests pass `createMockBackend()`).
 */
export interface IdentityBackend {
  /** Creates or reuses the user's session and returns its id and single-use credential. */
  createSession(input: CreateSessionInput, options?: BackendCallOptions): Promise<CreatedSession>;
  /** Reads the session, without `client_secret` and `url` (both `null`). */
  getSession(id: string, options?: BackendCallOptions): Promise<VerificationSession>;
}

/** Options of {@link createHttpBackend}. */
export interface HttpBackendOptions {
  /** Where the host mounted the handlers. Default `/api/identity`. */
  baseUrl?: string;
  /** Extra headers on every request (e.g. a CSRF token), or a function returning them. */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** `fetch`'s `credentials`. Default `same-origin`. */
  credentials?: RequestCredentials;
  /** The `fetch` to use (tests, SSR, instrumentation). Default the global `fetch`. */
  fetch?: typeof fetch;
  /**
   * Abort a request that takes longer than this many ms with `timeout`. Default 15000; 0 disables.
   * A negative or non-number value throws a `TypeError` in development and means no timeout in
   * production.
   */
  timeoutMs?: number;
}
