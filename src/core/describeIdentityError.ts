import type { IdentityError } from './IdentityError.js';
import { isVerifyIdentityFailure, VERIFY_IDENTITY_FAILURES } from './mapVerifyIdentityResult.js';
import type { IdentityMessages, MessagePair } from './messages.js';

/** What {@link describeIdentityError} reads of an error. */
export type DescribableError = Pick<IdentityError, 'code' | 'stripeCode' | 'serverCode'>;

/**
 * What the user reads for an error of `start()`: what happened and the next step, as specific
 * as the error allows. A failure the modal named (`consent_declined`, …) reads like the
 * matching `last_error`; a backend refusal the catalogue knows (`too_many_attempts`, …) reads
 * its own text; anything else reads `messages.error[error.code]`.
 *
 * @example
 * const { message, action } = describeIdentityError(error, messages);
 */
export function describeIdentityError(
  error: DescribableError,
  messages: IdentityMessages,
): MessagePair {
  if (error.code === 'stripe_error' && isVerifyIdentityFailure(error.stripeCode)) {
    return messages.lastError[VERIFY_IDENTITY_FAILURES[error.stripeCode]];
  }
  const server = error.serverCode;
  if (
    error.code === 'backend_http_error' &&
    server &&
    Object.hasOwn(messages.serverError, server)
  ) {
    return messages.serverError[server as keyof IdentityMessages['serverError']];
  }
  return messages.error[error.code] ?? messages.lastErrorFallback;
}
