import { describe, expect, it, vi } from 'vitest';
import {
  createIdentityHandlers,
  type IdentityHandlersOptions,
  type IdentityWebhookEvent,
} from '../../src/server/index.js';
import { createFakeStripe, makeSdkSession, stripeError, WEBHOOK_SECRET } from './fakeStripe.js';
import { BASE, bearerAuth, readRequest as get, createRequest as post } from './strictStripe.js';

/** `Authorization: Bearer <user>` stands in for the host's auth in these tests. */
const authenticate = bearerAuth;

function setup(
  initial: Parameters<typeof createFakeStripe>[0] = [],
  options: Partial<IdentityHandlersOptions> = {},
) {
  const fake = createFakeStripe(initial);
  const onError = vi.fn();
  const handlers = createIdentityHandlers({
    stripe: fake.stripe,
    authenticate,
    webhookSecret: WEBHOOK_SECRET,
    onError,
    ...options,
  });
  return { ...fake, handlers, onError };
}

async function body(response: Response): Promise<any> {
  return JSON.parse(await response.text());
}

describe('createIdentityHandlers', () => {
  it('should throw a TypeError naming the option when stripe or authenticate is missing', () => {
    expect(() =>
      createIdentityHandlers({ authenticate } as unknown as IdentityHandlersOptions),
    ).toThrow(
      /createIdentityHandlers\(\{ stripe \}\): `stripe` must be a stripe Node SDK instance/,
    );
    expect(() =>
      createIdentityHandlers({ stripe: createFakeStripe().stripe } as IdentityHandlersOptions),
    ).toThrow(/createIdentityHandlers\(\{ authenticate \}\): `authenticate` must be a function/);
  });
});

