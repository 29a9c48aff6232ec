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
  /** The underlying error, kept for debugging. */
  cause?: unknown;
}

/**
 * Single-use secrets look like `vs_…_secret_…`; URLs of the hosted flow (`https://verify.stripe.com/…`)
 * carry one too. One pattern for both: a match that starts with `h` is such a URL.
 */
const SECRET_PATTERN =
  /\b[A-Za-z]{2,8}_[A-Za-z0-9]+_secret_[A-Za-z0-9_]+|https:\/\/verify\.stripe\.com\/\S*/g;

/**
 * Removes anything that looks like a `client_secret` or a hosted verification URL from a
 * message, so no error text, log line or rendered message can carry one.
 */
export function redactSecrets(text: string): string {
  return text.replace(SECRET_PATTERN, (match) =>
    match[0] === 'h' ? '[redacted url]' : '[redacted secret]',
  );
}

/**
 * The one error type this library throws and reports. `code` says what failed; `message` is
 * for developers (never shown to users as is: use the message catalogue) and never contains a
 * `client_secret`.
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
      options.cause === undefined ? undefined : { cause: options.cause },
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
