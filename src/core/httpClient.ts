import type {
  BackendCallOptions,
  CreatedSession,
  CreateSessionInput,
  HttpBackendOptions,
  IdentityBackend,
} from './backend.js';
import {
  credentialField,
  DEFAULT_BASE_URL,
  MODE_HEADER,
  readErrorBody,
  sessionsUrl,
  sessionUrl,
  type VerificationMode,
} from './contract.js';
import { isDev } from './dev.js';
import {
  IdentityError,
  type IdentityErrorCode,
  type IdentityErrorOptions,
} from './IdentityError.js';
import { isObject } from './isObject.js';

// The transport of `createHttpBackend`: every request, header, timeout and error of the HTTP
// contract, but no session validation, so the create path (`<IdentityProvider>` +
// `useVerifyIdentity`) does not bundle `parseVerificationSession`. Sessions read with
// `readSession` are validated once, by whoever reads them (see createHttpBackend.ts).

/** Default of `timeoutMs` in {@link createHttpBackend}. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** The longest delay `setTimeout` honours. */
const MAX_TIMER_MS = 2_147_483_647;

/** What a value is, for error messages: `null`, `an array`, or its `typeof`. */
function describeValue(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/**
 * Checks what `createSession` (`label`) resolved to: an object with a non-empty `id` and the
 * credential the mode needs (`client_secret` for `modal`, `url` for `redirect`). Used by the HTTP
 * client and, for custom backends, by `useVerifyIdentity`.
 */
export function checkCreated(data: unknown, mode: VerificationMode, label: string): CreatedSession {
  const credential = credentialField(mode);
  const invalid = (message: string) => new IdentityError('invalid_response', `${label} ${message}`);
  if (!isObject(data)) {
    throw invalid(
      /* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production'
        ? `returned ${describeValue(data)} instead of an object with \`id\` and \`${credential}\`.`
        : `returned ${describeValue(data)}`,
    );
  }
  const { id } = data;
  if (typeof id !== 'string' || id === '') {
    throw invalid(
      /* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production'
        ? `returned no \`id\` (expected a non-empty string, got ${describeValue(id)}).`
        : `returned no id`,
    );
  }
  const value = data[credential];
  if (typeof value !== 'string' || value === '') {
    throw invalid(
      /* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production'
        ? `returned no \`${credential}\` for ${mode} mode (expected a non-empty string, got ${describeValue(value)}). The server must answer the \`${MODE_HEADER}: ${mode}\` header with \`${credential}\`.`
        : `returned no ${credential}`,
    );
  }
  return { id, [credential]: value };
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

/** Development: `JSON.stringify(input)`, with an error that names the call when it cannot be. */
function stringifyInput(input: unknown): string {
  try {
    return JSON.stringify(input ?? {});
  } catch (cause) {
    throw new TypeError(
      '[react-stripe-identity] createSession(input): `input` must be JSON-serialisable (no cycles, no BigInt).',
      { cause },
    );
  }
}

/** The transport behind `createHttpBackend(options)`; see there for every option and error. */
export function createHttpClient(options: HttpBackendOptions = {}): HttpClient {
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  const credentials = options.credentials ?? 'same-origin';
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Option checks are developer-only: a production build skips them (an invalid `timeoutMs`
  // then means no timeout), as React skips prop checks.
  if (
    /* @__PURE__ */ isDev() &&
    process.env.NODE_ENV !== 'production' &&
    (typeof timeoutMs !== 'number' || !(timeoutMs >= 0))
  ) {
    throw new TypeError(
      `[react-stripe-identity] createHttpBackend({ timeoutMs }): \`timeoutMs\` must be a number of milliseconds >= 0 (0 disables the timeout), got ${String(timeoutMs)}.`,
    );
  }
  const collection = sessionsUrl(baseUrl);

  /**
   * Sends one request (`label` is `METHOD path`, for messages: no query, no secret) and resolves
   * to its parsed 2xx JSON body, or rejects with an IdentityError. The caller's signal and the
   * timeout end it at once (even while `headers()` is pending); it settles exactly once.
   */
  function send(
    label: string,
    url: string,
    call: BackendCallOptions,
    body?: string,
    mode?: VerificationMode,
  ): Promise<unknown> {
    const outer = call.signal;
    const controller = new AbortController();
    const error = (code: IdentityErrorCode, message: string, extra?: IdentityErrorOptions) =>
      new IdentityError(code, `${label} ${message}`, extra);

    async function exchange(): Promise<unknown> {
      const fetchImpl = options.fetch ?? globalThis.fetch;
      if (
        /* @__PURE__ */ isDev() &&
        process.env.NODE_ENV !== 'production' &&
        typeof fetchImpl !== 'function'
      ) {
        // In production the call below fails instead, as the same `network_error`.
        throw error(
          'network_error',
          'was not sent: no global `fetch` here. Pass `fetch` to createHttpBackend().',
        );
      }
      let extra: HeadersInit | undefined;
      try {
        extra = typeof options.headers === 'function' ? await options.headers() : options.headers;
      } catch (cause) {
        throw error(
          'network_error',
          /* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production'
            ? 'was not sent: the `headers` function given to createHttpBackend() threw.'
            : 'was not sent: headers() threw',
          { cause },
        );
      }
      const headers = new Headers(extra);
      if (!headers.has('Accept')) headers.set('Accept', 'application/json');
      if (body !== undefined && !headers.has('Content-Type')) {
        headers.set('Content-Type', 'application/json');
      }
      if (mode) headers.set(MODE_HEADER, mode);
      let response: Response;
      let text: string;
      try {
        response = await fetchImpl(url, {
          method: body === undefined ? 'GET' : 'POST',
          headers,
          credentials,
          signal: controller.signal,
          ...(body === undefined ? {} : { body }),
        });
      } catch (cause) {
        const detail = cause instanceof Error ? cause.message : 'fetch rejected';
        throw error(
          'network_error',
          /* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production'
            ? `failed: the request did not reach the server (${detail}).`
            : `failed: ${detail}`,
          { cause },
        );
      }
      const { status } = response;
      try {
        text = await response.text();
      } catch (cause) {
        throw error(
          'network_error',
          /* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production'
            ? 'failed: the response body could not be read.'
            : 'failed',
          { cause, status },
        );
      }
      if (!response.ok) {
        const server = readErrorBody(text);
        throw error(
          'backend_http_error',
          `failed with HTTP ${status}${server?.code ? ` (code ${server.code})` : ''}${server?.message ? `: ${server.message}` : '.'}`,
          { status, serverCode: server?.code, ...(server ? { cause: { error: server } } : {}) },
        );
      }
      try {
        return JSON.parse(text) as unknown;
      } catch {
        const type = (response.headers.get('Content-Type') ?? 'none').slice(0, 80);
        throw error(
          'invalid_response',
          /* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production'
            ? `returned HTTP ${status} with a body that is not JSON (Content-Type: ${type}). Check that \`baseUrl\` points at the react-stripe-identity/server handlers.`
            : `returned non-JSON (HTTP ${status}, ${type})`,
          { status },
        );
      }
    }

    return new Promise<unknown>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let sent = false;
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
      const stop = (reason: IdentityError) => {
        controller.abort(reason.cause ?? reason);
        fail(reason);
      };
      const onAbort = () =>
        stop(
          error(
            'aborted',
            `was aborted${/* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production' && !sent ? ' before it was sent' : ''}.`,
            {
              cause: outer?.reason,
            },
          ),
        );
      if (outer?.aborted) return onAbort();
      outer?.addEventListener('abort', onAbort, { once: true });
      // Beyond 2^31-1 ms setTimeout fires at once; treat such values (and Infinity) as "no timeout".
      if (timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS) {
        timer = setTimeout(
          () =>
            stop(
              error(
                'timeout',
                /* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production'
                  ? `did not answer within ${timeoutMs} ms (createHttpBackend \`timeoutMs\`).`
                  : `did not answer within ${timeoutMs} ms`,
              ),
            ),
          timeoutMs,
        );
      }
      sent = true;
      exchange().then(finish(resolve), fail);
    });
  }

  return {
    async createSession(input: CreateSessionInput, call: BackendCallOptions = {}) {
      const mode: VerificationMode = call.mode ?? 'modal';
      // Production: JSON.stringify's own TypeError.
      const body =
        /* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production'
          ? stringifyInput(input)
          : JSON.stringify(input ?? {});
      const label = `POST ${collection}`;
      return checkCreated(await send(label, collection, call, body, mode), mode, label);
    },

    async readSession(id: string, call: BackendCallOptions = {}) {
      if (
        /* @__PURE__ */ isDev() &&
        process.env.NODE_ENV !== 'production' &&
        (typeof id !== 'string' || id === '')
      ) {
        throw new TypeError(
          `[react-stripe-identity] getSession(id): \`id\` must be a non-empty string, got ${describeValue(id)}.`,
        );
      }
      const url = sessionUrl(baseUrl, id);
      const label = `GET ${url}`;
      return { data: await send(label, url, call), label };
    },
  };
}
