import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IdentityHandler } from './createIdentityHandlers.js';

/** A Node `http` request listener, as `http.createServer` and Express accept. */
export type NodeRequestListener = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** Options of {@link toNodeHandler}. */
export interface ToNodeHandlerOptions {
  /**
   * The origin used to build the request URL (`req.url` is only a path). Default: `http://` plus
   * the `Host` header. Set it behind a proxy if handlers need the public origin.
   */
  origin?: string;
}

function readBody(req: IncomingMessage): Promise<Uint8Array> {
  // Express and similar may have read the stream already: reuse a raw body they kept.
  const kept =
    (req as IncomingMessage & { rawBody?: unknown; body?: unknown }).rawBody ??
    (req as IncomingMessage & { body?: unknown }).body;
  if (typeof kept === 'string') return Promise.resolve(new TextEncoder().encode(kept));
  if (kept instanceof Uint8Array) return Promise.resolve(kept);
  if (req.readableEnded) {
    // A body parser consumed the stream and kept only parsed JSON: re-serialise it (fine for
    // JSON routes; a webhook needs the raw bytes, see toNodeHandler's docs).
    const text = kept === undefined ? '' : JSON.stringify(kept);
    return Promise.resolve(new TextEncoder().encode(text));
  }
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    req.on('data', (chunk: Uint8Array | string) => {
      chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
    });
    req.on('end', () => {
      const size = chunks.reduce((n, c) => n + c.byteLength, 0);
      const body = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) {
        body.set(chunk, offset);
        offset += chunk.byteLength;
      }
      resolve(body);
    });
    req.on('error', reject);
  });
}

/**
 * Adapts a Fetch-API handler from {@link createIdentityHandlers} to Node's `http` module (and
 * Express, Fastify's raw mode…): builds a `Request` from the `IncomingMessage`, writes the
 * `Response` back. For the webhook, mount it before any JSON body parser, or keep the raw body
 * as `req.rawBody`: Stripe's signature covers the exact bytes.
 *
 * @example
 * import http from 'node:http';
 * const { handle } = createIdentityHandlers({ stripe, authenticate });
 * http.createServer(toNodeHandler(handle)).listen(3000);
 */
export function toNodeHandler(
  handler: IdentityHandler,
  options: ToNodeHandlerOptions = {},
): NodeRequestListener {
  return async (req, res) => {
    try {
      const origin = options.origin ?? `http://${req.headers.host ?? 'localhost'}`;
      const url = new URL(req.url ?? '/', origin);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined) continue;
        if (Array.isArray(value)) for (const v of value) headers.append(name, v);
        else headers.set(name, value);
      }
      const method = req.method ?? 'GET';
      const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
      const request = new Request(url, {
        method,
        headers,
        ...(body === undefined ? {} : { body: body as BodyInit }),
      });
      const response = await handler(request);
      res.statusCode = response.status;
      response.headers.forEach((value, name) => {
        res.setHeader(name, value);
      });
      res.end(new Uint8Array(await response.arrayBuffer()));
    } catch {
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
      }
      res.end(JSON.stringify({ error: { message: 'Internal error.', code: 'internal_error' } }));
    }
  };
}
