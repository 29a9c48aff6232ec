import type { Stripe } from '@stripe/stripe-js';
import type { CreatedSession, CreateSessionInput, IdentityBackend } from './backend.js';
import { checkCreatedSession } from './checkCreatedSession.js';
import type { VerificationMode } from './contract.js';
import { IdentityError, toIdentityError } from './IdentityError.js';
import { mapVerifyIdentityResult } from './mapVerifyIdentityResult.js';
import type { VerifyIdentityState } from './messages.js';
import { rememberRedirectSession } from './redirectStorage.js';

/** Where a verification stands: what every hook and component under one provider shows. */
export interface VerificationFlowState {
  /** `idle` → `creating` → `verifying` → `submitted` | `canceled` | `error`. */
  state: VerifyIdentityState;
  /** The session of the current or last run, once the backend created it. */
  sessionId: string | null;
  /** Set in state `error`. */
  error: IdentityError | null;
}

/**
 * What `start()` resolves to (it never rejects): the state after the run, `verifying` when
 * redirect mode handed over to Stripe's page.
 */
export interface VerifyIdentityOutcome extends VerificationFlowState {
  state: Extract<VerifyIdentityState, 'submitted' | 'canceled' | 'error' | 'verifying'>;
}

/** What a caller of `start()` is told when the run it started or joined ends. */
export interface VerificationCallbacks {
  /** The user submitted in the modal. The verdict is still pending: follow the session. */
  onSubmitted?(sessionId: string): void;
  /** The user closed the modal before submitting. */
  onCanceled?(): void;
  /** The verification could not start or complete. */
  onError?(error: IdentityError): void;
}

/** One call of {@link VerificationFlow.start}. */
export interface VerificationRequest {
  /** Sent to the backend's `createSession`. */
  input?: CreateSessionInput;
  /** `modal` (default) opens Stripe's modal; `redirect` sends the browser to Stripe's page. */
  mode?: VerificationMode;
  /** Redirect mode: how to go to Stripe's page. Default `window.location.assign(url)`. */
  navigate?: (url: string) => void;
  /**
   * Who starts or joins the run: its `current` callbacks (read when the run ends, so always the
   * latest) are called then, unless every subscription made with it has ended by then (the
   * component unmounted). A React ref fits. Leave it out for a run nobody leaves (it then ends
   * only by `reset()` or on its own).
   */
  caller?: VerificationCaller;
}

/** Who starts, joins or watches a run: a holder of the latest callbacks, e.g. a React ref. */
export interface VerificationCaller {
  readonly current: VerificationCallbacks;
}

/** What a flow works with; the provider passes its current props. */
export interface VerificationFlowOptions {
  /** Creates (or reuses) the user's session and returns its single-use credential. */
  backend: Pick<IdentityBackend, 'createSession'>;
  /** Resolves to Stripe.js, loading it on the first call. */
  getStripe(): Promise<Stripe>;
  /** Starts loading Stripe.js without waiting. */
  preloadStripe(): void;
  /** The modal closed on a session, so Stripe may have changed it: e.g. read it again. */
  onSessionChange?(sessionId: string): void;
}

/**
 * One verification at a time, shared by everything under one `<IdentityProvider>`: a `start()`
 * while a run is in flight joins it (same promise, no second session, no second modal).
 */
export interface VerificationFlow {
  /**
   * Creates (or reuses) a session through the backend and loads Stripe.js in parallel, then
   * opens Stripe's modal with the session's `client_secret` (used once, kept nowhere), or hands
   * over to Stripe's page in redirect mode. Never rejects.
   */
  start(request?: VerificationRequest): Promise<VerifyIdentityOutcome>;
  /** Starts loading Stripe.js (on hover or focus). Never throws. */
  preload(): void;
  /**
   * Back to `idle`. A run still in flight is abandoned: its backend request aborted, its promise
   * settled at once with an `aborted` error (or, with the modal already open, with the modal's
   * answer), no callback called.
   */
  reset(): void;
  /**
   * Calls `listener` on every change of {@link getSnapshot}. With a `caller`, the caller counts
   * as present while one of its subscriptions lasts: when every caller of a run has left before
   * the modal opened, the run is abandoned as by `reset()`.
   */
  subscribe(listener: () => void, caller?: VerificationCaller): () => void;
  /** The current state; the same object until it changes. */
  getSnapshot(): VerificationFlowState;
  /** Replaces the options (the provider's props changed); a run in flight keeps its own. */
  setOptions(options: VerificationFlowOptions): void;
}

