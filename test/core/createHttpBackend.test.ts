import { afterEach, describe, expect, it, vi } from 'vitest';
import { MODE_HEADER } from '../../src/core/contract.js';
import { createHttpBackend } from '../../src/core/createHttpBackend.js';
import { type IdentityError, isIdentityError } from '../../src/core/IdentityError.js';
import fixture from '../fixtures/openapi-verification-session.json' with { type: 'json' };

const SECRET = 'vs_123_secret_abc';

interface RecordedCall {
  url: string;
  method: string | undefined;
  headers: Headers;
  credentials: RequestCredentials | undefined;
  body: string | undefined;
  signal: AbortSignal | undefined;
}

type Responder = (call: RecordedCall) => Response | Promise<Response>;

/** A `fetch` stand-in that records each call and answers with `respond`. No network. */
function stubFetch(respond: Responder) {
  const calls: RecordedCall[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const call: RecordedCall = {
      url: String(input),
      method: init.method,
      headers: new Headers(init.headers),
      credentials: init.credentials,
      body: typeof init.body === 'string' ? init.body : undefined,
      signal: init.signal ?? undefined,
    };
    calls.push(call);
    return respond(call);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** A fetch that never answers but rejects when its signal aborts, like the real one. */
function hangingFetch() {
  return stubFetch(
    (call) =>
      new Promise<Response>((_, reject) => {
        call.signal?.addEventListener('abort', () => reject(call.signal?.reason));
      }),
  );
}

async function rejection(promise: Promise<unknown>): Promise<IdentityError> {
  try {
    await promise;
  } catch (error) {
    expect(isIdentityError(error)).toBe(true);
    const identityError = error as IdentityError;
    expect(identityError.message).not.toContain(SECRET);
    return identityError;
  }
  throw new Error('expected the promise to reject');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createHttpBackend().createSession', () => {
  it('should POST the input as JSON to /api/identity/verification-sessions by default', async () => {
    const { fetch, calls } = stubFetch(() => json({ id: 'vs_1', client_secret: SECRET }));
    const backend = createHttpBackend({ fetch });

    const created = await backend.createSession({ plan: 'pro' });

    expect(created).toEqual({ id: 'vs_1', client_secret: SECRET });
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.url).toBe('/api/identity/verification-sessions');
    expect(call?.method).toBe('POST');
    expect(call?.credentials).toBe('same-origin');
    expect(call?.body).toBe('{"plan":"pro"}');
    expect(call?.headers.get('Accept')).toBe('application/json');
    expect(call?.headers.get('Content-Type')).toBe('application/json');
    expect(call?.headers.get(MODE_HEADER)).toBe('modal');
  });

  it('should send {} when the input is undefined', async () => {
    const { fetch, calls } = stubFetch(() => json({ id: 'vs_1', client_secret: SECRET }));
    await createHttpBackend({ fetch }).createSession(undefined);
    expect(calls[0]?.body).toBe('{}');
  });

  it('should strip trailing slashes from baseUrl and use the given credentials', async () => {
    const { fetch, calls } = stubFetch(() => json({ id: 'vs_1', client_secret: SECRET }));
    await createHttpBackend({
      fetch,
      baseUrl: 'https://api.example.com/identity//',
      credentials: 'include',
    }).createSession({});
    expect(calls[0]?.url).toBe('https://api.example.com/identity/verification-sessions');
    expect(calls[0]?.credentials).toBe('include');
  });

  it('should send static headers, and let them set Accept', async () => {
    const { fetch, calls } = stubFetch(() => json({ id: 'vs_1', client_secret: SECRET }));
    await createHttpBackend({
      fetch,
      headers: { 'X-CSRF-Token': 'tok', Accept: 'application/vnd.api+json' },
    }).createSession({});
    expect(calls[0]?.headers.get('X-CSRF-Token')).toBe('tok');
    expect(calls[0]?.headers.get('Accept')).toBe('application/vnd.api+json');
  });

  it('should call a headers function on every request, sync or async', async () => {
    const { fetch, calls } = stubFetch(() => json({ id: 'vs_1', client_secret: SECRET }));
    let n = 0;
    const syncBackend = createHttpBackend({ fetch, headers: () => ({ 'X-Req': String(++n) }) });
    await syncBackend.createSession({});
    await syncBackend.createSession({});
    const asyncBackend = createHttpBackend({
      fetch,
      headers: async () => [['Authorization', 'Bearer t']],
    });
    await asyncBackend.createSession({});
    expect(calls.map((c) => c.headers.get('X-Req'))).toEqual(['1', '2', null]);
    expect(calls[2]?.headers.get('Authorization')).toBe('Bearer t');
  });

  it('should ask for and return the url in redirect mode', async () => {
    const { fetch, calls } = stubFetch(() =>
      json({ id: 'vs_1', url: 'https://verify.stripe.com/start/abc' }),
    );
    const created = await createHttpBackend({ fetch }).createSession({}, { mode: 'redirect' });
    expect(created).toEqual({ id: 'vs_1', url: 'https://verify.stripe.com/start/abc' });
    expect(calls[0]?.headers.get(MODE_HEADER)).toBe('redirect');
  });

  it('should return only id and the credential, not other fields the server sent', async () => {
    const { fetch } = stubFetch(() =>
      json({ id: 'vs_1', client_secret: SECRET, url: 'https://verify.stripe.com/x', extra: 1 }),
    );
    expect(await createHttpBackend({ fetch }).createSession({})).toEqual({
      id: 'vs_1',
      client_secret: SECRET,
    });
  });

  it('should map a non-2xx JSON error to backend_http_error with the status and the server message', async () => {
    const { fetch } = stubFetch(() =>
      json(
        { error: { message: 'A verification is already being processed.', code: 'processing' } },
        409,
      ),
    );
    const error = await rejection(createHttpBackend({ fetch }).createSession({}));
    expect(error.code).toBe('backend_http_error');
    expect(error.status).toBe(409);
    expect(error.serverCode).toBe('processing');
    expect(error.message).toBe(
      'POST /api/identity/verification-sessions failed with HTTP 409 (code processing): A verification is already being processed.',
    );
  });

  it('should map a non-2xx non-JSON body to backend_http_error with the status', async () => {
    const { fetch } = stubFetch(
      () =>
        new Response('<h1>Bad gateway</h1>', {
          status: 502,
          headers: { 'Content-Type': 'text/html' },
        }),
    );
    const error = await rejection(createHttpBackend({ fetch }).createSession({}));
    expect(error.code).toBe('backend_http_error');
    expect(error.status).toBe(502);
    expect(error.serverCode).toBeUndefined();
    expect(error.message).toBe('POST /api/identity/verification-sessions failed with HTTP 502.');
  });

  it('should never put a secret the server echoes in its error message into the IdentityError', async () => {
    const { fetch } = stubFetch(() => json({ error: { message: `bad secret ${SECRET}` } }, 400));
    const error = await rejection(createHttpBackend({ fetch }).createSession({}));
    expect(error.message).toContain('[redacted secret]');
  });

  it('should map a 2xx HTML page to invalid_response', async () => {
    const { fetch } = stubFetch(
      () =>
        new Response('<!doctype html><html></html>', {
          status: 200,
          headers: { 'Content-Type': 'text/html' },
        }),
    );
    const error = await rejection(createHttpBackend({ fetch }).createSession({}));
    expect(error.code).toBe('invalid_response');
    expect(error.status).toBe(200);
    expect(error.message).toMatch(
      /^POST \/api\/identity\/verification-sessions returned HTTP 200 with a body that is not JSON \(Content-Type: text\/html\)/,
    );
  });

  it('should map an empty 204 to invalid_response', async () => {
    const { fetch } = stubFetch(() => new Response(null, { status: 204 }));
    const error = await rejection(createHttpBackend({ fetch }).createSession({}));
    expect(error.code).toBe('invalid_response');
  });

  it.each([
    [
      'no client_secret',
      { id: 'vs_1' },
      /returned no `client_secret` for modal mode \(expected a non-empty string, got undefined\)/,
    ],
    ['an empty client_secret', { id: 'vs_1', client_secret: '' }, /no `client_secret`/],
    ['a numeric client_secret', { id: 'vs_1', client_secret: 42 }, /got number/],
    [
      'no id',
      { client_secret: SECRET },
      /returned no `id` \(expected a non-empty string, got undefined\)/,
    ],
    ['a numeric id', { id: 1, client_secret: SECRET }, /returned no `id`/],
    ['an array', [{ id: 'vs_1', client_secret: SECRET }], /returned an array instead of an object/],
    ['null', null, /returned null instead of an object/],
  ])(
    'should map a 2xx with %s to invalid_response without echoing the body',
    async (_, body, message) => {
      const { fetch } = stubFetch(() => json(body));
      const error = await rejection(createHttpBackend({ fetch }).createSession({}));
      expect(error.code).toBe('invalid_response');
      expect(error.message).toMatch(message);
    },
  );

  it('should map a 2xx without url in redirect mode to invalid_response, even with a client_secret', async () => {
    const { fetch } = stubFetch(() => json({ id: 'vs_1', client_secret: SECRET }));
    const error = await rejection(
      createHttpBackend({ fetch }).createSession({}, { mode: 'redirect' }),
    );
    expect(error.code).toBe('invalid_response');
    expect(error.message).toContain('returned no `url` for redirect mode');
  });

  it('should map a rejected fetch to network_error', async () => {
    const cause = new TypeError('Failed to fetch');
    const { fetch } = stubFetch(() => Promise.reject(cause));
    const error = await rejection(createHttpBackend({ fetch }).createSession({}));
    expect(error.code).toBe('network_error');
    expect(error.status).toBeUndefined();
    // A copy of the cause (with every secret redacted), not the object itself.
    expect(error.cause).toMatchObject({ name: 'TypeError', message: 'Failed to fetch' });
    expect(error.message).toBe(
      'POST /api/identity/verification-sessions failed: the request did not reach the server (Failed to fetch).',
    );
  });

  it('should map a headers function that throws to network_error without calling fetch', async () => {
    const { fetch, calls } = stubFetch(() => json({}));
    const error = await rejection(
      createHttpBackend({
        fetch,
        headers: () => {
          throw new Error('no token');
        },
      }).createSession({}),
    );
    expect(error.code).toBe('network_error');
    expect(calls).toHaveLength(0);
  });

  it('should reject with timeout after timeoutMs and abort the request', async () => {
    vi.useFakeTimers();
    const { fetch, calls } = hangingFetch();
    const promise = rejection(createHttpBackend({ fetch, timeoutMs: 1000 }).createSession({}));
    await vi.advanceTimersByTimeAsync(999);
    expect(calls[0]?.signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await promise;
    expect(error.code).toBe('timeout');
    expect(error.message).toBe(
      'POST /api/identity/verification-sessions did not answer within 1000 ms (createHttpBackend `timeoutMs`).',
    );
    expect(calls[0]?.signal?.aborted).toBe(true);
  });

  it('should time out after 15 s by default', async () => {
    vi.useFakeTimers();
    const { fetch } = hangingFetch();
    const promise = rejection(createHttpBackend({ fetch }).createSession({}));
    await vi.advanceTimersByTimeAsync(15_000);
    expect((await promise).code).toBe('timeout');
  });

  it('should time out even when the fetch ignores its signal', async () => {
    const { fetch } = stubFetch(() => new Promise<Response>(() => {}));
    const error = await rejection(createHttpBackend({ fetch, timeoutMs: 5 }).createSession({}));
    expect(error.code).toBe('timeout');
  });

  it('should time out while the body is still streaming', async () => {
    vi.useFakeTimers();
    const { fetch } = stubFetch(
      () => new Response(new ReadableStream({ start() {} }), { status: 200 }),
    );
    const promise = rejection(createHttpBackend({ fetch, timeoutMs: 50 }).createSession({}));
    await vi.advanceTimersByTimeAsync(50);
    expect((await promise).code).toBe('timeout');
  });

  it('should not time out with timeoutMs 0', async () => {
    vi.useFakeTimers();
    let answer: (response: Response) => void = () => {};
    const { fetch } = stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    const promise = createHttpBackend({ fetch, timeoutMs: 0 }).createSession({});
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    answer(json({ id: 'vs_1', client_secret: SECRET }));
    await expect(promise).resolves.toEqual({ id: 'vs_1', client_secret: SECRET });
  });

  it('should treat a timeoutMs beyond what setTimeout supports as no timeout, not as 1 ms', async () => {
    vi.useFakeTimers();
    let answer: (response: Response) => void = () => {};
    const { fetch } = stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    const promise = createHttpBackend({ fetch, timeoutMs: Number.POSITIVE_INFINITY }).createSession(
      {},
    );
    await vi.advanceTimersByTimeAsync(60_000);
    answer(json({ id: 'vs_1', client_secret: SECRET }));
    await expect(promise).resolves.toEqual({ id: 'vs_1', client_secret: SECRET });
  });

  it('should throw a TypeError naming the option for a negative timeoutMs', () => {
    expect(() => createHttpBackend({ timeoutMs: -1 })).toThrow(
      /createHttpBackend\(\{ timeoutMs \}\): `timeoutMs` must be a number of milliseconds >= 0/,
    );
  });

  it('should reject with aborted, without calling fetch, when the signal is already aborted', async () => {
    const { fetch, calls } = stubFetch(() => json({ id: 'vs_1', client_secret: SECRET }));
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(
      createHttpBackend({ fetch }).createSession({}, { signal: controller.signal }),
    );
    expect(error.code).toBe('aborted');
    expect(calls).toHaveLength(0);
  });

  it('should reject with aborted and abort the request when the signal aborts during it', async () => {
    const { fetch, calls } = hangingFetch();
    const controller = new AbortController();
    const promise = rejection(
      createHttpBackend({ fetch }).createSession({}, { signal: controller.signal }),
    );
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    controller.abort();
    const error = await promise;
    expect(error.code).toBe('aborted');
    expect(error.message).toBe('POST /api/identity/verification-sessions was aborted.');
    expect(calls[0]?.signal?.aborted).toBe(true);
  });

  it('should reject with a TypeError for input that is not JSON', async () => {
    const { fetch } = stubFetch(() => json({}));
    const input: Record<string, unknown> = {};
    input.self = input;
    await expect(createHttpBackend({ fetch }).createSession(input)).rejects.toThrow(
      /createSession\(input\): `input` must be JSON-serialisable/,
    );
  });

  it('should use the global fetch when none is given, read at call time', async () => {
    const { fetch, calls } = stubFetch(() => json({ id: 'vs_1', client_secret: SECRET }));
    vi.stubGlobal('fetch', fetch);
    try {
      await createHttpBackend().createSession({});
    } finally {
      vi.unstubAllGlobals();
    }
    expect(calls).toHaveLength(1);
  });
});

describe('createHttpBackend().getSession', () => {
  const session = {
    ...fixture,
    id: 'vs_1/../x',
    client_secret: SECRET,
    url: 'https://verify.stripe.com/start/x',
  };

  it('should GET the URL-encoded id and return the parsed session without client_secret and url', async () => {
    const { fetch, calls } = stubFetch(() => json(session));
    const result = await createHttpBackend({ fetch }).getSession('vs_1/../x');
    expect(calls[0]?.url).toBe('/api/identity/verification-sessions/vs_1%2F..%2Fx');
    expect(calls[0]?.method).toBe('GET');
    expect(calls[0]?.body).toBeUndefined();
    expect(calls[0]?.headers.get('Content-Type')).toBeNull();
    expect(calls[0]?.headers.get('Accept')).toBe('application/json');
    expect(calls[0]?.credentials).toBe('same-origin');
    expect(result).toEqual({ ...fixture, id: 'vs_1/../x', client_secret: null, url: null });
  });

  it('should reject a session that fails validation with invalid_response naming the path and field', async () => {
    const { fetch } = stubFetch(() => json({ ...fixture, status: 7 }));
    const error = await rejection(createHttpBackend({ fetch }).getSession(fixture.id));
    expect(error.code).toBe('invalid_response');
    expect(error.message).toBe(
      `GET /api/identity/verification-sessions/${fixture.id}: Invalid VerificationSession from the backend: \`status\` must be a string, got number.`,
    );
  });

  it('should reject a session whose id is not the one asked for', async () => {
    const { fetch } = stubFetch(() => json(fixture));
    const error = await rejection(createHttpBackend({ fetch }).getSession('vs_other'));
    expect(error.code).toBe('invalid_response');
  });

  it('should map 404 to backend_http_error with status 404', async () => {
    const { fetch } = stubFetch(() =>
      json({ error: { message: 'No such verification session.', code: 'not_found' } }, 404),
    );
    const error = await rejection(createHttpBackend({ fetch }).getSession('vs_1'));
    expect(error.code).toBe('backend_http_error');
    expect(error.status).toBe(404);
    expect(error.message).toContain(
      'GET /api/identity/verification-sessions/vs_1 failed with HTTP 404',
    );
  });

  it('should map a network failure, a timeout and an abort the same way as createSession', async () => {
    const failing = stubFetch(() => Promise.reject(new TypeError('offline')));
    expect(
      (await rejection(createHttpBackend({ fetch: failing.fetch }).getSession('vs_1'))).code,
    ).toBe('network_error');
    const hanging = hangingFetch();
    expect(
      (
        await rejection(
          createHttpBackend({ fetch: hanging.fetch, timeoutMs: 5 }).getSession('vs_1'),
        )
      ).code,
    ).toBe('timeout');
    const controller = new AbortController();
    controller.abort();
    expect(
      (
        await rejection(
          createHttpBackend({ fetch: hanging.fetch }).getSession('vs_1', {
            signal: controller.signal,
          }),
        )
      ).code,
    ).toBe('aborted');
  });

  it('should reject an empty id with a TypeError naming the call', async () => {
    const { fetch, calls } = stubFetch(() => json(fixture));
    await expect(createHttpBackend({ fetch }).getSession('')).rejects.toThrow(
      /getSession\(id\): `id` must be a non-empty string/,
    );
    expect(calls).toHaveLength(0);
  });
});
