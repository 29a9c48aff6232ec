'use client';

import type { Stripe, StripeError, VerificationSessionResult } from '@stripe/stripe-js';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CreatedSession, CreateSessionInput, VerificationMode } from '../core/backend.js';
import { IdentityError } from '../core/IdentityError.js';
import type { VerifyIdentityState } from '../core/messages.js';
import { toIdentityError } from './errors.js';
import { useProviderContext } from './IdentityContext.js';
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

const IDLE: Snapshot = { state: 'idle', sessionId: null, error: null };

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

/**
 * Maps what `stripe.verifyIdentity` resolved to. `session_cancelled` (the user closed the modal)
 * and unknown codes that are not API errors mean "not completed" (STRIPE_IDENTITY.md); the
 * documented failure codes, API errors and code-less errors are errors.
 */
export function mapVerifyIdentityResult(result: unknown): ModalResult {
  const value = (result ?? {}) as Partial<VerificationSessionResult>;
  const stripeError = value.error as Partial<StripeError> | undefined;
  if (stripeError) {
    const code = typeof stripeError.code === 'string' ? stripeError.code : undefined;
    const type = typeof stripeError.type === 'string' ? stripeError.type : undefined;
    if (code === 'session_cancelled') return { state: 'canceled' };
    const isFailure =
      code === undefined ||
      VERIFY_IDENTITY_FAILURE_CODES.includes(code) ||
      (type !== undefined && API_ERROR_TYPES.includes(type));
    if (!isFailure) return { state: 'canceled' };
    const message =
      typeof stripeError.message === 'string' && stripeError.message
        ? stripeError.message
        : `stripe.verifyIdentity() returned the error ${code ?? type ?? 'without a code'}.`;
    return {
      state: 'error',
      error: new IdentityError('stripe_error', message, {
        ...(code === undefined ? {} : { stripeCode: code }),
        cause: { type, code },
      }),
    };
  }
  if (value.verificationSession) return { state: 'submitted' };
  return {
    state: 'error',
    error: new IdentityError(
      'stripe_error',
      'stripe.verifyIdentity() resolved with neither `verificationSession` nor `error`.',
    ),
  };
}

/** Checks a custom backend's answer: an id, and the credential the mode needs. */
function checkCreated(created: unknown, mode: VerificationMode): CreatedSession {
  const value = (created ?? {}) as Partial<CreatedSession>;
  const credential = mode === 'redirect' ? 'url' : 'client_secret';
  if (typeof value.id !== 'string' || value.id === '') {
    throw new IdentityError('invalid_response', 'createSession() returned no session `id`.');
  }
  const secretOrUrl = value[credential];
  if (typeof secretOrUrl !== 'string' || secretOrUrl === '') {
    throw new IdentityError(
      'invalid_response',
      `createSession() returned no \`${credential}\` for ${mode} mode.`,
    );
  }
  return value as CreatedSession;
}

