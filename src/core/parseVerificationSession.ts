import { isDev } from './dev.js';
import { IdentityError } from './IdentityError.js';
import { isObject } from './isObject.js';
import type { VerificationSession } from './types.js';

/** Prefix of every message {@link parseVerificationSession} throws. */
export const INVALID_SESSION_PREFIX = 'Invalid VerificationSession from the backend: ';

type JsonObject = Record<string, unknown>;

// What a field must be is an index into MUST (a number, not a named constant: a minifier keeps
// a constant's declaration). 0–3 are the plain kinds (bit 1: null allowed, bit 2: an object),
// the rest those of single fields. Development messages say it ("`status` must be a string,
// got number."); production ones keep the field and what it got ("`status` got number.").
const MUST: readonly string[] =
  /* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production'
    ? [
        'a string', // 0
        'a string or null', // 1
        'an object', // 2
        'an object or null', // 3
        'a non-empty string', // 4: `id`
        'a number', // 5: `created`
        'a boolean', // 6: `livemode`
        '"identity.verification_session"', // 7: `object`
        'a report id, a report object with an `id` or null', // 8: `last_verification_report`
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
      field
        ? `\`${field}\` ${/* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production' ? `must be ${MUST[must]}, ` : ''}`
        : 'expected an object, '
    }got ${got}.`,
  );
}

/** `value` if it is what `must` (one of the four plain kinds) allows; throws otherwise. */
function expect(value: unknown, field: string, must: 0 | 1 | 2 | 3): unknown {
  return (must & 1 && value === null) || (must & 2 ? isObject(value) : typeof value === 'string')
    ? value
    : fail(field, value, must);
}

/**
 * An object (or `null`, when `must` allows it) whose `keys` must each be of kind `keyMust`; with
 * `1`, an absent key reads `null`.
 */
function parseObject(
  value: unknown,
  field: string,
  must: 2 | 3,
  keys: string[],
  keyMust: 0 | 1,
): JsonObject | null {
  const object = expect(value ?? null, field, must) as JsonObject | null;
  if (!object) return null;
  const out: JsonObject = { ...object };
  for (const key of keys) {
    const entry = object[key];
    out[key] =
      entry === undefined && keyMust === 1 ? null : expect(entry, `${field}.${key}`, keyMust);
  }
  return out;
}

function parseMetadata(value: unknown): JsonObject {
  if (value === undefined || value === null) return {};
  const metadata = expect(value, 'metadata', 2) as JsonObject;
  for (const key of Object.keys(metadata)) expect(metadata[key], `metadata.${key}`, 0);
  return metadata;
}

function parseReport(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' || (isObject(value) && typeof value.id === 'string')
    ? value
    : fail('last_verification_report', value, 8);
}

/**
 * The fields checked after `id`, `object` and `status`, in order: the field, what it must be (or
 * its parser), and its value when absent (`undefined`: left out).
 */
const FIELDS: [string, 0 | 1 | 2 | 3 | ((value: unknown) => unknown), unknown?][] = [
  ['client_secret', 1, null],
  ['last_error', (value) => parseObject(value, 'last_error', 3, ['code', 'reason'], 1)],
  ['last_verification_report', parseReport],
  ['metadata', parseMetadata],
  ['options', 3, null],
  ['redaction', (value) => parseObject(value, 'redaction', 3, ['status'], 0)],
  ['type', 0, 'document'],
  ['url', 1, null],
  ['created', (value) => (Number.isFinite(value) ? value : fail('created', value, 5)), 0],
  ['livemode', (value) => (typeof value === 'boolean' ? value : fail('livemode', value, 6)), false],
  ['client_reference_id', 1],
  ['related_customer', 1],
  ['related_customer_account', 1],
  ['verification_flow', 0],
  ['provided_details', 3],
  ['verified_outputs', 3],
  [
    'related_person',
    // The type has no `null` here; an explicit null means "no related person" (left out).
    (value) =>
      value === undefined || value === null
        ? undefined
        : parseObject(value, 'related_person', 2, ['account', 'person'], 0),
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
  if (!isObject(input)) return fail('', input, 2);
  const { id, object } = input;
  if (typeof id !== 'string' || id === '') fail('id', id, 4);
  if (object !== undefined && object !== 'identity.verification_session') {
    fail(
      'object',
      object,
      7,
      typeof object === 'string' ? JSON.stringify(object.slice(0, 60)) : kindOf(object),
    );
  }
  const session: JsonObject = {
    ...input,
    object: 'identity.verification_session',
    status: expect(input.status, 'status', 0),
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
