'use client';

import type { Stripe, StripeError, VerificationSessionResult } from '@stripe/stripe-js';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { CreatedSession, CreateSessionInput } from '../core/backend.js';
import type { VerificationMode } from '../core/contract.js';
import { isDev } from '../core/dev.js';
import { checkCreated } from '../core/httpClient.js';
import { IdentityError, type IdentityErrorOptions } from '../core/IdentityError.js';
import type { VerifyIdentityState } from '../core/messages.js';
import { toIdentityError } from './errors.js';
import { type ProviderContextValue, useProviderContext } from './IdentityContext.js';
import { identityKeys } from './identityKeys.js';
import { rememberRedirectSession } from './redirectStorage.js';

/** Options of {@link useVerifyIdentity}. The latest callbacks are always used. */
export interface UseVerifyIdentityOptions {
  /**
   * `modal` (default): open Stripe's identity modal with the session's `client_secret`.
   * `redirect`: send the browser to Stripe's hosted page (the backend returns `url`).
   */
  mode?: VerificationMode;
  /** Sent to your backend's `createSession` when `start()` is called without an argument. */
  input?: CreateSessionInput;
  /** The user submitted in the modal. The verdict is still pending: follow the session. */
  onSubmitted?: (sessionId: string) => void;
  /** The user closed the modal before submitting. */
  onCanceled?: () => void;
  /** The verification could not start or complete. */
  onError?: (error: IdentityError) => void;
  /** Redirect mode: how to go to Stripe's page. Default `window.location.assign(url)`. */
  navigate?: (url: string) => void;
}

/**
 * What `start()` resolves to (it never rejects). `state` is the hook's state after the run:
 * `submitted`, `canceled`, `error`, or `verifying` when redirect mode handed over to Stripe.
 */
export interface VerifyIdentityOutcome {
  state: Extract<VerifyIdentityState, 'submitted' | 'canceled' | 'error' | 'verifying'>;
  /** The session created for this run, once the backend answered. */
  sessionId: string | null;
  error: IdentityError | null;
}

/** What {@link useVerifyIdentity} returns: the same shape before and after Stripe.js is ready. */
export interface UseVerifyIdentityResult {
  /**
   * Creates (or reuses) a session on your backend and opens the verification. A call while one
   * is in flight (or, in redirect mode, after the browser was sent to Stripe) returns the same
   * promise and creates nothing. Never rejects.
   */
  start: (input?: CreateSessionInput) => Promise<VerifyIdentityOutcome>;
  /** Starts loading Stripe.js (call on hover or focus). Never throws. */
  preload: () => void;
  /** `idle` → `creating` → `verifying` → `submitted` | `canceled` | `error`. */
  state: VerifyIdentityState;
  /** The session of the current or last run, once created. Follow it with `useVerificationSession`. */
  sessionId: string | null;
  /** Set in state `error`; show `messages.error[error.code]`. */
  error: IdentityError | null;
  /** Back to `idle`. A run still in flight is abandoned: its request aborted, its result ignored. */
  reset: () => void;
  /** True while `creating` or `verifying`. */
  isPending: boolean;
}

interface Snapshot {
  state: VerifyIdentityState;
  sessionId: string | null;
  error: IdentityError | null;
}

const snapshot = (
  state: VerifyIdentityState,
  sessionId: string | null = null,
  error: IdentityError | null = null,
): Snapshot => ({ state, sessionId, error });

const IDLE = snapshot('idle');

/** The modal's documented failure codes: the user cannot complete it this way. */
export const VERIFY_IDENTITY_FAILURE_CODES: readonly string[] = [
  'consent_declined',
  'device_unsupported',
  'under_supported_age',
  'phone_otp_declined',
  'email_verification_declined',
];

/** Stripe API error types: a real failure, whatever the code. */
const API_ERROR_TYPES: readonly string[] = [
  'api_connection_error',
  'api_error',
  'authentication_error',
  'idempotency_error',
  'invalid_request_error',
  'rate_limit_error',
];

type ModalResult =
  | { state: 'submitted' }
  | { state: 'canceled' }
  | { state: 'error'; error: IdentityError };

const stripeError = (message: string, options?: IdentityErrorOptions): ModalResult => ({
  state: 'error',
  error: new IdentityError('stripe_error', message, options),
});

/**
 * Maps what `stripe.verifyIdentity` resolved to. `session_cancelled` (the user closed the modal)
 * and unknown codes that are not API errors mean "not completed" (STRIPE_IDENTITY.md); the
 * documented failure codes, API errors and code-less errors are errors.
 */
