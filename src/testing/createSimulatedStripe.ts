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
  type SimulatedChoice,
  type SimulatedDialogHandle,
} from './simulated/simulatedDialog.js';

export {
  SIMULATED_UNKNOWN_CODE,
  SIMULATED_UNKNOWN_REASON,
  type SimulatedChoice,
} from './simulated/simulatedDialog.js';

/** A {@link SimulatedChoice}, or the name of one that needs no detail. */
export type SimulatedChoiceInput = SimulatedChoice | 'verify' | 'close' | 'decline_consent';

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
   * stories). A choice, or a function of the session id returning one. Without it a dialog
   * asks the person.
   */
  autoChoose?:
    | SimulatedChoiceInput
    | ((sessionId: string) => SimulatedChoiceInput | Promise<SimulatedChoiceInput>);
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
  /** What was chosen; `null` while the dialog is still open. */
  choice: SimulatedChoice | null;
}

/**
 * A stand-in for the two Stripe.js methods this library calls. Give it where a `Stripe`
 * instance is expected through {@link SimulatedStripe.stripe}.
 */
export interface SimulatedStripe {
  /** Opens the simulated modal (or asks `autoChoose`) and resolves like Stripe.js does. */
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
  /** Answers the open dialog programmatically. Throws when none is open. */
  choose(choice: SimulatedChoiceInput): void;
  /** Closes an open dialog as if the person had closed it. */
  destroy(): void;
}

function normalize(input: SimulatedChoiceInput): SimulatedChoice {
  return typeof input === 'string' ? { action: input } : input;
}

function stripeError(code: string | undefined, message: string): { error: StripeError } {
  const error: StripeError = { type: 'invalid_request_error', message };
  if (code !== undefined) error.code = code;
  return { error };
}

function wait(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/**
 * A simulated Stripe.js for stories, demos and tests: `verifyIdentity(clientSecret)` opens an
 * accessible in-page dialog standing in for Stripe's identity modal, where the person chooses
 * what happens — submit and be verified, submit and fail with any `last_error` code, close the
 * modal, or decline consent. It resolves with what Stripe.js returns, and reports submissions
 * to `onSubmit` so a simulated backend can move the session `requires_input` → `processing` →
 * `verified` (or back to `requires_input` with `last_error`).
 *
 * Framework-free (plain DOM), runner-agnostic, and scriptable without a DOM via `autoChoose`.
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

  async function ask(sessionId: string): Promise<SimulatedChoice> {
    const { autoChoose } = options;
    if (autoChoose !== undefined) {
      return normalize(typeof autoChoose === 'function' ? await autoChoose(sessionId) : autoChoose);
    }
    const doc = options.document ?? globalThis.document;
    if (!doc) {
      throw new Error(
        '[react-stripe-identity] createSimulatedStripe().verifyIdentity() has no document to show its dialog in; pass `autoChoose` (or `document`) to createSimulatedStripe().',
      );
    }
    return new Promise<SimulatedChoice>((resolve) => {
      open = openSimulatedDialog({
        document: doc,
        container: options.container,
        sessionId,
        onChoose: (choice) => {
          open = null;
          resolve(choice);
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
    const call: SimulatedVerifyIdentityCall = { sessionId, choice: null };
    verifyCalls.push(call);
    const choice = await ask(sessionId);
    call.choice = choice;
    switch (choice.action) {
      case 'verify':
        await options.onSubmit?.(sessionId, { status: 'verified' });
        await wait(options.delayMs ?? 0);
        return { verificationSession: { id: sessionId } };
      case 'fail':
        await options.onSubmit?.(sessionId, {
          status: 'requires_input',
          last_error: { code: choice.code, reason: choice.reason ?? null },
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
        return choice satisfies never;
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
    choose(choice) {
      if (!open) {
        throw new Error(
          '[react-stripe-identity] SimulatedStripe.choose() was called with no dialog open; call it after verifyIdentity() has opened one (check isOpen()).',
        );
      }
      open.choose(normalize(choice));
    },
    destroy() {
      open?.choose({ action: 'close' });
    },
  };
  return simulated;
}
