import type {
  BackendCallOptions,
  CreatedSession,
  CreateSessionInput,
  HttpBackendOptions,
  IdentityBackend,
  VerificationMode,
} from './backend.js';
import { IdentityError } from './IdentityError.js';
import { isObject } from './isObject.js';

// The transport of `createHttpBackend`: every request, header, timeout and error of the HTTP
// contract, but no session validation, so the create path (`<IdentityProvider>` +
// `useVerifyIdentity`) does not bundle `parseVerificationSession`. Sessions read with
// `readSession` are validated once, by whoever reads them (see createHttpBackend.ts).

/** Where {@link createHttpBackend} expects the handlers when no `baseUrl` is given. */
export const DEFAULT_BASE_URL = '/api/identity';

/** Default of `timeoutMs` in {@link createHttpBackend}. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * The request header that tells the backend which single-use credential `POST
 * /verification-sessions` must return: `modal` (a `client_secret`, the default when absent) or
 * `redirect` (the hosted-page `url`). The request body stays the host's own `input`, untouched.
 */
export const MODE_HEADER = 'X-Identity-Mode';

/** The longest delay `setTimeout` honours. */
const MAX_TIMER_MS = 2_147_483_647;

/** Longest part of a server's error message kept in an `IdentityError` message. */
const MAX_SERVER_MESSAGE = 300;

type Method = 'GET' | 'POST';

interface RequestSpec {
  method: Method;
  url: string;
  /** `METHOD path`, for error messages (no query, no secret). */
  label: string;
  body?: string;
  mode?: VerificationMode;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/** The server's `{ error: { message, code } }`, if the body is that shape. */
function readServerError(text: string): { message?: string; code?: string } | null {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(body) || !isObject(body.error)) return null;
  const { message, code } = body.error;
  return {
    ...(typeof message === 'string' ? { message: message.slice(0, MAX_SERVER_MESSAGE) } : {}),
    ...(typeof code === 'string' ? { code: code.slice(0, 100) } : {}),
  };
}

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

