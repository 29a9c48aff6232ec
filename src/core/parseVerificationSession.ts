import { DEV } from './dev.js';
import { IdentityError } from './IdentityError.js';
import { isObject } from './isObject.js';
import type { VerificationSession } from './types.js';

/** Prefix of every message {@link parseVerificationSession} throws. */
export const INVALID_SESSION_PREFIX = 'Invalid VerificationSession from the backend: ';

type JsonObject = Record<string, unknown>;

// What a field must be. Development messages say it ("`status` must be a string, got number.");
// production ones keep the field and what it got ("`status` got number.").
const STRING = 0;
const STRING_OR_NULL = 1;
const OBJECT = 2;
const OBJECT_OR_NULL = 3;
const NON_EMPTY_STRING = 4;
const NUMBER = 5;
const BOOLEAN = 6;
const SESSION_OBJECT = 7;
const REPORT = 8;
const MUST: readonly string[] = DEV
  ? [
      'a string',
      'a string or null',
      'an object',
      'an object or null',
      'a non-empty string',
      'a number',
      'a boolean',
      '"identity.verification_session"',
      'a report id, a report object with an `id` or null',
    ]
  : [];

/** Names the JSON type of a value for an error message, without printing the value itself. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value === '') return 'an empty string';
  return typeof value;
}

/** Throws the `invalid_response` error for `field` (`''`: the session itself is not an object). */
function fail(field: string, value: unknown, must: number, got = kindOf(value)): never {
  throw new IdentityError(
    'invalid_response',
    `${INVALID_SESSION_PREFIX}${
      field ? `\`${field}\` ${DEV ? `must be ${MUST[must]}, ` : ''}` : 'expected an object, '
    }got ${got}.`,
  );
}

/** `value` if it is what `must` (one of the four plain kinds) allows; throws otherwise. */
function expect(value: unknown, field: string, must: number): unknown {
  return (must & 1 && value === null) || (must & 2 ? isObject(value) : typeof value === 'string')
    ? value
    : fail(field, value, must);
}

/**
 * An object (or `null`, when `must` allows it) whose `keys` must each be of kind `keyMust`; with
 * `STRING_OR_NULL`, an absent key reads `null`.
 */
function parseObject(
  value: unknown,
  field: string,
  must: number,
  keys: string[],
  keyMust: number,
): JsonObject | null {
  const object = expect(value ?? null, field, must) as JsonObject | null;
  if (!object) return null;
  const out: JsonObject = { ...object };
  for (const key of keys) {
    const entry = object[key];
    out[key] =
      entry === undefined && keyMust === STRING_OR_NULL
        ? null
        : expect(entry, `${field}.${key}`, keyMust);
  }
  return out;
}

function parseMetadata(value: unknown): JsonObject {
  if (value === undefined || value === null) return {};
  const metadata = expect(value, 'metadata', OBJECT) as JsonObject;
  for (const key of Object.keys(metadata)) expect(metadata[key], `metadata.${key}`, STRING);
  return metadata;
}

function parseReport(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' || (isObject(value) && typeof value.id === 'string')
    ? value
    : fail('last_verification_report', value, REPORT);
}

/**
 * The fields checked after `id`, `object` and `status`, in order: the field, what it must be (or
 * its parser), and its value when absent (`undefined`: left out).
 */
const FIELDS: [string, number | ((value: unknown) => unknown), unknown?][] = [
  ['client_secret', STRING_OR_NULL, null],
  [
    'last_error',
    (value) => parseObject(value, 'last_error', OBJECT_OR_NULL, ['code', 'reason'], STRING_OR_NULL),
  ],
  ['last_verification_report', parseReport],
  ['metadata', parseMetadata],
  ['options', OBJECT_OR_NULL, null],
  ['redaction', (value) => parseObject(value, 'redaction', OBJECT_OR_NULL, ['status'], STRING)],
  ['type', STRING, 'document'],
  ['url', STRING_OR_NULL, null],
  ['created', (value) => (Number.isFinite(value) ? value : fail('created', value, NUMBER)), 0],
  [
    'livemode',
    (value) => (typeof value === 'boolean' ? value : fail('livemode', value, BOOLEAN)),
    false,
  ],
  ['client_reference_id', STRING_OR_NULL],
  ['related_customer', STRING_OR_NULL],
  ['related_customer_account', STRING_OR_NULL],
  ['verification_flow', STRING],
  ['provided_details', OBJECT_OR_NULL],
  ['verified_outputs', OBJECT_OR_NULL],
  [
    'related_person',
    // The type has no `null` here; an explicit null means "no related person" (left out).
    (value) =>
      value === undefined || value === null
        ? undefined
        : parseObject(value, 'related_person', OBJECT, ['account', 'person'], STRING),
  ],
];

/**
 * Validates JSON a backend sent and returns it as a {@link VerificationSession}. The backend is
 * not trusted: every field the library reads is checked, and a bad one throws an
 * {@link IdentityError} with code `invalid_response` whose message names the field and what was
 * wrong, e.g. "Invalid VerificationSession from the backend: `status` must be a string, got number." in
 * development ("… `status` got number." in a production build: the field and what it got).
 *
 * Required: an object with a non-empty string `id` and a string `status`. Optional fields that
 * are absent get the value Stripe uses for "nothing": `null` (`client_secret`, `url`,
 * `last_error`, `redaction`, `options`, `last_verification_report`), `{}` (`metadata`),
 * `false` (`livemode`), `0` (`created`, when a backend leaves it out) and `'document'` (`type`).
 * `object`, if present, must be `'identity.verification_session'`.
 *
 * Enums stay open: an unknown `status`, `type`, `last_error.code` or `redaction.status` is
 * accepted (the view falls back to generic text; an unknown redaction status counts as in
 * progress). Unknown extra fields are kept as they are.
 *
 * @example
 * const session = parseVerificationSession(await response.json());
 */
export function parseVerificationSession(input: unknown): VerificationSession {
  if (!isObject(input)) return fail('', input, OBJECT);
  const { id, object } = input;
  if (typeof id !== 'string' || id === '') fail('id', id, NON_EMPTY_STRING);
  if (object !== undefined && object !== 'identity.verification_session') {
    fail(
      'object',
      object,
      SESSION_OBJECT,
      typeof object === 'string' ? JSON.stringify(object.slice(0, 60)) : kindOf(object),
    );
  }
  const session: JsonObject = {
    ...input,
    object: 'identity.verification_session',
    status: expect(input.status, 'status', STRING),
  };
  for (const [key, must, absent] of FIELDS) {
    const value = input[key];
    // Absent: the function parsers give their own default (`null`, `{}`), the rest `absent`.
    const parsed =
      typeof must === 'number'
        ? value === undefined
          ? absent
          : expect(value, key, must)
        : value === undefined && absent !== undefined
          ? absent
          : must(value);
    if (parsed !== undefined) session[key] = parsed;
    else if (value === null) delete session[key];
  }
  return session as unknown as VerificationSession;
}
