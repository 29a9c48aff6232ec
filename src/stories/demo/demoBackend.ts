/**
 * The demo backend behind the "Flows/Live backend" stories: the real
 * `react-stripe-identity/server` handlers on the real `stripe` Node SDK, served over real HTTP
 * by the Storybook (and story-test) dev server. Only Stripe's servers are simulated, by the
 * Identity simulator (`react-stripe-identity/simulator`, the one stand-in for Stripe that
 * Storybook, the examples and the tests share). Node only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import Stripe from 'stripe';
import { createIdentityHandlers } from '../../server/createIdentityHandlers.js';
import { toNodeHandler } from '../../server/toNodeHandler.js';
import { startIdentitySimulator } from '../../simulator/startIdentitySimulator.js';
import { DEMO_API, DEMO_SIMULATOR, DEMO_USER, DEMO_USER_HEADER } from './demoApi.js';

/** A running demo backend, as connect-style middleware. */
export interface DemoBackend {
  middleware(req: IncomingMessage, res: ServerResponse, next: () => void): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

/** Starts the simulator and mounts the real handlers on `/demo-api/identity`. */
export async function startDemoBackend(): Promise<DemoBackend> {
  const simulator = await startIdentitySimulator();
  const stripe = new Stripe('sk_test_react_stripe_identity_demo', {
    ...simulator.stripeOptions,
    maxNetworkRetries: 0,
    telemetry: false,
  });
  const identity = toNodeHandler(
    createIdentityHandlers({
      stripe,
      // Each story signs in as a user of its own: one story's verified session blocks no other.
      authenticate: (request) => request.headers.get(DEMO_USER_HEADER) ?? DEMO_USER,
    }),
  );

  /** The simulated modal's verdicts (connectSimulator) go on to the simulator's test helpers. */
  async function forward(req: IncomingMessage, res: ServerResponse, path: string) {
    const answer = await fetch(`${simulator.url}${path.slice(DEMO_SIMULATOR.length)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: await readBody(req),
    });
    res.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(await answer.text());
  }

  return {
    middleware(req, res, next) {
      const path = (req.url ?? '').split('?')[0] ?? '';
      if (path.startsWith(`${DEMO_API}/identity/`)) {
        void identity(req, res);
        return;
      }
      if (path.startsWith(`${DEMO_SIMULATOR}/v1/test_helpers/`) && req.method === 'POST') {
        forward(req, res, path).catch(() => res.writeHead(502).end());
        return;
      }
      next();
    },
    close: () => simulator.close(),
  };
}
