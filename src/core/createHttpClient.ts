import type {
  BackendCallOptions,
  CreateSessionInput,
  HttpBackendOptions,
  IdentityBackend,
} from './backend.js';
import { checkCreatedSession, describeValue } from './checkCreatedSession.js';
import { DEFAULT_BASE_URL, sessionsUrl, sessionUrl } from './contract.js';
import { sendRequest, type TransportOptions } from './sendRequest.js';

// The transport of `createHttpBackend`: every request, header, timeout and error of the HTTP
// contract, but no session validation, so the create path (`<IdentityProvider>` +
// `useVerifyIdentity`) does not bundle `parseVerificationSession`. Sessions read with
// `readSession` are validated once, by whoever reads them (see createHttpBackend.ts).

/** Default of `timeoutMs` in {@link createHttpBackend}. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** The HTTP contract without session validation; {@link createHttpBackend} adds it. */
export interface HttpClient {
  createSession: IdentityBackend['createSession'];
  /** `GET {baseUrl}/verification-sessions/{id}`: the JSON as sent, not validated yet, and the request's label. */
  readSession(id: string, call?: BackendCallOptions): Promise<{ data: unknown; label: string }>;
}

/** True for the {@link HttpClient} the provider builds from HTTP options. */
export function isHttpClient(value: object): value is HttpClient {
  return typeof (value as Partial<HttpClient>).readSession === 'function';
}

/** `JSON.stringify(input)`, with an error that names the call when it cannot be (development). */
function stringifyInput(input: unknown): string {
  if (process.env.NODE_ENV !== 'production') {
    try {
      return JSON.stringify(input ?? {});
    } catch (cause) {
      throw new TypeError(
        '[react-stripe-identity] createSession(input): `input` must be JSON-serialisable (no cycles, no BigInt).',
        { cause },
      );
    }
  }
  // Production: JSON.stringify's own TypeError.
  return JSON.stringify(input ?? {});
}

/** The options with their defaults; invalid ones throw in development (as React checks props). */
function transportOptions(options: HttpBackendOptions): TransportOptions {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (process.env.NODE_ENV !== 'production') {
    if (typeof timeoutMs !== 'number' || !(timeoutMs >= 0)) {
      throw new TypeError(
        `[react-stripe-identity] createHttpBackend({ timeoutMs }): \`timeoutMs\` must be a number of milliseconds >= 0 (0 disables the timeout), got ${String(timeoutMs)}.`,
      );
    }
  }
  // In production an invalid `timeoutMs` means no timeout.
  return {
    fetch: options.fetch,
    headers: options.headers,
    credentials: options.credentials ?? 'same-origin',
    timeoutMs,
  };
}

/** The transport behind `createHttpBackend(options)`; see there for every option and error. */
export function createHttpClient(options: HttpBackendOptions = {}): HttpClient {
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  const transport = transportOptions(options);
  const collection = sessionsUrl(baseUrl);

  return {
    async createSession(input: CreateSessionInput, call: BackendCallOptions = {}) {
      const mode = call.mode ?? 'modal';
      const label = `POST ${collection}`;
      const data = await sendRequest(
        {
          label,
          url: collection,
          body: stringifyInput(input),
          mode,
          signal: call.signal,
        },
        transport,
      );
      return checkCreatedSession(data, mode, label);
    },

    async readSession(id: string, call: BackendCallOptions = {}) {
      if (process.env.NODE_ENV !== 'production') {
        if (typeof id !== 'string' || id === '') {
          throw new TypeError(
            `[react-stripe-identity] getSession(id): \`id\` must be a non-empty string, got ${describeValue(id)}.`,
          );
        }
      }
      const url = sessionUrl(baseUrl, id);
      const label = `GET ${url}`;
      return { data: await sendRequest({ label, url, signal: call.signal }, transport), label };
    },
  };
}
