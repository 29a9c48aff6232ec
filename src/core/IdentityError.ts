import { redactCause, redactSecrets } from './redactSecrets.js';

/** Every way a verification can fail, as a finite set a UI can switch on. */
export type IdentityErrorCode =
  | 'backend_http_error'
  | 'network_error'
  | 'invalid_response'
  | 'stripe_load_failed'
  | 'stripe_error'
  | 'canceled'
  | 'timeout'
  | 'aborted';

/** All {@link IdentityErrorCode} values, for exhaustive tests and catalogues. */
export const IDENTITY_ERROR_CODES = [
  'backend_http_error',
  'network_error',
  'invalid_response',
  'stripe_load_failed',
  'stripe_error',
  'canceled',
  'timeout',
  'aborted',
] as const satisfies readonly IdentityErrorCode[];

/** Options for {@link IdentityError}. */
export interface IdentityErrorOptions {
  /** The HTTP status, for `backend_http_error`. */
  status?: number;
  /** Stripe's own `error.code`, for `stripe_error`. */
  stripeCode?: string;
  /** The `code` of the backend's error body (`too_many_attempts`, …), for `backend_http_error`. */
  serverCode?: string;
  /** The underlying error, kept for debugging as a copy with every secret redacted. */
  cause?: unknown;
}

/**
 * The one error type this library throws and reports. `code` says what failed; `message` is
 * for developers (never shown to users as is: use the message catalogue). Nothing reachable from
 * it holds a `client_secret` or a hosted-page URL: the message is redacted, and `cause` is a
 * redacted copy of the original (its message, stack, fields and nested causes).
 */
export class IdentityError extends Error {
  override readonly name = 'IdentityError';
  // `declare`: assigned in the constructor, so no field initialisers are emitted.
  declare readonly code: IdentityErrorCode;
  declare readonly status: number | undefined;
  declare readonly stripeCode: string | undefined;
  declare readonly serverCode: string | undefined;

  constructor(code: IdentityErrorCode, message: string, options: IdentityErrorOptions = {}) {
    super(
      redactSecrets(message),
      options.cause === undefined ? undefined : { cause: redactCause(options.cause) },
    );
    this.code = code;
    this.status = options.status;
    this.stripeCode = options.stripeCode;
    this.serverCode = options.serverCode;
  }
}

/** True for an {@link IdentityError}, also across bundle copies (checked by shape, not `instanceof`). */
export function isIdentityError(value: unknown): value is IdentityError {
  if (value instanceof IdentityError) return true;
  if (!(value instanceof Error) || value.name !== 'IdentityError') return false;
  const code: unknown = (value as Error & { code?: unknown }).code;
  return typeof code === 'string' && (IDENTITY_ERROR_CODES as readonly string[]).includes(code);
}

/**
 * Any thrown value as an {@link IdentityError}: identity errors pass through; anything else (a
 * custom backend's own error) becomes `fallback`, described by `context` and keeping a redacted
 * copy of the original as `cause`.
 */
export function toIdentityError(
  error: unknown,
  fallback: IdentityErrorCode,
  context: string,
): IdentityError {
  if (isIdentityError(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new IdentityError(fallback, `${context}: ${detail}`, { cause: error });
}
