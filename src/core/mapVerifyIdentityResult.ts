import type { StripeError, VerificationSessionResult } from '@stripe/stripe-js';
import { IdentityError } from './IdentityError.js';
import type { KnownLastErrorCode } from './types.js';

/**
 * The modal's documented failure codes (the user cannot complete it this way), each with the
 * `last_error` code whose message and next step say the same thing to the user.
 */
export const VERIFY_IDENTITY_FAILURES = {
  consent_declined: 'consent_declined',
  device_unsupported: 'device_not_supported',
  under_supported_age: 'under_supported_age',
  phone_otp_declined: 'phone_verification_declined',
  email_verification_declined: 'email_verification_declined',
} as const satisfies Record<string, KnownLastErrorCode>;

/** A code of {@link VERIFY_IDENTITY_FAILURES}. */
export type VerifyIdentityFailureCode = keyof typeof VERIFY_IDENTITY_FAILURES;

/** True for one of the modal's documented failure codes. */
export function isVerifyIdentityFailure(code: unknown): code is VerifyIdentityFailureCode {
  return typeof code === 'string' && Object.hasOwn(VERIFY_IDENTITY_FAILURES, code);
}

/** Stripe API error types: a real failure, whatever the code. */
const API_ERROR_TYPES: readonly string[] = [
  'api_connection_error',
  'api_error',
  'authentication_error',
  'idempotency_error',
  'invalid_request_error',
  'rate_limit_error',
];

/** What the modal's answer means for the run. */
export type ModalResult =
  | { state: 'submitted' }
  | { state: 'canceled' }
  | { state: 'error'; error: IdentityError };

/**
 * Maps what `stripe.verifyIdentity` resolved to. `session_cancelled` (the user closed the modal)
 * and unknown codes that are not API errors mean "not completed" (STRIPE_IDENTITY.md); the
 * documented failure codes, API errors and code-less errors are errors, with Stripe's localised
 * message and its code as `stripeCode`.
 */
export function mapVerifyIdentityResult(result: unknown): ModalResult {
  const value = (result ?? {}) as Partial<VerificationSessionResult>;
  const error = value.error as Partial<StripeError> | undefined;
  if (!error) {
    if (value.verificationSession) return { state: 'submitted' };
    return failed(
      process.env.NODE_ENV !== 'production'
        ? 'stripe.verifyIdentity() resolved with neither `verificationSession` nor `error`.'
        : 'verifyIdentity(): no result',
    );
  }
  const code = typeof error.code === 'string' ? error.code : undefined;
  const type = typeof error.type === 'string' ? error.type : undefined;
  const isFailure =
    code === undefined ||
    isVerifyIdentityFailure(code) ||
    (type !== undefined && API_ERROR_TYPES.includes(type));
  if (!isFailure || code === 'session_cancelled') return { state: 'canceled' };
  const fallback =
    process.env.NODE_ENV !== 'production'
      ? `stripe.verifyIdentity() returned the error ${code ?? type ?? 'without a code'}.`
      : `verifyIdentity(): ${code ?? type}`;
  return failed((typeof error.message === 'string' && error.message) || fallback, {
    stripeCode: code,
    cause: { type, code },
  });
}

function failed(message: string, options?: { stripeCode?: string | undefined; cause?: unknown }) {
  return { state: 'error', error: new IdentityError('stripe_error', message, options) } as const;
}
