import type { HttpBackendOptions, IdentityBackend } from './backend.js';
import { createHttpClient, type HttpClient } from './createHttpClient.js';
import { IdentityError, isIdentityError } from './IdentityError.js';
import { parseVerificationSession } from './parseVerificationSession.js';
import type { VerificationSession } from './types.js';

/** Sessions this module validated: `fetchVerificationSession` does not validate them again. */
const validated = new WeakSet<object>();

/** True for a session `createHttpBackend().getSession` returned (already validated). */
export function isValidatedSession(value: unknown): value is VerificationSession {
  return typeof value === 'object' && value !== null && validated.has(value);
}

/** Validates what `label` (`GET …/{id}`) returned, naming the request in every error. */
function checkSession(data: unknown, id: string, label: string): VerificationSession {
  let parsed: VerificationSession;
  try {
    parsed = parseVerificationSession(data);
  } catch (error) {
    if (isIdentityError(error)) {
      throw new IdentityError('invalid_response', `${label}: ${error.message}`, { cause: error });
    }
    throw error;
  }
  if (parsed.id !== id) {
    throw new IdentityError(
      'invalid_response',
      process.env.NODE_ENV !== 'production'
        ? `${label} returned the session ${JSON.stringify(parsed.id.slice(0, 80))} instead of the one asked for.`
        : `${label} returned another session`,
    );
  }
  const session = { ...parsed, client_secret: null, url: null };
  validated.add(session);
  return session;
}

const backends = new WeakMap<HttpClient, IdentityBackend>();

/** The {@link IdentityBackend} over an {@link HttpClient}: sessions validated once, here. */
export function httpBackend(client: HttpClient): IdentityBackend {
  let backend = backends.get(client);
  if (!backend) {
    backend = {
      createSession: client.createSession,
      async getSession(id, call) {
        const { data, label } = await client.readSession(id, call);
        return checkSession(data, id, label);
      },
    };
    backends.set(client, backend);
  }
  return backend;
}

/**
 * Creates the {@link IdentityBackend} that talks to the default HTTP contract, which
 * `react-stripe-identity/server` implements:
 *
 * - `createSession(input, { mode })` → `POST {baseUrl}/verification-sessions` with `input` as the
 *   JSON body (`{}` when undefined) and the header `X-Identity-Mode: modal | redirect`; expects
 *   `200 {"id", "client_secret"}` (modal) or `200 {"id", "url"}` (redirect).
 * - `getSession(id)` → `GET {baseUrl}/verification-sessions/{id}`; the JSON is validated with
 *   `parseVerificationSession` and returned with `client_secret` and `url` set to `null`.
 *
 * Every failure rejects with an {@link IdentityError}: `backend_http_error` (non-2xx; `status`
 * set, the server's `{ error: { message } }` quoted), `invalid_response` (2xx that is not the
 * expected JSON), `network_error` (`fetch` rejected), `timeout` (after `timeoutMs`) or `aborted`
 * (the caller's `signal`). Messages name the method and URL path and never contain a secret.
 * The client never logs.
 *
 * @example
 * const backend = createHttpBackend({
 *   baseUrl: '/api/identity',
 *   headers: async () => ({ 'X-CSRF-Token': await getCsrfToken() }),
 * });
 */
export function createHttpBackend(options: HttpBackendOptions = {}): IdentityBackend {
  return httpBackend(createHttpClient(options));
}
