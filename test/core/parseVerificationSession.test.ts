import { describe, expect, it, vi } from 'vitest';
import { describeSession } from '../../src/core/describeSession.js';
import { IdentityError } from '../../src/core/IdentityError.js';
import { parseVerificationSession } from '../../src/core/parseVerificationSession.js';
import fixture from '../fixtures/openapi-verification-session.json' with { type: 'json' };

const P = 'Invalid VerificationSession from the backend: ';
const valid = { id: 'vs_1', status: 'requires_input' };

function parseError(input: unknown): IdentityError {
  try {
    parseVerificationSession(input);
  } catch (error) {
    expect(error).toBeInstanceOf(IdentityError);
    return error as IdentityError;
  }
  throw new Error('expected parseVerificationSession to throw');
}

describe('parseVerificationSession', () => {
  it.each<[string, unknown, string]>([
    ['null', null, 'expected an object, got null.'],
    ['an array', [valid], 'expected an object, got array.'],
    ['a string', 'vs_1', 'expected an object, got string.'],
    ['a number', 42, 'expected an object, got number.'],
    ['undefined', undefined, 'expected an object, got undefined.'],
    ['{}', {}, '`id` must be a non-empty string, got undefined.'],
    ['a missing id', { status: 'verified' }, '`id` must be a non-empty string, got undefined.'],
    ['an empty id', { ...valid, id: '' }, '`id` must be a non-empty string, got an empty string.'],
    ['a numeric id', { ...valid, id: 1 }, '`id` must be a non-empty string, got number.'],
    ['a missing status', { id: 'vs_1' }, '`status` must be a string, got undefined.'],
    ['a numeric status', { ...valid, status: 3 }, '`status` must be a string, got number.'],
    ['a null status', { ...valid, status: null }, '`status` must be a string, got null.'],
    [
      'a wrong object',
      { ...valid, object: 'customer' },
      '`object` must be "identity.verification_session", got "customer".',
    ],
    [
      'a numeric object',
      { ...valid, object: 1 },
      '`object` must be "identity.verification_session", got number.',
    ],
    [
      'last_error as a string',
      { ...valid, last_error: 'abandoned' },
      '`last_error` must be an object or null, got string.',
    ],
    [
      'last_error as an array',
      { ...valid, last_error: [] },
      '`last_error` must be an object or null, got array.',
    ],
    [
      'a numeric last_error.code',
      { ...valid, last_error: { code: 1, reason: null } },
      '`last_error.code` must be a string or null, got number.',
    ],
    [
      'an object last_error.reason',
      { ...valid, last_error: { code: null, reason: {} } },
      '`last_error.reason` must be a string or null, got object.',
    ],
    [
      'redaction as a string',
      { ...valid, redaction: 'redacted' },
      '`redaction` must be an object or null, got string.',
    ],
    [
      'a numeric redaction.status',
      { ...valid, redaction: { status: 1 } },
      '`redaction.status` must be a string, got number.',
    ],
    [
      'a redaction without status',
      { ...valid, redaction: {} },
      '`redaction.status` must be a string, got undefined.',
    ],
    [
      'metadata as a string',
      { ...valid, metadata: 'x' },
      '`metadata` must be an object, got string.',
    ],
    [
      'metadata as an array',
      { ...valid, metadata: [] },
      '`metadata` must be an object, got array.',
    ],
    [
      'metadata with a non-string value',
      { ...valid, metadata: { user: 'u_1', age: 3 } },
      '`metadata.age` must be a string, got number.',
    ],
    [
      'created as a string',
      { ...valid, created: '1700000000' },
      '`created` must be a number, got string.',
    ],
    [
      'created as NaN',
      { ...valid, created: Number.NaN },
      '`created` must be a number, got number.',
    ],
    [
      'livemode as a string',
      { ...valid, livemode: 'false' },
      '`livemode` must be a boolean, got string.',
    ],
    [
      'options as a string',
      { ...valid, options: 'x' },
      '`options` must be an object or null, got string.',
    ],
    [
      'verified_outputs as an array',
      { ...valid, verified_outputs: [] },
      '`verified_outputs` must be an object or null, got array.',
    ],
    ['a numeric url', { ...valid, url: 1 }, '`url` must be a string or null, got number.'],
    [
      'a boolean client_secret',
      { ...valid, client_secret: true },
      '`client_secret` must be a string or null, got boolean.',
    ],
    ['a numeric type', { ...valid, type: 1 }, '`type` must be a string, got number.'],
    [
      'a numeric client_reference_id',
      { ...valid, client_reference_id: 1 },
      '`client_reference_id` must be a string or null, got number.',
    ],
    [
      'a last_verification_report object without id',
      { ...valid, last_verification_report: {} },
      '`last_verification_report` must be a report id, a report object with an `id` or null, got object.',
    ],
    [
      'a related_person without person',
      { ...valid, related_person: { account: 'acct_1' } },
      '`related_person.person` must be a string, got undefined.',
    ],
  ])(
    'should reject %s with invalid_response and a message naming the field',
    (_, input, message) => {
      const error = parseError(input);
      expect(error.code).toBe('invalid_response');
      expect(error.message).toBe(`${P}${message}`);
    },
  );

  it('should accept Stripe’s own fixture unchanged', () => {
    expect(parseVerificationSession(fixture)).toEqual(fixture);
  });

  it('should fill defaults for absent optional fields so the result is a full session', () => {
    expect(parseVerificationSession(valid)).toEqual({
      id: 'vs_1',
      object: 'identity.verification_session',
      status: 'requires_input',
      client_secret: null,
      created: 0,
      last_error: null,
      last_verification_report: null,
      livemode: false,
      metadata: {},
      options: null,
      redaction: null,
      type: 'document',
      url: null,
    });
  });

  it('should fill a missing last_error.code or reason with null', () => {
    expect(
      parseVerificationSession({ ...valid, last_error: { reason: 'Too dark' } }).last_error,
    ).toEqual({
      code: null,
      reason: 'Too dark',
    });
  });

  it('should keep unknown extra fields', () => {
    const session = parseVerificationSession({ ...fixture, future_field: { a: 1 } });
    expect((session as unknown as Record<string, unknown>).future_field).toEqual({ a: 1 });
  });

  it('should accept an unknown status, and describe it as the unknown phase', () => {
    const session = parseVerificationSession({ ...valid, status: 'requires_review' });
    expect(session.status).toBe('requires_review');
    expect(describeSession(session).phase).toBe('unknown');
  });

  it('should accept an unknown redaction status and treat it as in progress', () => {
    const session = parseVerificationSession({ ...valid, redaction: { status: 'archiving' } });
    expect(session.redaction).toEqual({ status: 'archiving' });
    expect(describeSession(session).redaction).toBe('processing');
  });

  it('should accept an unknown last_error code', () => {
    const session = parseVerificationSession({
      ...valid,
      last_error: { code: 'address_mismatch', reason: 'Address did not match' },
    });
    expect(session.last_error?.code).toBe('address_mismatch');
  });

  it('should accept a full current session with every optional field', () => {
    const input = {
      ...fixture,
      client_reference_id: 'user_1',
      provided_details: { email: 'a@example.com' },
      related_customer: null,
      related_customer_account: null,
      related_person: { account: 'acct_1', person: 'person_1' },
      verification_flow: 'vf_1',
      verified_outputs: null,
      last_verification_report: { id: 'vr_1', object: 'identity.verification_report' },
      livemode: true,
      created: 1_700_000_000,
      metadata: { user: 'u_1' },
      redaction: { status: 'validated' },
      last_error: null,
    };
    expect(parseVerificationSession(input)).toEqual(input);
  });

  it('should treat metadata null as empty and related_person null as absent', () => {
    const session = parseVerificationSession({ ...valid, metadata: null, related_person: null });
    expect(session.metadata).toEqual({});
    expect('related_person' in session).toBe(false);
  });

  it('should not mutate its input', () => {
    const input = { ...valid, last_error: { code: 'abandoned' } };
    const copy = structuredClone(input);
    parseVerificationSession(input);
    expect(input).toEqual(copy);
  });
});

describe('parseVerificationSession in a production build', () => {
  it('should name the field and what it got, without the development explanation', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.resetModules();
    try {
      const prod = await import('../../src/core/parseVerificationSession.js');
      const messageOf = (input: unknown) => {
        try {
          prod.parseVerificationSession(input);
        } catch (error) {
          expect((error as IdentityError).code).toBe('invalid_response');
          return (error as Error).message;
        }
        throw new Error('expected parseVerificationSession to throw');
      };
      expect(messageOf(null)).toBe(`${P}expected an object, got null.`);
      expect(messageOf({ ...valid, status: 3 })).toBe(`${P}\`status\` got number.`);
      expect(messageOf({ ...valid, id: '' })).toBe(`${P}\`id\` got an empty string.`);
      expect(messageOf({ ...valid, object: 'customer' })).toBe(`${P}\`object\` got "customer".`);
      expect(messageOf({ ...valid, metadata: { age: 3 } })).toBe(
        `${P}\`metadata.age\` got number.`,
      );
      expect(messageOf({ ...valid, last_verification_report: {} })).toBe(
        `${P}\`last_verification_report\` got object.`,
      );
      expect(prod.parseVerificationSession(valid)).toEqual(parseVerificationSession(valid));
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
