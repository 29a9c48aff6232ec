// No 'use client': no React here, so Server Components and loaders can call this to prefetch.
import { queryOptions } from '@tanstack/react-query';
import type { IdentityBackend } from '../core/backend.js';
import { isValidatedSession } from '../core/createHttpBackend.js';
import { IdentityError, isIdentityError, toIdentityError } from '../core/IdentityError.js';
import { identityKeys } from '../core/identityKeys.js';
import { parseVerificationSession } from '../core/parseVerificationSession.js';
import { DEFAULT_POLLING, pollDelay } from '../core/polling.js';
import type { VerificationSession } from '../core/types.js';

/** Options of {@link verificationSessionQueryOptions}. */
export interface VerificationSessionQueryOptions {
  /** Retries of one failed read (with backoff 1 s, 2 s, 4 s… up to 15 s). Default 3. */
  retry?: number;
}

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
  options: VerificationSessionQueryOptions = {},
) {
  const maxRetries = options.retry ?? 3;
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
