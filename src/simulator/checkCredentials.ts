import { type ApiAnswer, authenticationFailed, errorAnswer } from './stripeErrors.js';

/** The API key of an `Authorization` header: Bearer, or Basic with the key as user name. */
function apiKeyOf(authorization: string | undefined): string | null {
  if (!authorization) return null;
  const [scheme, value = ''] = authorization.split(' ');
  if (scheme?.toLowerCase() === 'bearer') return value || null;
  if (scheme?.toLowerCase() === 'basic') {
    return Buffer.from(value, 'base64').toString('utf8').split(':')[0] || null;
  }
  return null;
}

/**
 * Stripe's checks before any endpoint: a test-mode API key (the simulator never takes a live
 * one) and, when given, a well-formed `Stripe-Version`. Null when the request may go on.
 */
export function checkCredentials(
  authorization: string | undefined,
  stripeVersion: string | undefined,
): ApiAnswer | null {
  const key = apiKeyOf(authorization);
  if (!key) {
    return authenticationFailed(
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
    );
  }
  if (!/^(sk|rk)_test_/.test(key)) {
    return authenticationFailed(
      `Invalid API Key provided: ${key.slice(0, 8)}****. The identity simulator takes test-mode secret keys only (sk_test_… or rk_test_…).`,
    );
  }
  if (stripeVersion !== undefined && !/^\d{4}-\d{2}-\d{2}(\.[a-z]+)?$/.test(stripeVersion)) {
    return errorAnswer(400, {
      type: 'invalid_request_error',
      message: `Invalid Stripe API version: ${stripeVersion}`,
    });
  }
  return null;
}
