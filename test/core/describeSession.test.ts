import { describe, expect, it } from 'vitest';
import {
  describeLastError,
  describeSession,
  type RedactionState,
} from '../../src/core/describeSession.js';
import { en } from '../../src/core/en.js';
import { IdentityError, isIdentityError } from '../../src/core/IdentityError.js';
import { formatMessage, mergeMessages } from '../../src/core/messages.js';
import { redactSecrets } from '../../src/core/redactSecrets.js';
import {
  type KnownLastErrorCode,
  LAST_ERROR_CODES,
  type Redaction,
  VERIFICATION_SESSION_STATUSES,
} from '../../src/core/types.js';

const SECRET = 'vs_123_secret_abc';

/** Written out here, not read from the source: the codes where trying again cannot help. */
const NOT_RETRYABLE = new Set<string>([
  'country_not_supported',
  'under_supported_age',
  'selfie_manipulated',
]);

const REDACTIONS: [Redaction | null, RedactionState][] = [
  [null, 'none'],
  [{ status: 'processing' }, 'processing'],
  [{ status: 'redacted' }, 'redacted'],
  [{ status: 'validated' }, 'processing'],
];

const PHASE_OF_STATUS = {
  requires_input: 'action_required',
  processing: 'processing',
  verified: 'verified',
  canceled: 'canceled',
} as const;

const TONE_OF_PHASE = {
  processing: 'info',
  verified: 'success',
  canceled: 'neutral',
} as const;

const cases = VERIFICATION_SESSION_STATUSES.flatMap((status) =>
  LAST_ERROR_CODES.flatMap((code) =>
    REDACTIONS.map(([redaction, redactionState]) => ({
      status,
      code,
      redaction,
      redactionState,
    })),
  ),
);

