// @vitest-environment node
// The simulated modal of /testing drives a running Identity simulator: what the person picks
// becomes Stripe's verdict on the session the real SDK created.
import Stripe from 'stripe';
import { afterEach, describe, expect, it } from 'vitest';
import { type IdentitySimulator, startIdentitySimulator } from '../../src/simulator/index.js';
import { connectSimulator } from '../../src/testing/connectSimulator.js';
import {
  createSimulatedStripe,
  type SimulatedOutcomeInput,
} from '../../src/testing/createSimulatedStripe.js';

let sim: IdentitySimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function modalAgainstSimulator(outcome: SimulatedOutcomeInput) {
  sim = await startIdentitySimulator();
  const sessions = new Stripe('sk_test_modal', { ...sim.stripeOptions, maxNetworkRetries: 0 })
    .identity.verificationSessions;
  const created = await sessions.create({ type: 'document' });
  const simulated = createSimulatedStripe({
    ...connectSimulator({ url: sim.url, processingMs: 400 }),
    outcome,
  });
  const result = await simulated.verifyIdentity(created.client_secret!);
  return { sim, sessions, id: created.id, result };
}

/** Waits (bounded) until the verdict: the session leaves `processing`. */
async function settle(sessions: Stripe['identity']['verificationSessions'], id: string) {
  for (let i = 0; i < 100; i += 1) {
    if ((await sessions.retrieve(id)).status !== 'processing') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('no verdict');
}

describe('connectSimulator: the simulated modal drives the simulator', () => {
  it('"Submit and verify": processing, then verified, with its webhook events', async () => {
    const { sim, sessions, id, result } = await modalAgainstSimulator('verify');
    expect(result).toEqual({ verificationSession: { id } });
    expect((await sessions.retrieve(id)).status).toBe('processing');
    await settle(sessions, id);
    expect((await sessions.retrieve(id)).status).toBe('verified');
    expect(sim.events.map((e) => e.type)).toEqual([
      'identity.verification_session.created',
      'identity.verification_session.processing',
      'identity.verification_session.verified',
    ]);
  });

  it('"Submit and fail": back to requires_input with the chosen code', async () => {
    const { sessions, id } = await modalAgainstSimulator({
      action: 'fail',
      code: 'selfie_manipulated',
    });
    await settle(sessions, id);
    expect((await sessions.retrieve(id)).last_error?.code).toBe('selfie_manipulated');
  });

  it('"Decline consent": consent_declined without a submission', async () => {
    const { sim, sessions, id, result } = await modalAgainstSimulator('decline_consent');
    expect(result).toMatchObject({ error: { code: 'consent_declined' } });
    const session = await sessions.retrieve(id);
    expect(session).toMatchObject({
      status: 'requires_input',
      last_error: { code: 'consent_declined' },
    });
    expect(sim.events.map((e) => e.type)).not.toContain('identity.verification_session.processing');
  });

  it('should say which simulator did not take the verdict', async () => {
    sim = await startIdentitySimulator();
    const { onSubmit } = connectSimulator({ url: `${sim.url}/` });
    await expect(onSubmit('vs_missing', { status: 'verified' })).rejects.toThrow(
      `connectSimulator(): the simulator answered 404 to submit of vs_missing; check that it runs at ${sim.url}.`,
    );
  });
});
