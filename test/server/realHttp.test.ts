import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpBackend } from '../../src/core/createHttpBackend.js';
import type { IdentityError } from '../../src/core/IdentityError.js';
import {
  createIdentityHandlers,
  type IdentityWebhookEvent,
  toNodeHandler,
} from '../../src/server/index.js';
import { createFakeStripe, makeSdkSession, WEBHOOK_SECRET } from './fakeStripe.js';

/**
 * The browser client and the server handlers, talking over real HTTP on 127.0.0.1: proves they
 * agree on paths, headers, the mode header, bodies and error shapes.
 */
const fake = createFakeStripe([
  makeSdkSession({ id: 'vs_theirs', client_reference_id: 'user_2', metadata: {} }),
]);
const events: IdentityWebhookEvent[] = [];
const handlers = createIdentityHandlers({
  stripe: fake.stripe,
  authenticate: (request) => request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? null,
  webhookSecret: WEBHOOK_SECRET,
  onEvent: (event) => {
    events.push(event);
  },
});
const server = http.createServer(toNodeHandler(handlers.handle));
let origin = '';

beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.close();
  await once(server, 'close');
});

function backendFor(user: string | null) {
  return createHttpBackend({
    baseUrl: `${origin}/api/identity/`,
    headers: user ? { Authorization: `Bearer ${user}` } : {},
    timeoutMs: 5000,
  });
}

async function failure(promise: Promise<unknown>): Promise<IdentityError> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: IdentityError) => error,
  );
}

describe('createHttpBackend ⇄ createIdentityHandlers over real HTTP', () => {
  it('should create a session, reuse it, then read it back without secrets', async () => {
    const backend = backendFor('user_1');
    const created = await backend.createSession({ plan: 'pro' });
    expect(created.id).toMatch(/^vs_new\d+$/);
    expect(created.client_secret).toMatch(/_secret_/);

    const again = await backend.createSession(undefined);
    expect(again.id).toBe(created.id);
    expect(again.client_secret).not.toBe(created.client_secret);

    const redirect = await backend.createSession({}, { mode: 'redirect' });
    expect(redirect).toEqual({
      id: created.id,
      url: expect.stringMatching(/^https:\/\/verify\.stripe\.com\//),
    });

    const session = await backend.getSession(created.id);
    expect(session.id).toBe(created.id);
    expect(session.status).toBe('requires_input');
    expect(session.client_secret).toBeNull();
    expect(session.url).toBeNull();
    expect(session.client_reference_id).toBe('user_1');
  });

  it('should map a 409 while processing to backend_http_error with the server message', async () => {
    const backend = backendFor('user_3');
    const { id } = await backend.createSession({});
    fake.update(id, { status: 'processing' });
    const error = await failure(backend.createSession({}));
    expect(error.code).toBe('backend_http_error');
    expect(error.status).toBe(409);
    expect(error.message).toBe(
      'POST ' +
        `${origin}/api/identity/verification-sessions failed with HTTP 409 (code verification_processing): Your verification is being processed; wait for the result.`,
    );
  });

  it('should hide another user’s session behind a 404', async () => {
    const error = await failure(backendFor('user_1').getSession('vs_theirs'));
    expect(error.code).toBe('backend_http_error');
    expect(error.status).toBe(404);
  });

  it('should map a signed-out request to a 401 backend_http_error', async () => {
    const error = await failure(backendFor(null).createSession({}));
    expect(error.status).toBe(401);
  });

  it('should reject a path-traversal id on the server with 404', async () => {
    const error = await failure(backendFor('user_1').getSession('vs_1/../x'));
    expect(error.status).toBe(404);
  });

  it('should accept a signed webhook through the Node adapter (raw body intact)', async () => {
    const payload = JSON.stringify({
      id: 'evt_1',
      object: 'event',
      type: 'identity.verification_session.verified',
      data: { object: makeSdkSession({ id: 'vs_hook', status: 'verified' }) },
    });
    const response = await fetch(`${origin}/api/identity/webhook`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Stripe-Signature': await fake.signedWebhook(payload),
      },
      body: payload,
    });
    expect(response.status).toBe(200);
    expect(events.map((e) => e.data.object.id)).toEqual(['vs_hook']);
  });
});

describe('toNodeHandler', () => {
  async function serve(listener: http.RequestListener) {
    const s = http.createServer(listener);
    s.listen(0, '127.0.0.1');
    await once(s, 'listening');
    return { s, url: `http://127.0.0.1:${(s.address() as AddressInfo).port}` };
  }

  it('should not hang when a body parser already consumed the stream (Express-style req.body)', async () => {
    const node = toNodeHandler(handlers.handle);
    const { s, url } = await serve(async (req, res) => {
      let text = '';
      for await (const chunk of req) text += chunk;
      Object.assign(req, { body: JSON.parse(text) });
      await node(req, res);
    });
    try {
      const created = await createHttpBackend({
        baseUrl: `${url}/api/identity`,
        headers: { Authorization: 'Bearer user_9' },
        timeoutMs: 2000,
      }).createSession({ plan: 'pro' });
      expect(created.client_secret).toMatch(/_secret_/);
    } finally {
      s.close();
    }
  });

  it('should answer 500 JSON when the handler throws', async () => {
    const { s, url } = await serve(
      toNodeHandler(async () => {
        throw new Error('boom');
      }),
    );
    try {
      const response = await fetch(`${url}/x`);
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({
        error: { message: 'Internal error.', code: 'internal_error' },
      });
    } finally {
      s.close();
    }
  });
});
