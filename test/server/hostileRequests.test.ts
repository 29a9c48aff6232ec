// @vitest-environment node
// Hostile and broken requests against the handlers (real stripe SDK, the Identity simulator).
// Each refusal is JSON 4xx with `Cache-Control: no-store`, no stack, no key, and nothing logged.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IdentityHandlersOptions } from '../../src/server/index.js';
import {
  BASE,
  createRequest,
  expectRefusal,
  readRequest,
  type StrictSetup,
  signWebhook,
  startStrict,
  WEBHOOK_PAYLOAD,
  watchConsole,
} from './strictStripe.js';

let setup: StrictSetup | undefined;
let consoleWatch: ReturnType<typeof watchConsole>;

beforeEach(() => {
  consoleWatch = watchConsole();
});

afterEach(async () => {
  consoleWatch.expectSilent();
  await setup?.close();
  setup = undefined;
});

async function start(options: Partial<IdentityHandlersOptions> = {}) {
  setup = await startStrict(options);
  return setup;
}

/** A body of `total` bytes that counts how much of it was ever pulled. */
function countedBody(total: number, chunk = 16_384) {
  const state = { pulled: 0, canceled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= total) return controller.close();
      const size = Math.min(chunk, total - state.pulled);
      state.pulled += size;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
    cancel() {
      state.canceled = true;
    },
  });
  return { stream, state };
}

const FIVE_MB = 5 * 1024 * 1024;

