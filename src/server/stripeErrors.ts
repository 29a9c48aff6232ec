import { isObject } from '../core/isObject.js';

/** What the handlers read of an error thrown by the `stripe` SDK, without importing it. */
export interface StripeErrorInfo {
  type?: string;
  rawType?: string;
  statusCode?: number;
  code?: string;
  /** The response carried `Idempotent-Replayed: true`: Stripe answered from its saved result. */
  replayed: boolean;
}

/** Reads `type`, `rawType`, `statusCode`, `code` and the replay header of an SDK error. */
export function stripeErrorInfo(error: unknown): StripeErrorInfo {
  if (!isObject(error)) return { replayed: false };
  const headers = isObject(error.headers) ? error.headers : {};
  return {
    ...(typeof error.type === 'string' ? { type: error.type } : {}),
    ...(typeof error.rawType === 'string' ? { rawType: error.rawType } : {}),
    ...(typeof error.statusCode === 'number' ? { statusCode: error.statusCode } : {}),
    ...(typeof error.code === 'string' ? { code: error.code } : {}),
    // The SDK keeps response headers with lower-case names (Node's http and fetch alike).
    replayed: String(headers['idempotent-replayed']).toLowerCase() === 'true',
  };
}

/**
 * A 5xx that Stripe answered from the result it saved for this idempotency key: the same key
 * would fail again for 24 hours, so the next key of the chain must be used.
 */
export function isReplayedFailure(error: unknown): boolean {
  const info = stripeErrorInfo(error);
  return info.replayed && (info.statusCode ?? 0) >= 500;
}

/**
 * Another request with this idempotency key is still running at Stripe (a 409, sent as
 * `idempotency_error` or as `invalid_request_error` with code `idempotency_key_in_use`).
 */
export function isKeyInUse(error: unknown): boolean {
  const info = stripeErrorInfo(error);
  if (info.code === 'idempotency_key_in_use') return true;
  return isIdempotencyError(info) && info.statusCode === 409;
}

/** The key was first used with other parameters (Stripe's 400 `idempotency_error`). */
export function isKeyMismatch(error: unknown): boolean {
  const info = stripeErrorInfo(error);
  return isIdempotencyError(info) && !isKeyInUse(error);
}

function isIdempotencyError(info: StripeErrorInfo): boolean {
  return (
    info.type === 'StripeIdempotencyError' ||
    info.type === 'idempotency_error' ||
    info.rawType === 'idempotency_error'
  );
}

/** Stripe's 404 `resource_missing`. */
export function isMissing(error: unknown): boolean {
  const info = stripeErrorInfo(error);
  return info.statusCode === 404 || info.code === 'resource_missing';
}

/** Stripe's rate limit (429). */
export function isRateLimited(error: unknown): boolean {
  const info = stripeErrorInfo(error);
  return info.statusCode === 429 || info.type === 'StripeRateLimitError';
}