describe('createSession', () => {
  it('should create a document session tied to the user, with an idempotency key', async () => {
    const { handlers, calls } = setup();
    const response = await handlers.createSession(post({ plan: 'pro' }));

    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(await body(response)).toEqual({ id: 'vs_new1', client_secret: 'vs_new1_secret_c1' });
    expect(calls.list).toEqual([{ client_reference_id: 'user_1', limit: 100 }]);
    expect(calls.create).toHaveLength(1);
    expect(calls.create[0]?.params).toEqual({
      type: 'document',
      client_reference_id: 'user_1',
      metadata: { rsi_user_id: 'user_1' },
    });
    expect(calls.create[0]?.idempotencyKey).toMatch(/^rsi-vs-[0-9a-f]{64}$/);
  });

  it('should return 401 and not call Stripe when nobody is signed in', async () => {
    const { handlers, calls } = setup();
    const response = await handlers.createSession(post({}, { user: null }));
    expect(response.status).toBe(401);
    expect(await body(response)).toEqual({
      error: { message: 'Sign in to verify your identity.', code: 'unauthenticated' },
    });
    expect(calls.list).toHaveLength(0);
  });

  it('should accept a numeric user id from authenticate as its decimal string', async () => {
    const { handlers, calls } = setup([], { authenticate: () => 42 });
    expect((await handlers.createSession(post())).status).toBe(200);
    expect(calls.create[0]?.params.client_reference_id).toBe('42');
  });

  it('should return 500 and report when authenticate throws', async () => {
    const failure = new Error('db down');
    const { handlers, onError } = setup([], {
      authenticate: () => {
        throw failure;
      },
    });
    const response = await handlers.createSession(post());
    expect(response.status).toBe(500);
    expect((await body(response)).error.code).toBe('internal_error');
    expect(onError).toHaveBeenCalledWith(
      failure,
      expect.objectContaining({ handler: 'createSession' }),
    );
  });

  it('should refuse a body that is not sent as JSON (cross-site form posts)', async () => {
    const { handlers, calls } = setup();
    const response = await handlers.createSession(post('a=1', { contentType: 'text/plain' }));
    expect(response.status).toBe(415);
    expect((await body(response)).error.code).toBe('unsupported_media_type');
    expect(calls.list).toHaveLength(0);
  });

  it.each([
    ['invalid JSON', '{', 'The request body is not valid JSON.'],
    ['a JSON array', '[]', 'The request body must be a JSON object.'],
    ['a JSON string', '"x"', 'The request body must be a JSON object.'],
  ])('should answer 400 to %s', async (_, raw, message) => {
    const { handlers } = setup();
    const response = await handlers.createSession(post(raw));
    expect(response.status).toBe(400);
    expect(await body(response)).toEqual({ error: { message, code: 'invalid_request' } });
  });

  it('should accept an empty body as {}', async () => {
    const input = vi.fn(() => ({}));
    const { handlers } = setup([], { sessionParams: input });
    expect((await handlers.createSession(post(''))).status).toBe(200);
    expect(input).toHaveBeenCalledWith(expect.objectContaining({ input: {} }));
  });

  it('should answer 400 to an unknown X-Identity-Mode', async () => {
    const { handlers } = setup();
    const response = await handlers.createSession(post({}, { mode: 'popup' }));
    expect(response.status).toBe(400);
    expect((await body(response)).error.message).toBe(
      'The X-Identity-Mode header must be "modal" or "redirect".',
    );
  });

  it('should return the url instead of the client_secret in redirect mode', async () => {
    const { handlers } = setup();
    const response = await handlers.createSession(post({}, { mode: 'redirect' }));
    expect(await body(response)).toEqual({
      id: 'vs_new1',
      url: 'https://verify.stripe.com/start/vs_new1_c1',
    });
  });

  it('should use sessionParams, but always tie the session to the authenticated user', async () => {
    const { handlers, calls } = setup([], {
      sessionParams: {
        type: 'id_number',
        client_reference_id: 'someone_else',
        metadata: { order: '42', rsi_user_id: 'someone_else' },
        return_url: 'https://app.example.com/done',
      },
    });
    await handlers.createSession(post());
    expect(calls.create[0]?.params).toEqual({
      type: 'id_number',
      client_reference_id: 'user_1',
      metadata: { order: '42', rsi_user_id: 'user_1' },
      return_url: 'https://app.example.com/done',
    });
  });

  it('should call a sessionParams function with the user, the input and the mode', async () => {
    const sessionParams = vi.fn(async () => ({ verification_flow: 'vf_1' }));
    const { handlers, calls } = setup([], { sessionParams });
    await handlers.createSession(post({ plan: 'pro' }, { mode: 'redirect' }));
    expect(sessionParams).toHaveBeenCalledWith(
      expect.objectContaining({ userId: 'user_1', input: { plan: 'pro' }, mode: 'redirect' }),
    );
    // No default `type` when the host chose a verification flow.
    expect(calls.create[0]?.params).toEqual({
      verification_flow: 'vf_1',
      client_reference_id: 'user_1',
      metadata: { rsi_user_id: 'user_1' },
    });
  });

  it('should reuse the user’s requires_input session with a fresh secret, not create another', async () => {
    const { handlers, calls } = setup([makeSdkSession({ id: 'vs_open' })]);
    const response = await handlers.createSession(post());
    expect(await body(response)).toEqual({ id: 'vs_open', client_secret: 'vs_open_secret_r1' });
    expect(calls.create).toHaveLength(0);
    expect(calls.retrieve.map((c) => c.id)).toEqual(['vs_open']);
  });

  it.each([
    [
      'processing',
      'verification_processing',
      'Your verification is being processed; wait for the result.',
    ],
    ['verified', 'already_verified', 'Your identity is already verified.'],
  ])('should answer 409 while the user has a %s session', async (status, code, message) => {
    const { handlers, calls } = setup([
      makeSdkSession({ id: 'vs_old', status: 'canceled' }),
      makeSdkSession({ id: 'vs_cur', status }),
    ]);
    const response = await handlers.createSession(post());
    expect(response.status).toBe(409);
    expect(await body(response)).toEqual({ error: { message, code } });
    expect(calls.create).toHaveLength(0);
  });

  it('should create a new session after the last one was canceled, under a new idempotency key', async () => {
    const { handlers, calls, update } = setup();
    await handlers.createSession(post());
    update('vs_new1', { status: 'canceled' });
    const response = await handlers.createSession(post());
    expect((await body(response)).id).toBe('vs_new2');
    expect(calls.create).toHaveLength(2);
    expect(calls.create[0]?.idempotencyKey).not.toBe(calls.create[1]?.idempotencyKey);
  });

  it('should give two parallel first requests the same session (same idempotency key)', async () => {
    const { handlers, store } = setup();
    const [a, b] = await Promise.all([
      handlers.createSession(post()),
      handlers.createSession(post()),
    ]);
    expect((await body(a)).id).toBe((await body(b)).id);
    expect(store).toHaveLength(1);
  });

  it('should not reuse or block on sessions of another user', async () => {
    const { handlers, calls } = setup([
      makeSdkSession({ id: 'vs_theirs', client_reference_id: 'user_2', status: 'processing' }),
    ]);
    const response = await handlers.createSession(post());
    expect(response.status).toBe(200);
    expect((await body(response)).id).toBe('vs_new1');
    expect(calls.create).toHaveLength(1);
  });

  it('should answer 502 without Stripe’s message when Stripe fails, and report it', async () => {
    const { handlers, failures, onError } = setup();
    failures.list = stripeError('StripeAPIError', 500, 'Internal: key sk_live_xxx invalid');
    const response = await handlers.createSession(post());
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(text).not.toContain('sk_live');
    expect(JSON.parse(text)).toEqual({
      error: { message: 'The identity verification service failed.', code: 'stripe_error' },
    });
    expect(onError).toHaveBeenCalledWith(
      failures.list,
      expect.objectContaining({ handler: 'createSession' }),
    );
  });

  it('should answer 409 to an idempotency conflict', async () => {
    const { handlers, failures } = setup();
    failures.create = stripeError('StripeIdempotencyError', 400, 'Keys for idempotent requests…');
    const response = await handlers.createSession(post());
    expect(response.status).toBe(409);
    expect((await body(response)).error.code).toBe('conflict');
  });

  it('should answer 405 to GET', async () => {
    const { handlers } = setup();
    const response = await handlers.createSession(new Request(`${BASE}/verification-sessions`));
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('POST, OPTIONS');
  });
});

