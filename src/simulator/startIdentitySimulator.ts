import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpListener } from './createHttpListener.js';
import { createFaults } from './faults.js';
import { createIdempotency } from './idempotency.js';
import { presentSession } from './presentSession.js';
import { createSessionStore } from './sessionStore.js';
import { simulatorActions } from './simulatorActions.js';
import type { IdentitySimulator, IdentitySimulatorOptions, SimulatorRequest } from './types.js';
import { createEventHub } from './webhooks/createEventHub.js';

/**
 * Starts a local stand-in for Stripe's Identity API on 127.0.0.1: the VerificationSession
 * endpoints as Stripe answers them (parameters checked against Stripe's spec, Stripe's error
 * objects, idempotency), test helpers that drive a session to a verdict, signed webhooks for
 * every transition, and faults on request. The official `stripe` SDK talks to it with
 * `sim.stripeOptions`. Test mode only: it takes `sk_test_…` keys and never reaches Stripe.
 *
 * @example
 * const sim = await startIdentitySimulator({
 *   webhooks: [{ url: 'http://127.0.0.1:3000/api/identity/webhook', secret: 'whsec_test_123' }],
 * });
 * const stripe = new Stripe('sk_test_123', sim.stripeOptions);
 * const session = await stripe.identity.verificationSessions.create({ type: 'document' });
 * await sim.verify(session.id); // → verified, and the webhook gets …processing and …verified
 * await sim.close();
 */
export async function startIdentitySimulator(
  options: IdentitySimulatorOptions = {},
): Promise<IdentitySimulator> {
  const hub = createEventHub(options);
  const store = createSessionStore({
    emit: (type, record, cause) => hub.raise(type, presentSession(record), cause),
    redactionMs: options.redactionMs ?? 0,
    autoVerdict: options.autoVerdict,
    track: hub.track,
  });
  const faults = createFaults();
  const context = {
    store,
    faults,
    idempotency: createIdempotency(),
    latencyMs: options.latencyMs ?? 0,
  };
  const requests: SimulatorRequest[] = [];
  let handle: IdentitySimulator | undefined;
  const server = http.createServer(
    createHttpListener({ context, requests, control: () => handle as IdentitySimulator }),
  );
  // Keep-alive sockets would hold close() open for their idle timeout.
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  handle = {
    url: `http://127.0.0.1:${port}`,
    port,
    stripeOptions: { host: '127.0.0.1', port, protocol: 'http' },
    ...simulatorActions(store),
    fault: (list) => faults.add(list),
    clearFaults: () => faults.clear(),
    get sessions() {
      return new Map([...store.records].map(([id, r]) => [id, r.session]));
    },
    requests,
    events: hub.events,
    deliveries: hub.deliveries,
    settled: () => hub.settled(),
    close: async () => {
      store.stop();
      hub.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return handle;
}
