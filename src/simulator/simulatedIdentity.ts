/**
 * The person the simulator "verifies": fixed, obviously fake data in Stripe's shapes, the
 * reasons Stripe gives with each `last_error.code`, and what redaction leaves of them.
 */
import type { KnownLastErrorCode } from '../core/types.js';

/** `verified_outputs` of a verified session; an ID number only when the check asked for one. */
export function verifiedOutputs(withIdNumber: boolean): Record<string, unknown> {
  return {
    address: {
      city: 'South San Francisco',
      country: 'US',
      line1: '354 Oyster Point Blvd',
      line2: null,
      postal_code: '94080',
      state: 'CA',
    },
    dob: { day: 1, month: 1, year: 1990 },
    email: null,
    first_name: 'Jenny',
    id_number: withIdNumber ? '000000000' : null,
    id_number_type: withIdNumber ? 'us_ssn' : null,
    last_name: 'Rosen',
    phone: null,
    sex: null,
    unparsed_place_of_birth: null,
    unparsed_sex: null,
  };
}

const REDACTED = '[redacted]';

/** What redaction leaves of `verified_outputs`: names and lines replaced, dob 1/1/1, country kept. */
export function redactOutputs(outputs: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(outputs)) {
    if (key === 'dob') out[key] = value === null ? null : { day: 1, month: 1, year: 1 };
    else if (key === 'address' && value && typeof value === 'object') {
      const address = value as Record<string, unknown>;
      out[key] = Object.fromEntries(
        Object.entries(address).map(([k, v]) => [k, k === 'country' || v === null ? v : REDACTED]),
      );
    } else if (key === 'id_number_type') out[key] = value;
    else out[key] = value === null ? null : REDACTED;
  }
  return out;
}

/** The text Stripe sends in `last_error.reason` with each code. */
export const LAST_ERROR_REASONS: Record<KnownLastErrorCode, string> = {
  abandoned: 'The user began the verification but did not submit it.',
  consent_declined: 'The user declined to be verified by Stripe.',
  country_not_supported: 'The user is in a country that Stripe does not support.',
  device_not_supported:
    "The user's device is not supported: it has no camera, or the camera was not allowed.",
  under_supported_age: 'The user is under the age of majority.',
  document_expired: 'The provided identity document has expired.',
  document_type_not_supported: 'The provided identity document is not one of the allowed types.',
  document_unverified_other: 'The provided identity document could not be verified.',
  selfie_document_missing_photo:
    'The provided identity document did not contain a picture of a face.',
  selfie_face_mismatch: "The captured face image did not match the document's face.",
  selfie_manipulated: 'The selfie image was manipulated.',
  selfie_unverified_other: 'The selfie could not be verified.',
  id_number_insufficient_document_data:
    'The document did not contain enough data to match the ID number.',
  id_number_mismatch: 'The information provided could not be matched against global databases.',
  id_number_unverified_other: 'The ID number could not be verified.',
  email_unverified_other: 'The email address could not be verified.',
  email_verification_declined: 'The user could not verify the email address.',
  phone_unverified_other: 'The phone number could not be verified.',
  phone_verification_declined: 'The user could not verify the phone number.',
};