describe('getSession', () => {
  const verifiedOutputs = {
    address: null,
    email: null,
    first_name: 'Ana',
    id_number_type: null,
    last_name: 'Diaz',
    phone: null,
  };

  it('should return the user’s session without client_secret, url or verified_outputs', async () => {
    const { handlers, calls } = setup([
      makeSdkSession({ id: 'vs_abc', verified_outputs: verifiedOutputs }),
    ]);
    const response = await handlers.getSession(get('vs_abc'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const text = await response.text();
    expect(text).not.toContain('_secret_');
    expect(text).not.toContain('verify.stripe.com');
    const session = JSON.parse(text);
    const { provided_details: _personal, ...shown } = makeSdkSession({ id: 'vs_abc' });
    expect(session).toEqual({ ...shown, client_secret: null, url: null });
    expect('verified_outputs' in session).toBe(false);
    expect(calls.retrieve).toEqual([{ id: 'vs_abc' }]);
  });

  it('should expand and return verified_outputs only with exposeVerifiedOutputs', async () => {
    const { handlers, calls } = setup(
      [makeSdkSession({ id: 'vs_abc', status: 'verified', verified_outputs: verifiedOutputs })],
      { exposeVerifiedOutputs: true },
    );
    const session = await body(await handlers.getSession(get('vs_abc')));
    expect(session.verified_outputs).toEqual(verifiedOutputs);
    expect(calls.retrieve).toEqual([{ id: 'vs_abc', params: { expand: ['verified_outputs'] } }]);
  });

  it('should answer another user’s session exactly like a missing one (404, not 403)', async () => {
    const { handlers } = setup([
      makeSdkSession({ id: 'vs_abc', client_reference_id: 'user_2', metadata: {} }),
    ]);
    const theirs = await handlers.getSession(get('vs_abc'));
    const missing = await handlers.getSession(get('vs_nope'));
    expect(theirs.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await theirs.text()).toBe(await missing.text());
  });

  it.each(['vs_1%2F..%2Fx', '..', 'cus_123', 'vs_', 'vs_a%ZZ'])(
    'should answer 404 to the malformed id %s without calling Stripe',
    async (id) => {
      const { handlers, calls } = setup();
      const response = await handlers.getSession(get(id));
      expect(response.status).toBe(404);
      expect(calls.retrieve).toHaveLength(0);
    },
  );

  it('should answer 401 when nobody is signed in', async () => {
    const { handlers, calls } = setup([makeSdkSession({ id: 'vs_abc' })]);
    expect((await handlers.getSession(get('vs_abc', null))).status).toBe(401);
    expect(calls.retrieve).toHaveLength(0);
  });

  it('should answer 502 when Stripe fails', async () => {
    const { handlers, failures } = setup([makeSdkSession({ id: 'vs_abc' })]);
    failures.retrieve = stripeError('StripeConnectionError', 0, 'socket hang up');
    expect((await handlers.getSession(get('vs_abc'))).status).toBe(502);
  });
});

describe('webhook', () => {
  function event(type: string, object: unknown = makeSdkSession()) {
    return JSON.stringify({
      id: 'evt_1',
      object: 'event',
      type,
      created: 1,
      livemode: false,
      api_version: '2026-10-28.endive',
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object },
    });
  }

  async function delivery(payload: string, signature?: string) {
    return new Request(`${BASE}/webhook`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(signature ? { 'Stripe-Signature': signature } : {}),
      },
      body: payload,
    });
  }

  it('should verify the signature and call onEvent for identity.verification_session.* events', async () => {
    const onEvent = vi.fn<(event: IdentityWebhookEvent) => void>();
    const { handlers, signedWebhook } = setup([], { onEvent });
    const payload = event('identity.verification_session.verified');
    const response = await handlers.webhook(await delivery(payload, await signedWebhook(payload)));
    expect(response.status).toBe(200);
    expect(await body(response)).toEqual({ received: true });
    expect(onEvent).toHaveBeenCalledTimes(1);
    expect(onEvent.mock.calls[0]?.[0].type).toBe('identity.verification_session.verified');
    expect(onEvent.mock.calls[0]?.[0].data.object.id).toBe('vs_test1');
  });

  it('should answer 400 and not call onEvent for a bad signature', async () => {
    const onEvent = vi.fn();
    const { handlers, signedWebhook } = setup([], { onEvent });
    const payload = event('identity.verification_session.verified');
    const signature = await signedWebhook(payload, 'whsec_someone_else');
    const response = await handlers.webhook(await delivery(payload, signature));
    expect(response.status).toBe(400);
    expect((await body(response)).error.code).toBe('invalid_signature');
    expect(onEvent).not.toHaveBeenCalled();
  });

  it('should answer 400 to a payload changed after signing', async () => {
    const onEvent = vi.fn();
    const { handlers, signedWebhook } = setup([], { onEvent });
    const payload = event('identity.verification_session.verified');
    const signature = await signedWebhook(payload);
    const tampered = payload.replace('vs_test1', 'vs_test2');
    expect((await handlers.webhook(await delivery(tampered, signature))).status).toBe(400);
    expect(onEvent).not.toHaveBeenCalled();
  });

  it('should answer 400 without a Stripe-Signature header', async () => {
    const { handlers } = setup();
    const response = await handlers.webhook(
      await delivery(event('identity.verification_session.verified')),
    );
    expect(response.status).toBe(400);
  });

  it('should acknowledge other events without calling onEvent', async () => {
    const onEvent = vi.fn();
    const { handlers, signedWebhook } = setup([], { onEvent });
    const payload = event('customer.created', { id: 'cus_1', object: 'customer' });
    const response = await handlers.webhook(await delivery(payload, await signedWebhook(payload)));
    expect(response.status).toBe(200);
    expect(onEvent).not.toHaveBeenCalled();
  });

  it('should answer 500 so Stripe retries when onEvent throws', async () => {
    const failure = new Error('queue down');
    const { handlers, signedWebhook, onError } = setup([], {
      onEvent: () => {
        throw failure;
      },
    });
    const payload = event('identity.verification_session.processing');
    const response = await handlers.webhook(await delivery(payload, await signedWebhook(payload)));
    expect(response.status).toBe(500);
    expect(onError).toHaveBeenCalledWith(failure, expect.objectContaining({ handler: 'webhook' }));
  });

  it('should answer 500 webhook_not_configured without webhookSecret and report why', async () => {
    const { handlers, onError } = setup([], { webhookSecret: undefined });
    const response = await handlers.webhook(await delivery('{}', 't=1,v1=x'));
    expect(response.status).toBe(500);
    expect((await body(response)).error.code).toBe('webhook_not_configured');
    expect(String(onError.mock.calls[0]?.[0])).toContain(
      'createIdentityHandlers({ webhookSecret })',
    );
  });
});

