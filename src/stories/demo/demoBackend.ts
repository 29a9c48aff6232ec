/**
 * The demo backend behind the "Flows/Live backend" stories: the real
 * `react-stripe-identity/server` handlers on the real `stripe` Node SDK, served over real HTTP
 * by the Storybook (and story-test) dev server. Only Stripe's servers are faked
 * (`examples/fake-stripe-api`, the one fake that Storybook, the examples and the tests share).
 * Node only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import Stripe from 'stripe';
import {
  type FakeVerdict,
  fakeStripeClientOptions,
  startFakeStripeApi,
} from '../../../examples/fake-stripe-api/index.mjs';
import { createIdentityHandlers } from '../../server/createIdentityHandlers.js';
import { toNodeHandler } from '../../server/toNodeHandler.js';
import { DEMO_API, DEMO_USER, DEMO_USER_HEADER } from './demoApi.js';

/** A running demo backend, as connect-style middleware. */
export interface DemoBackend {
  middleware(req: IncomingMessage, res: ServerResponse, next: () => void): void;
  close(): Promise<void>;
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    req.on('end', () => {
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

/** Starts the fake Stripe API and mounts the real handlers on `/demo-api/identity`. */
export async function startDemoBackend(): Promise<DemoBackend> {
  const api = await startFakeStripeApi();
  const stripe = new Stripe('sk_test_react_stripe_identity_demo', fakeStripeClientOptions(api));
  const identity = toNodeHandler(
    createIdentityHandlers({
      stripe,
      // Each story signs in as a user of its own: one story's verified session blocks no other.
      authenticate: (request) => request.headers.get(DEMO_USER_HEADER) ?? DEMO_USER,
    }),
  );

  return {
    middleware(req, res, next) {
      const path = (req.url ?? '').split('?')[0] ?? '';
      if (path.startsWith(`${DEMO_API}/identity/`)) {
        void identity(req, res);
        return;
      }
      // What Stripe does when the person submits in the (simulated) modal.
      if (path === `${DEMO_API}/simulate` && req.method === 'POST') {
        readJson(req).then(
          (body) => {
            const { id, verdict } = body as { id?: string; verdict?: FakeVerdict };
            const ok = typeof id === 'string' && verdict !== undefined && api.submit(id, verdict);
            res.writeHead(ok ? 204 : 409).end();
          },
          () => res.writeHead(400).end(),
        );
        return;
      }
      next();
    },
    close: () => api.close(),
  };
}