describe('request bodies', () => {
  it('should refuse a 5 MB body streamed without Content-Length after reading just past the 64 KiB limit', async () => {
    const { handlers, stripeCalls } = await start();
    const { stream, state } = countedBody(FIVE_MB);
    const request = new Request(`${BASE}/verification-sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer user_1' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    const message = await expectRefusal(await handlers(request), 413, 'payload_too_large');
    expect(message).toBe('The request body is larger than the 65536-byte limit.');
    expect(state.pulled).toBeLessThan(65_536 + 4 * 16_384);
    expect(state.canceled).toBe(true);
    expect(stripeCalls()).toHaveLength(0);
  });

  it('should refuse a declared Content-Length over the limit without reading the body', async () => {
    const { handlers } = await start({ maxBodyBytes: 1000 });
    const { stream, state } = countedBody(FIVE_MB);
    const request = new Request(`${BASE}/verification-sessions`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': String(FIVE_MB),
        Authorization: 'Bearer user_1',
      },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await expectRefusal(await handlers(request), 413, 'payload_too_large');
    expect(state.pulled).toBeLessThanOrEqual(16_384); // at most the one chunk a stream pre-reads
  });

  it('should accept a body right at the limit', async () => {
    const input = { pad: '' };
    input.pad = 'x'.repeat(1000 - JSON.stringify(input).length);
    const { handlers } = await start({ maxBodyBytes: 1000 });
    expect((await handlers(createRequest(input))).status).toBe(200);
  });

  it('should throw a TypeError naming maxBodyBytes when it is not a positive integer', async () => {
    await expect(start({ maxBodyBytes: 0 })).rejects.toThrow(
      /createIdentityHandlers\(\{ maxBodyBytes \}\): `maxBodyBytes` must be a positive integer/,
    );
  });

  it.each([
    ['not JSON', '{', 'The request body is not valid JSON.'],
    ['an array', '[1]', 'The request body must be a JSON object.'],
    ['a string', '"x"', 'The request body must be a JSON object.'],
    ['a number', '42', 'The request body must be a JSON object.'],
    ['null', 'null', 'The request body must be a JSON object.'],
    [
      'deeply nested',
      `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
      'The request body must be a JSON object.',
    ],
  ])(
    'should answer 400 invalid_request to a body that is %s, without calling Stripe',
    async (_, raw, expected) => {
      const { handlers, stripeCalls } = await start();
      const message = await expectRefusal(
        await handlers(createRequest(raw)),
        400,
        'invalid_request',
      );
      expect(message).toBe(expected);
      expect(stripeCalls()).toHaveLength(0);
    },
  );

  it('should answer 400 to a body that is not UTF-8', async () => {
    const { handlers } = await start();
    const request = new Request(`${BASE}/verification-sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer user_1' },
      body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    });
    await expectRefusal(await handlers(request), 400, 'invalid_request');
  });

  it.each([
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/jsonp',
    'text/json',
    null,
  ])('should answer 415 to Content-Type %s, without calling Stripe', async (contentType) => {
    const { handlers, stripeCalls } = await start();
    await expectRefusal(
      await handlers(createRequest('{}', { contentType })),
      415,
      'unsupported_media_type',
    );
    expect(stripeCalls()).toHaveLength(0);
  });

  it('should accept application/json with a charset and +json types', async () => {
    const { handlers } = await start();
    for (const contentType of ['application/json; charset=utf-8', 'application/merge-patch+json']) {
      expect((await handlers(createRequest({}, { contentType }))).status).toBe(200);
    }
  });
});

describe('session ids that are not Stripe ids', () => {
  it.each([
    ['../', '..%2F..%2Fv1%2Fcustomers'],
    ['%2F', 'vs_1%2Fx'],
    ['a NUL', 'vs_1%00'],
    ['5,000 characters', `vs_${'a'.repeat(4997)}`],
    ['unicode', encodeURIComponent('vs_ünï')],
    ['a right-to-left override', encodeURIComponent('vs_a\u202Eb')],
    ['another object', 'cus_123'],
    ['a bad escape', 'vs_a%ZZ'],
    ['only the prefix', 'vs_'],
  ])('should answer 404 to %s, never reaching authenticate or Stripe', async (_, id) => {
    const authenticate = vi.fn(() => 'user_1');
    const { handlers, stripeCalls } = await start({ authenticate });
    await expectRefusal(await handlers(readRequest(id)), 404, 'not_found');
    await expectRefusal(await handlers.getSession(readRequest(id)), 404, 'not_found');
    expect(stripeCalls()).toHaveLength(0);
    expect(authenticate).not.toHaveBeenCalled();
  });

  it('should treat an empty id as the collection (405 for GET), never reaching Stripe', async () => {
    const { handlers, stripeCalls } = await start();
    const response = await handlers(readRequest(''));
    expect(response.headers.get('Allow')).toBe('POST, OPTIONS');
    await expectRefusal(response, 405, 'method_not_allowed');
    await expectRefusal(await handlers.getSession(readRequest('')), 404, 'not_found');
    expect(stripeCalls()).toHaveLength(0);
  });
});

describe('methods and routes', () => {
  it.each([
    ['/verification-sessions', 'GET', 'POST, OPTIONS'],
    ['/verification-sessions', 'PUT', 'POST, OPTIONS'],
    ['/verification-sessions', 'HEAD', 'POST, OPTIONS'],
    ['/verification-sessions/vs_abc', 'POST', 'GET, OPTIONS'],
    ['/verification-sessions/vs_abc', 'DELETE', 'GET, OPTIONS'],
    ['/verification-sessions/vs_abc', 'HEAD', 'GET, OPTIONS'],
    ['/webhook', 'GET', 'POST, OPTIONS'],
    ['/webhook', 'PATCH', 'POST, OPTIONS'],
  ])('should answer %s %s with 405 and Allow, calling nothing', async (path, method, allow) => {
    const authenticate = vi.fn(() => 'user_1');
    const { handlers, stripeCalls } = await start({ authenticate });
    const response = await handlers(new Request(`${BASE}${path}`, { method }));
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe(allow);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    if (method !== 'HEAD') await expectRefusal(response, 405, 'method_not_allowed');
    expect(authenticate).not.toHaveBeenCalled();
    expect(stripeCalls()).toHaveLength(0);
  });

  it.each([
    ['/verification-sessions', 'POST, OPTIONS'],
    ['/verification-sessions/vs_abc', 'GET, OPTIONS'],
    ['/webhook', 'POST, OPTIONS'],
  ])('should answer OPTIONS %s with 204 and Allow, and no CORS grant', async (path, allow) => {
    const { handlers } = await start();
    const response = await handlers(
      new Request(`${BASE}${path}`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('Allow')).toBe(allow);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(await response.text()).toBe('');
  });

  it.each([
    '/',
    '/nothing',
    '/verification-sessions/vs_abc/extra',
    '/webhooks',
    '/verification-session',
  ])('should answer the unknown route %s with 404', async (path) => {
    const { handlers } = await start();
    await expectRefusal(await handlers(new Request(`${BASE}${path}`)), 404, 'not_found');
  });
});

describe('authenticate and sessionParams', () => {
  it.each([
    ['an empty string', ''],
    ['0', 0],
    ['null', null],
    ['undefined', undefined],
    ['false', false],
  ])(
    'should answer 401 when authenticate returns %s, calling no Stripe and reporting nothing',
    async (_, value) => {
      const { handlers, stripeCalls, onError } = await start({
        authenticate: () => value as string | null,
      });
      await expectRefusal(await handlers(createRequest()), 401, 'unauthenticated');
      await expectRefusal(await handlers(readRequest('vs_abc')), 401, 'unauthenticated');
      expect(stripeCalls()).toHaveLength(0);
      expect(onError).not.toHaveBeenCalled();
    },
  );

  it.each([
    ['an object', { id: 'user_1' }],
    ['a negative number', -1],
    ['a fraction', 1.5],
    ['NaN', Number.NaN],
    ['a 501-character string', 'u'.repeat(501)],
  ])(
    'should answer 500 and report a TypeError naming authenticate when it returns %s',
    async (_, value) => {
      const { handlers, stripeCalls, onError } = await start({
        authenticate: () => value as string,
      });
      await expectRefusal(await handlers(createRequest()), 500, 'internal_error');
      expect(stripeCalls()).toHaveLength(0);
      expect(String(onError.mock.calls[0]?.[0])).toMatch(
        /createIdentityHandlers\(\{ authenticate \}\): `authenticate` must return the user id/,
      );
    },
  );

  it('should answer 500 with no detail and report when authenticate throws', async () => {
    const failure = new Error('db at 10.0.0.5 refused password hunter2');
    const { handlers, onError, stripeCalls } = await start({
      authenticate: async () => {
        throw failure;
      },
    });
    for (const request of [createRequest(), readRequest('vs_abc')]) {
      const response = await handlers(request);
      const text = await response.clone().text();
      expect(text).not.toContain('hunter2');
      expect(text).not.toContain('10.0.0.5');
      await expectRefusal(response, 500, 'internal_error');
    }
    expect(onError).toHaveBeenCalledWith(
      failure,
      expect.objectContaining({ handler: 'createSession' }),
    );
    expect(onError).toHaveBeenCalledWith(
      failure,
      expect.objectContaining({ handler: 'getSession' }),
    );
    expect(stripeCalls()).toHaveLength(0);
  });

  it('should answer 500 with no detail and report when sessionParams throws', async () => {
    const failure = new Error('cannot read tenant sk_live_should_not_leak');
    const { handlers, onError, stripeCalls } = await start({
      sessionParams: () => {
        throw failure;
      },
    });
    const response = await handlers(createRequest());
    expect(await response.clone().text()).not.toContain('sk_live');
    await expectRefusal(response, 500, 'internal_error');
    expect(onError).toHaveBeenCalledWith(
      failure,
      expect.objectContaining({ handler: 'createSession' }),
    );
    expect(stripeCalls()).toHaveLength(0);
  });

  it('should keep answering when onError itself throws', async () => {
    const { handlers } = await start({
      authenticate: () => {
        throw new Error('auth down');
      },
      onError: () => {
        throw new Error('reporter down');
      },
    });
    await expectRefusal(await handlers(createRequest()), 500, 'internal_error');
  });
});

describe('users and sessions', () => {
  it('should never let user B read or reuse user A’s session', async () => {
    const { handlers, api } = await start();
    const a = await (await handlers(createRequest({}, { user: 'user_a' }))).json();
    const theirs = await handlers(readRequest(a.id, 'user_b'));
    const missing = await handlers(readRequest('vs_missing000', 'user_b'));
    const theirsText = await theirs.clone().text();
    await expectRefusal(theirs, 404, 'not_found');
    expect(theirsText).toBe(await missing.text());
    const b = await (await handlers(createRequest({}, { user: 'user_b' }))).json();
    expect(b.id).not.toBe(a.id);
    expect(api.sessions.get(b.id)?.client_reference_id).toBe('user_b');
  });

  it('should not block user B on user A’s processing session', async () => {
    const { handlers, api } = await start();
    const a = await (await handlers(createRequest({}, { user: 'user_a' }))).json();
    await api.submit(a.id);
    expect((await handlers(createRequest({}, { user: 'user_b' }))).status).toBe(200);
  });

  it('should neither show nor reuse a session created outside the handlers, even with the user’s client_reference_id', async () => {
    const { handlers, stripe, api } = await start();
    const outside = await stripe.identity.verificationSessions.create({
      type: 'document',
      client_reference_id: 'user_b',
      metadata: { purpose: 'something else' },
    });
    await expectRefusal(await handlers(readRequest(outside.id, 'user_b')), 404, 'not_found');
    const mine = await (await handlers(createRequest({}, { user: 'user_b' }))).json();
    expect(mine.id).not.toBe(outside.id);
    expect(api.sessions.size).toBe(2);
  });

  it('should not show a session whose metadata names another user than its client_reference_id', async () => {
    const { handlers, stripe } = await start();
    const forged = await stripe.identity.verificationSessions.create({
      type: 'document',
      client_reference_id: 'user_a',
      metadata: { rsi_user_id: 'user_b' },
    });
    await expectRefusal(await handlers(readRequest(forged.id, 'user_b')), 404, 'not_found');
    await expectRefusal(await handlers(readRequest(forged.id, 'user_a')), 404, 'not_found');
  });
});

describe('webhooks', () => {
  const payload = WEBHOOK_PAYLOAD;

  const delivery = (body: string | ReadableStream, signature?: string) =>
    new Request(`${BASE}/webhook`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(signature ? { 'Stripe-Signature': signature } : {}),
      },
      body,
      ...(typeof body === 'string' ? {} : { duplex: 'half' }),
    } as RequestInit);

  const sign = signWebhook;

  it('should accept a signed delivery (the baseline the refusals below differ from)', async () => {
    const onEvent = vi.fn();
    const { handlers } = await start({ onEvent });
    expect((await handlers(delivery(payload, await sign(payload)))).status).toBe(200);
    expect(onEvent).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a missing signature', async () => undefined, payload],
    ['a signature by another secret', () => sign(payload, { secret: 'whsec_other' }), payload],
    ['a garbage signature', async () => 't=1,v1=deadbeef', payload],
    [
      'a timestamp outside the 300 s tolerance',
      () => sign(payload, { timestamp: Math.floor(Date.now() / 1000) - 600 }),
      payload,
    ],
    ['a body changed after signing', () => sign(payload), payload.replace('verified', 'canceled')],
  ])(
    'should answer 400 invalid_signature to %s, without calling onEvent',
    async (_, signature, body) => {
      const onEvent = vi.fn();
      const { handlers } = await start({ onEvent });
      await expectRefusal(
        await handlers(delivery(body, await signature())),
        400,
        'invalid_signature',
      );
      expect(onEvent).not.toHaveBeenCalled();
    },
  );

  it('should refuse a body already consumed, telling to mount the webhook before the body parser', async () => {
    const { handlers, onError } = await start({ onEvent: vi.fn() });
    const request = delivery(payload, await sign(payload));
    await request.text(); // what a framework that parsed the body first leaves behind
    const message = await expectRefusal(await handlers(request), 400, 'webhook_body_consumed');
    expect(message).toMatch(/Mount the webhook route before the body parser/);
    expect(String(onError.mock.calls[0]?.[0])).toMatch(/\[react-stripe-identity\] webhook:/);
  });

  it('should answer 413 to a 5 MB delivery after reading just past the limit', async () => {
    const { handlers } = await start();
    const { stream, state } = countedBody(FIVE_MB);
    await expectRefusal(await handlers(delivery(stream, 't=1,v1=x')), 413, 'payload_too_large');
    expect(state.pulled).toBeLessThan(65_536 + 4 * 16_384);
  });

  it('should answer 500 (so Stripe retries) and report when onEvent throws', async () => {
    const failure = new Error('queue down at amqp://user:pass@host');
    const { handlers, onError } = await start({
      onEvent: () => {
        throw failure;
      },
    });
    const response = await handlers(delivery(payload, await sign(payload)));
    expect(await response.clone().text()).not.toContain('amqp');
    await expectRefusal(response, 500, 'internal_error');
    expect(onError).toHaveBeenCalledWith(failure, expect.objectContaining({ handler: 'webhook' }));
  });
});
