/**
 * The simulator over HTTP: reads each request, answers the simulated API (recording what came
 * in), the `/__simulator/` control routes, and browsers' CORS preflights for the test helpers.
 */
import type http from 'node:http';
import { CONTROL_PREFIX, controlRoute } from './controlRoutes.js';
import { type ApiContext, handleApiRequest } from './handleApiRequest.js';
import { isTestHelper } from './routeOf.js';
import { type ApiAnswer, errorAnswer } from './stripeErrors.js';
import type { IdentitySimulator, SimulatorRequest } from './types.js';

/** Lets a browser page call the test helpers (the simulated modal of `/testing` does). */
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Stripe-Version',
};
const MAX_BODY_BYTES = 1024 * 1024;

function send(res: http.ServerResponse, answer: ApiAnswer, extra: Record<string, string> = {}) {
  res.writeHead(answer.status, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-cache, no-store',
    ...extra,
    ...answer.headers,
  });
  res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body, null, 2));
}

/** The body as text, or null past the size limit. */
function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

export interface HttpListenerOptions {
  context: ApiContext;
  /** Where each API request is recorded. */
  requests: SimulatorRequest[];
  /** What the control routes act on (the simulator's handle, once it exists). */
  control: () => IdentitySimulator;
}

export function createHttpListener({ context, requests, control }: HttpListenerOptions) {
  async function api(req: http.IncomingMessage, res: http.ServerResponse, url: URL, body: string) {
    const header = (name: string) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const record: SimulatorRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search.slice(1),
      body,
      route: null,
      headers: {
        'content-type': header('content-type') ?? null,
        'idempotency-key': header('idempotency-key') ?? null,
        'stripe-version': header('stripe-version') ?? null,
      },
      status: 0,
    };
    requests.push(record);
    const outcome = await handleApiRequest(context, { ...record, header });
    record.route = outcome.route;
    if ('disconnect' in outcome) {
      req.socket.destroy();
      return;
    }
    record.status = outcome.answer.status;
    const version = record.headers['stripe-version'];
    const key = record.headers['idempotency-key'];
    send(res, outcome.answer, {
      ...(version ? { 'Stripe-Version': version } : {}),
      ...(key ? { 'Idempotency-Key': key } : {}),
      ...(isTestHelper(url.pathname) ? CORS : {}),
    });
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    const body = await readBody(req);
    if (body === null) {
      const tooLarge = {
        type: 'invalid_request_error',
        message: 'Request body too large.',
      } as const;
      return send(res, errorAnswer(413, tooLarge));
    }
    if (url.pathname.startsWith(CONTROL_PREFIX)) {
      return send(res, controlRoute(control(), req.method ?? 'GET', url.pathname, body));
    }
    return api(req, res, url, body);
  }

  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'OPTIONS' && isTestHelper(url.pathname)) {
      res.writeHead(204, CORS).end();
      return;
    }
    route(req, res, url).catch(() => {
      const error = { type: 'api_error', message: 'An unknown error occurred' } as const;
      if (!res.headersSent) send(res, errorAnswer(500, error));
    });
  };
}
