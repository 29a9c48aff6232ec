import { errorResponse } from './responses.js';

/** The body as text, or the answer to send instead (413 over the limit, 400 not UTF-8). */
export type BodyResult = { text: string } | Response;

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads at most `limit` bytes of a body as UTF-8, counting while it streams: a bigger body is
 * cancelled at the limit (never held whole) and answered 413.
 */
export async function readLimitedBody(request: Request, limit: number): Promise<BodyResult> {
  const tooLarge = () =>
    errorResponse(
      413,
      'payload_too_large',
      `The request body is larger than the ${limit}-byte limit.`,
    );
  const declared = Number(request.headers.get('Content-Length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) return tooLarge();
  if (!request.body) return { text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel().catch(() => {});
      return tooLarge();
    }
    chunks.push(value);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(concat(chunks, size)) };
  } catch {
    return errorResponse(400, 'invalid_request', 'The request body is not valid UTF-8.');
  }
}