interface Run {
  promise: Promise<VerifyIdentityOutcome>;
  settle(outcome: VerifyIdentityOutcome): void;
  controller: AbortController;
  /** Who started or joined it; `null` for a `start()` that named no caller. */
  callers: Set<VerificationCaller | null>;
  sessionId: string | null;
  /**
   * `starting` until the session and Stripe.js are there; `modal` once Stripe's modal is open (it
   * cannot be closed from here, so its answer ends the run); `redirected` once the browser was sent
   * to Stripe's page (later starts join until `reset()`).
   */
  stage: 'starting' | 'modal' | 'redirected';
  /** Abandoned: it changes no state and calls no callback any more. */
  detached: boolean;
}

const IDLE: VerificationFlowState = { state: 'idle', sessionId: null, error: null };

function outcome(
  state: VerifyIdentityOutcome['state'],
  sessionId: string | null,
  error: IdentityError | null = null,
): VerifyIdentityOutcome {
  return { state, sessionId, error };
}

function abortedOutcome(sessionId: string | null): VerifyIdentityOutcome {
  const message =
    process.env.NODE_ENV !== 'production'
      ? 'The verification was abandoned (reset, or every component that started it unmounted).'
      : 'abandoned';
  return outcome('error', sessionId, new IdentityError('aborted', message));
}

/**
 * Runs a host callback. What it throws is re-thrown outside the library's promise chain, so it
 * surfaces like an error in an event handler and `start()` still never rejects.
 */
function callHost(callback: () => void): void {
  try {
    callback();
  } catch (error) {
    setTimeout(() => {
      throw error;
    }, 0);
  }
}

/** The backend's answer for this run, checked; anything thrown becomes an IdentityError. */
function createSession(
  backend: VerificationFlowOptions['backend'],
  input: CreateSessionInput,
  mode: VerificationMode,
  signal: AbortSignal,
): Promise<CreatedSession> {
  return new Promise<CreatedSession>((resolve) => {
    resolve(backend.createSession(input, { signal, mode }));
  }).then(
    (created) => checkCreatedSession(created, mode, 'createSession()'),
    (error: unknown) => {
      throw toIdentityError(error, 'backend_http_error', 'createSession() failed');
    },
  );
}

/** Opens Stripe's modal with the secret, once, and maps its answer. */
function openModal(stripe: Stripe, clientSecret: string) {
  return new Promise((resolve) => {
    resolve(stripe.verifyIdentity(clientSecret));
  }).then(mapVerifyIdentityResult, (cause: unknown) => ({
    state: 'error' as const,
    error: toIdentityError(cause, 'stripe_error', 'stripe.verifyIdentity() threw'),
  }));
}

/**
 * Creates the verification flow a provider owns: the run's state machine, framework-free.
 * React adapts it with `useSyncExternalStore` (see `useVerifyIdentity`).
 *
 * @example
 * const flow = createVerificationFlow({ backend, getStripe, preloadStripe });
 * const unsubscribe = flow.subscribe(() => render(flow.getSnapshot()));
 * button.onclick = () => flow.start({ input: { plan: 'pro' } });
 */
