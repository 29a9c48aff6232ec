import type { VerificationSession } from '../core/types.js';
import type { HandlerContext } from './handlerContext.js';
import { isOwnedBy } from './ownership.js';
import { publicSession } from './publicSession.js';
import { isMissing } from './stripeErrors.js';

/**
 * The session `id` in the public shape if it is `user`'s, else `null` (missing, or another
 * user's: the same answer, so nobody learns that a session exists). Other Stripe failures throw.
 */
export async function readOwnSession(
  context: HandlerContext,
  user: string,
  id: string,
): Promise<VerificationSession | null> {
  let session: Awaited<ReturnType<HandlerContext['sessions']['retrieve']>>;
  try {
    session = await context.sessions.retrieve(
      id,
      context.exposeVerifiedOutputs ? { expand: ['verified_outputs'] } : undefined,
    );
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
  return isOwnedBy(session, user) ? publicSession(session, context.exposeVerifiedOutputs) : null;
}
