import type { SdkSession } from './types.js';

/** The metadata key that ties a session to the user `authenticate` returned. */
export const USER_METADATA_KEY = 'rsi_user_id';

/**
 * Whether the handlers created `session` for `user`: both marks they set must say so. A session
 * made elsewhere (no `metadata.rsi_user_id`) is nobody's here, even with a matching
 * `client_reference_id`; only a redacted session, whose metadata Stripe erased, is recognised by
 * its `client_reference_id` alone.
 */
export function isOwnedBy(session: SdkSession, user: string): boolean {
  if (session.client_reference_id !== user) return false;
  const mark = session.metadata?.[USER_METADATA_KEY];
  if (mark === user) return true;
  return mark === undefined && session.redaction != null;
}
