// @vitest-environment node
// The simulator's example on the Storybook "Simulator" page and in the README, run as written
// (its webhook endpoint is a local server here instead of a host app on port 3000).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { expect, it } from 'vitest';
import { startIdentitySimulator } from '../../src/simulator/index.js';

it('should run the docs example: create, fail, verify, with each transition signed to the endpoint', async () => {
  const verifier = new Stripe('sk_test_verifier');
  const types: string[] = [];
  const endpoint = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const event = verifier.webhooks.constructEvent(
        body,
        String(req.headers['stripe-signature']),
        'whsec_test_123',
      );
      types.push(event.type);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/api/identity/webhook`;

  const sim = await startIdentitySimulator({
    port: 0, // any free port, on 127.0.0.1
    webhooks: [{ url, secret: 'whsec_test_123' }],
  });
  const stripe = new Stripe('sk_test_123', { ...sim.stripeOptions }); // { host, port, protocol: 'http' }
  const session = await stripe.identity.verificationSessions.create({ type: 'document' });
  await sim.fail(session.id, 'document_expired'); // → requires_input, last_error, a fresh secret
  await sim.verify(session.id); // → processing, then verified (two signed webhooks)
  await sim.settled();
  await sim.close();
  endpoint.close();

  expect(types).toEqual([
    'identity.verification_session.created',
    'identity.verification_session.requires_input',
    'identity.verification_session.processing',
    'identity.verification_session.verified',
  ]);
});
