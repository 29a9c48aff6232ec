import type {
  Stripe,
  StripeError,
  VerificationSessionResult,
  WrapperLibrary,
} from '@stripe/stripe-js';
import { sessionIdFromClientSecret } from '../core/contract.js';
import type { LastError } from '../core/types.js';
import {
  openSimulatedDialog,
  type SimulatedDialogHandle,
  type SimulatedOutcome,
} from './simulated/simulatedDialog.js';
import { wait } from './wait.js';

export {
  SIMULATED_UNKNOWN_CODE,
  SIMULATED_UNKNOWN_REASON,
  type SimulatedOutcome,
} from './simulated/simulatedDialog.js';

/** A {@link SimulatedOutcome}, or the name of one that needs no detail. */
export type SimulatedOutcomeInput = SimulatedOutcome | 'verify' | 'close' | 'decline_consent';

/** An outcome for every call, or a function of the session id choosing one. */
export type SimulatedOutcomeOption =
  | SimulatedOutcomeInput
  | ((sessionId: string) => SimulatedOutcomeInput | Promise<SimulatedOutcomeInput>);

/**
 * What the session becomes once Stripe has checked a submission: `verified`, or back to
 * `requires_input` with a `last_error`. A simulated backend shows `processing` first.
 */
export type SimulatedVerdict =
  | { status: 'verified' }
  | { status: 'requires_input'; last_error: LastError };

/** Options of {@link createSimulatedStripe}. */
export interface SimulatedStripeOptions {
  /**
   * Answers every `verifyIdentity` call without showing a dialog (unit tests, scripted
   * stories): an outcome, or a function of the session id returning one. Without it a dialog
   * asks the person. The same word as `createMockStripe({ outcome })`.
   */
  outcome?: SimulatedOutcomeOption;
  /**
   * Called when the person submits: the simulated backend should move the session to
   * `processing`, then to `verdict`. `verifyIdentity` resolves after this settles.
   */
  onSubmit?: (sessionId: string, verdict: SimulatedVerdict) => void | Promise<void>;
  /**
   * Called when the person declines consent: Stripe then sets `last_error.code` to
   * `consent_declined` on a session that stays `requires_input`.
   */
  onConsentDeclined?: (sessionId: string) => void | Promise<void>;
  /** Called when the person closes the modal without submitting. The session is unchanged. */
  onClose?: (sessionId: string) => void | Promise<void>;
  /** Waits this long (ms) after the choice before resolving, like Stripe closing its modal. Default 0. */
  delayMs?: number;
  /** The document the dialog is rendered in. Default the global `document`. */
  document?: Document;
  /** Where the dialog is appended. Default `document.body`. */
  container?: HTMLElement;
}

/** One recorded `verifyIdentity` call. Holds the session id, never the secret. */
export interface SimulatedVerifyIdentityCall {
  sessionId: string;
  /** What happened; `null` while the dialog is still open. */
  outcome: SimulatedOutcome | null;
}

/**
 * A stand-in for the two Stripe.js methods this library calls. Give it where a `Stripe`
 * instance is expected through {@link SimulatedStripe.stripe}.
 */
export interface SimulatedStripe {
  /** Opens the simulated modal (or asks `outcome`) and resolves like Stripe.js does. */
  verifyIdentity(clientSecret: string): Promise<VerificationSessionResult>;
  /** Records the wrapper library, like Stripe.js does for its analytics. */
  registerAppInfo(wrapperLibrary: WrapperLibrary): void;
  /** The same object typed as `Stripe`, for `<IdentityProvider stripe={…}>`. Only the two methods above exist. */
  readonly stripe: Stripe;
  /** Every call so far, oldest first. */
  readonly calls: {
    readonly verifyIdentity: readonly SimulatedVerifyIdentityCall[];
    readonly registerAppInfo: readonly WrapperLibrary[];
  };
  /** True while the dialog is open. */
  isOpen(): boolean;
  /** Answers the open dialog with `outcome`, as the person would. Throws when none is open. */
  answer(outcome: SimulatedOutcomeInput): void;
  /** Changes the `outcome` option for later calls; `undefined` shows the dialog again. */
  setOutcome(outcome: SimulatedOutcomeOption | undefined): void;
  /** Closes an open dialog as if the person had closed it. */
  destroy(): void;
}

function normalize(input: SimulatedOutcomeInput): SimulatedOutcome {
  return typeof input === 'string' ? { action: input } : input;
}

function stripeError(code: string | undefined, message: string): { error: StripeError } {
  const error: StripeError = { type: 'invalid_request_error', message };
  if (code !== undefined) error.code = code;
  return { error };
}

