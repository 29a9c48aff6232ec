import type { HandlerContext } from './handlerContext.js';
import { isOwnedBy } from './ownership.js';
import type { SdkSession } from './types.js';

/** Stripe's largest page: one list call covers a user's first 100 sessions. */
const PAGE_SIZE = 100;

/**
 * Every session the handlers made for `user`, newest first, across all of Stripe's pages
 * (`has_more` followed with `starting_after`): sessions the host made itself with the same
 * `client_reference_id` never hide an older `processing`, `verified` or open one. One list call
 * per 100 sessions of the user.
 */
export async function listUserSessions(
  context: HandlerContext,
  user: string,
): Promise<SdkSession[]> {
  const all: SdkSession[] = [];
  let startingAfter: string | undefined;
  for (;;) {
    const page = await context.sessions.list({
      client_reference_id: user,
      limit: PAGE_SIZE,
      ...(startingAfter ? { starting_after: startingAfter } : {}),
    });
    all.push(...page.data);
    const last = page.data.at(-1);
    if (!page.has_more || !last) break;
    startingAfter = last.id;
  }
  // Stripe lists newest first; the stable sort keeps its order among equal `created` seconds.
  return all.filter((s) => isOwnedBy(s, user)).sort((a, b) => b.created - a.created);
}

/** The user's open session (`requires_input`, not redacted), the one to reuse. */
export function openSessionOf(mine: SdkSession[]): SdkSession | undefined {
  return mine.find((s) => s.status === 'requires_input' && !s.redaction);
}
