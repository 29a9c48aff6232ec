import { createSessionRoute } from './createSessionRoute.js';
import { getSessionRoute } from './getSessionRoute.js';
import { createHandlerContext } from './handlerContext.js';
import { backendForHelper, currentSessionHelper } from './loaderHelpers.js';
import { createRouter } from './router.js';
import type { IdentityHandler, IdentityHandlers, IdentityHandlersOptions } from './types.js';
import { webhookRoute } from './webhookRoute.js';

/**
 * Creates Fetch-API handlers that implement the default HTTP contract the browser client
 * (`createHttpBackend`) talks to, on top of the `stripe` Node SDK:
 *
 * - `POST …/verification-sessions` — body: the client's JSON `input` (at most `maxBodyBytes`);
 *   header `X-Identity-Mode: modal | redirect`. Reuses the user's open (`requires_input`)
 *   session, answers 409 while one is `processing` or `verified`, 429 over `maxAttempts`, and
 *   creates a new one otherwise under an idempotency key every instance derives alike (the user,
 *   their newest session, the exact parameters, and a step past keys Stripe failed on), so
 *   double clicks and parallel tabs get one session. Answers `200 {"id", "client_secret"}` or,
 *   in redirect mode, `200 {"id", "url"}`.
 * - `GET …/verification-sessions/{id}` — the session's allow-listed fields, no `client_secret`
 *   or `url`; 404 if it belongs to another user (never 403: do not confirm it exists).
 * - `POST …/webhook` — verifies Stripe's signature and calls `onEvent` for
 *   `identity.verification_session.*` events.
 *
 * Nothing an answer depends on is kept in process memory: N instances and cold starts answer
 * alike. Errors are `{ "error": { "message", "code" } }` with a 4xx/5xx status (405 with
 * `Allow`; `OPTIONS` answers 204 with `Allow`). Responses carry `Cache-Control: no-store`.
 * Requests to create must be `Content-Type: application/json`, which makes cross-site form
 * posts impossible (a CORS preflight is required). `currentSession(request)` and
 * `backendFor(request)` serve loaders and Server Components.
 *
 * @example
 * // app/api/identity/[...path]/route.ts (Next.js)
 * const handlers = createIdentityHandlers({
 *   stripe: new Stripe(process.env.STRIPE_SECRET_KEY!),
 *   authenticate: async () => (await auth())?.user?.id ?? null,
 *   webhookSecret: process.env.STRIPE_IDENTITY_WEBHOOK_SECRET,
 *   retrieveEventSession: true,
 *   onEvent: async (event, { session }) => { if (session?.status === 'verified') … },
 * });
 * export const { GET, POST } = handlers;
 */
export function createIdentityHandlers(options: IdentityHandlersOptions): IdentityHandlers {
  const context = createHandlerContext(options);
  const routes = {
    createSession: createSessionRoute(context),
    getSession: getSessionRoute(context),
    webhook: webhookRoute(context),
  };
  const handle = createRouter(routes);
  const router: IdentityHandler = (request) => handle(request);
  return Object.assign(router, {
    handle,
    GET: handle,
    POST: handle,
    ...routes,
    currentSession: currentSessionHelper(context),
    backendFor: backendForHelper(handle),
  });
}
