/**
 * The Stripe Identity `VerificationSession` object, typed from the `stripe` Node SDK
 * (API version 2026-10-28) and Stripe's docs. Every enum is open (`| (string & {})`) so a
 * value Stripe adds tomorrow still type-checks and parses; the components fall back to
 * generic text for values they do not know.
 *
 * @docs https://docs.stripe.com/api/identity/verification_sessions/object
 */

/** A string Stripe may add later: keeps enums open without losing autocompletion. */
export type OtherString = string & {};

/** Where a session stands. There is no "failed": a failed check returns to `requires_input`. */
export type VerificationSessionStatus =
  | 'requires_input'
  | 'processing'
  | 'verified'
  | 'canceled'
  | OtherString;

/** The kind of check. */
export type VerificationSessionType = 'document' | 'id_number' | 'verification_flow' | OtherString;

/** The 19 documented reasons a session went back to `requires_input`. */
export const LAST_ERROR_CODES = [
  'abandoned',
  'consent_declined',
  'country_not_supported',
  'device_not_supported',
  'under_supported_age',
  'document_expired',
  'document_type_not_supported',
  'document_unverified_other',
  'selfie_document_missing_photo',
  'selfie_face_mismatch',
  'selfie_manipulated',
  'selfie_unverified_other',
  'id_number_insufficient_document_data',
  'id_number_mismatch',
  'id_number_unverified_other',
  'email_unverified_other',
  'email_verification_declined',
  'phone_unverified_other',
  'phone_verification_declined',
] as const;

/** A documented `last_error.code`. */
export type KnownLastErrorCode = (typeof LAST_ERROR_CODES)[number];

/** `last_error.code`: documented codes plus any future or invite-only one (e.g. `address_mismatch`). */
export type LastErrorCode = KnownLastErrorCode | OtherString;

/** Why the last verification attempt failed. `reason` is Stripe's text and may be shown to the user. */
export interface LastError {
  code: LastErrorCode | null;
  reason: string | null;
}

/** The statuses a session's redaction passes through. `validated` (2026) is undocumented: in progress. */
export const REDACTION_STATUSES = ['processing', 'redacted', 'validated'] as const;

/** `redaction.status`. */
export type RedactionStatus = (typeof REDACTION_STATUSES)[number] | OtherString;

/** Present once redaction was requested; `null` means the session is not redacted. */
export interface Redaction {
  status: RedactionStatus;
}

/** The session's statuses, in lifecycle order. */
export const VERIFICATION_SESSION_STATUSES = [
  'requires_input',
  'processing',
  'verified',
  'canceled',
] as const;

/** A document type the session accepts. */
export type DocumentType = 'driving_license' | 'id_card' | 'passport' | OtherString;

/** How strictly provided details must match the document. */
export type MatchingPolicy = 'none' | 'similar' | OtherString;

/** The checks configured for the session. */
export interface VerificationSessionOptions {
  document?: {
    allowed_types?: DocumentType[];
    require_id_number?: boolean;
    require_live_capture?: boolean;
    require_matching_selfie?: boolean;
  };
  email?: { require_verification?: boolean };
  // biome-ignore lint/complexity/noBannedTypes: Stripe's `id_number` option is an empty object.
  id_number?: {};
  matching?: { dob?: MatchingPolicy; name?: MatchingPolicy };
  phone?: { require_verification?: boolean };
}

/** Details the user provided up front (expandable). */
export interface ProvidedDetails {
  email?: string;
  phone?: string;
}

/** The Connect person this session verifies. */
export interface RelatedPerson {
  account: string;
  person: string;
}

/** A verified address. Every leaf may be null; after redaction lines read `"[redacted]"`. */
export interface VerifiedAddress {
  city: string | null;
  country: string | null;
  line1: string | null;
  line2: string | null;
  postal_code: string | null;
  state: string | null;
}

/** A verified date of birth (1/1/1 after redaction). */
export interface VerifiedDob {
  day: number | null;
  month: number | null;
  year: number | null;
}

/** The verified personal data (PII). Only present when expanded; this library never renders it. */
export interface VerifiedOutputs {
  address: VerifiedAddress | null;
  dob?: VerifiedDob | null;
  email: string | null;
  first_name: string | null;
  id_number?: string | null;
  id_number_type: 'br_cpf' | 'sg_nric' | 'us_ssn' | OtherString | null;
  last_name: string | null;
  phone: string | null;
  sex?: '[redacted]' | 'female' | 'male' | 'unknown' | OtherString | null;
  unparsed_place_of_birth?: string | null;
  unparsed_sex?: string | null;
}

/**
 * A VerificationSession as Stripe returns it. `client_secret` and `url` are single-use
 * credentials: the library uses them once and never stores them; a session read back through
 * the backend client (and so every session the hooks hold) has both set to `null`.
 */
export interface VerificationSession {
  id: string;
  object: 'identity.verification_session';
  client_reference_id?: string | null;
  client_secret: string | null;
  created: number;
  last_error: LastError | null;
  /**
   * A report id, or the expanded report object (typed loosely: this library only reads `id`).
   * No index signature, so the SDK's `VerificationReport` interface is assignable.
   */
  last_verification_report: string | { id: string; object?: string } | null;
  livemode: boolean;
  metadata: Record<string, string>;
  options: VerificationSessionOptions | null;
  provided_details?: ProvidedDetails | null;
  redaction: Redaction | null;
  related_customer?: string | null;
  related_customer_account?: string | null;
  related_person?: RelatedPerson;
  status: VerificationSessionStatus;
  type: VerificationSessionType;
  url: string | null;
  verification_flow?: string;
  verified_outputs?: VerifiedOutputs | null;
}
