import type { SimulatorRoute } from './types.js';

/** Stripe's VerificationSession paths and the simulator's test helpers. */
const SESSIONS = /^\/v1\/identity\/verification_sessions(?:\/([^/]+)(?:\/(cancel|redact))?)?$/;
const HELPERS =
  /^\/v1\/test_helpers\/identity\/verification_sessions\/([^/]+)\/(submit|verify|fail)$/;

/** The operation a request reaches, with the session id from its path, or null. */
export function routeOf(
  method: string,
  path: string,
): { route: SimulatorRoute; id: string | null } | null {
  const helper = HELPERS.exec(path);
  if (helper) {
    return method === 'POST'
      ? { route: helper[2] as SimulatorRoute, id: decodeURIComponent(helper[1] as string) }
      : null;
  }
  const match = SESSIONS.exec(path);
  if (!match) return null;
  const id = match[1] ? decodeURIComponent(match[1]) : null;
  const action = match[2] as 'cancel' | 'redact' | undefined;
  if (method === 'GET' && !action) return { route: id ? 'retrieve' : 'list', id };
  if (method !== 'POST') return null;
  if (action) return { route: action, id };
  return { route: id ? 'update' : 'create', id };
}

/** Test helpers are the simulator's own: open to a browser page (CORS) and need no API key. */
export const isTestHelper = (path: string) => path.startsWith('/v1/test_helpers/');
