import type { IdentityBackend } from '../core/backend.js';
import { DEFAULT_BASE_URL, MODE_HEADER } from '../core/contract.js';
import { createHttpBackend } from '../core/createHttpBackend.js';
import type { VerificationSession } from '../core/types.js';
import type { HandlerContext } from './handlerContext.js';
import { listUserSessions } from './listUserSessions.js';
import { publicSession } from './publicSession.js';
import { readOwnSession } from './readOwnSession.js';
import { resolveUser } from './resolveUser.js';
import type { IdentityHandler } from './types.js';

/** Headers of the page request that must not reach an in-process API request. */
const NOT_FORWARDED = [
  'content-length',
  'content-type',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'upgrade',
  'expect',
  MODE_HEADER,
];

/** The error a loader helper throws when `authenticate` or Stripe failed (already reported). */
function loaderError(what: string, cause?: unknown): Error {
  return new Error(
    `[react-stripe-identity] handlers.currentSession(request): ${what}; see onError.`,
    {
      cause,
    },
  );
}

/**
 * `handlers.currentSession(request)`: the user's newest session in the public shape, or `null`.
 * One list call (per 100 of the user's sessions); with `exposeVerifiedOutputs`, one retrieve
 * more, since a list does not carry `verified_outputs`.
 */
export function currentSessionHelper(context: HandlerContext) {
  return async (request: Request): Promise<VerificationSession | null> => {
    const user = await resolveUser(context, request, 'currentSession');
    if (user instanceof Response) {
      if (user.status === 401) return null;
      throw loaderError('authenticate failed');
    }
    try {
      const newest = (await listUserSessions(context, user))[0];
      if (!newest) return null;
      if (!context.exposeVerifiedOutputs) return publicSession(newest, false);
      return await readOwnSession(context, user, newest.id);
    } catch (error) {
      context.report(error, 'currentSession', request);
      throw loaderError('Stripe failed', error);
    }
  };
}

/** The page request's headers (cookies, authorization…) with `extra` over them. */
function forwardedHeaders(from: Headers, extra: HeadersInit | undefined): Headers {
  const headers = new Headers(from);
  for (const name of NOT_FORWARDED) headers.delete(name);
  new Headers(extra).forEach((value, name) => {
    headers.set(name, value);
  });
  return headers;
}

/**
 * `handlers.backendFor(request)`: the HTTP client of the browser (`createHttpBackend`), whose
 * `fetch` calls `handle` in-process with the page request's headers. Same contract, same
 * validation, same errors as in the browser, and no URL to configure.
 */
export function backendForHelper(handle: IdentityHandler) {
  return (request: Request): IdentityBackend =>
    createHttpBackend({
      baseUrl: DEFAULT_BASE_URL,
      fetch: async (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input), request.url);
        return handle(
          new Request(url, {
            method: init?.method ?? 'GET',
            headers: forwardedHeaders(request.headers, init?.headers),
            ...(init?.body == null ? {} : { body: init.body }),
            ...(init?.signal ? { signal: init.signal } : {}),
          }),
        );
      },
    });
}