export function mapVerifyIdentityResult(result: unknown): ModalResult {
  const value = (result ?? {}) as Partial<VerificationSessionResult>;
  const error = value.error as Partial<StripeError> | undefined;
  if (!error) {
    return value.verificationSession
      ? { state: 'submitted' }
      : stripeError(
          /* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production'
            ? 'stripe.verifyIdentity() resolved with neither `verificationSession` nor `error`.'
            : 'verifyIdentity(): no result',
        );
  }
  const code = typeof error.code === 'string' ? error.code : undefined;
  const type = typeof error.type === 'string' ? error.type : undefined;
  const isFailure =
    code === undefined ||
    VERIFY_IDENTITY_FAILURE_CODES.includes(code) ||
    (type !== undefined && API_ERROR_TYPES.includes(type));
  if (!isFailure || code === 'session_cancelled') return { state: 'canceled' };
  const fallback =
    /* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production'
      ? `stripe.verifyIdentity() returned the error ${code ?? type ?? 'without a code'}.`
      : `verifyIdentity(): ${code ?? type}`;
  return stripeError((typeof error.message === 'string' && error.message) || fallback, {
    stripeCode: code,
    cause: { type, code },
  });
}

/**
 * A hook's runs. `unmounted` rather than "mounted": a child's effect may call start() before
 * this component's own effects ran, and that run must still count. Each run takes a new
 * `generation`; unmount and reset bump it, so an older run updates nothing.
 */
interface RunState {
  options: UseVerifyIdentityOptions;
  context: ProviderContextValue;
  unmounted: boolean;
  generation: number;
  run: { promise: Promise<VerifyIdentityOutcome>; controller: AbortController } | null;
}

/** Abandons the run in flight: its request aborted, its result ignored. */
function abandon(self: RunState): void {
  self.generation += 1;
  self.run?.controller.abort();
  self.run = null;
}

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Starts a Stripe Identity verification: `start()` asks your backend for a session and loads
 * Stripe.js in parallel, then opens Stripe's modal with the session's `client_secret` (used
 * once, held only in a local variable: never in state, the query cache, a log, the DOM or a URL).
 *
 * `submitted` means the user finished the modal, not that they are verified: follow `sessionId`
 * with `useVerificationSession` for the verdict (the session query is refetched on submit).
 *
 * One run at a time per hook: a second `start()` while one is in flight returns the same
 * promise. Nothing starts from an effect, so React StrictMode creates one session per click.
 * After unmount the backend request is aborted and no state update or callback happens; the
 * promise `start()` returned still resolves (to the modal's answer if it was already open, else
 * to an `aborted` error).
 *
 * @example
 * const { start, preload, state, error } = useVerifyIdentity({ onSubmitted: setSessionId });
 * <button onClick={() => start()} onPointerEnter={preload} disabled={state === 'creating'}>Verify</button>
 * {error && <p role="alert">{messages.error[error.code].message}</p>}
 */
export function useVerifyIdentity(options: UseVerifyIdentityOptions = {}): UseVerifyIdentityResult {
  const context = useProviderContext('useVerifyIdentity');
  const [current, setSnapshot] = useState<Snapshot>(IDLE);

  // One mutable record per hook, created once (so it is a stable dependency). The latest
  // options and context are kept in it after each commit, so callbacks always use the newest.
  const [self] = useState<RunState>(() => ({
    unmounted: false,
    generation: 0,
    run: null,
    options,
    context,
  }));
  useIsomorphicLayoutEffect(() => {
    self.options = options;
    self.context = context;
  });

  useEffect(() => {
    self.unmounted = false;
    return () => {
      self.unmounted = true;
      abandon(self);
    };
  }, [self]);

  const start = useCallback(
    (input?: CreateSessionInput): Promise<VerifyIdentityOutcome> => {
      if (self.run) return self.run.promise;
      const controller = new AbortController();
      const generation = ++self.generation;
      const isLive = () => !self.unmounted && self.generation === generation;
      const promise = runVerification().catch(
        (error: unknown): VerifyIdentityOutcome =>
          snapshot(
            'error',
            null,
            toIdentityError(error, 'stripe_error', 'useVerifyIdentity().start() failed'),
          ) as VerifyIdentityOutcome,
      );
      const run = { promise, controller };
      self.run = run;
      void promise.then((outcome) => {
        // After a redirect hand-over the browser is leaving: later calls join that run (no second
        // session from a click during navigation) until reset().
        if (outcome.state !== 'verifying' && self.run === run) self.run = null;
      });
      return promise;

      /** The run's outcome: shown, with its callback, unless the run was abandoned meanwhile. */
      function settle(outcome: Snapshot, callback?: (options: UseVerifyIdentityOptions) => void) {
        if (isLive()) {
          setSnapshot(outcome);
          if (callback) call(() => callback(self.options));
        }
        return outcome as VerifyIdentityOutcome;
      }

      /** A run that was reset or unmounted: nothing shown, no callback. */
      function abandoned(sessionId: string | null = null) {
        return snapshot(
          'error',
          sessionId,
          new IdentityError(
            'aborted',
            /* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production'
              ? 'The verification was abandoned (unmount or reset).'
              : 'abandoned',
          ),
        ) as VerifyIdentityOutcome;
      }

      function fail(error: IdentityError, sessionId: string | null = null) {
        return isLive()
          ? settle(snapshot('error', sessionId, error), (o) => o.onError?.(error))
          : abandoned(sessionId);
      }

      async function runVerification(): Promise<VerifyIdentityOutcome> {
        const { backend, getStripe, queryClient } = self.context;
        const initial = self.options;
        const mode: VerificationMode = initial.mode ?? 'modal';
        settle(snapshot('creating'));

        // The backend request and the Stripe.js load run in parallel: the modal opens after
        // max(backend, Stripe.js), not their sum.
        let created: CreatedSession;
        let stripe: Stripe | null;
        try {
          [created, stripe] = await Promise.all([
            new Promise<CreatedSession>((resolve) => {
              resolve(
                backend.createSession(input !== undefined ? input : initial.input, {
                  signal: controller.signal,
                  mode,
                }),
              );
            }).then(
              (value) => checkCreated(value, mode, 'createSession()'),
              (error: unknown) => {
                throw toIdentityError(error, 'backend_http_error', 'createSession() failed');
              },
            ),
            mode === 'modal' ? getStripe() : null,
          ]);
        } catch (error) {
          controller.abort(); // Stripe.js failed: stop waiting for the backend (or the other way round).
          return fail(toIdentityError(error, 'stripe_load_failed', 'Stripe.js failed'));
        }
        const sessionId = created.id;
        if (!isLive()) return abandoned(sessionId);
        const verifying = snapshot('verifying', sessionId);
        settle(verifying);

        if (mode === 'redirect') {
          rememberRedirectSession(sessionId);
          try {
            (self.options.navigate ?? ((url) => window.location.assign(url)))(
              created.url as string,
            );
          } catch (error) {
            return fail(toIdentityError(error, 'aborted', 'navigate(url) threw'), sessionId);
          }
          return verifying as VerifyIdentityOutcome;
        }

        // The secret is used once, right here, and never kept.
        const modal = await new Promise((resolve) => {
          resolve((stripe as Stripe).verifyIdentity(created.client_secret as string));
        }).then(mapVerifyIdentityResult, (cause: unknown) =>
          stripeError(
            `stripe.verifyIdentity() threw: ${cause instanceof Error ? cause.message : String(cause)}`,
            { cause },
          ),
        );
        if (modal.state !== 'error') {
          // Followers re-read the session now: `processing` after a submit, or unchanged.
          void queryClient
            .invalidateQueries({ queryKey: identityKeys.session(sessionId) })
            .catch(() => {});
        }
        // Unmounted or reset while the modal was open: the modal's answer is still what `start()`
        // resolves to, but nothing updates and no callback runs.
        return settle(
          snapshot(modal.state, sessionId, modal.state === 'error' ? modal.error : null),
          (o) =>
            modal.state === 'submitted'
              ? o.onSubmitted?.(sessionId)
              : modal.state === 'canceled'
                ? o.onCanceled?.()
                : o.onError?.(modal.error),
        );
      }
    },
    [self],
  );

  const preload = useCallback(() => {
    if ((self.options.mode ?? 'modal') === 'modal') self.context.preload();
  }, [self]);

  const reset = useCallback(() => {
    abandon(self);
    setSnapshot(IDLE);
  }, [self]);

  return useMemo(
    () => ({
      start,
      preload,
      ...current,
      reset,
      isPending: current.state === 'creating' || current.state === 'verifying',
    }),
    [start, preload, reset, current],
  );
}

/**
 * Runs a host callback (`onSubmitted`, …). What it throws is re-thrown outside the library's
 * promise chain, so it surfaces like an error in an event handler and `start()` still never rejects.
 */
function call(callback: () => void): void {
  try {
    callback();
  } catch (error) {
    setTimeout(() => {
      throw error;
    }, 0);
  }
}
