import { errorBody, type IdentityServerErrorCode } from '../core/contract.js';

/** Every answer of the handlers: nothing is cached by browsers or proxies. */
export const NO_STORE = { 'Cache-Control': 'no-store' } as const;

/** A JSON answer with `no-store` and `nosniff`. */
export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      ...NO_STORE,
      ...headers,
    },
  });
}

/** The contract's error answer: `{"error": {"message", "code"}}`. */
export function errorResponse(
  status: number,
  code: IdentityServerErrorCode,
  message: string,
  headers?: Record<string, string>,
): Response {
  return json(status, errorBody(code, message), headers);
}

/** 405 with the methods the route takes. */
export function methodNotAllowed(allow: string, message: string): Response {
  return errorResponse(405, 'method_not_allowed', message, { Allow: allow });
}

/** OPTIONS: which methods a route takes (no CORS headers: cross-origin use is the host's call). */
export function allowedMethods(allow: string): Response {
  return new Response(null, { status: 204, headers: { Allow: allow, ...NO_STORE } });
}

/** 404 for a missing session and for another user's alike. */
export function sessionNotFound(): Response {
  return errorResponse(404, 'not_found', 'No such verification session.');
}