function defaultNavigate(url: string): void {
  window.location.assign(url);
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
  const [snapshot, setSnapshot] = useState<Snapshot>(IDLE);

  const optionsRef = useRef(options);
  const contextRef = useRef(context);
  useIsomorphicLayoutEffect(() => {
    optionsRef.current = options;
    contextRef.current = context;
  });

  // "Not unmounted" rather than "mounted": a child's effect may call start() before this
  // component's own effects ran, and that run must still count.
  const unmountedRef = useRef(false);
  const generationRef = useRef(0);
  const runRef = useRef<{
    promise: Promise<VerifyIdentityOutcome>;
    controller: AbortController;
  } | null>(null);

  useEffect(() => {
    unmountedRef.current = false;
    return () => {
      unmountedRef.current = true;
      generationRef.current += 1;
      runRef.current?.controller.abort();
      runRef.current = null;
    };
  }, []);

  const start = useCallback((input?: CreateSessionInput): Promise<VerifyIdentityOutcome> => {
    if (runRef.current) return runRef.current.promise;
    const controller = new AbortController();
    const generation = ++generationRef.current;
    const live = () => !unmountedRef.current && generationRef.current === generation;
    const promise = runVerification(input, controller, live).catch(
      (error: unknown): VerifyIdentityOutcome => ({
        state: 'error',
        sessionId: null,
        error: toIdentityError(error, 'stripe_error', 'useVerifyIdentity().start() failed'),
      }),
    );
    const run = { promise, controller };
    runRef.current = run;
    void promise.then((outcome) => {
      // After a redirect hand-over the browser is leaving: later calls join that run (no second
      // session from a click during navigation) until reset().
      if (outcome.state === 'verifying') return;
      if (runRef.current === run) runRef.current = null;
    });
    return promise;

    async function runVerification(
      payload: CreateSessionInput,
      abort: AbortController,
      isLive: () => boolean,
    ): Promise<VerifyIdentityOutcome> {
      const { backend, getStripe, queryClient } = contextRef.current;
      const initial = optionsRef.current;
      const mode: VerificationMode = initial.mode ?? 'modal';
      const body = payload !== undefined ? payload : initial.input;
      const update = (next: Snapshot) => {
        if (isLive()) setSnapshot(next);
      };
      const fail = (error: IdentityError, sessionId: string | null): VerifyIdentityOutcome => {
        update({ state: 'error', sessionId, error });
        if (isLive()) call(() => optionsRef.current.onError?.(error));
        return { state: 'error', sessionId, error };
      };
      const abandoned = (sessionId: string | null) =>
        ({
          state: 'error',
          sessionId,
          error: new IdentityError('aborted', 'The verification was abandoned (unmount or reset).'),
        }) satisfies VerifyIdentityOutcome;

      update({ state: 'creating', sessionId: null, error: null });

      // The backend request and the Stripe.js load run in parallel: the modal opens after
      // max(backend, Stripe.js), not their sum.
      const sessionRequest = new Promise<CreatedSession>((resolve) => {
        resolve(backend.createSession(body, { signal: abort.signal, mode }));
      }).then(
        (created) => checkCreated(created, mode),
        (error: unknown) => {
          throw toIdentityError(error, 'backend_http_error', 'createSession() failed');
        },
      );
      const stripeReady: Promise<Stripe | null> =
        mode === 'modal' ? getStripe() : Promise.resolve(null);

      let created: CreatedSession;
      let stripe: Stripe | null;
      try {
        [created, stripe] = await Promise.all([sessionRequest, stripeReady]);
      } catch (error) {
        abort.abort(); // Stripe.js failed: stop waiting for the backend (or the other way round).
        if (!isLive()) return abandoned(null);
        return fail(toIdentityError(error, 'stripe_load_failed', 'Stripe.js failed'), null);
      }
      const sessionId = created.id;
      if (!isLive()) return abandoned(sessionId);

      if (mode === 'redirect') {
        const url = created.url as string;
        rememberRedirectSession(sessionId);
        update({ state: 'verifying', sessionId, error: null });
        try {
          (optionsRef.current.navigate ?? defaultNavigate)(url);
        } catch (error) {
          return fail(toIdentityError(error, 'aborted', 'navigate(url) threw'), sessionId);
        }
        return { state: 'verifying', sessionId, error: null };
      }

      update({ state: 'verifying', sessionId, error: null });
      let modal: ModalResult;
      try {
        const secret = created.client_secret as string; // used once, right here, never kept
        const result = await (stripe as Stripe).verifyIdentity(secret);
        modal = mapVerifyIdentityResult(result);
      } catch (cause) {
        modal = {
          state: 'error',
          error: new IdentityError(
            'stripe_error',
            `stripe.verifyIdentity() threw: ${cause instanceof Error ? cause.message : String(cause)}`,
            { cause },
          ),
        };
      }

      if (modal.state !== 'error') {
        // Followers re-read the session now: `processing` after a submit, or unchanged.
        void queryClient
          .invalidateQueries({ queryKey: identityKeys.session(sessionId) })
          .catch(() => {});
      }
      // Unmounted or reset while the modal was open: the modal's answer is still what `start()`
      // resolves to, but nothing updates and no callback runs.
      const outcome: VerifyIdentityOutcome = {
        state: modal.state,
        sessionId,
        error: modal.state === 'error' ? modal.error : null,
      };
      if (!isLive()) return outcome;
      update(outcome);
      switch (modal.state) {
        case 'submitted':
          call(() => optionsRef.current.onSubmitted?.(sessionId));
          break;
        case 'canceled':
          call(() => optionsRef.current.onCanceled?.());
          break;
        case 'error': {
          const { error } = modal;
          call(() => optionsRef.current.onError?.(error));
          break;
        }
        default:
          modal satisfies never;
      }
      return outcome;
    }
  }, []);

  const preload = useCallback(() => {
    if ((optionsRef.current.mode ?? 'modal') === 'modal') contextRef.current.preload();
  }, []);

  const reset = useCallback(() => {
    generationRef.current += 1;
    runRef.current?.controller.abort();
    runRef.current = null;
    setSnapshot(IDLE);
  }, []);

  return useMemo(
    () => ({
      start,
      preload,
      state: snapshot.state,
      sessionId: snapshot.sessionId,
      error: snapshot.error,
      reset,
      isPending: snapshot.state === 'creating' || snapshot.state === 'verifying',
    }),
    [start, preload, reset, snapshot],
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