/**
 * A simulated Stripe.js for stories, demos and tests: `verifyIdentity(clientSecret)` opens an
 * accessible in-page dialog standing in for Stripe's identity modal, where the person chooses
 * what happens — submit and be verified, submit and fail with any `last_error` code, close the
 * modal, or decline consent. It resolves with what Stripe.js returns, and reports submissions
 * to `onSubmit` so a simulated backend can move the session `requires_input` → `processing` →
 * `verified` (or back to `requires_input` with `last_error`).
 *
 * Framework-free (plain DOM), runner-agnostic, and scriptable without a DOM via `outcome`
 * (answer an open dialog with `answer()`; calls are recorded in `calls`, as in `createMockStripe`).
 * The `client_secret` is only parsed for its session id: it is never written to the DOM nor
 * recorded.
 *
 * @example
 * const simulated = createSimulatedStripe({
 *   onSubmit: (id, verdict) => backend.submit(id, verdict),
 * });
 * <IdentityProvider stripe={simulated.stripe}>…</IdentityProvider>
 */
export function createSimulatedStripe(options: SimulatedStripeOptions = {}): SimulatedStripe {
  const verifyCalls: SimulatedVerifyIdentityCall[] = [];
  const appInfo: WrapperLibrary[] = [];
  let open: SimulatedDialogHandle | null = null;
  let scripted = options.outcome;

  async function ask(sessionId: string): Promise<SimulatedOutcome> {
    if (scripted !== undefined) {
      return normalize(typeof scripted === 'function' ? await scripted(sessionId) : scripted);
    }
    const doc = options.document ?? globalThis.document;
    if (!doc) {
      throw new Error(
        '[react-stripe-identity] createSimulatedStripe().verifyIdentity() has no document to show its dialog in; pass `outcome` (or `document`) to createSimulatedStripe().',
      );
    }
    return new Promise<SimulatedOutcome>((resolve) => {
      open = openSimulatedDialog({
        document: doc,
        container: options.container,
        sessionId,
        onChoose: (outcome) => {
          open = null;
          resolve(outcome);
        },
      });
    });
  }

  async function verifyIdentity(clientSecret: string): Promise<VerificationSessionResult> {
    const sessionId =
      typeof clientSecret === 'string' ? sessionIdFromClientSecret(clientSecret) : null;
    if (!sessionId) {
      return stripeError(
        'resource_missing',
        'Invalid client_secret: expected the client_secret of a VerificationSession (vs_…_secret_…).',
      );
    }
    if (open) {
      return stripeError(undefined, 'The identity verification modal is already open.');
    }
    const call: SimulatedVerifyIdentityCall = { sessionId, outcome: null };
    verifyCalls.push(call);
    const outcome = await ask(sessionId);
    call.outcome = outcome;
    switch (outcome.action) {
      case 'verify':
        await options.onSubmit?.(sessionId, { status: 'verified' });
        await wait(options.delayMs ?? 0);
        return { verificationSession: { id: sessionId } };
      case 'fail':
        await options.onSubmit?.(sessionId, {
          status: 'requires_input',
          last_error: { code: outcome.code, reason: outcome.reason ?? null },
        });
        await wait(options.delayMs ?? 0);
        return { verificationSession: { id: sessionId } };
      case 'decline_consent':
        await options.onConsentDeclined?.(sessionId);
        await wait(options.delayMs ?? 0);
        return stripeError('consent_declined', 'You declined to be verified by Stripe.');
      case 'close':
        await options.onClose?.(sessionId);
        await wait(options.delayMs ?? 0);
        return stripeError(
          'session_cancelled',
          'The verification was closed before it was submitted.',
        );
      default:
        return outcome satisfies never;
    }
  }

  const simulated: SimulatedStripe = {
    verifyIdentity,
    registerAppInfo(wrapperLibrary) {
      appInfo.push({ ...wrapperLibrary });
    },
    get stripe() {
      return simulated as unknown as Stripe;
    },
    calls: { verifyIdentity: verifyCalls, registerAppInfo: appInfo },
    isOpen: () => open !== null,
    answer(outcome) {
      if (!open) {
        throw new Error(
          '[react-stripe-identity] SimulatedStripe.answer() was called with no dialog open; call it after verifyIdentity() has opened one (check isOpen()).',
        );
      }
      open.choose(normalize(outcome));
    },
    setOutcome(outcome) {
      scripted = outcome;
    },
    destroy() {
      open?.choose({ action: 'close' });
    },
  };
  return simulated;
}
