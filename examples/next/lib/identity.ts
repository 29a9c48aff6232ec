// Server only: the Stripe SDK, the identity handlers and the demo sign-in.
//
//   demo mode (default, no keys): the SDK talks to the Identity simulator (STRIPE_SIMULATOR_URL,
//     default http://127.0.0.1:12111 — `npx react-stripe-identity-simulator`), the page
//     simulates Stripe's modal, and the simulator's signed webhooks come to /api/identity/webhook
//     (STRIPE_IDENTITY_WEBHOOK_SECRET, the secret the simulator was started with).
//   test mode: STRIPE_SECRET_KEY=sk_test_… STRIPE_PUBLISHABLE_KEY=pk_test_… (and
//     STRIPE_IDENTITY_WEBHOOK_SECRET=whsec_… for POST /api/identity/webhook).
import { createIdentityHandlers, type IdentityHandlers } from 'react-stripe-identity/server';
import Stripe from 'stripe';

export const USER_COOKIE = 'demo_user';

export function config() {
  const secretKey = process.env.STRIPE_SECRET_KEY;
  const publishableKey = process.env.STRIPE_PUBLISHABLE_KEY ?? null;
  if (Boolean(secretKey) !== Boolean(publishableKey)) {
    throw new Error(
      'Set both STRIPE_SECRET_KEY and STRIPE_PUBLISHABLE_KEY (Stripe test mode), or neither (demo mode).',
    );
  }
  return {
    secretKey,
    publishableKey,
    demo: !secretKey,
    simulator: new URL(process.env.STRIPE_SIMULATOR_URL ?? 'http://127.0.0.1:12111'),
    /** How long a demo submission stays `processing` before the verdict the person chose. */
    processingMs: Number(process.env.DEMO_PROCESSING_MS ?? 1500),
  };
}

let stripeClient: Stripe | undefined;
export function stripe(): Stripe {
  if (stripeClient) return stripeClient;
  const { secretKey, simulator } = config();
  stripeClient = secretKey
    ? new Stripe(secretKey)
    : new Stripe('sk_test_demo', {
        host: simulator.hostname,
        port: Number(simulator.port),
        protocol: 'http',
        maxNetworkRetries: 0,
        telemetry: false,
      });
  return stripeClient;
}

/** The demo's sign-in: a random user id in a cookie. Use your own session lookup here. */
export function userFromCookies(cookieHeader: string | null): string | null {
  const match = /(?:^|;\s*)demo_user=([\w-]+)/.exec(cookieHeader ?? '');
  return match?.[1] ?? null;
}

let identityHandlers: IdentityHandlers | undefined;
export function handlers(): IdentityHandlers {
  identityHandlers ??= createIdentityHandlers({
    stripe: stripe(),
    authenticate: (request) => userFromCookies(request.headers.get('cookie')),
    sessionParams: { type: 'document' },
    webhookSecret: process.env.STRIPE_IDENTITY_WEBHOOK_SECRET,
    onEvent: (event) => {
      console.log(`webhook ${event.type} ${event.data.object.id}`);
    },
    onError: (error, { handler }) => {
      console.error(`identity ${handler} failed:`, error);
    },
  });
  return identityHandlers;
}

/**
 * The page's request as the identity handlers' loader helpers take it
 * (`handlers().currentSession(request)`, `handlers().backendFor(request)`): a Server Component
 * has no Request, only the incoming headers (cookies included). No absolute URL is needed: the
 * helpers call the handlers in-process.
 */
export function pageRequest(incoming: Headers): Request {
  return new Request('http://localhost/', { headers: incoming });
}

/**
 * Demo mode only: the simulated modal reports what the person chose, and this hands it to the
 * Identity simulator's test helper (`submit` with the verdict, reached after `processingMs`).
 * Only the signed-in owner of the session may submit it.
 */
export async function demoSubmit(request: Request): Promise<Response> {
  const { demo, simulator, processingMs } = config();
  const user = userFromCookies(request.headers.get('cookie'));
  if (!demo || !user) return Response.json({ error: { message: 'Not found.' } }, { status: 404 });
  const body = (await request.json().catch(() => null)) as {
    id?: unknown;
    verdict?: { status?: string; last_error?: { code?: string | null; reason?: string | null } };
    processingMs?: unknown;
  } | null;
  const id = typeof body?.id === 'string' && /^vs_\w+$/.test(body.id) ? body.id : null;
  const session = id
    ? await stripe()
        .identity.verificationSessions.retrieve(id)
        .catch(() => null)
    : null;
  if (!session || session.client_reference_id !== user) {
    return Response.json({ error: { message: 'No such verification session.' } }, { status: 404 });
  }
  const verdict = body?.verdict;
  const form = new URLSearchParams({
    // `processingMs` (optional) lets the e2e tests hold a session in `processing`.
    after_ms: String(typeof body?.processingMs === 'number' ? body.processingMs : processingMs),
    verdict: verdict?.status === 'verified' ? 'verified' : String(verdict?.last_error?.code),
    ...(verdict?.last_error?.reason ? { reason: verdict.last_error.reason } : {}),
  });
  const submitted = await fetch(
    new URL(`/v1/test_helpers/identity/verification_sessions/${id}/submit`, simulator),
    { method: 'POST', body: form },
  );
  return new Response(null, {
    status: submitted.ok ? 204 : 409,
    headers: { 'Cache-Control': 'no-store' },
  });
}
