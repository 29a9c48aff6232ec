// @vitest-environment node
// toNodeHandler over real sockets: big bodies stream through and are cut at the limit, never
// buffered whole; and a real Express app shows why the webhook goes before express.json().
import http from 'node:http';
import express from 'express';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toNodeHandler } from '../../src/server/index.js';
import {
  type StrictSetup,
  serve,
  serveHandlers,
  signWebhook,
  startStrict,
  WEBHOOK_PAYLOAD,
  watchConsole,
} from './strictStripe.js';

let setup: StrictSetup | undefined;
const closers: (() => Promise<void>)[] = [];
let consoleWatch: ReturnType<typeof watchConsole>;

beforeEach(() => {
  consoleWatch = watchConsole();
});

afterEach(async () => {
  consoleWatch.expectSilent();
  for (const close of closers.splice(0)) await close();
  await setup?.close();
  setup = undefined;
});

async function start(options: Parameters<typeof startStrict>[0] = {}) {
  setup = await startStrict(options);
  return setup;
}

interface Upload {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Bytes the client had written when the answer arrived. */
  sentWhenAnswered: number;
}

/**
 * POSTs up to `total` bytes in 16 KiB chunks, honouring backpressure, and stops writing as soon
 * as the answer arrives: a server that buffers the whole body never answers before the end.
 */
function upload(
  url: string,
  total: number,
  headers: Record<string, string>,
  { pauseAfter }: { pauseAfter?: number } = {},
): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = http.request(url, { method: 'POST', headers });
    req.flushHeaders();
    req.on('response', (res) => {
      answered = true;
      const sentWhenAnswered = sent;
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, sentWhenAnswered });
      });
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(16_384, 0x20);
    const write = () => {
      while (!answered && sent < total) {
        if (pauseAfter !== undefined && sent >= pauseAfter) return; // wait for the answer
        sent += chunk.byteLength;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      if (!answered && sent >= total) req.end();
    };
    write();
  });
}

const FIVE_MB = 5 * 1024 * 1024;
const json = { 'Content-Type': 'application/json', Authorization: 'Bearer user_1' };

describe('toNodeHandler with big bodies', () => {
  it('should answer 413 to a chunked 5 MB upload while the client is still sending (regression: the adapter buffered the whole body first)', async () => {
    const { handlers, stripeCalls } = await start();
    const { origin, close } = await serveHandlers(handlers);
    closers.push(close);
    // The client sends 256 KiB and then waits: only a streaming server can answer now.
    const result = await upload(`${origin}/api/identity/verification-sessions`, FIVE_MB, json, {
      pauseAfter: 256 * 1024,
    });
    expect(result.status).toBe(413);
    expect(result.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(result.body).error.code).toBe('payload_too_large');
    expect(result.sentWhenAnswered).toBeLessThanOrEqual(256 * 1024);
    expect(stripeCalls()).toHaveLength(0);
  });

  it('should answer 413 at once to a declared 5 MB Content-Length, and close the connection', async () => {
    const { handlers } = await start();
    const { origin, close } = await serveHandlers(handlers);
    closers.push(close);
    const result = await upload(
      `${origin}/api/identity/verification-sessions`,
      FIVE_MB,
      { ...json, 'Content-Length': String(FIVE_MB) },
      { pauseAfter: 0 },
    );
    expect(result.status).toBe(413);
    expect(result.sentWhenAnswered).toBe(0);
    expect(result.headers.connection).toBe('close');
  });

  it('should pass a small body through untouched', async () => {
    const sessionParams = vi.fn(() => ({}));
    const { handlers } = await start({ sessionParams });
    const { origin, close } = await serveHandlers(handlers);
    closers.push(close);
    const response = await fetch(`${origin}/api/identity/verification-sessions`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ plan: 'pro', name: 'Zoë' }),
    });
    expect(response.status).toBe(200);
    expect(sessionParams).toHaveBeenCalledWith(
      expect.objectContaining({ input: { plan: 'pro', name: 'Zoë' } }),
    );
  });
});

describe('toNodeHandler in a real Express app', () => {
  const payload = WEBHOOK_PAYLOAD;

  async function deliver(origin: string) {
    return fetch(`${origin}/api/identity/webhook`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Stripe-Signature': await signWebhook(payload),
      },
      body: payload,
    });
  }

  it('should refuse a webhook behind express.json() with a clear error: mount it before the parser', async () => {
    const onEvent = vi.fn();
    const { handlers, onError } = await start({ onEvent });
    const app = express();
    app.use(express.json());
    app.use('/api/identity', toNodeHandler(handlers));
    const { origin, close } = await serve(app);
    closers.push(close);

    const response = await deliver(origin);
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { error } = await response.json();
    expect(error.code).toBe('webhook_body_consumed');
    expect(error.message).toMatch(/express\.json\(\)/);
    expect(error.message).toMatch(/Mount the webhook route before the body parser/);
    expect(onEvent).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('should verify the webhook mounted before express.json(), and still serve JSON routes after it', async () => {
    const onEvent = vi.fn();
    const { handlers } = await start({ onEvent });
    const app = express();
    app.post('/api/identity/webhook', toNodeHandler(handlers.webhook));
    app.use(express.json());
    app.use('/api/identity', toNodeHandler(handlers));
    const { origin, close } = await serve(app);
    closers.push(close);

    expect((await deliver(origin)).status).toBe(200);
    expect(onEvent).toHaveBeenCalledTimes(1);
    const created = await fetch(`${origin}/api/identity/verification-sessions`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ plan: 'pro' }),
    });
    expect(created.status).toBe(200);
    expect((await created.json()).client_secret).toContain('_secret_');
  });

  it('should verify a webhook given express.raw() (the raw bytes kept as a Buffer)', async () => {
    const onEvent = vi.fn();
    const { handlers } = await start({ onEvent });
    const app = express();
    app.post(
      '/api/identity/webhook',
      express.raw({ type: 'application/json' }),
      toNodeHandler(handlers.webhook),
    );
    const { origin, close } = await serve(app);
    closers.push(close);
    expect((await deliver(origin)).status).toBe(200);
    expect(onEvent).toHaveBeenCalledTimes(1);
  });
});
