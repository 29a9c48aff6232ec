import { isSessionId } from '../core/contract.js';
import type { HandlerContext } from './handlerContext.js';
import { readOwnSession } from './readOwnSession.js';
import { resolveUser } from './resolveUser.js';
import { allowedMethods, json, methodNotAllowed, sessionNotFound } from './responses.js';
import type { IdentityHandler } from './types.js';

/** The session id of `…/verification-sessions/{id}`, or `null` when it is not a Stripe id. */
function sessionIdOf(request: Request): string | null {
  const segment = new URL(request.url).pathname.split('/').filter(Boolean).pop() ?? '';
  try {
    const id = decodeURIComponent(segment);
    return isSessionId(id) ? id : null;
  } catch {
    return null;
  }
}

/** `GET …/verification-sessions/{id}`: the user's session in the public shape; 404 otherwise. */
export function getSessionRoute(context: HandlerContext): IdentityHandler {
  return async (request) => {
    if (request.method === 'OPTIONS') return allowedMethods('GET, OPTIONS');
    if (request.method !== 'GET')
      return methodNotAllowed('GET, OPTIONS', 'Use GET to read a session.');
    // Check the id before anything else: a malformed one never reaches authenticate or Stripe.
    const id = sessionIdOf(request);
    if (!id) return sessionNotFound();
    const user = await resolveUser(context, request, 'getSession');
    if (user instanceof Response) return user;
    try {
      const session = await readOwnSession(context, user, id);
      return session ? json(200, session) : sessionNotFound();
    } catch (error) {
      return context.stripeFailure(error, 'getSession', request);
    }
  };
}
