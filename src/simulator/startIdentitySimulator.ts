import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTROL_PREFIX, controlRoute } from './controlRoutes.js';
import { createFaults } from './faults.js';
import { handleApiRequest } from './handleApiRequest.js';
import { createIdempotency } from './idempotency.js';
import { presentSession } from './presentSession.js';
import { isTestHelper } from './routeOf.js';
import { createSessionStore } from './sessionStore.js';
import { simulatorActions } from './simulatorActions.js';
import type { ApiAnswer } from './stripeErrors.js';
import type { IdentitySimulator, IdentitySimulatorOptions, SimulatorRequest } from './types.js';
import { createEventHub } from './webhooks/createEventHub.js';

/** Lets a browser page call the test helpers (the simulated modal of `/testing` does). */
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Stripe-Version',
};
const MAX_BODY_BYTES = 1024 * 1024;

function send(res: http.ServerResponse, answer: ApiAnswer, extra: Record<string, string> = {}) {
  res.writeHead(answer.status, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-cache, no-store',
    ...extra,
    ...answer.headers,
  });
  res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body, null, 2));
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

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

  async function api(req: http.IncomingMessage, res: http.ServerResponse, url: URL, body: string) {
    const header = (name: string) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const record: SimulatorRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search.slice(1),
      body,
      route: null,
      headers: {
        'content-type': header('content-type') ?? null,
        'idempotency-key': header('idempotency-key') ?? null,
        'stripe-version': header('stripe-version') ?? null,
      },
      status: 0,
    };
    requests.push(record);
    const outcome = await handleApiRequest(context, { ...record, header });
    record.route = outcome.route;
    if ('disconnect' in outcome) {
      req.socket.destroy();
      return;
    }
    record.status = outcome.answer.status;
    const version = header('stripe-version');
    send(res, outcome.answer, {
      ...(version ? { 'Stripe-Version': version } : {}),
      ...(record.headers['idempotency-key']
        ? { 'Idempotency-Key': record.headers['idempotency-key'] }
        : {}),
      ...(isTestHelper(url.pathname) ? CORS : {}),
    });
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'OPTIONS' && isTestHelper(url.pathname)) {
      res.writeHead(204, CORS).end();
      return;
    }
    readBody(req)
      .then((body) => {
        if (body === null)
          return send(res, {
            status: 413,
            body: { error: { type: 'invalid_request_error', message: 'Request body too large.' } },
          });
        if (url.pathname.startsWith(CONTROL_PREFIX)) {
          return send(
            res,
            controlRoute(handle as IdentitySimulator, req.method ?? 'GET', url.pathname, body),
          );
        }
        return api(req, res, url, body);
      })
      .catch(() => {
        if (!res.headersSent)
          send(res, {
            status: 500,
            body: { error: { type: 'api_error', message: 'An unknown error occurred' } },
          });
      });
  });
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
