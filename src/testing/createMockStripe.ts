import type { Stripe, VerificationSessionResult, WrapperLibrary } from '@stripe/stripe-js';
import { sessionIdFromClientSecret } from '../core/contract.js';
import { hashSecret } from './hashSecret.js';
import { wait } from './wait.js';

/**
 * What a mocked `verifyIdentity` does: `submitted` (the user finished the modal), `canceled`
 * (closed it: Stripe's `session_cancelled`), `{ error }` (resolves with that Stripe error), or
 * `throw` (the call rejects, like a Stripe.js crash).
 */
export type MockStripeOutcome =
  | 'submitted'
  | 'canceled'
  | { error: { code?: string; message?: string; type?: string } }
  | 'throw';

/** An outcome, or a function of the call returning one (possibly later, e.g. a deferred). */
export type MockStripeOutcomeInput =
  | MockStripeOutcome
  | ((call: MockVerifyIdentityCall) => MockStripeOutcome | PromiseLike<MockStripeOutcome>);

/** Options of {@link createMockStripe}. */
export interface MockStripeOptions {
  /** What every `verifyIdentity` call does unless queued otherwise. Default `submitted`. */
  outcome?: MockStripeOutcomeInput;
  /** Waits this long (ms) before answering, like a person in the modal. Default 0. */
  delayMs?: number;
}

/**
 * One recorded `verifyIdentity` call: that it happened and a fingerprint of the secret — never
 * the secret itself, so a record can be printed without leaking one.
 */
export interface MockVerifyIdentityCall {
  /** 0-based call number. */
  index: number;
  /** The session id read from the `vs_…_secret_…` secret, or `null` if it has another shape. */
  sessionId: string | null;
  /** Length of the secret passed. */
  secretLength: number;
  /** `hashSecret(secret)`: compare with `hashSecret(expected)`. */
  secretHash: string;
}

/** A scripted stand-in for the Stripe.js methods this library calls. */
export interface MockStripe {
  /** Resolves like Stripe.js after `delayMs`, per the outcome. */
  verifyIdentity(clientSecret: string): Promise<VerificationSessionResult>;
  /** Records the wrapper library. */
  registerAppInfo(wrapperLibrary: WrapperLibrary): void;
  /** This object typed as `Stripe`, for `<IdentityProvider stripe={mock.stripe}>`. Only the two methods above exist. */
  readonly stripe: Stripe;
  /** Every call so far, oldest first. */
  readonly calls: {
    readonly verifyIdentity: readonly MockVerifyIdentityCall[];
    readonly registerAppInfo: readonly WrapperLibrary[];
  };
  /** Changes the outcome of every later call. */
  setOutcome(outcome: MockStripeOutcomeInput): void;
  /** Uses `outcome` for the next call only (queued, first in first out), then the default again. */
  queueOutcome(outcome: MockStripeOutcomeInput): void;
}

/**
 * Creates a mock Stripe.js for tests: scripted `verifyIdentity` outcomes, recorded calls. A fresh
 * object per call; no test-runner imports.
 *
 * @example
 * const mock = createMockStripe({ outcome: 'canceled' });
 * render(<IdentityTestProvider stripe={mock.stripe}>…);
 * mock.queueOutcome({ error: { code: 'consent_declined', message: 'You declined.' } });
 * expect(mock.calls.verifyIdentity).toHaveLength(1);
 */
export function createMockStripe(options: MockStripeOptions = {}): MockStripe {
  let outcome: MockStripeOutcomeInput = options.outcome ?? 'submitted';
  const queue: MockStripeOutcomeInput[] = [];
  const calls: MockVerifyIdentityCall[] = [];
  const appInfo: WrapperLibrary[] = [];
  const delayMs = options.delayMs ?? 0;

  const mock: MockStripe = {
    async verifyIdentity(clientSecret: string): Promise<VerificationSessionResult> {
      const secret = String(clientSecret);
      const call: MockVerifyIdentityCall = {
        index: calls.length,
        sessionId: sessionIdFromClientSecret(secret),
        secretLength: secret.length,
        secretHash: hashSecret(secret),
      };
      calls.push(call);
      const input = queue.shift() ?? outcome;
      const chosen = typeof input === 'function' ? await input(call) : input;
      await wait(delayMs);
      if (chosen === 'throw') throw new Error('Mock Stripe.js: verifyIdentity failed.');
      if (chosen === 'submitted') {
        return {
          verificationSession: { id: call.sessionId ?? 'vs_mock' },
        } as VerificationSessionResult;
      }
      if (chosen === 'canceled') {
        return {
          error: {
            type: 'invalid_request_error',
            code: 'session_cancelled',
            message: 'The verification was canceled by the user.',
          },
        } as VerificationSessionResult;
      }
      return { error: { ...chosen.error } } as VerificationSessionResult;
    },
    registerAppInfo(wrapperLibrary: WrapperLibrary) {
      appInfo.push({ ...wrapperLibrary });
    },
    get stripe() {
      return mock as unknown as Stripe;
    },
    calls: { verifyIdentity: calls, registerAppInfo: appInfo },
    setOutcome(next) {
      outcome = next;
    },
    queueOutcome(next) {
      queue.push(next);
    },
  };
  return mock;
}
