'use client';

import { useCallback, useInsertionEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { CreateSessionInput } from '../core/backend.js';
import type { VerificationMode } from '../core/contract.js';
import type {
  VerificationCallbacks,
  VerifyIdentityOutcome,
} from '../core/createVerificationFlow.js';
import type { IdentityError } from '../core/IdentityError.js';
import type { VerifyIdentityState } from '../core/messages.js';
import { useProviderContext } from './IdentityContext.js';

/** Options of {@link useVerifyIdentity}. The latest callbacks are always used. */
export interface UseVerifyIdentityOptions extends VerificationCallbacks {
  /**
   * `modal` (default): open Stripe's identity modal with the session's `client_secret`.
   * `redirect`: send the browser to Stripe's hosted page (the backend returns `url`).
   */
  mode?: VerificationMode;
  /** Sent to your backend's `createSession` when `start()` is called without an argument. */
  input?: CreateSessionInput;
  /** Redirect mode: how to go to Stripe's page. Default `window.location.assign(url)`. */
  navigate?: (url: string) => void;
}

/** What {@link useVerifyIdentity} returns: the same shape before and after Stripe.js is ready. */
export interface UseVerifyIdentityResult {
  /**
   * Creates (or reuses) a session on your backend and opens the verification. A call from any
   * component under the provider while a run is in flight (or, in redirect mode, after the
   * browser was sent to Stripe) joins that run: same promise, nothing created. Never rejects.
   */
  start: (input?: CreateSessionInput) => Promise<VerifyIdentityOutcome>;
  /** Starts loading Stripe.js (call on hover or focus). Never throws. */
  preload: () => void;
  /** `idle` → `creating` → `verifying` → `submitted` | `canceled` | `error`, shared by the provider. */
  state: VerifyIdentityState;
  /** The session of the current or last run, once created. Follow it with `useVerificationSession`. */
  sessionId: string | null;
  /** Set in state `error`; show `describeIdentityError(error, messages)`. */
  error: IdentityError | null;
  /** Back to `idle`. A run still in flight is abandoned: its request aborted, its result ignored. */
  reset: () => void;
  /** True while `creating` or `verifying`. */
  isPending: boolean;
}

/**
 * Starts a Stripe Identity verification: `start()` asks your backend for a session and loads
 * Stripe.js in parallel, then opens Stripe's modal with the session's `client_secret` (used
 * once, held only for that call: never in state, the query cache, a log, the DOM or a URL).
 *
 * Every hook and component under one `<IdentityProvider>` shares one verification: its `state`,
 * `sessionId` and `error` are the provider's, and a `start()` while a run is in flight joins it,
 * so two buttons or React StrictMode never open two modals. The callbacks of the component that
 * started or joined a run are called when it ends. `submitted` means the user finished the modal,
 * not that they are verified: follow `sessionId` with `useVerificationSession` for the verdict.
 *
 * When every component that started or joined a run unmounts before the modal opened, the run is
 * abandoned: its backend request aborted, its promise settled at once with an `aborted` error.
 *
 * @example
 * const { start, preload, state, error } = useVerifyIdentity({ onSubmitted: setSessionId });
 * <button onClick={() => start()} onPointerEnter={preload} disabled={state === 'creating'}>Verify</button>
 * {error && <p role="alert">{describeIdentityError(error, messages).message}</p>}
 */
export function useVerifyIdentity(options: UseVerifyIdentityOptions = {}): UseVerifyIdentityResult {
  const { flow } = useProviderContext('useVerifyIdentity');
  // This component as a caller of the shared flow: a run it started or joined reads its latest
  // options (callbacks included) when it ends.
  const caller = useRef(options);
  // Before any layout effect or event can read it; and, unlike a layout effect, silent in server
  // rendering (React 18 warns about a layout effect there, also under a DOM like jsdom).
  useInsertionEffect(() => {
    caller.current = options;
  });
  const subscribe = useCallback((listener: () => void) => flow.subscribe(listener, caller), [flow]);
  const snapshot = useSyncExternalStore(subscribe, flow.getSnapshot, flow.getSnapshot);

  const start = useCallback(
    (input?: CreateSessionInput) => {
      const { input: defaultInput, mode, navigate } = caller.current;
      return flow.start({
        input: input !== undefined ? input : defaultInput,
        mode,
        navigate,
        caller,
      });
    },
    [flow],
  );
  const preload = useCallback(() => {
    if ((caller.current.mode ?? 'modal') === 'modal') flow.preload();
  }, [flow]);

  return useMemo(
    () => ({
      start,
      preload,
      ...snapshot,
      reset: flow.reset,
      isPending: snapshot.state === 'creating' || snapshot.state === 'verifying',
    }),
    [start, preload, snapshot, flow],
  );
}
