'use client';

import { useCallback, useSyncExternalStore } from 'react';
import { isSessionId } from '../core/contract.js';
import { REDIRECT_SESSION_STORAGE_KEY, readRedirectSession } from '../core/redirectStorage.js';
import {
  type UseVerificationSessionOptions,
  type UseVerificationSessionResult,
  useSessionQuery,
} from './useVerificationSession.js';

/** Query parameters `useVerificationReturn` reads the session id from, in order, by default. */
export const DEFAULT_RETURN_QUERY_PARAMETERS: readonly string[] = [
  'session_id',
  'verification_session',
];

/** Options of {@link useVerificationReturn}: where the id comes from, plus the session options. */
export interface UseVerificationReturnOptions extends UseVerificationSessionOptions {
  /**
   * Query parameters that may carry the session id (put it in the `return_url` your backend
   * gives Stripe, e.g. `?session_id=vs_…`). Default `['session_id', 'verification_session']`.
   */
  queryParameters?: readonly string[];
  /**
   * The `sessionStorage` key redirect mode wrote the id under, or `false` to not read storage.
   * Default {@link REDIRECT_SESSION_STORAGE_KEY}.
   */
  storageKey?: string | false;
}

/** {@link useVerificationSession}'s result plus the id that was found (`null` when none). */
export type UseVerificationReturnResult = UseVerificationSessionResult & {
  sessionId: string | null;
};

const subscribeToLocation = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
};

const noId = () => null;

/**
 * For the page Stripe sends the user back to after redirect mode: finds the session id in a
 * query parameter (`session_id` or `verification_session` by default) or in the `sessionStorage`
 * entry `useVerifyIdentity({ mode: 'redirect' })` wrote, then follows that session like
 * `useVerificationSession`. On the server (and the first client render, for hydration) the id
 * is `null`. Values that do not look like an id are ignored.
 *
 * @example
 * function IdentityReturnPage() {
 *   const { view, sessionId } = useVerificationReturn();
 *   if (!sessionId) return <p>No verification in progress.</p>;
 *   return <p>{view?.title ?? 'Loading…'}</p>;
 * }
 */
export function useVerificationReturn(
  options: UseVerificationReturnOptions = {},
): UseVerificationReturnResult {
  const { queryParameters, storageKey, ...sessionOptions } = options;
  const parameters = (queryParameters ?? DEFAULT_RETURN_QUERY_PARAMETERS).join('\n');
  const key = storageKey; // undefined: readRedirectSession's default key

  const readId = useCallback((): string | null => {
    const search = new URLSearchParams(window.location.search);
    for (const name of parameters.split('\n')) {
      const value = name ? search.get(name) : null;
      if (isSessionId(value)) return value;
    }
    return key === false ? null : readRedirectSession(key);
  }, [parameters, key]);

  const sessionId = useSyncExternalStore(subscribeToLocation, readId, noId);
  const result = useSessionQuery('useVerificationReturn', sessionId, sessionOptions);
  return { ...result, sessionId } as UseVerificationReturnResult;
}
