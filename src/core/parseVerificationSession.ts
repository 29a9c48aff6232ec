import { IdentityError } from './IdentityError.js';
import { isObject } from './isObject.js';
import type { VerificationSession } from './types.js';

/** Prefix of every message {@link parseVerificationSession} throws. */
export const INVALID_SESSION_PREFIX = 'Invalid VerificationSession from the backend: ';

type JsonObject = Record<string, unknown>;

/** A kind of JSON value a field may hold. */
type Kind = (value: unknown) => boolean;

const STRING: Kind = (value) => typeof value === 'string';
const STRING_OR_NULL: Kind = (value) => value === null || typeof value === 'string';
const OBJECT: Kind = isObject;
const OBJECT_OR_NULL: Kind = (value) => value === null || isObject(value);

/**
 * What a field must be, said by development errors ("`status` must be a string, got number.");
 * production ones keep the field and what it got ("`status` got number.").
 */
const EXPECTED: ReadonlyMap<Kind, string> | null =
  process.env.NODE_ENV !== 'production'
    ? new Map([
        [STRING, 'a string'],
        [STRING_OR_NULL, 'a string or null'],
        [OBJECT, 'an object'],
        [OBJECT_OR_NULL, 'an object or null'],
      ])
    : null;

/** Names the JSON type of a value for an error message, without printing the value itself. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value === '') return 'an empty string';
  return typeof value;
}

/** Throws the `invalid_response` error for `field`, which is not `expected` (a kind or its name). */
function fail(field: string, value: unknown, expected: Kind | string, got = kindOf(value)): never {
  let must = '';
  if (process.env.NODE_ENV !== 'production') {
    must = `must be ${typeof expected === 'string' ? expected : EXPECTED?.get(expected)}, `;
  }
  throw new IdentityError(
    'invalid_response',
    `${INVALID_SESSION_PREFIX}\`${field}\` ${must}got ${got}.`,
  );
}

/** `value` if it is of `kind`; throws otherwise. */
function expectKind(value: unknown, field: string, kind: Kind): unknown {
  return kind(value) ? value : fail(field, value, kind);
}

/**
 * An object (or `null` with `OBJECT_OR_NULL`) whose `keys` must each be of `keyKind`; with
 * `STRING_OR_NULL`, an absent key reads `null`.
 */
function parseObject(
  value: unknown,
  field: string,
  kind: Kind,
  keys: string[],
  keyKind: Kind,
): JsonObject | null {
  const object = expectKind(value ?? null, field, kind) as JsonObject | null;
  if (!object) return null;
  const out: JsonObject = { ...object };
  for (const key of keys) {
    const entry = object[key];
    out[key] =
      entry === undefined && keyKind === STRING_OR_NULL
        ? null
        : expectKind(entry, `${field}.${key}`, keyKind);
  }
  return out;
}

function parseMetadata(value: unknown): JsonObject {
  if (value === undefined || value === null) return {};
  const metadata = expectKind(value, 'metadata', OBJECT) as JsonObject;
  for (const key of Object.keys(metadata)) expectKind(metadata[key], `metadata.${key}`, STRING);
  return metadata;
}

function parseReport(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || (isObject(value) && typeof value.id === 'string')) return value;
  return fail(
    'last_verification_report',
    value,
    'a report id, a report object with an `id` or null',
  );
}

/** A reader of one field: its value as the session keeps it (`undefined`: left out). */
type FieldReader = (value: unknown, field: string) => unknown;

/** Reads a field of `kind`; a missing one reads `absent`. */
function optional(kind: Kind, absent?: unknown): FieldReader {
  return (value, field) => (value === undefined ? absent : expectKind(value, field, kind));
}

/** The fields checked after `id`, `object` and `status`, in order, each with its reader. */
const FIELDS: [string, FieldReader][] = [
  ['client_secret', optional(STRING_OR_NULL, null)],
  [
    'last_error',
    (value) => parseObject(value, 'last_error', OBJECT_OR_NULL, ['code', 'reason'], STRING_OR_NULL),
  ],
  ['last_verification_report', parseReport],
  ['metadata', parseMetadata],
  ['options', optional(OBJECT_OR_NULL, null)],
  ['redaction', (value) => parseObject(value, 'redaction', OBJECT_OR_NULL, ['status'], STRING)],
  ['type', optional(STRING, 'document')],
  ['url', optional(STRING_OR_NULL, null)],
  [
    'created',
    (value) =>
      value === undefined ? 0 : Number.isFinite(value) ? value : fail('created', value, 'a number'),
  ],
  [
    'livemode',
    (value) =>
      value === undefined || typeof value === 'boolean'
        ? (value ?? false)
        : fail('livemode', value, 'a boolean'),
  ],
  ['client_reference_id', optional(STRING_OR_NULL)],
  ['related_customer', optional(STRING_OR_NULL)],
  ['related_customer_account', optional(STRING_OR_NULL)],
  ['verification_flow', optional(STRING)],
  ['provided_details', optional(OBJECT_OR_NULL)],
  ['verified_outputs', optional(OBJECT_OR_NULL)],
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
 * wrong, e.g. "Invalid VerificationSession from the backend: `status` must be a string, got number.".
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
  if (!isObject(input)) {
    throw new IdentityError(
      'invalid_response',
      `${INVALID_SESSION_PREFIX}expected an object, got ${kindOf(input)}.`,
    );
  }
  const { id, object } = input;
  if (typeof id !== 'string' || id === '') fail('id', id, 'a non-empty string');
  if (object !== undefined && object !== 'identity.verification_session') {
    const got = typeof object === 'string' ? JSON.stringify(object.slice(0, 60)) : kindOf(object);
    fail('object', object, '"identity.verification_session"', got);
  }
  const session: JsonObject = {
    ...input,
    object: 'identity.verification_session',
    status: expectKind(input.status, 'status', STRING),
  };
  for (const [field, read] of FIELDS) {
    const value = read(input[field], field);
    if (value !== undefined) session[field] = value;
    else if (input[field] === null) delete session[field];
  }
  return session as unknown as VerificationSession;
}
