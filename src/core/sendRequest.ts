import type { HttpBackendOptions } from './backend.js';
import { MODE_HEADER, readErrorBody, type VerificationMode } from './contract.js';
import {
  IdentityError,
  type IdentityErrorCode,
  type IdentityErrorOptions,
} from './IdentityError.js';

/** The longest delay `setTimeout` honours. */
const MAX_TIMER_MS = 2_147_483_647;

/** One request of the HTTP contract. */
export interface ContractRequest {
  /** `METHOD path`, for messages: no query, no secret. */
  label: string;
  url: string;
  /** The JSON body of a POST; a GET has none. */
  body?: string;
  /** For a create: which credential to ask for (the contract's mode header). */
  mode?: VerificationMode;
  /** The caller's signal: aborting ends the request at once. */
  signal?: AbortSignal | undefined;
}

/** The client options a request needs, with the defaults filled in. */
export interface TransportOptions extends Pick<HttpBackendOptions, 'fetch' | 'headers'> {
  credentials: RequestCredentials;
  timeoutMs: number;
}

/** An IdentityError whose message starts with the request's label. */
function requestError(
  request: ContractRequest,
  code: IdentityErrorCode,
  message: string,
  extra?: IdentityErrorOptions,
): IdentityError {
  return new IdentityError(code, `${request.label} ${message}`, extra);
}

/** The host's headers (a function may compute them), then the contract's. */
async function headersFor(request: ContractRequest, options: TransportOptions): Promise<Headers> {
  let host: HeadersInit | undefined;
  try {
    host = typeof options.headers === 'function' ? await options.headers() : options.headers;
  } catch (cause) {
    throw requestError(
      request,
      'network_error',
      process.env.NODE_ENV !== 'production'
        ? 'was not sent: the `headers` function given to createHttpBackend() threw.'
        : 'was not sent: headers() threw',
      { cause },
    );
  }
  const headers = new Headers(host);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  if (request.body !== undefined && !headers.has('Content-Type')) {
    headers.set('Content-Type', 'application/json');
  }
  if (request.mode) headers.set(MODE_HEADER, request.mode);
  return headers;
}

/** Fetches and reads the answer's text; a request that never reached the server is a `network_error`. */
async function fetchText(
  request: ContractRequest,
  options: TransportOptions,
  signal: AbortSignal,
): Promise<{ response: Response; text: string }> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (process.env.NODE_ENV !== 'production' && typeof fetchImpl !== 'function') {
    // In production the call below fails instead, as the same `network_error`.
    throw requestError(
      request,
      'network_error',
      'was not sent: no global `fetch` here. Pass `fetch` to createHttpBackend().',
    );
  }
  const headers = await headersFor(request, options);
  let response: Response;
  try {
    response = await fetchImpl(request.url, {
      method: request.body === undefined ? 'GET' : 'POST',
      headers,
      credentials: options.credentials,
      signal,
      ...(request.body === undefined ? {} : { body: request.body }),
    });
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : 'fetch rejected';
    throw requestError(
      request,
      'network_error',
      process.env.NODE_ENV !== 'production'
        ? `failed: the request did not reach the server (${detail}).`
        : `failed: ${detail}`,
      { cause },
    );
  }
  try {
    return { response, text: await response.text() };
  } catch (cause) {
    throw requestError(
      request,
      'network_error',
      process.env.NODE_ENV !== 'production'
        ? 'failed: the response body could not be read.'
        : 'failed',
      { cause, status: response.status },
    );
  }
}

/** The 2xx body as JSON; a non-2xx answer is a `backend_http_error` quoting the error body. */
function readAnswer(request: ContractRequest, response: Response, text: string): unknown {
  const { status } = response;
  if (!response.ok) {
    const server = readErrorBody(text);
    const code = server?.code ? ` (code ${server.code})` : '';
    throw requestError(
      request,
      'backend_http_error',
      `failed with HTTP ${status}${code}${server?.message ? `: ${server.message}` : '.'}`,
      { status, serverCode: server?.code, ...(server ? { cause: { error: server } } : {}) },
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const type = (response.headers.get('Content-Type') ?? 'none').slice(0, 80);
    throw requestError(
      request,
      'invalid_response',
      process.env.NODE_ENV !== 'production'
        ? `returned HTTP ${status} with a body that is not JSON (Content-Type: ${type}). Check that \`baseUrl\` points at the react-stripe-identity/server handlers.`
        : `returned non-JSON (HTTP ${status}, ${type})`,
      { status },
    );
  }
}

/**
 * Sends one request and resolves to its parsed 2xx JSON body, or rejects with an IdentityError.
 * The caller's signal and the timeout end it at once (even while `headers()` is pending); it
 * settles exactly once, whichever comes first, and then stops the timer and the listener.
 */
export function sendRequest(request: ContractRequest, options: TransportOptions): Promise<unknown> {
  const { signal: outer } = request;
  const controller = new AbortController();
  const { timeoutMs } = options;
  return new Promise<unknown>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
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
      stop(requestError(request, 'aborted', 'was aborted.', { cause: outer?.reason }));
    if (outer?.aborted) return onAbort();
    outer?.addEventListener('abort', onAbort, { once: true });
    // Beyond 2^31-1 ms setTimeout fires at once; treat such values (and Infinity) as "no timeout".
    if (timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS) {
      const message =
        process.env.NODE_ENV !== 'production'
          ? `did not answer within ${timeoutMs} ms (createHttpBackend \`timeoutMs\`).`
          : `did not answer within ${timeoutMs} ms`;
      timer = setTimeout(() => stop(requestError(request, 'timeout', message)), timeoutMs);
    }
    fetchText(request, options, controller.signal)
      .then(({ response, text }) => readAnswer(request, response, text))
      .then(finish(resolve), fail);
  });
}