describe('describeSession', () => {
  it('should cover 4 statuses × 19 codes × 4 redaction states', () => {
    expect(cases).toHaveLength(4 * 19 * 4);
  });

  it.each(cases)(
    'should describe status $status with last_error $code and redaction $redactionState',
    ({ status, code, redaction, redactionState }) => {
      const view = describeSession({
        status,
        last_error: { code, reason: 'Stripe reason text' },
        redaction,
      });
      const phase = PHASE_OF_STATUS[status];
      const retryable = !NOT_RETRYABLE.has(code);
      // A failure trying again cannot fix reads as a final outcome, not "needs your attention".
      const texts = phase === 'action_required' && !retryable ? 'action_required_final' : phase;
      expect(view.phase).toBe(phase);
      expect(view.title).toBe(en.phase[texts].title);
      expect(view.description).toBe(en.phase[texts].description);
      expect(view.redaction).toBe(redactionState);
      if (phase === 'action_required') {
        expect(view.tone).toBe(retryable ? 'warning' : 'danger');
        expect(view.lastError).toEqual({
          code,
          message: en.lastError[code].message,
          action: en.lastError[code].action,
          retryable,
        });
        expect(view.canRetry).toBe(retryable && redactionState === 'none');
      } else {
        // A last_error left over from an earlier attempt is not shown once the session moved on.
        expect(view.tone).toBe(TONE_OF_PHASE[phase]);
        expect(view.lastError).toBeNull();
        expect(view.canRetry).toBe(false);
      }
    },
  );

  it.each(REDACTIONS)(
    'should describe a fresh requires_input session (redaction %o) as not started',
    (redaction, redactionState) => {
      const view = describeSession({ status: 'requires_input', last_error: null, redaction });
      expect(view).toEqual({
        phase: 'not_started',
        tone: 'neutral',
        title: 'Verify your identity',
        description: en.phase.not_started.description,
        lastError: null,
        redaction: redactionState,
        canRetry: redactionState === 'none',
      });
    },
  );

  it('should title a final failure as final, keeping the public action_required phase (regression: "needs your attention" when the user can do nothing)', () => {
    for (const code of NOT_RETRYABLE) {
      const view = describeSession({
        status: 'requires_input',
        last_error: { code, reason: null },
        redaction: null,
      });
      expect(view.phase).toBe('action_required');
      expect(view.tone).toBe('danger');
      expect(view.canRetry).toBe(false);
      expect(view.title).toBe('Verification could not be completed');
      expect(view.title).not.toBe(en.phase.action_required.title);
    }
  });

  it('should show the reason as plain text for an unknown code with a reason', () => {
    const view = describeSession({
      status: 'requires_input',
      last_error: { code: 'address_mismatch', reason: '  The address did not match.  ' },
      redaction: null,
    });
    expect(view.phase).toBe('action_required');
    expect(view.tone).toBe('warning');
    expect(view.canRetry).toBe(true);
    expect(view.lastError).toEqual({
      code: 'address_mismatch',
      message: 'The address did not match.',
      action: en.lastErrorWithReason.action,
      retryable: true,
    });
  });

  it('should not re-interpret placeholders or HTML inside the reason', () => {
    const reason = '{reason} <b>{action}</b> {0}';
    const view = describeSession({
      status: 'requires_input',
      last_error: { code: 'new_code', reason },
      redaction: null,
    });
    expect(view.lastError?.message).toBe(reason);
  });

  it.each([
    ['no reason', null],
    ['an empty reason', ''],
    ['a blank reason', '   '],
  ])('should use the generic text for an unknown code with %s', (_, reason) => {
    const view = describeSession({
      status: 'requires_input',
      last_error: { code: 'new_code', reason },
      redaction: null,
    });
    expect(view.lastError).toEqual({
      code: 'new_code',
      message: en.lastErrorFallback.message,
      action: en.lastErrorFallback.action,
      retryable: true,
    });
  });

  it('should describe a null code with a reason by its reason, and without one generically', () => {
    expect(describeLastError({ code: null, reason: 'Blurry photo' })).toEqual({
      code: null,
      message: 'Blurry photo',
      action: en.lastErrorWithReason.action,
      retryable: true,
    });
    expect(describeLastError({ code: null, reason: null })?.message).toBe(
      en.lastErrorFallback.message,
    );
  });

  it('should prefer the catalogue over Stripe’s reason for a known code', () => {
    expect(describeLastError({ code: 'document_expired', reason: 'Expired' })?.message).toBe(
      en.lastError.document_expired.message,
    );
  });

  it.each(['requires_review', '', 'VERIFIED'])(
    'should describe the unknown status %j as the unknown phase',
    (status) => {
      const view = describeSession({
        status,
        last_error: { code: 'abandoned', reason: null },
        redaction: null,
      });
      expect(view).toEqual({
        phase: 'unknown',
        tone: 'neutral',
        title: en.phase.unknown.title,
        description: en.phase.unknown.description,
        lastError: null,
        redaction: 'none',
        canRetry: false,
      });
    },
  );

  it('should treat an unknown redaction status as in progress', () => {
    const view = describeSession({
      status: 'verified',
      last_error: null,
      redaction: { status: 'archiving' },
    });
    expect(view.redaction).toBe('processing');
  });

  it('should use a partial messages override and keep every other text', () => {
    const messages = mergeMessages(en, {
      phase: { processing: { title: 'Un momento' } },
      lastError: { abandoned: { action: 'Vuelve a empezar.' } },
    });
    const processing = describeSession(
      { status: 'processing', last_error: null, redaction: null },
      messages,
    );
    expect(processing.title).toBe('Un momento');
    expect(processing.description).toBe(en.phase.processing.description);
    const abandoned = describeSession(
      {
        status: 'requires_input',
        last_error: { code: 'abandoned', reason: null },
        redaction: null,
      },
      messages,
    );
    expect(abandoned.lastError?.message).toBe(en.lastError.abandoned.message);
    expect(abandoned.lastError?.action).toBe('Vuelve a empezar.');
    // The base catalogue is not mutated.
    expect(en.phase.processing.title).toBe('Checking your documents');
  });
});