describe('handle (router)', () => {
  it('should route by method and the end of the path, wherever the handlers are mounted', async () => {
    const { handlers } = setup([makeSdkSession({ id: 'vs_abc' })]);
    const created = await handlers.handle(post());
    expect(created.status).toBe(200);
    const read = await handlers.handle(
      new Request('http://localhost/any/prefix/verification-sessions/vs_abc/', {
        headers: { Authorization: 'Bearer user_1' },
      }),
    );
    expect(read.status).toBe(200);
    expect((await body(read)).id).toBe('vs_abc');
    expect(handlers.GET).toBe(handlers.handle);
    expect(handlers.POST).toBe(handlers.handle);
  });

  it('should be a Fetch-API handler itself: `await handlers(request)` routes like `handle`', async () => {
    const { handlers } = setup([makeSdkSession({ id: 'vs_abc' })]);
    expect(typeof handlers).toBe('function');
    const read = await handlers(
      new Request(`${BASE}/verification-sessions/vs_abc`, {
        headers: { Authorization: 'Bearer user_1' },
      }),
    );
    expect(read.status).toBe(200);
    expect((await body(read)).id).toBe('vs_abc');
    expect((await handlers(new Request(`${BASE}/nothing`))).status).toBe(404);
  });

  it('should answer 404 to an unknown path and 405 to a wrong method', async () => {
    const { handlers } = setup();
    const unknown = await handlers.handle(new Request(`${BASE}/nothing`));
    expect(unknown.status).toBe(404);
    expect((await body(unknown)).error.code).toBe('not_found');
    const wrong = await handlers.handle(
      new Request(`${BASE}/verification-sessions`, { method: 'PUT' }),
    );
    expect(wrong.status).toBe(405);
    const getWebhook = await handlers.handle(new Request(`${BASE}/webhook`));
    expect(getWebhook.status).toBe(405);
  });
});