export function createVerificationFlow(initial: VerificationFlowOptions): VerificationFlow {
  let options = initial;
  let snapshot = IDLE;
  let current: Run | null = null;
  const listeners = new Set<() => void>();
  /** Live subscriptions per caller: 0 means it left (unmounted). */
  const subscriptions = new WeakMap<VerificationCaller, number>();

  /** A caller is present unless every subscription it made has ended; `null` never leaves. */
  const present = (caller: VerificationCaller | null) =>
    caller === null || subscriptions.get(caller) !== 0;

  function setSnapshot(next: VerificationFlowState): void {
    snapshot = next;
    for (const listener of listeners) listener();
  }

  /** Shows `next` for `run` and tells its callers, unless the run was abandoned. */
  function report<T extends VerificationFlowState>(
    run: Run,
    next: T,
    tell?: (callbacks: VerificationCallbacks) => void,
  ): T {
    if (run.detached) return next;
    setSnapshot(next);
    for (const caller of run.callers) {
      if (tell && caller && present(caller)) callHost(() => tell(caller.current));
    }
    return next;
  }

  function fail(run: Run, error: IdentityError, sessionId: string | null = null) {
    return report(run, outcome('error', sessionId, error), (c) => c.onError?.(error));
  }

  function abandon(run: Run): void {
    run.detached = true;
    run.controller.abort();
    if (run.stage !== 'modal') run.settle(abortedOutcome(run.sessionId));
    if (current === run) current = null;
  }

  async function execute(run: Run, request: VerificationRequest): Promise<VerifyIdentityOutcome> {
    const { backend, getStripe, onSessionChange } = options;
    const mode = request.mode ?? 'modal';
    report(run, { state: 'creating', sessionId: null, error: null });
    // The backend request and the Stripe.js load run in parallel: the modal opens after
    // max(backend, Stripe.js), not their sum.
    let created: CreatedSession;
    let stripe: Stripe | null;
    try {
      [created, stripe] = await Promise.all([
        createSession(backend, request.input, mode, run.controller.signal),
        mode === 'modal' ? getStripe() : null,
      ]);
    } catch (error) {
      run.controller.abort(); // one side failed: stop waiting for the other
      return fail(run, toIdentityError(error, 'stripe_load_failed', 'Stripe.js failed'));
    }
    const sessionId = created.id;
    run.sessionId = sessionId;
    if (run.detached) return abortedOutcome(sessionId);
    const verifying = report(run, outcome('verifying', sessionId));

    if (mode === 'redirect') {
      rememberRedirectSession(sessionId);
      try {
        (request.navigate ?? ((url) => window.location.assign(url)))(created.url as string);
      } catch (error) {
        return fail(run, toIdentityError(error, 'aborted', 'navigate(url) threw'), sessionId);
      }
      run.stage = 'redirected';
      return verifying;
    }

    run.stage = 'modal';
    const modal = await openModal(stripe as Stripe, created.client_secret as string);
    if (modal.state !== 'error') onSessionChange?.(sessionId);
    if (modal.state === 'error') return fail(run, modal.error, sessionId);
    return report(run, outcome(modal.state, sessionId), (c) =>
      modal.state === 'submitted' ? c.onSubmitted?.(sessionId) : c.onCanceled?.(),
    );
  }

  function begin(request: VerificationRequest): Run {
    let settle!: (outcome: VerifyIdentityOutcome) => void;
    const promise = new Promise<VerifyIdentityOutcome>((resolve) => {
      settle = resolve;
    });
    const run: Run = {
      promise,
      settle,
      controller: new AbortController(),
      callers: new Set([request.caller ?? null]),
      sessionId: null,
      stage: 'starting',
      detached: false,
    };
    current = run;
    execute(run, request)
      .catch((error: unknown) =>
        fail(run, toIdentityError(error, 'stripe_error', 'start() failed')),
      )
      .then((result) => {
        if (current === run && run.stage !== 'redirected') current = null;
        run.settle(result);
      });
    return run;
  }

  /** Abandons the run in flight when every caller has left before the modal opened. */
  function abandonIfLeft(): void {
    const run = current;
    if (run?.stage !== 'starting') return;
    for (const caller of run.callers) if (present(caller)) return;
    abandon(run);
    setSnapshot(IDLE);
  }

  return {
    start(request = {}) {
      if (current) {
        current.callers.add(request.caller ?? null);
        return current.promise;
      }
      return begin(request).promise;
    },

    preload() {
      options.preloadStripe();
    },

    reset() {
      if (current) abandon(current);
      setSnapshot(IDLE);
    },

    subscribe(listener, caller) {
      listeners.add(listener);
      if (caller) subscriptions.set(caller, (subscriptions.get(caller) ?? 0) + 1);
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        listeners.delete(listener);
        if (!caller) return;
        subscriptions.set(caller, (subscriptions.get(caller) ?? 1) - 1);
        // Checked after the current task's synchronous work: React StrictMode unsubscribes and
        // subscribes again at once, which is no leaving.
        queueMicrotask(abandonIfLeft);
      };
    },

    getSnapshot: () => snapshot,

    setOptions(next) {
      options = next;
    },
  };
}
