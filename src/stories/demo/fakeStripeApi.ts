/**
 * A stand-in for Stripe's servers — the one edge the demo cannot reach — for the Identity
 * endpoints `react-stripe-identity/server` calls: create, retrieve and list VerificationSessions.
 * The real `stripe` Node SDK talks to it over HTTP on 127.0.0.1 (`host`/`port`/`protocol`
 * options), so the demo runs the real SDK and the real handlers, offline. Node only.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LastError, VerificationSession } from '../../core/types.js';

/** The verdict the simulated modal chose for a submitted session. */
export type FakeVerdict =
  | { status: 'verified' }
  | { status: 'requires_input'; last_error: LastError };

/** A running fake Stripe API. */
export interface FakeStripeApi {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly port: number;
  /** Sessions by id, as Stripe would store them. */
  readonly sessions: ReadonlyMap<string, VerificationSession>;
  /** What Stripe does after the user submits: `processing` now, the verdict after `processingMs`. */
  submit(id: string, verdict: FakeVerdict, processingMs?: number): boolean;
  close(): Promise<void>;
}

const token = (bytes = 12) => randomBytes(bytes).toString('base64url').replace(/[-_]/g, 'x');

/** `a[b][c]=1` form fields (what the SDK sends) to nested objects. */
function parseForm(body: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, '').split('[');
    let node = out;
    path.forEach((part, i) => {
      if (i === path.length - 1) {
        node[part] = value === 'true' ? true : value === 'false' ? false : value;
      } else {
        node[part] ??= {};
        node = node[part] as Record<string, unknown>;
      }
    });
  }
  return out;
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

function notFound(res: http.ServerResponse, id: string): void {
  send(res, 404, {
    error: {
      type: 'invalid_request_error',
      code: 'resource_missing',
      message: `No such verification session: '${id}'`,
    },
  });
}

/** Starts the fake on an ephemeral port of 127.0.0.1. */
export async function startFakeStripeApi(): Promise<FakeStripeApi> {
  const sessions = new Map<string, VerificationSession>();
  const byIdempotencyKey = new Map<string, string>();
  const timers = new Set<ReturnType<typeof setTimeout>>();

  /** Stripe hands out a client secret and url while a session can still be completed. */
  const withCredentials = (session: VerificationSession): VerificationSession =>
    session.status === 'requires_input' && !session.redaction
      ? {
          ...session,
          client_secret: `${session.id}_secret_test_${token()}`,
          url: `https://verify.stripe.com/start/test_${token()}`,
        }
      : { ...session, client_secret: null, url: null };

  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const match = url.pathname.match(/^\/v1\/identity\/verification_sessions(?:\/([^/]+))?$/);
      if (!match)
        return send(res, 404, {
          error: { type: 'invalid_request_error', message: 'Unrecognized request URL.' },
        });
      const id = match[1];

      if (req.method === 'POST' && !id) {
        const key = String(req.headers['idempotency-key'] ?? '');
        const known = key ? byIdempotencyKey.get(key) : undefined;
        if (known)
          return send(res, 200, withCredentials(sessions.get(known) as VerificationSession));
        const params = parseForm(body);
        const session: VerificationSession = {
          id: `vs_${token(10)}`,
          object: 'identity.verification_session',
          client_reference_id:
            typeof params.client_reference_id === 'string' ? params.client_reference_id : null,
          client_secret: null,
          created: Math.floor(Date.now() / 1000),
          last_error: null,
          last_verification_report: null,
          livemode: false,
          metadata: (params.metadata as Record<string, string> | undefined) ?? {},
          options: (params.options as VerificationSession['options']) ?? {},
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

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    sessions,
    submit(id, verdict, processingMs = 1500) {
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
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
