// @vitest-environment node
// The official `stripe` SDK against the simulator, through a whole session's life; every answer
// is checked against Stripe's OpenAPI spec excerpt.
import type Stripe from 'stripe';
import { afterEach, describe, expect, it } from 'vitest';
import { closeSimulator, rejection, startSimulator } from './harness.js';
import { assertValid } from './specValidator.js';

afterEach(closeSimulator);

describe('the stripe SDK against the simulator', () => {
  it('should take a session through create → retrieve → list → fail(document_expired) → submit → verify → redact, every answer as the spec says', async () => {
    const { sim, sessions } = await startSimulator();
    const created = await sessions.create({
      type: 'document',
      client_reference_id: 'user_1',
      metadata: { plan: 'pro' },
    });
    assertValid('session', created);
    expect(created).toMatchObject({
      object: 'identity.verification_session',
      status: 'requires_input',
      type: 'document',
      livemode: false,
      metadata: { plan: 'pro' },
    });
    expect(created.id).toMatch(/^vs_[A-Za-z0-9]+$/);
    expect(created.client_secret).toMatch(new RegExp(`^${created.id}_secret_`));
    expect(created.url).toMatch(/^https:\/\/verify\.stripe\.com\//);

    const retrieved = await sessions.retrieve(created.id);
    assertValid('session', retrieved);
    expect(retrieved.client_secret).toBe(created.client_secret); // the same attempt, the same secret

    const list = await sessions.list({ client_reference_id: 'user_1' });
    assertValid('list', list);
    expect(list.data.map((s) => s.id)).toEqual([created.id]);
    expect(list.data[0]).toMatchObject({ client_secret: null, url: null }); // never in a list

    const failed = await sim.fail(created.id, 'document_expired');
    assertValid('session', failed);
    const afterFail = await sessions.retrieve(created.id);
    assertValid('session', afterFail);
    expect(afterFail).toMatchObject({
      status: 'requires_input',
      last_error: { code: 'document_expired', reason: expect.any(String) },
    });
    expect(afterFail.client_secret).toMatch(/_secret_/);
    expect(afterFail.client_secret).not.toBe(created.client_secret); // a fresh secret for the retry

    await sim.submit(created.id);
    const processing = await sessions.retrieve(created.id);
    assertValid('session', processing);
    expect(processing).toMatchObject({
      status: 'processing',
      last_error: null,
      client_secret: null,
      url: null,
    });

    await sim.verify(created.id);
    const verified = await sessions.retrieve(created.id, {
      expand: ['verified_outputs', 'last_verification_report'],
    });
    assertValid('session', verified);
    expect(verified).toMatchObject({
      status: 'verified',
      client_secret: null,
      verified_outputs: { first_name: 'Jenny', last_name: 'Rosen' },
    });
    expect(verified.last_verification_report).toMatchObject({
      object: 'identity.verification_report',
      verification_session: created.id,
    });

    const redacted = await sessions.redact(created.id);
    assertValid('session', redacted);
    expect(redacted.redaction).toEqual({ status: 'processing' });
    await sim.settled(); // the redaction finished
    const after = await sessions.retrieve(created.id, { expand: ['verified_outputs'] });
    assertValid('session', after);
    expect(after).toMatchObject({
      status: 'verified',
      redaction: { status: 'redacted' },
      metadata: {},
      client_secret: null,
      url: null,
    });
    expect(after.verified_outputs).toMatchObject({
      first_name: '[redacted]',
      dob: { day: 1, month: 1, year: 1 },
      address: { country: 'US', line1: '[redacted]' },
    });
    expect(sim.events.map((e) => e.type)).toEqual([
      'identity.verification_session.created',
      'identity.verification_session.requires_input',
      'identity.verification_session.processing',
      'identity.verification_session.verified',
      'identity.verification_session.redacted',
    ]);
    for (const event of sim.events) assertValid('event', event);
  });

  it.each([
    ['type=selfie', { type: 'selfie' }, 'type'],
    [
      'options[document][allowed_types][0]=visa',
      { type: 'document', options: { document: { allowed_types: ['visa'] } } },
      'options[document][allowed_types][0]',
    ],
  ])(
    'should answer %s with 400 invalid_request_error naming the param',
    async (_, params, param) => {
      const { sim, sessions } = await startSimulator();
      const error = await rejection(
        sessions.create(params as Stripe.Identity.VerificationSessionCreateParams),
      );
      expect(error.statusCode).toBe(400);
      expect(error.rawType).toBe('invalid_request_error');
      expect(error.param).toBe(param);
      // The SDK adds the response's headers and status to `raw`; the rest is Stripe's error body.
      const { headers: _h, statusCode: _s, ...body } = error.raw as Record<string, unknown>;
      assertValid('error', { error: body });
      expect(sim.sessions.size).toBe(0);
    },
  );
});
