// @vitest-environment node
// The simulator stands in for Stripe: the ids and secrets it mints are what the library's
// contract accepts and reads, so a session made there passes the server's id check and the
// simulated modal finds its id in the secret.
import Stripe from 'stripe';
import { afterEach, expect, it } from 'vitest';
import { isSessionId, sessionIdFromClientSecret } from '../../src/core/contract.js';
import { type IdentitySimulator, startIdentitySimulator } from '../../src/simulator/index.js';

let sim: IdentitySimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

it('should mint session ids and client secrets of the shape the contract accepts', async () => {
  sim = await startIdentitySimulator();
  const stripe = new Stripe('sk_test_contract', { ...sim.stripeOptions, maxNetworkRetries: 0 });
  for (let i = 0; i < 5; i += 1) {
    const session = await stripe.identity.verificationSessions.create({ type: 'document' });
    expect(isSessionId(session.id)).toBe(true);
    expect(sessionIdFromClientSecret(session.client_secret ?? '')).toBe(session.id);
  }
});