/** The transport behind `createHttpBackend(options)`; see there for every option and error. */
export function createHttpClient(options: HttpBackendOptions = {}): HttpClient {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const credentials = options.credentials ?? 'same-origin';
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (typeof timeoutMs !== 'number' || !(timeoutMs >= 0)) {
    throw new TypeError(
      `[react-stripe-identity] createHttpBackend({ timeoutMs }): \`timeoutMs\` must be a number of milliseconds >= 0 (0 disables the timeout), got ${String(timeoutMs)}.`,
    );
  }
  const collection = `${baseUrl}/verification-sessions`;

  async function buildHeaders(spec: RequestSpec): Promise<Headers> {
    let extra: HeadersInit | undefined;
    try {
      extra = typeof options.headers === 'function' ? await options.headers() : options.headers;
    } catch (cause) {
      throw new IdentityError(
        'network_error',
        `${spec.label} was not sent: the \`headers\` function given to createHttpBackend() threw.`,
        { cause },
      );
    }
    const headers = new Headers(extra);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    if (spec.body !== undefined && !headers.has('Content-Type')) {
      headers.set('Content-Type', 'application/json');
    }
    if (spec.mode) headers.set(MODE_HEADER, spec.mode);
    return headers;
  }

  /** Sends one request and returns its parsed 2xx JSON body, or rejects with an IdentityError. */
  async function exchange(spec: RequestSpec, signal: AbortSignal): Promise<unknown> {
    const fetchImpl = options.fetch ?? globalThis.fetch;
    if (typeof fetchImpl !== 'function') {
      throw new IdentityError(
        'network_error',
        `${spec.label} was not sent: no global \`fetch\` here. Pass \`fetch\` to createHttpBackend().`,
      );
    }
    const headers = await buildHeaders(spec);
    let response: Response;
    try {
      response = await fetchImpl(spec.url, {
        method: spec.method,
        headers,
        credentials,
        signal,
        ...(spec.body === undefined ? {} : { body: spec.body }),
      });
    } catch (cause) {
      throw new IdentityError(
        'network_error',
        `${spec.label} failed: the request did not reach the server (${cause instanceof Error ? cause.message : 'fetch rejected'}).`,
        { cause },
      );
    }
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      throw new IdentityError(
        'network_error',
        `${spec.label} failed: the response body could not be read.`,
        { cause, status: response.status },
      );
    }
    if (!response.ok) {
      const serverError = readServerError(text);
      const detail = serverError?.message ? `: ${serverError.message}` : '.';
      const code = serverError?.code ? ` (code ${serverError.code})` : '';
      throw new IdentityError(
        'backend_http_error',
        `${spec.label} failed with HTTP ${response.status}${code}${detail}`,
        { status: response.status, ...(serverError ? { cause: { error: serverError } } : {}) },
      );
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      const type = response.headers.get('Content-Type') ?? 'none';
      throw new IdentityError(
        'invalid_response',
        `${spec.label} returned HTTP ${response.status} with a body that is not JSON (Content-Type: ${type.slice(0, 80)}). Check that \`baseUrl\` points at the react-stripe-identity/server handlers.`,
        { status: response.status },
      );
    }
  }

  /** Runs `exchange` under the caller's signal and the timeout; settles exactly once. */
  function send(spec: RequestSpec, call: BackendCallOptions): Promise<unknown> {
    const outer = call.signal;
    if (outer?.aborted) {
      return Promise.reject(
        new IdentityError('aborted', `${spec.label} was aborted before it was sent.`, {
          cause: outer.reason,
        }),
      );
    }
    return new Promise<unknown>((resolve, reject) => {
      const controller = new AbortController();
      // A promise settles once (later calls are no-ops): whichever path comes first wins, and
      // each one stops the timer and the abort listener.
      const finish =
        (settle: (value: unknown) => void) =>
        (value: unknown): void => {
          clearTimeout(timer);
          outer?.removeEventListener('abort', onAbort);
          settle(value);
        };
      const fail = finish(reject);
      const onAbort = () => {
        const reason = outer?.reason;
        controller.abort(reason);
        fail(new IdentityError('aborted', `${spec.label} was aborted.`, { cause: reason }));
      };
      outer?.addEventListener('abort', onAbort, { once: true });
      // Beyond 2^31-1 ms setTimeout fires at once; treat such values (and Infinity) as "no timeout".
      const timer =
        timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS
          ? setTimeout(() => {
              const error = new IdentityError(
                'timeout',
                `${spec.label} did not answer within ${timeoutMs} ms (createHttpBackend \`timeoutMs\`).`,
              );
              controller.abort(error);
              fail(error);
            }, timeoutMs)
          : undefined;
      exchange(spec, controller.signal).then(finish(resolve as (value: unknown) => void), fail);
    });
  }

  return {
    async createSession(
      input: CreateSessionInput,
      call: BackendCallOptions = {},
    ): Promise<CreatedSession> {
      const mode: VerificationMode = call.mode ?? 'modal';
      let body: string;
      try {
        body = JSON.stringify(input ?? {});
      } catch (cause) {
        throw new TypeError(
          '[react-stripe-identity] createSession(input): `input` must be JSON-serialisable (no cycles, no BigInt).',
          { cause },
        );
      }
      const spec: RequestSpec = {
        method: 'POST',
        url: collection,
        label: `POST ${collection}`,
        body,
        mode,
      };
      const data = await send(spec, call);
      const credential = mode === 'redirect' ? 'url' : 'client_secret';
      if (!isObject(data)) {
        throw new IdentityError(
          'invalid_response',
          `${spec.label} returned ${describeValue(data)} instead of an object with \`id\` and \`${credential}\`.`,
        );
      }
      if (typeof data.id !== 'string' || data.id === '') {
        throw new IdentityError(
          'invalid_response',
          `${spec.label} returned no \`id\` (expected a non-empty string, got ${describeValue(data.id)}).`,
        );
      }
      const value = data[credential];
      if (typeof value !== 'string' || value === '') {
        throw new IdentityError(
          'invalid_response',
          `${spec.label} returned no \`${credential}\` for ${mode} mode (expected a non-empty string, got ${describeValue(value)}). The server must answer the \`${MODE_HEADER}: ${mode}\` header with \`${credential}\`.`,
        );
      }
      return mode === 'redirect'
        ? { id: data.id, url: value }
        : { id: data.id, client_secret: value };
    },

    async readSession(id: string, call: BackendCallOptions = {}) {
      if (typeof id !== 'string' || id === '') {
        throw new TypeError(
          `[react-stripe-identity] getSession(id): \`id\` must be a non-empty string, got ${describeValue(id)}.`,
        );
      }
      const url = `${collection}/${encodeURIComponent(id)}`;
      const spec: RequestSpec = { method: 'GET', url, label: `GET ${url}` };
      return { data: await send(spec, call), label: spec.label };
    },
  };
}
