/**
 * A stand-in for Stripe's servers — the one edge the demo cannot reach — for the Identity
 * endpoints `react-stripe-identity/server` calls: create, retrieve and list VerificationSessions.
 * The real `stripe` Node SDK talks to it over HTTP on 127.0.0.1 (`host`/`port`/`protocol`
 * options), so Storybook's live backend, the examples and the tests run the real SDK and the real
 * handlers, offline. Plain JavaScript so that any host runs it with `node`, no build. Node only.
 *
 * Besides Stripe's routes it has one control route, `POST /__fake/submit`, standing in for the
 * person submitting in Stripe's modal (the simulated modal's demo backend forwards to it).
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';

export const FAKE_SUBMIT_PATH = '/__fake/submit';

const token = (bytes = 12) => randomBytes(bytes).toString('base64url').replace(/[-_]/g, 'x');

/** `a[b][c]=1` form fields (what the SDK sends) to nested objects. */
function parseForm(body) {
  const out = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, '').split('[');
    let node = out;
    path.forEach((part, i) => {
      if (i === path.length - 1) {
        node[part] = value === 'true' ? true : value === 'false' ? false : value;
      } else {
        node[part] ??= {};
        node = node[part];
      }
    });
  }
  return out;
}

function send(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

function notFound(res, id) {
  send(res, 404, {
    error: {
      type: 'invalid_request_error',
      code: 'resource_missing',
      message: `No such verification session: '${id}'`,
    },
  });
}

/** `stripe` Node SDK options that point it at a running fake. */
export function fakeStripeClientOptions(api) {
  return {
    host: '127.0.0.1',
    port: api.port,
    protocol: 'http',
    maxNetworkRetries: 0,
    telemetry: false,
  };
}

/** Starts the fake on 127.0.0.1 (an ephemeral port unless `port` is given). */
export async function startFakeStripeApi({
  port = 0,
  processingMs: defaultProcessingMs = 1500,
} = {}) {
  const sessions = new Map();
  const byIdempotencyKey = new Map();
  const timers = new Set();

  /** Stripe hands out a client secret and url while a session can still be completed. */
  const withCredentials = (session) =>
    session.status === 'requires_input' && !session.redaction
      ? {
          ...session,
          client_secret: `${session.id}_secret_test_${token()}`,
          url: `https://verify.stripe.com/start/test_${token()}`,
        }
      : { ...session, client_secret: null, url: null };

  function submit(id, verdict, processingMs = defaultProcessingMs) {
    const session = sessions.get(id);
    if (session?.status !== 'requires_input') return false;
    sessions.set(id, { ...session, status: 'processing', last_error: null });
    const timer = setTimeout(() => {
      timers.delete(timer);
      const current = sessions.get(id);
      if (current?.status === 'processing') sessions.set(id, { ...current, ...verdict });
    }, processingMs);
    timers.add(timer);
    return true;
  }

  function control(res, body) {
    let parsed;
    try {
      parsed = JSON.parse(body);
    } catch {
      return send(res, 400, { error: { message: 'Expected JSON {"id", "verdict"}.' } });
    }
    const { id, verdict, processingMs } = parsed ?? {};
    const ok =
      typeof id === 'string' &&
      typeof verdict?.status === 'string' &&
      submit(id, verdict, typeof processingMs === 'number' ? processingMs : undefined);
    res.writeHead(ok ? 204 : 409).end();
  }

  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === FAKE_SUBMIT_PATH && req.method === 'POST') return control(res, body);
      const match = url.pathname.match(/^\/v1\/identity\/verification_sessions(?:\/([^/]+))?$/);
      if (!match)
        return send(res, 404, {
          error: { type: 'invalid_request_error', message: 'Unrecognized request URL.' },
        });
      const id = match[1];

      if (req.method === 'POST' && !id) {
        const key = String(req.headers['idempotency-key'] ?? '');
        const known = key ? byIdempotencyKey.get(key) : undefined;
        if (known) return send(res, 200, withCredentials(sessions.get(known)));
        const params = parseForm(body);
        const session = {
          id: `vs_${token(10)}`,
          object: 'identity.verification_session',
          client_reference_id:
            typeof params.client_reference_id === 'string' ? params.client_reference_id : null,
          client_secret: null,
          created: Math.floor(Date.now() / 1000),
          last_error: null,
          last_verification_report: null,
          livemode: false,
          metadata: params.metadata ?? {},
          options: params.options ?? {},
          provided_details: null,
          redaction: null,
          related_customer: null,
          related_customer_account: null,
          status: 'requires_input',
          type: typeof params.type === 'string' ? params.type : 'document',
          url: null,
        };
        sessions.set(session.id, session);
        if (key) byIdempotencyKey.set(key, session.id);
        return send(res, 200, withCredentials(session));
      }
      if (req.method === 'GET' && id) {
        const session = sessions.get(id);
        return session ? send(res, 200, withCredentials(session)) : notFound(res, id);
      }
      if (req.method === 'GET' && !id) {
        const reference = url.searchParams.get('client_reference_id');
        const data = [...sessions.values()]
          .filter((s) => reference === null || s.client_reference_id === reference)
          .sort((a, b) => b.created - a.created)
          .slice(0, Number(url.searchParams.get('limit') ?? 10))
          .map(withCredentials);
        return send(res, 200, { object: 'list', data, has_more: false, url: url.pathname });
      }
      send(res, 405, { error: { type: 'invalid_request_error', message: 'Method not allowed.' } });
    });
  });

  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = server.address().port;

  return {
    origin: `http://127.0.0.1:${bound}`,
    port: bound,
    sessions,
    submit,
    close() {
      for (const timer of timers) clearTimeout(timer);
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
