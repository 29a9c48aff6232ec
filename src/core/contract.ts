/**
 * The HTTP contract between the browser client (`createHttpBackend`) and the
 * `react-stripe-identity/server` handlers, in one place: the routes, the mode header, the error
 * body and its codes, and what a session id looks like. The client, the server, the test kit's
 * mock backend and the stories' simulated backend all read it from here.
 *
 * - `POST {baseUrl}/verification-sessions` with the header `X-Identity-Mode: modal | redirect`
 *   and the host's JSON `input` as the body → `200 {"id", "client_secret"}` (modal) or
 *   `200 {"id", "url"}` (redirect).
 * - `GET {baseUrl}/verification-sessions/{id}` → `200` the session, without `client_secret`
 *   and `url`.
 * - `POST {baseUrl}/webhook` → Stripe's signed events.
 * - Any failure: a non-2xx status with `{"error": {"message", "code"}}`.
 */

/** Where the handlers are mounted when no `baseUrl` is given. */
export const DEFAULT_BASE_URL = '/api/identity';

/** The collection route, under the base URL. */
export const SESSIONS_PATH = '/verification-sessions';

/** The route of Stripe's webhook, under the base URL. */
export const WEBHOOK_PATH = '/webhook';

/**
 * The request header that tells the backend which single-use credential `POST
 * /verification-sessions` must return: `modal` (a `client_secret`, the default when absent) or
 * `redirect` (the hosted-page `url`). The body stays the host's own `input`, untouched.
 */
export const MODE_HEADER = 'X-Identity-Mode';

/** How the session is completed: in Stripe's modal (needs a secret) or on Stripe's hosted page (needs a url). */
export type VerificationMode = 'modal' | 'redirect';

/** Reads the mode header: absent means `modal`; anything but the two modes is `null`. */
export function parseModeHeader(value: string | null): VerificationMode | null {
  const mode = (value ?? 'modal').trim().toLowerCase();
  return mode === 'modal' || mode === 'redirect' ? mode : null;
}

/** The field of the create answer that carries the single-use credential of `mode`. */
export function credentialField(mode: VerificationMode): 'client_secret' | 'url' {
  return mode === 'redirect' ? 'url' : 'client_secret';
}

/** `{baseUrl}/verification-sessions`, with any trailing slash of `baseUrl` dropped. */
export function sessionsUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${SESSIONS_PATH}`;
}

/** `{baseUrl}/verification-sessions/{id}`, the id URL-encoded. */
export function sessionUrl(baseUrl: string, id: string): string {
  return `${sessionsUrl(baseUrl)}/${encodeURIComponent(id)}`;
}

/** The `code` of every error body the handlers send. */
export type IdentityServerErrorCode =
  | 'unauthenticated'
  | 'invalid_request'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'not_found'
  | 'method_not_allowed'
  | 'verification_processing'
  | 'already_verified'
  | 'too_many_attempts'
  | 'conflict'
  | 'rate_limited'
  | 'stripe_error'
  | 'invalid_signature'
  | 'webhook_body_consumed'
  | 'webhook_not_configured'
  | 'internal_error';

/** The body of every non-2xx answer. `code` is open: a host's own backend may send others. */
export interface IdentityErrorBody {
  error: { message: string; code?: IdentityServerErrorCode | (string & {}) };
}

/** The error body for `code` and `message`. */
export function errorBody(code: IdentityServerErrorCode, message: string): IdentityErrorBody {
  return { error: { message, code } };
}

/** Longest server `message` and `code` the client keeps from an error body. */
const MAX_MESSAGE_LENGTH = 300;
const MAX_CODE_LENGTH = 100;

/**
 * Reads an error body as the client sees it: `{ message?, code? }` when the text is JSON of the
 * contract's shape (texts capped), otherwise `null`.
 */
export function readErrorBody(text: string): { message?: string; code?: string } | null {
  let error: unknown;
  try {
    error = (JSON.parse(text) as { error?: unknown } | null)?.error;
  } catch {
    return null;
  }
  if (typeof error !== 'object' || error === null) return null;
  const { message, code } = error as Record<string, unknown>;
  const read: { message?: string; code?: string } = {};
  if (typeof message === 'string') read.message = message.slice(0, MAX_MESSAGE_LENGTH);
  if (typeof code === 'string') read.code = code.slice(0, MAX_CODE_LENGTH);
  return read;
}

/**
 * What a VerificationSession id looks like: Stripe's `vs_` and letters and digits. The server
 * refuses any other id before asking Stripe, and the browser ignores any other value read from
 * a URL or storage; a `client_secret` (`vs_…_secret_…`) never passes.
 */
const SESSION_ID_PATTERN = /^vs_[A-Za-z0-9]{1,250}$/;

/** True for a string shaped like a VerificationSession id (see {@link SESSION_ID_PATTERN}). */
export function isSessionId(value: unknown): value is string {
  return typeof value === 'string' && SESSION_ID_PATTERN.test(value);
}

const SECRET_SEPARATOR = '_secret_';

/**
 * The session id a `client_secret` belongs to (`vs_123_secret_abc` → `vs_123`), or `null` when
 * the string is not a session's secret. For stand-ins of Stripe.js, which know a session only
 * by its secret.
 */
export function sessionIdFromClientSecret(clientSecret: string): string | null {
  const at = clientSecret.indexOf(SECRET_SEPARATOR);
  if (at < 0 || at + SECRET_SEPARATOR.length >= clientSecret.length) return null;
  const id = clientSecret.slice(0, at);
  return isSessionId(id) ? id : null;
}