describe('the en catalogue', () => {
  it('should have a distinct, non-empty message and action for every documented code', () => {
    const messages = LAST_ERROR_CODES.map((code: KnownLastErrorCode) => en.lastError[code].message);
    for (const code of LAST_ERROR_CODES) {
      expect(en.lastError[code].message.trim()).not.toBe('');
      expect(en.lastError[code].action.trim()).not.toBe('');
    }
    expect(new Set(messages).size).toBe(LAST_ERROR_CODES.length);
    expect(Object.keys(en.lastError).sort()).toEqual([...LAST_ERROR_CODES].sort());
  });
});

describe('mergeMessages', () => {
  it('should return the base when there are no overrides', () => {
    expect(mergeMessages(en)).toBe(en);
    expect(mergeMessages(en, null)).toBe(en);
  });

  it('should replace top-level strings and skip undefined values', () => {
    const merged = mergeMessages(en, { statusLabel: 'Estado', nextStepLabel: undefined });
    expect(merged.statusLabel).toBe('Estado');
    expect(merged.nextStepLabel).toBe(en.nextStepLabel);
  });
});

describe('formatMessage', () => {
  it('should fill placeholders with plain values', () => {
    expect(formatMessage('Hi {name}, {n} left', { name: 'Ana', n: 3 })).toBe('Hi Ana, 3 left');
  });

  it('should leave unknown placeholders as written', () => {
    expect(formatMessage('{a} {b}', { a: 'x' })).toBe('x {b}');
  });

  it('should not interpret placeholders or HTML inside values', () => {
    expect(formatMessage('{a} {b}', { a: '{b}', b: '<img src=x onerror=alert(1)>' })).toBe(
      '{b} <img src=x onerror=alert(1)>',
    );
  });

  it('should not read inherited properties such as toString', () => {
    expect(formatMessage('{toString} {constructor}', {})).toBe('{toString} {constructor}');
  });

  it('should not treat $ patterns in values as replacement patterns', () => {
    expect(formatMessage('{a}', { a: "$& $' $1" })).toBe("$& $' $1");
  });
});

describe('redactSecrets and IdentityError', () => {
  it('should remove a client_secret and a hosted verification URL from text', () => {
    const text = redactSecrets(
      `secret ${SECRET} and https://verify.stripe.com/start/test_abc?x=1 end`,
    );
    expect(text).toBe('secret [redacted secret] and [redacted url] end');
    expect(text).not.toContain(SECRET);
  });

  it('should keep text without secrets unchanged', () => {
    expect(redactSecrets('session vs_123 failed')).toBe('session vs_123 failed');
  });

  it('should never carry a secret in its message', () => {
    const error = new IdentityError('stripe_error', `verifyIdentity(${SECRET}) failed`, {
      stripeCode: 'session_cancelled',
      cause: new Error('x'),
    });
    expect(error.message).not.toContain(SECRET);
    expect(String(error)).not.toContain(SECRET);
    expect(error.name).toBe('IdentityError');
    expect(error.code).toBe('stripe_error');
    expect(error.stripeCode).toBe('session_cancelled');
    expect(error.status).toBeUndefined();
    expect(error).toBeInstanceOf(Error);
  });

  it('should recognise an IdentityError, also one from another bundle copy', () => {
    expect(isIdentityError(new IdentityError('timeout', 'slow'))).toBe(true);
    const foreign = Object.assign(new Error('x'), { name: 'IdentityError', code: 'timeout' });
    expect(isIdentityError(foreign)).toBe(true);
  });

  it.each([
    ['a plain Error', new Error('x')],
    [
      'an Error named IdentityError with an unknown code',
      Object.assign(new Error('x'), { name: 'IdentityError', code: 'nope' }),
    ],
    ['a look-alike object', { name: 'IdentityError', code: 'timeout', message: 'x' }],
    ['null', null],
  ])('should not recognise %s', (_, value) => {
    expect(isIdentityError(value)).toBe(false);
  });
});
