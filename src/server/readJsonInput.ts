import { isObject } from '../core/isObject.js';
import { readLimitedBody } from './readLimitedBody.js';
import { errorResponse } from './responses.js';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * The create request's JSON object body (`{}` when empty), or the answer to send instead: 415
 * unless sent as JSON (so a cross-site form post cannot reach it without a CORS preflight),
 * 413 over `limit` bytes, 400 when not a JSON object.
 */
export async function readJsonInput(
  request: Request,
  limit: number,
): Promise<Record<string, unknown> | Response> {
  if (!JSON_TYPE.test(request.headers.get('Content-Type') ?? '')) {
    return errorResponse(
      415,
      'unsupported_media_type',
      'Send the request body as JSON with Content-Type: application/json.',
    );
  }
  const read = await readLimitedBody(request, limit);
  if (read instanceof Response) return read;
  if (read.text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(read.text);
  } catch {
    return errorResponse(400, 'invalid_request', 'The request body is not valid JSON.');
  }
  if (!isObject(body)) {
    return errorResponse(400, 'invalid_request', 'The request body must be a JSON object.');
  }
  return body;
}
