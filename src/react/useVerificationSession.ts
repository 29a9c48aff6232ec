'use client';

import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { describeSession, type SessionView } from '../core/describeSession.js';
import type { IdentityError } from '../core/IdentityError.js';
import { type PollingOptions, resolvePolling } from '../core/polling.js';
import type { VerificationSession } from '../core/types.js';
import { sessionStaleTime, subscribeSessionPolling } from '../query/sessionPolling.js';
import { verificationSessionQueryOptions } from '../query/verificationSessionQueryOptions.js';
import { useProviderContext, withMessages } from './IdentityContext.js';

/** Options of {@link useVerificationSession}. */
export interface UseVerificationSessionOptions {
  /** Set `false` to not read the session yet. Default `true` (when there is an id). */
  enabled?: boolean;
  /**
   * How to poll while the session is `processing` (default 1 s doubling to 15 s, for at most
   * 10 minutes), or `false` to never poll.
   */
  polling?: PollingOptions | false;
  /**
   * Retries of one failed read. Default: your QueryClient's `retry` default if it sets one,
   * else 3 (network errors and 5xx only).
   */
  retry?: number;
}

/** The TanStack Query result for the session, plus its {@link SessionView}. */
export type UseVerificationSessionResult = UseQueryResult<VerificationSession, IdentityError> & {
  /** What to show: phase, tone, texts in the provider's language; `null` until data arrives. */
  view: SessionView | null;
};

/** Shared by `useVerificationSession` and `useVerificationReturn`; `hookName` names the caller. */
export function useSessionQuery(
  hookName: string,
  id: string | null | undefined,
  options: UseVerificationSessionOptions,
): UseVerificationSessionResult {
  const { backend, queryClient, messages } = withMessages(useProviderContext(hookName));
  const enabled = Boolean(id) && options.enabled !== false;
  const pollingOff = options.polling === false;
  const policy = resolvePolling(options.polling || undefined);
  const { initialIntervalMs, maxIntervalMs, maxDurationMs } = policy;
  const query = useQuery(
    {
      ...verificationSessionQueryOptions(id, backend, { retry: options.retry }),
      enabled,
      // The shared poller decides how long a read stays fresh (until its next poll), so a
      // component that starts following between two polls reuses the last read.
      staleTime: () =>
        pollingOff || !id ? 0 : sessionStaleTime(queryClient, id, initialIntervalMs),
      ...(options.retry === undefined ? clientRetry(queryClient) : {}),
    },
    queryClient,
  );

  // The id to poll (none while disabled or with polling off).
  const pollId = enabled && !pollingOff ? id : null;
  useEffect(() => {
    if (!pollId) return;
    return subscribeSessionPolling(queryClient, pollId, {
      initialIntervalMs,
      maxIntervalMs,
      maxDurationMs,
    });
  }, [queryClient, pollId, initialIntervalMs, maxIntervalMs, maxDurationMs]);

  const data = query.data;
  const view = useMemo(() => (data ? describeSession(data, messages) : null), [data, messages]);
  return { ...query, view } as UseVerificationSessionResult;
}

/** The QueryClient's own `retry` default, when it sets one: it wins over ours. */
function clientRetry(queryClient: ReturnType<typeof useProviderContext>['queryClient']) {
  const retry = queryClient.getDefaultOptions().queries?.retry;
  return retry === undefined ? {} : { retry };
}

/**
 * Follows a VerificationSession until Stripe decides: reads it through your backend (TanStack
 * Query, key `identityKeys.session(id)`), polls while `processing` with backoff, stops on
 * `verified`, `requires_input` or `canceled`, refetches when `start()` submits. Every component
 * following the same id shares one request per poll, whenever it mounts. A failed poll keeps
 * the last `data`, sets `error` and backs off. Does nothing while `id` is null.
 *
 * `data` never holds `client_secret` or `url` (both `null`); `view` is `describeSession(data)`
 * in the provider's language.
 *
 * @example
 * const { view, error } = useVerificationSession(sessionId);
 * if (view) return <p>{view.title}</p>;
 */
export function useVerificationSession(
  id: string | null | undefined,
  options: UseVerificationSessionOptions = {},
): UseVerificationSessionResult {
  return useSessionQuery('useVerificationSession', id, options);
}
