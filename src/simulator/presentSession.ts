/**
 * How a stored session is answered: `client_secret` and `url` only while the session waits for
 * the person (and never in a list), the expandable fields only when asked for with `expand`.
 */
import type { SessionRecord } from './sessionStore.js';
import { ParamError } from './stripeErrors.js';
import type { SimulatedSession } from './types.js';

/** The fields Stripe expands on a VerificationSession. */
const EXPANDABLE = new Set([
  'last_verification_report',
  'provided_details',
  'verified_outputs',
  'verified_outputs.dob',
  'verified_outputs.id_number',
]);

/**
 * Checks `expand[]` (for a list, each path starts with `data.`) and returns the session paths.
 * Stripe refuses a path it cannot expand.
 */
export function expandPaths(expand: unknown, inList: boolean): string[] {
  const paths = Array.isArray(expand) ? (expand as string[]) : [];
  return paths.map((path, i) => {
    const field = inList ? path.replace(/^data\./, '') : path;
    if ((inList && !path.startsWith('data.')) || !EXPANDABLE.has(field)) {
      throw new ParamError(`expand[${i}]`, `This property cannot be expanded (${path}).`);
    }
    return field;
  });
}

/** The verification report behind `last_verification_report`, when expanded. */
function report(session: SimulatedSession, id: string) {
  const verified = session.status === 'verified';
  const outputs = (session.verified_outputs ?? {}) as Record<string, unknown>;
  return {
    id,
    object: 'identity.verification_report',
    client_reference_id: session.client_reference_id,
    created: session.created,
    livemode: false,
    options: {},
    type: session.type,
    verification_session: session.id,
    document: {
      status: verified ? 'verified' : 'unverified',
      error:
        !verified && session.last_error?.code?.startsWith('document_') ? session.last_error : null,
      first_name: verified ? (outputs.first_name ?? null) : null,
      last_name: verified ? (outputs.last_name ?? null) : null,
      issuing_country: verified ? 'US' : null,
      type: verified ? 'driving_license' : null,
    },
  };
}

/** The session as an answer of retrieve/create/update/cancel/redact, or as an item of a list. */
export function presentSession(
  record: SessionRecord,
  expand: string[] = [],
  { inList = false } = {},
): SimulatedSession {
  const { verified_outputs, provided_details, ...session } = record.session;
  const shown: SimulatedSession = { ...session };
  if (expand.includes('provided_details')) shown.provided_details = provided_details ?? null;
  if (expand.some((path) => path.startsWith('verified_outputs'))) {
    shown.verified_outputs = verified_outputs ?? null;
  }
  if (expand.includes('last_verification_report') && session.last_verification_report) {
    (shown as { last_verification_report: unknown }).last_verification_report = report(
      record.session,
      session.last_verification_report,
    );
  }
  const open = session.status === 'requires_input' && !session.redaction && record.token;
  if (open && !inList) {
    shown.client_secret = `${session.id}_secret_test_${record.token}`;
    shown.url = `https://verify.stripe.com/start/test_${record.token}`;
  }
  return shown;
}
