import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeIdentityError } from '../../src/core/describeIdentityError.js';
import { en } from '../../src/core/en.js';
import { IdentityError } from '../../src/core/IdentityError.js';
import { VERIFY_IDENTITY_FAILURES } from '../../src/core/mapVerifyIdentityResult.js';
import type { IdentityMessages } from '../../src/core/messages.js';

const localesDir = path.resolve(import.meta.dirname, '../../src/locales');
const packs = await Promise.all(
  readdirSync(localesDir)
    .filter((file) => file.endsWith('.ts'))
    .map(async (file) => (await import(path.join(localesDir, file))).default as IdentityMessages),
);

describe('describeIdentityError', () => {
  it.each(packs.map((pack) => [pack.locale, pack] as const))(
    'should give each of the modal’s failure codes its own message and next step (%s)',
    (_locale, messages) => {
      for (const [code, lastErrorCode] of Object.entries(VERIFY_IDENTITY_FAILURES)) {
        const error = new IdentityError('stripe_error', 'Declined', { stripeCode: code });
        expect(describeIdentityError(error, messages)).toBe(messages.lastError[lastErrorCode]);
      }
    },
  );

  it('should say why a backend refused, when the catalogue knows the refusal', () => {
    const refusal = (serverCode: string) =>
      new IdentityError('backend_http_error', 'HTTP 429', { status: 429, serverCode });
    expect(describeIdentityError(refusal('too_many_attempts'), en)).toBe(
      en.serverError.too_many_attempts,
    );
    expect(describeIdentityError(refusal('already_verified'), en)).toBe(
      en.serverError.already_verified,
    );
    expect(describeIdentityError(refusal('something_else'), en)).toBe(en.error.backend_http_error);
    // Only a backend's refusal reads the server texts.
    const network = new IdentityError('network_error', 'x', { serverCode: 'too_many_attempts' });
    expect(describeIdentityError(network, en)).toBe(en.error.network_error);
  });

  it('should fall back to the error code’s text, and to a generic one for a code it does not know', () => {
    expect(describeIdentityError(new IdentityError('timeout', 'x'), en)).toBe(en.error.timeout);
    expect(
      describeIdentityError(new IdentityError('stripe_error', 'x', { stripeCode: 'new_code' }), en),
    ).toBe(en.error.stripe_error);
    const foreign = { code: 'from_a_newer_copy', stripeCode: undefined, serverCode: undefined };
    expect(describeIdentityError(foreign as never, en)).toBe(en.lastErrorFallback);
  });
});
