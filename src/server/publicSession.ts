import type { VerificationSession } from '../core/types.js';
import type { SdkSession } from './types.js';

/**
 * The fields of a session the browser receives: what the hooks and components read and what a
 * host page may show. An allow-list, so a field Stripe adds tomorrow (a credential, personal
 * data) stays on the server until it is added here. Not sent: `client_secret` and `url` (single
 * use, handed out only by a create), `provided_details` (the email or phone you gave Stripe) and
 * `verified_outputs` (personal data; only with `exposeVerifiedOutputs`).
 */
export const PUBLIC_SESSION_FIELDS = [
  'id',
  'object',
  'client_reference_id',
  'created',
  'last_error',
  'last_verification_report',
  'livemode',
  'metadata',
  'options',
  'redaction',
  'related_customer',
  'related_customer_account',
  'related_person',
  'status',
  'type',
  'verification_flow',
] as const;

/** Only `code` and `reason` of `last_error`, only `status` of `redaction`. */
function nested(session: SdkSession): Partial<VerificationSession> {
  const { last_error: error, redaction } = session;
  return {
    last_error: error ? { code: error.code ?? null, reason: error.reason ?? null } : null,
    redaction: redaction ? { status: redaction.status } : null,
  };
}

/** The session as the browser may see it: allow-listed fields, no credential, PII on opt-in. */
export function publicSession(
  session: SdkSession,
  exposeVerifiedOutputs: boolean,
): VerificationSession {
  const shown: Record<string, unknown> = {};
  for (const field of PUBLIC_SESSION_FIELDS) {
    if (session[field] !== undefined) shown[field] = session[field];
  }
  if (exposeVerifiedOutputs && session.verified_outputs !== undefined) {
    shown.verified_outputs = session.verified_outputs;
  }
  return {
    ...shown,
    ...nested(session),
    client_secret: null,
    url: null,
  } as VerificationSession;
}
