// One host backend, written once for every runtime: a Fetch-API `fetch(request, env)` as
// Cloudflare Workers, Bun.serve and (through toNodeHandler) node:http and Express call it. It uses
// only what a worker has: the `stripe` SDK's fetch client, Web Crypto for webhook signatures, no
// Node built-in. Each createIdentityWorker() is one instance: nothing is shared between two.
import Stripe from 'stripe';
import { createIdentityHandlers, type IdentityHandlers } from '../../../src/server/index.js';

/** The worker's bindings (Cloudflare `env`, or process.env elsewhere). */
export interface IdentityWorkerEnv {
  /** The Identity simulator's port on 127.0.0.1. */
  STRIPE_PORT: string;
  STRIPE_SECRET_KEY: string;
  STRIPE_WEBHOOK_SECRET: string;
  /** `maxAttempts`, as a decimal string. */
  MAX_ATTEMPTS: string;
}

/** What onEvent saw, per delivery: the event, and the session as Stripe had it then. */
export interface SeenEvent {
  id: string;
  type: string;
  status: string | undefined;
}

/** The route that reports what onEvent saw (the test reads it; a host would not have it). */
export const EVENTS_PATH = '/__test/events';

function handlersFor(env: IdentityWorkerEnv, seen: SeenEvent[]): IdentityHandlers {
  const stripe = new Stripe(env.STRIPE_SECRET_KEY, {
    httpClient: Stripe.createFetchHttpClient(),
    host: '127.0.0.1',
    port: Number(env.STRIPE_PORT),
    protocol: 'http',
    maxNetworkRetries: 0,
    telemetry: false,
  });
  return createIdentityHandlers({
    stripe,
    authenticate: (request) =>
      request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? null,
    maxAttempts: Number(env.MAX_ATTEMPTS),
    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
    webhookCryptoProvider: Stripe.createSubtleCryptoProvider(),
    retrieveEventSession: true,
    onEvent: (event, { session }) => {
      seen.push({ id: event.id, type: event.type, status: session?.status });
    },
  });
}

/** One instance of the backend. */
export function createIdentityWorker() {
  const seen: SeenEvent[] = [];
  let handlers: IdentityHandlers | undefined;
  return {
    async fetch(request: Request, env: IdentityWorkerEnv): Promise<Response> {
      if (new URL(request.url).pathname === EVENTS_PATH) return Response.json(seen);
      handlers ??= handlersFor(env, seen);
      return handlers(request);
    },
  };
}
