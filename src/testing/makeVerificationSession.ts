import type {
  LastErrorCode,
  RedactionStatus,
  VerificationSession,
  VerifiedOutputs,
} from '../core/types.js';

let counter = 0;

/** A fresh session id, `vs_test…`, unique within the process. */
export function makeSessionId(): string {
  counter += 1;
  return `vs_test${counter.toString(36).padStart(6, '0')}`;
}

/**
 * A valid, complete VerificationSession as a backend's `getSession` returns it (`client_secret`
 * and `url` are `null`), `requires_input` with no error unless `overrides` say otherwise.
 *
 * @example
 * makeVerificationSession({ status: 'processing' });
 * makeVerificationSession({ status: 'verified', id: 'vs_123' });
 */
export function makeVerificationSession(
  overrides: Partial<VerificationSession> = {},
): VerificationSession {
  return {
    id: overrides.id ?? makeSessionId(),
    object: 'identity.verification_session',
    client_reference_id: null,
    client_secret: null,
    created: 1_767_225_600,
    last_error: null,
    last_verification_report: null,
    livemode: false,
    metadata: {},
    options: { document: {} },
    provided_details: null,
    redaction: null,
    related_customer: null,
    status: 'requires_input',
    type: 'document',
    url: null,
    ...overrides,
  };
}

/**
 * A session that went back to `requires_input` after a failed check, with `last_error.code` =
 * `code` (any of the 19 documented codes, or an unknown one) and Stripe's `reason`.
 *
 * @example
 * makeFailedVerificationSession('document_expired');
 * makeFailedVerificationSession('address_mismatch', { reason: 'The address did not match.' });
 */
export function makeFailedVerificationSession(
  code: LastErrorCode | null,
  overrides: Partial<VerificationSession> & { reason?: string | null } = {},
): VerificationSession {
  const { reason = null, ...rest } = overrides;
  return makeVerificationSession({
    status: 'requires_input',
    last_error: { code, reason },
    ...rest,
  });
}

/** Verified outputs as they read after redaction: names and lines `"[redacted]"`, dob 1/1/1. */
export const REDACTED_VERIFIED_OUTPUTS: VerifiedOutputs = {
  address: {
    city: '[redacted]',
    country: 'US',
    line1: '[redacted]',
    line2: '[redacted]',
    postal_code: '[redacted]',
    state: '[redacted]',
  },
  dob: { day: 1, month: 1, year: 1 },
  email: '[redacted]',
  first_name: '[redacted]',
  id_number: '[redacted]',
  id_number_type: null,
  last_name: '[redacted]',
  phone: '[redacted]',
  sex: '[redacted]',
};

/**
 * A session whose personal data is being deleted (`redaction.status` `processing`, or
 * `validated`) or was deleted (`redacted`, the default): metadata erased, secrets `null`.
 *
 * @example
 * makeRedactedVerificationSession('processing', { status: 'verified' });
 */
export function makeRedactedVerificationSession(
  redactionStatus: RedactionStatus = 'redacted',
  overrides: Partial<VerificationSession> = {},
): VerificationSession {
  return makeVerificationSession({
    status: 'verified',
    metadata: {},
    redaction: { status: redactionStatus },
    ...(redactionStatus === 'redacted' ? { verified_outputs: REDACTED_VERIFIED_OUTPUTS } : {}),
    ...overrides,
  });
}
