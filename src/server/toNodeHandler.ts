import type { IncomingMessage, ServerResponse } from 'node:http';
import { REPARSED_BODY } from './reparsedBody.js';
import type { IdentityHandler } from './types.js';

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

type KeptBody = { body: Uint8Array; reparsed: boolean } | undefined;

/** A body that Express or another framework already read off the stream, if any. */
function keptBody(req: IncomingMessage): KeptBody {
  const { rawBody, body } = req as IncomingMessage & { rawBody?: unknown; body?: unknown };
  const kept = rawBody ?? body;
  if (typeof kept === 'string') return { body: new TextEncoder().encode(kept), reparsed: false };
  if (kept instanceof Uint8Array) return { body: kept, reparsed: false };
  if (!req.readableEnded) return undefined;
  // A body parser consumed the stream and kept only parsed JSON: re-serialise it (fine for JSON
  // routes; the webhook refuses it, since Stripe's signature covers the bytes that are gone).
  const text = kept === undefined ? '' : JSON.stringify(kept);
  return { body: new TextEncoder().encode(text), reparsed: kept !== undefined };
}

/**
 * The request body as a stream read on demand: nothing is buffered here, so the handler's
 * `maxBodyBytes` stops a big upload after the limit instead of after the whole of it.
 */
function streamOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  const chunks = req[Symbol.asyncIterator]() as AsyncIterator<Uint8Array | string>;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await chunks.next();
        if (done) controller.close();
        else {
          controller.enqueue(typeof value === 'string' ? new TextEncoder().encode(value) : value);
        }
      },
      // The handler stopped reading (a body over its limit): leave the rest unread; the
      // connection is closed after the answer.
      cancel() {
        req.pause();
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * Adapts a Fetch-API handler from {@link createIdentityHandlers} to Node's `http` module (and
 * Express, Fastify's raw mode…): builds a `Request` from the `IncomingMessage` (the body streams
 * through, read only as far as the handler reads it), writes the `Response` back. For the
 * webhook, mount it before any JSON body parser, or keep the raw body as `req.rawBody`: Stripe's
 * signature covers the exact bytes (a body a parser consumed is refused with 400
 * `webhook_body_consumed`).
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
      const hasBody = method !== 'GET' && method !== 'HEAD';
      const kept = hasBody ? keptBody(req) : undefined;
      const init: RequestInit & { duplex?: 'half' } = { method, headers };
      if (kept) {
        init.body = kept.body as BodyInit;
        // The length the handler sees is that of the bytes it gets, not the original header.
        headers.delete('content-length');
      } else if (hasBody) {
        init.body = streamOf(req);
        init.duplex = 'half';
      }
      const request = new Request(url, init);
      if (kept?.reparsed) Object.defineProperty(request, REPARSED_BODY, { value: true });
      const response = await handler(request);
      res.statusCode = response.status;
      response.headers.forEach((value, name) => {
        res.setHeader(name, value);
      });
      // A body the handler did not read (refused before or at its limit) is not drained.
      if (hasBody && !kept && !req.readableEnded) res.setHeader('Connection', 'close');
      res.end(new Uint8Array(await response.arrayBuffer()));
    } catch {
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
      }
      res.end(JSON.stringify({ error: { message: 'Internal error.', code: 'internal_error' } }));
    }
  };
}
