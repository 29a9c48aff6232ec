import { SESSIONS_PATH, WEBHOOK_PATH } from '../core/contract.js';
import { errorResponse } from './responses.js';
import type { IdentityHandler } from './types.js';

/**
 * Routes by the end of the path, wherever the handlers are mounted: `…/verification-sessions`,
 * `…/verification-sessions/{id}`, `…/webhook`; 404 otherwise (each route answers 405 itself).
 */
export function createRouter(routes: {
  createSession: IdentityHandler;
  getSession: IdentityHandler;
  webhook: IdentityHandler;
}): IdentityHandler {
  return async (request) => {
    const path = new URL(request.url).pathname.replace(/\/+$/, '');
    if (path.endsWith(SESSIONS_PATH)) return routes.createSession(request);
    const parent = path.slice(0, path.lastIndexOf('/'));
    if (parent.endsWith(SESSIONS_PATH)) return routes.getSession(request);
    if (path.endsWith(WEBHOOK_PATH)) return routes.webhook(request);
    return errorResponse(404, 'not_found', 'Not found.');
  };
}
