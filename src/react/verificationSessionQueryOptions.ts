// No 'use client': no React here, so Server Components can call this (e.g. to prefetch).
import { queryOptions } from '@tanstack/react-query';
import type { IdentityBackend } from '../core/backend.js';
import { isValidatedSession } from '../core/createHttpBackend.js';
import { IdentityError, isIdentityError } from '../core/IdentityError.js';
import { parseVerificationSession } from '../core/parseVerificationSession.js';
import type { VerificationSession } from '../core/types.js';
import { toIdentityError } from './errors.js';
import { identityKeys } from './identityKeys.js';

/** How a `processing` session is polled. Every field is optional. */
export interface PollingOptions {
  /** First delay between polls, in ms. Default 1000. */
  initialIntervalMs?: number;
  /** Longest delay between polls (the backoff doubles up to it), in ms. Default 15000. */
  maxIntervalMs?: number;
  /** Stop polling after this long in `processing`, in ms. Default 600000 (10 minutes). */
  maxDurationMs?: number;
}

/** {@link PollingOptions} with every default filled in. */
export type ResolvedPollingOptions = Required<PollingOptions>;

/** The default polling policy: 1 s doubling to 15 s, for at most 10 minutes. */
export const DEFAULT_POLLING: ResolvedPollingOptions = {
  initialIntervalMs: 1000,
  maxIntervalMs: 15_000,
  maxDurationMs: 600_000,
};

/** Fills in the defaults of a polling policy. */
export function resolvePolling(options: PollingOptions | undefined): ResolvedPollingOptions {
  const resolved = { ...DEFAULT_POLLING };
  for (const [key, value] of Object.entries(options ?? {})) {
    if (value !== undefined) resolved[key as keyof PollingOptions] = value;
  }
  return resolved;
}

/** The delay before poll number `attempt` (0-based): `initial × 2^attempt`, at most `max`. */
export function pollDelay(attempt: number, policy: ResolvedPollingOptions): number {
  return Math.min(policy.initialIntervalMs * 2 ** Math.max(0, attempt), policy.maxIntervalMs);
}

/** Statuses after which a session will not change on its own: polling stops. */
export const SETTLED_STATUSES: readonly string[] = ['verified', 'requires_input', 'canceled'];

/** Whether a failed read is worth retrying: network trouble, timeouts, 5xx, 408 and 429. */
export function isRetryableSessionError(error: unknown): boolean {
  if (!isIdentityError(error)) return true;
  const { code, status = 500 } = error;
  return (
    code === 'network_error' ||
    code === 'timeout' ||
    (code === 'backend_http_error' && (status >= 500 || status === 408 || status === 429))
  );
}

/** Options of {@link verificationSessionQueryOptions}. */
export interface VerificationSessionQueryConfig {
  /** Retries of one failed read (with backoff 1 s, 2 s, 4 s… up to 15 s). Default 3. */
  retry?: number;
}

/**
 * Reads a session through the backend, validates it and drops its single-use credentials. A
 * session `createHttpBackend()` already validated (and stripped) is not validated again.
 */
export async function fetchVerificationSession(
  backend: IdentityBackend,
  id: string,
  signal?: AbortSignal,
): Promise<VerificationSession> {
  let raw: unknown;
  try {
    raw = await backend.getSession(id, signal ? { signal } : {});
  } catch (error) {
    throw toIdentityError(error, 'network_error', `getSession(${JSON.stringify(id)}) failed`);
  }
  if (isValidatedSession(raw)) return raw;
  const session = parseVerificationSession(raw);
  return { ...session, client_secret: null, url: null };
}

/**
 * TanStack Query options for one session: key {@link identityKeys.session}, a `queryFn` that reads
 * it through `backend` (validated, `client_secret` and `url` removed), retries with backoff on
 * network errors and 5xx (not on 4xx or invalid JSON), disabled while `id` is null. For
 * prefetching and for `useQuery` directly; polling comes with `useVerificationSession`.
 *
 * @example
 * await queryClient.prefetchQuery(verificationSessionQueryOptions('vs_123', backend));
 * const { data } = useQuery(verificationSessionQueryOptions(id, backend));
 */
export function verificationSessionQueryOptions(
  id: string | null | undefined,
  backend: IdentityBackend,
  config: VerificationSessionQueryConfig = {},
) {
  const maxRetries = config.retry ?? 3;
  return queryOptions<VerificationSession, IdentityError>({
    queryKey: identityKeys.session(id),
    queryFn: ({ signal }) => {
      if (!id) {
        return Promise.reject(
          new IdentityError('invalid_response', 'No session id: this query is disabled.'),
        );
      }
      return fetchVerificationSession(backend, id, signal);
    },
    enabled: Boolean(id),
    retry: (failureCount, error) => failureCount < maxRetries && isRetryableSessionError(error),
    retryDelay: (attempt) => pollDelay(attempt, DEFAULT_POLLING), // 1 s doubling to 15 s
  });
}
