import { IdentityError } from './IdentityError.js';
import { isObject } from './isObject.js';
import type { LastError, Redaction, RelatedPerson, VerificationSession } from './types.js';

/** Prefix of every message {@link parseVerificationSession} throws. */
export const INVALID_SESSION_PREFIX = 'Invalid VerificationSession from the backend: ';

type JsonObject = Record<string, unknown>;

/** Names the JSON type of a value for an error message, without printing the value itself. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value === '') return 'an empty string';
  return typeof value;
}

function fail(message: string): never {
  throw new IdentityError('invalid_response', `${INVALID_SESSION_PREFIX}${message}.`);
}

function expectString(value: unknown, field: string, nullable: boolean): string | null {
  if (typeof value === 'string') return value;
  if (nullable && value === null) return null;
  return fail(`\`${field}\` must be a string${nullable ? ' or null' : ''}, got ${kindOf(value)}`);
}

function expectObjectOrNull(value: unknown, field: string): JsonObject | null {
  if (value === null || isObject(value)) return value;
  return fail(`\`${field}\` must be an object or null, got ${kindOf(value)}`);
}

function parseLastError(value: unknown): LastError | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) fail(`\`last_error\` must be an object or null, got ${kindOf(value)}`);
  return {
    ...value,
    code: value.code === undefined ? null : expectString(value.code, 'last_error.code', true),
    reason:
      value.reason === undefined ? null : expectString(value.reason, 'last_error.reason', true),
  };
}

function parseRedaction(value: unknown): Redaction | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) fail(`\`redaction\` must be an object or null, got ${kindOf(value)}`);
  // Any string is accepted: `validated` appeared in 2026 undocumented, and more may follow.
  // describeSession treats every status other than `redacted` as "in progress".
  return { ...value, status: expectString(value.status, 'redaction.status', false) as string };
}

function parseMetadata(value: unknown): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) fail(`\`metadata\` must be an object, got ${kindOf(value)}`);
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== 'string') {
      fail(`\`metadata.${key}\` must be a string, got ${kindOf(entry)}`);
    }
  }
  return value as Record<string, string>;
}

function parseReport(value: unknown): VerificationSession['last_verification_report'] {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (isObject(value) && typeof value.id === 'string') {
    return value as { id: string };
  }
  return fail(
    `\`last_verification_report\` must be a report id, a report object with an \`id\` or null, got ${kindOf(value)}`,
  );
}

function parseRelatedPerson(value: unknown): RelatedPerson {
  if (!isObject(value)) {
    return fail(`\`related_person\` must be an object, got ${kindOf(value)}`);
  }
  return {
    ...value,
    account: expectString(value.account, 'related_person.account', false) as string,
    person: expectString(value.person, 'related_person.person', false) as string,
  };
}

/**
 * Validates JSON a backend sent and returns it as a {@link VerificationSession}. The backend is
 * not trusted: every field the library reads is checked, and a bad one throws an
 * {@link IdentityError} with code `invalid_response` whose message names the field and what was
 * wrong, e.g. "Invalid VerificationSession from the backend: `status` must be a string, got number."
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
  if (!isObject(input)) return fail(`expected an object, got ${kindOf(input)}`);

  if (typeof input.id !== 'string' || input.id === '') {
    fail(`\`id\` must be a non-empty string, got ${kindOf(input.id)}`);
  }
  if (input.object !== undefined && input.object !== 'identity.verification_session') {
    fail(
      `\`object\` must be "identity.verification_session", got ${
        typeof input.object === 'string'
          ? JSON.stringify(input.object.slice(0, 60))
          : kindOf(input.object)
      }`,
    );
  }
  const status = expectString(input.status, 'status', false) as string;

  const session: VerificationSession = {
    ...input,
    id: input.id,
    object: 'identity.verification_session',
    client_secret:
      input.client_secret === undefined
        ? null
        : expectString(input.client_secret, 'client_secret', true),
    created: 0,
    last_error: parseLastError(input.last_error),
    last_verification_report: parseReport(input.last_verification_report),
    livemode: false,
    metadata: parseMetadata(input.metadata),
    options:
      input.options === undefined
        ? null
        : (expectObjectOrNull(input.options, 'options') as VerificationSession['options']),
    redaction: parseRedaction(input.redaction),
    status,
    type:
      input.type === undefined ? 'document' : (expectString(input.type, 'type', false) as string),
    url: input.url === undefined ? null : expectString(input.url, 'url', true),
  };

  if (input.created !== undefined) {
    if (typeof input.created !== 'number' || !Number.isFinite(input.created)) {
      fail(`\`created\` must be a number, got ${kindOf(input.created)}`);
    }
    session.created = input.created;
  }
  if (input.livemode !== undefined) {
    if (typeof input.livemode !== 'boolean') {
      fail(`\`livemode\` must be a boolean, got ${kindOf(input.livemode)}`);
    }
    session.livemode = input.livemode;
  }
  if (input.client_reference_id !== undefined) {
    session.client_reference_id = expectString(
      input.client_reference_id,
      'client_reference_id',
      true,
    );
  }
  if (input.related_customer !== undefined) {
    session.related_customer = expectString(input.related_customer, 'related_customer', true);
  }
  if (input.related_customer_account !== undefined) {
    session.related_customer_account = expectString(
      input.related_customer_account,
      'related_customer_account',
      true,
    );
  }
  if (input.verification_flow !== undefined) {
    session.verification_flow = expectString(
      input.verification_flow,
      'verification_flow',
      false,
    ) as string;
  }
  if (input.provided_details !== undefined) {
    session.provided_details = expectObjectOrNull(
      input.provided_details,
      'provided_details',
    ) as VerificationSession['provided_details'];
  }
  if (input.verified_outputs !== undefined) {
    session.verified_outputs = expectObjectOrNull(
      input.verified_outputs,
      'verified_outputs',
    ) as VerificationSession['verified_outputs'];
  }
  if (input.related_person === null) {
    // The type has no `null` here; treat an explicit null as "no related person".
    delete session.related_person;
  } else if (input.related_person !== undefined) {
    session.related_person = parseRelatedPerson(input.related_person);
  }
  return session;
}
