#!/usr/bin/env node
// The example's backend: the identity handlers from `react-stripe-identity/server` on the real
// `stripe` SDK, adapted to node:http with `toNodeHandler`, plus the built SPA from `dist/`.
//
//   demo mode (default, no keys): the SDK talks to the Identity simulator (STRIPE_SIMULATOR_URL,
//     default http://127.0.0.1:12111 — `npx react-stripe-identity-simulator`), the page
//     simulates Stripe's modal, and the simulator's signed webhooks come to /api/identity/webhook
//     (STRIPE_IDENTITY_WEBHOOK_SECRET, the secret the simulator was started with).
//   test mode: STRIPE_SECRET_KEY=sk_test_… STRIPE_PUBLISHABLE_KEY=pk_test_… (and
//     STRIPE_IDENTITY_WEBHOOK_SECRET=whsec_… for POST /api/identity/webhook).
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { createIdentityHandlers, toNodeHandler } from 'react-stripe-identity/server';
import Stripe from 'stripe';

const port = Number(process.env.PORT ?? 5174);
const secretKey = process.env.STRIPE_SECRET_KEY;
const publishableKey = process.env.STRIPE_PUBLISHABLE_KEY;
if (Boolean(secretKey) !== Boolean(publishableKey)) {
  throw new Error(
    'Set both STRIPE_SECRET_KEY and STRIPE_PUBLISHABLE_KEY (Stripe test mode), or neither (demo mode).',
  );
}
const demo = !secretKey;
const simulator = new URL(process.env.STRIPE_SIMULATOR_URL ?? 'http://127.0.0.1:12111');
/** How long a demo submission stays `processing` before the verdict the person chose. */
const processingMs = Number(process.env.DEMO_PROCESSING_MS ?? 1500);
const stripe = demo
  ? new Stripe('sk_test_demo', {
      host: simulator.hostname,
      port: Number(simulator.port),
      protocol: 'http',
      maxNetworkRetries: 0,
      telemetry: false,
    })
  : new Stripe(secretKey);

const USER_COOKIE = 'demo_user';
/** The demo's sign-in: a random user id in a cookie. Use your own session lookup here. */
function userOf(headers) {
  const cookie = headers.get?.('cookie') ?? headers.cookie ?? '';
  const match = /(?:^|;\s*)demo_user=([\w-]+)/.exec(cookie);
  return match ? match[1] : null;
}

const identity = toNodeHandler(
  createIdentityHandlers({
    stripe,
    authenticate: (request) => userOf(request.headers),
    sessionParams: ({ mode, request }) => ({
      type: 'document',
      // Stripe's hosted page sends the user back here (redirect mode).
      ...(mode === 'redirect' ? { return_url: new URL('/return', request.url).href } : {}),
    }),
    webhookSecret: process.env.STRIPE_IDENTITY_WEBHOOK_SECRET,
    onEvent: (event) => {
      console.log(`webhook ${event.type} ${event.data.object.id}`);
    },
    onError: (error, { handler }) => {
      console.error(`identity ${handler} failed:`, error);
    },
  }),
);

/** The user's latest session, so a reload shows where the verification stands. */
async function currentSessionId(user) {
  const list = await stripe.identity.verificationSessions.list({
    client_reference_id: user,
    limit: 1,
  });
  return list.data[0]?.id ?? null;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let text = '';
    req.on('data', (chunk) => {
      text += chunk;
    });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

function sendJson(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * Demo mode only: the simulated modal reports what the person chose, and this hands it to the
 * Identity simulator's test helper (`submit` with the verdict, reached after `processingMs`).
 * Only the signed-in owner of the session may submit it.
 */
async function demoSubmit(req, res, user) {
  let body;
  try {
    body = JSON.parse(await readBody(req));
  } catch {
    return sendJson(res, 400, { error: { message: 'Expected JSON {"id", "verdict"}.' } });
  }
  const id = typeof body?.id === 'string' ? body.id : '';
  const session = /^vs_\w+$/.test(id)
    ? await stripe.identity.verificationSessions.retrieve(id).catch(() => null)
    : null;
  if (!session || session.client_reference_id !== user) {
    return sendJson(res, 404, { error: { message: 'No such verification session.' } });
  }
  const verdict = body.verdict;
  const form = new URLSearchParams({
    // `processingMs` (optional) lets the e2e tests hold a session in `processing`.
    after_ms: String(typeof body.processingMs === 'number' ? body.processingMs : processingMs),
    verdict: verdict?.status === 'verified' ? 'verified' : String(verdict?.last_error?.code),
    ...(verdict?.last_error?.reason ? { reason: verdict.last_error.reason } : {}),
  });
  const submitted = await fetch(
    new URL(`/v1/test_helpers/identity/verification_sessions/${id}/submit`, simulator),
    { method: 'POST', body: form },
  );
  res.writeHead(submitted.ok ? 204 : 409, { 'Cache-Control': 'no-store' }).end();
}

const dist = path.join(import.meta.dirname, process.env.DIST_DIR ?? 'dist');
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const config = publishableKey
  ? `<meta name="stripe-publishable-key" content="${publishableKey.replace(/[^\w]/g, '')}" />`
  : '';
const indexHtml = readFile(path.join(dist, 'index.html'), 'utf8').then((html) =>
  html.replace('<!--app-config-->', config),
);

async function serveStatic(req, res) {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname.startsWith('/assets/')) {
    const file = path.join(dist, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
    if (file.startsWith(path.join(dist, 'assets'))) {
      try {
        const bytes = await readFile(file);
        const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
        res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'max-age=31536000' });
        return res.end(bytes);
      } catch {
        // fall through to 404
      }
    }
    return res.writeHead(404).end();
  }
  // Every other path is the SPA (`/`, `/return`, `/demo/hosted`). Sign the visitor in as a
  // demo user of their own on the first visit.
  const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' };
  if (!userOf(req.headers)) {
    headers['Set-Cookie'] =
      `${USER_COOKIE}=user_${randomBytes(8).toString('hex')}; Path=/; HttpOnly; SameSite=Lax`;
  }
  res.writeHead(200, headers);
  res.end(await indexHtml);
}

const server = http.createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const user = userOf(req.headers);
  const handle = async () => {
    if (pathname.startsWith('/api/identity/')) return identity(req, res);
    if (pathname === '/api/me' && req.method === 'GET') {
      if (!user) return sendJson(res, 401, { error: { message: 'Sign in first.' } });
      return sendJson(res, 200, { sessionId: await currentSessionId(user) });
    }
    if (pathname === '/api/demo/submit' && req.method === 'POST' && demo && user) {
      return demoSubmit(req, res, user);
    }
    if (pathname.startsWith('/api/'))
      return sendJson(res, 404, { error: { message: 'Not found.' } });
    return serveStatic(req, res);
  };
  handle().catch((error) => {
    console.error(error);
    if (!res.headersSent) sendJson(res, 500, { error: { message: 'Internal error.' } });
  });
});

server.listen(port, '127.0.0.1', () => {
  console.log(
    `vite-node example on http://127.0.0.1:${port} (${demo ? `demo mode, Identity simulator at ${simulator.origin}` : 'Stripe test mode'})`,
  );
});
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
