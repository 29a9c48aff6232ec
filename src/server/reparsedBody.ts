/**
 * Set by `toNodeHandler` on a Request whose body a JSON body parser had already consumed (only
 * the parsed object was left, re-serialised): fine for JSON routes, fatal for a webhook.
 */
export const REPARSED_BODY: unique symbol = Symbol.for('react-stripe-identity.reparsedBody');

/** True when the body is gone or is a re-serialised copy of what a body parser read. */
export function isBodyConsumed(request: Request): boolean {
  return request.bodyUsed || Boolean((request as { [REPARSED_BODY]?: boolean })[REPARSED_BODY]);
}
