// @vitest-environment node
// The simulator's webhooks reach a host endpoint served by the library's own `webhook` handler
// (react-stripe-identity/server) over real HTTP, which verifies every signature with the secret.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { afterEach, describe, expect, it } from 'vitest';
import { createIdentityHandlers, toNodeHandler } from '../../src/server/index.js';
import {
  type IdentitySimulator,
  type SimulatorWebhook,
  startIdentitySimulator,
} from '../../src/simulator/index.js';
import { assertValid } from './specValidator.js';

const SECRET = 'whsec_simulator_test_secret';
const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of cleanup.splice(0).reverse()) await close();
});

/** A host endpoint: the library's webhook handler; `status` answers before it (to refuse). */
async function hostEndpoint(refuseFirst = 0) {
  const received: Stripe.Event[] = [];
  const signatures: string[] = [];
  let refusals = refuseFirst;
  const webhook = toNodeHandler(
    createIdentityHandlers({
      stripe: new Stripe('sk_test_host'),
      authenticate: () => null,
      webhookSecret: SECRET,
      onEvent: (event) => {
        received.push(event);
      },
    }).webhook,
  );
  const server = http.createServer((req, res) => {
    signatures.push(String(req.headers['stripe-signature']));
    if (refusals > 0) {
      refusals -= 1;
      res.writeHead(500).end();
      return;
    }
    void webhook(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/identity/webhook`;
  return { url, received, signatures };
}

async function start(webhook: Omit<SimulatorWebhook, 'secret'>, options = {}) {
  const sim = await startIdentitySimulator({
    webhooks: [{ secret: SECRET, ...webhook }],
    webhookRetry: { initialDelayMs: 20 },
    shuffleWindowMs: 50,
    ...options,
  });
  cleanup.push(() => sim.close());
  const stripe = new Stripe('sk_test_123', { ...sim.stripeOptions, maxNetworkRetries: 0 });
  return { sim, sessions: stripe.identity.verificationSessions };
}

/** Drives one session through every transition: 6 events. */
async function everyTransition(
  sim: IdentitySimulator,
  sessions: Stripe['identity']['verificationSessions'],
) {
  const a = await sessions.create({ type: 'document' });
  await sim.fail(a.id, 'selfie_face_mismatch'); // requires_input
  await sim.verify(a.id); // processing, verified
  await sessions.redact(a.id); // redacted
  const b = await sessions.create({ type: 'id_number' });
  await sessions.cancel(b.id);
  await sim.settled();
}

describe('signed webhooks to the host', () => {
  it('should deliver every event once, in order, each signature verified by the webhook handler', async () => {
    const host = await hostEndpoint();
    const { sim, sessions } = await start({ url: host.url });
    await everyTransition(sim, sessions);
    expect(host.received.map((e) => e.type)).toEqual(sim.events.map((e) => e.type));
    expect(host.received.map((e) => e.id)).toEqual(sim.events.map((e) => e.id));
    expect(new Set(sim.events.map((e) => e.type))).toEqual(
      new Set([
        'identity.verification_session.created',
        'identity.verification_session.requires_input',
        'identity.verification_session.processing',
        'identity.verification_session.verified',
        'identity.verification_session.redacted',
        'identity.verification_session.canceled',
      ]),
    );
    for (const event of host.received) assertValid('event', event);
    expect(sim.deliveries.every((d) => d.status === 200)).toBe(true);
    // Signed as Stripe signs: a timestamp and an HMAC-SHA256 the SDK accepts with the secret.
    expect(host.signatures.every((s) => /^t=\d+,v1=[0-9a-f]{64}$/.test(s))).toBe(true);
  });

  it('should deliver each event twice and out of order on request, every copy verified', async () => {
    const host = await hostEndpoint();
    const { sim, sessions } = await start({
      url: host.url,
      deliver: { duplicate: true, shuffle: true },
    });
    const session = await sessions.create({ type: 'document' });
    await sim.settled();
    await sim.verify(session.id); // processing and verified, raised together
    await sim.settled();
    const ids = sim.events.map((e) => e.id);
    const got = host.received.map((e) => e.id);
    expect(got).toHaveLength(ids.length * 2);
    expect([...got].sort()).toEqual([...ids, ...ids].sort());
    const batch = got.slice(2); // the four copies of processing and verified
    const inOrder = [ids[1], ids[1], ids[2], ids[2]];
    expect(batch).not.toEqual(inOrder);
  });

  it('should retry with backoff while the endpoint answers 500, until it takes the event', async () => {
    const host = await hostEndpoint(2);
    const { sim, sessions } = await start({ url: host.url });
    const session = await sessions.create({ type: 'document' });
    await sim.settled();
    expect(sim.deliveries.map((d) => [d.attempt, d.status])).toEqual([
      [1, 500],
      [2, 500],
      [3, 200],
    ]);
    expect(host.received.map((e) => (e.data.object as { id: string }).id)).toEqual([session.id]);
  });

  it('should sign with the endpoint’s secret: another secret fails the handler’s check', async () => {
    const host = await hostEndpoint();
    const { sim, sessions } = await start(
      { url: host.url },
      { webhooks: [{ url: host.url, secret: 'whsec_another' }], webhookRetry: { attempts: 1 } },
    );
    await sessions.create({ type: 'document' });
    await sim.settled();
    expect(sim.deliveries.map((d) => d.status)).toEqual([400]);
    expect(host.received).toEqual([]);
  });

  it('should leave identity.verification_session.redacted out for an endpoint subscribed to "*", as Stripe does', async () => {
    const host = await hostEndpoint();
    const { sim, sessions } = await start({ url: host.url, enabledEvents: ['*'] });
    await everyTransition(sim, sessions);
    expect(host.received.map((e) => e.type)).not.toContain(
      'identity.verification_session.redacted',
    );
    expect(host.received).toHaveLength(sim.events.length - 1);
  });
});
