import type { HandlerContext } from './handlerContext.js';
import { errorResponse } from './responses.js';
import type { IdentityHandlerName } from './types.js';

/** Stripe's limit for a metadata value, where the user id is stored. */
const MAX_USER_ID_LENGTH = 500;

const authenticationFailed = () => errorResponse(500, 'internal_error', 'Authentication failed.');

function describe(value: unknown): string {
  if (typeof value === 'string') return `a string of ${value.length} characters`;
  return typeof value === 'number' ? String(value) : typeof value;
}

/**
 * The signed-in user's id from `authenticate`, or the answer to send instead: 401 when nobody
 * is signed in, 500 (reported) when `authenticate` throws or returns something that is not an id.
 */
export async function resolveUser(
  context: HandlerContext,
  request: Request,
  handler: IdentityHandlerName,
): Promise<string | Response> {
  let userId: unknown;
  try {
    userId = await context.options.authenticate(request);
  } catch (error) {
    context.report(error, handler, request);
    return authenticationFailed();
  }
  if (
    userId === null ||
    userId === undefined ||
    userId === '' ||
    userId === 0 ||
    userId === false
  ) {
    return errorResponse(401, 'unauthenticated', 'Sign in to verify your identity.');
  }
  // Numeric ids are common in host databases; accept positive integers as their decimal string.
  if (typeof userId === 'number' && Number.isSafeInteger(userId) && userId > 0) {
    return String(userId);
  }
  if (typeof userId === 'string' && userId.length <= MAX_USER_ID_LENGTH) return userId;
  context.report(
    new TypeError(
      `[react-stripe-identity] createIdentityHandlers({ authenticate }): \`authenticate\` must return the user id as a non-empty string of at most ${MAX_USER_ID_LENGTH} characters or a positive integer (or null when signed out), got ${describe(userId)}.`,
    ),
    handler,
    request,
  );
  return authenticationFailed();
}
