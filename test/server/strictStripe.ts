// The real `stripe` SDK talking over HTTP to the Identity simulator (react-stripe-identity/
// simulator, Stripe's API as its spec says), with the real handlers in front: what the contract,
// hostile-request and adapter tests run on.
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { afterEach, expect, type Mock, vi } from 'vitest';
import {
  createIdentityHandlers,
  type IdentityHandlers,
  type IdentityHandlersOptions,
  toNodeHandler,
} from '../../src/server/index.js';
import {
  type IdentitySimulator,
  type IdentitySimulatorOptions,
  type SimulatorRoute,
  startIdentitySimulator,
} from '../../src/simulator/index.js';

export const API_KEY = 'sk_test_strict_fake_key_123';
export const WEBHOOK_SECRET = 'whsec_strict_fake_secret_456';
export const BASE = 'https://app.example.com/api/identity';

/** A webhook delivery body: `identity.verification_session.verified` for `vs_1`. */
export const WEBHOOK_PAYLOAD = JSON.stringify({
  id: 'evt_1',
  object: 'event',
  type: 'identity.verification_session.verified',
  data: { object: { id: 'vs_1', object: 'identity.verification_session' } },
});

const signer = new Stripe('sk_test_for_signing_only');

/** A `Stripe-Signature` header for `body`, signed as Stripe does (secret and time overridable). */
export const signWebhook = (body: string, extra: { secret?: string; timestamp?: number } = {}) =>
  signer.webhooks.generateTestHeaderStringAsync({
    payload: body,
    secret: WEBHOOK_SECRET,
    ...extra,
  });

/** `Authorization: Bearer <user>` stands in for the host's auth. */
export const bearerAuth = (request: Request) =>
  request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? null;

export interface StrictSetup {
  api: IdentitySimulator;
  stripe: Stripe;
  handlers: IdentityHandlers;
  onError: Mock<NonNullable<IdentityHandlersOptions['onError']>>;
  /** The Stripe requests of one route so far. */
  stripeCalls(route?: SimulatorRoute): IdentitySimulator['requests'];
  /** Forgets the Stripe requests so far (after a test's setup). */
  resetCalls(): void;
  close(): Promise<void>;
}

export async function startStrict(
  options: Partial<IdentityHandlersOptions> = {},
  apiOptions: IdentitySimulatorOptions = {},
  sdkOptions: Stripe.StripeConfig = {},
): Promise<StrictSetup> {
  const api = await startIdentitySimulator(apiOptions);
  const stripe = new Stripe(API_KEY, {
    ...api.stripeOptions,
    maxNetworkRetries: 0,
    telemetry: false,
    ...sdkOptions,
  });
  const onError = vi.fn<NonNullable<IdentityHandlersOptions['onError']>>();
  const handlers = createIdentityHandlers({
    stripe,
    authenticate: bearerAuth,
    webhookSecret: WEBHOOK_SECRET,
    onError,
    ...options,
  });
  const stripeCalls = (route?: SimulatorRoute) =>
    api.requests.filter((r) => route === undefined || r.route === route);
  const resetCalls = () => {
    (api.requests as unknown[]).length = 0;
  };
  return { api, stripe, handlers, onError, stripeCalls, resetCalls, close: () => api.close() };
}

/**
 * `startStrict` for the tests of one file: each test's simulator is closed after it.
 * Call once at the top of the file: `const start = strictPerTest();`.
 */
export function strictPerTest() {
  let current: StrictSetup | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (...args: Parameters<typeof startStrict>) => {
    current = await startStrict(...args);
    return current;
  };
}

/**
 * Another instance of the host's backend (a cold start, another region): its own handlers and
 * its own SDK client, nothing shared with the others but Stripe.
 */
export function coldInstance(
  api: Pick<IdentitySimulator, 'stripeOptions'>,
  options: Partial<IdentityHandlersOptions> = {},
): IdentityHandlers {
  return createIdentityHandlers({
    stripe: new Stripe(API_KEY, { ...api.stripeOptions, maxNetworkRetries: 0, telemetry: false }),
    authenticate: bearerAuth,
    ...options,
  });
}

/** Serves a Node listener on 127.0.0.1 for one test. */
export async function serve(listener: http.RequestListener) {
  const server = http.createServer(listener);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    server,
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves the handlers over real HTTP through toNodeHandler. */
export function serveHandlers(handlers: IdentityHandlers) {
  return serve(toNodeHandler(handlers));
}

export function createRequest(
  body: unknown = {},
  {
    user = 'user_1',
    mode,
    contentType = 'application/json',
  }: { user?: string | null; mode?: string; contentType?: string | null } = {},
): Request {
  const headers = new Headers();
  if (contentType) headers.set('Content-Type', contentType);
  if (user) headers.set('Authorization', `Bearer ${user}`);
  if (mode) headers.set('X-Identity-Mode', mode);
  return new Request(`${BASE}/verification-sessions`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function readRequest(id: string, user: string | null = 'user_1'): Request {
  return new Request(`${BASE}/verification-sessions/${id}`, {
    headers: user ? { Authorization: `Bearer ${user}` } : {},
  });
}

/**
 * What every refusal must look like: the status, JSON `{error: {message, code}}` with that code,
 * `Cache-Control: no-store`, and nothing a hostile caller could use (no stack, no key, no secret).
 */
export async function expectRefusal(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('Cache-Control')).toBe('no-store');
  expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
  const text = await response.text();
  expect(text).not.toMatch(/\n\s+at |sk_test|sk_live|whsec_|_secret_|Error:/);
  const body = JSON.parse(text);
  expect(body).toEqual({ error: { message: expect.any(String), code } });
  return body.error.message as string;
}

/** Console spies; `expectSilent()` fails if anything was logged. */
export function watchConsole() {
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation(() => {}),
  );
  return {
    expectSilent() {
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    },
  };
}
