import type Stripe from 'stripe';
import {
  errorBody,
  type IdentityServerErrorCode,
  isSessionId,
  MODE_HEADER,
  parseModeHeader,
  SESSIONS_PATH,
  type VerificationMode,
  WEBHOOK_PATH,
} from '../core/contract.js';
import { isObject } from '../core/isObject.js';

type SdkSession = Stripe.Identity.VerificationSession;
type SdkCreateParams = Stripe.Identity.VerificationSessionCreateParams;

/**
 * The part of a `stripe` Node SDK instance the handlers use. A real `new Stripe(key)` fits;
 * tests can pass a fake of this shape.
 */
export interface IdentityStripeClient {
  identity: {
    verificationSessions: Pick<
      Stripe['identity']['verificationSessions'],
      'create' | 'retrieve' | 'list'
    >;
  };
  webhooks: Pick<Stripe['webhooks'], 'constructEventAsync'>;
}

/** A Stripe event about a VerificationSession (`identity.verification_session.*`). */
export type IdentityWebhookEvent = Extract<
  Stripe.Event,
  { type: `identity.verification_session.${string}` }
>;

/** What `sessionParams` as a function receives. */
export interface SessionParamsContext {
  /** The id `authenticate` returned. */
  userId: string;
  /** The JSON body the client sent (`start(input)`): untrusted, validate what you use. */
  input: Record<string, unknown>;
  /** Which credential the client asked for; `redirect` usually needs a `return_url`. */
  mode: VerificationMode;
  /** The incoming request. */
  request: Request;
}

/** Where a failure happened, for {@link IdentityHandlersOptions.onError}. */
export type IdentityHandlerName = 'createSession' | 'getSession' | 'webhook';

/** Options of {@link createIdentityHandlers}. */
export interface IdentityHandlersOptions {
  /** A `stripe` Node SDK instance (`new Stripe(process.env.STRIPE_SECRET_KEY)`). */
  stripe: IdentityStripeClient;
  /**
   * Returns the signed-in user's id for a request, or `null` when nobody is signed in (the
   * handler then answers 401). Sessions are tied to this id and shown only to it. A positive
   * integer is used as its decimal string. `null`, `undefined`, `''`, `0` and `false` mean
   * "nobody" (401); any other value (an object, a negative or fractional number, a string over
   * 500 characters) is a bug reported to `onError` and answered 500; so is a throw.
   */
  authenticate: (
    request: Request,
  ) => string | number | null | undefined | Promise<string | number | null | undefined>;
  /**
   * Parameters for `verificationSessions.create` (default `{ type: 'document' }`), or a function
   * returning them per request. `client_reference_id` and `metadata.rsi_user_id` are always set
   * by the handler to tie the session to the user.
   */
  sessionParams?:
    | SdkCreateParams
    | ((context: SessionParamsContext) => SdkCreateParams | Promise<SdkCreateParams>);
  /**
   * Return `verified_outputs` (the user's verified name, date of birth, address…) on GET. Off by
   * default: this is personal data; opt in only if your page needs it.
   */
  exposeVerifiedOutputs?: boolean;
  /**
   * Largest request body read, in bytes (default 65,536 = 64 KiB): the `input` of a create and a
   * webhook delivery. The body is counted while it streams and reading stops at the limit, so a
   * bigger body is answered 413 `payload_too_large` without being held in memory; a
   * `Content-Length` over the limit is refused before reading.
   */
  maxBodyBytes?: number;
  /**
   * Let a user who is already `verified` start a new verification (default `false`: 409
   * `already_verified`). The new session's idempotency key is derived from the verified one, so it
   * is a new session, never a replay.
   */
  allowReverification?: boolean;
  /** The signing secret of your webhook endpoint (`whsec_…`); required by the `webhook` handler. */
  webhookSecret?: string;
  /**
   * Called with each verified `identity.verification_session.*` event. Throwing makes the
   * webhook answer 500, so Stripe retries the delivery.
   */
  onEvent?: (event: IdentityWebhookEvent) => void | Promise<void>;
  /**
   * Called with unexpected failures (Stripe errors, a throwing `authenticate`…) before the
   * handler answers 5xx. The handlers never log; use this to report.
   */
  onError?: (error: unknown, context: { handler: IdentityHandlerName; request: Request }) => void;
}

/** A Fetch-API request handler: Next.js route handlers, Hono, Bun, Deno, workers. */
export type IdentityHandler = (request: Request) => Promise<Response>;

/**
 * What {@link createIdentityHandlers} returns: the router itself, a Fetch-API handler
 * (`await handlers(request)`), with every handler also available by name.
 */
export interface IdentityHandlers extends IdentityHandler {
  /**
   * Routes by method and the end of the path: `POST …/verification-sessions`,
   * `GET …/verification-sessions/{id}`, `POST …/webhook`; 404 / 405 otherwise.
   */
  handle: IdentityHandler;
  /** Same as `handle`, for `export const { GET, POST } = handlers` in a Next.js catch-all route. */
  GET: IdentityHandler;
  /** Same as `handle`. */
  POST: IdentityHandler;
  /** `POST {baseUrl}/verification-sessions`: creates or reuses the user's session. */
  createSession: IdentityHandler;
  /** `GET {baseUrl}/verification-sessions/{id}` (the id is the last path segment). */
  getSession: IdentityHandler;
  /** `POST` of Stripe's webhook: verifies the signature and calls `onEvent`. */
  webhook: IdentityHandler;
}

/** The metadata key that ties a session to the user `authenticate` returned. */
export const USER_METADATA_KEY = 'rsi_user_id';

const NO_STORE = { 'Cache-Control': 'no-store' };
const DEFAULT_MAX_BODY_BYTES = 65_536;
/** Stripe's limit for a metadata value, where the user id is stored. */
const MAX_USER_ID_LENGTH = 500;
/** How many users' retry counts (after a Stripe 5xx on create) one process remembers. */
const MAX_REMEMBERED_ATTEMPTS = 10_000;

/**
 * Set by `toNodeHandler` on a Request whose body a JSON body parser had already consumed (only
 * the parsed object was left, re-serialised): fine for JSON routes, fatal for a webhook.
 */
export const REPARSED_BODY: unique symbol = Symbol.for('react-stripe-identity.reparsedBody');

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
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

function errorResponse(
  status: number,
  code: IdentityServerErrorCode,
  message: string,
  headers?: Record<string, string>,
): Response {
  return json(status, errorBody(code, message), headers);
}

/** Stripe SDK errors carry `type`, `rawType` and `statusCode`; read them without importing it. */
function stripeErrorInfo(error: unknown): {
  type?: string;
  rawType?: string;
  statusCode?: number;
  code?: string;
} {
  if (!isObject(error)) return {};
  return {
    ...(typeof error.type === 'string' ? { type: error.type } : {}),
    ...(typeof error.rawType === 'string' ? { rawType: error.rawType } : {}),
    ...(typeof error.statusCode === 'number' ? { statusCode: error.statusCode } : {}),
    ...(typeof error.code === 'string' ? { code: error.code } : {}),
  };
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** JSON with object keys sorted: the same parameters in any order give the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The session as the browser may see it: no single-use credential, PII only on opt-in. */
function publicSession(session: SdkSession, exposeVerifiedOutputs: boolean): SdkSession {
  const { client_secret: _secret, url: _url, verified_outputs, ...rest } = session;
  return {
    ...rest,
    client_secret: null,
    url: null,
    ...(exposeVerifiedOutputs && verified_outputs !== undefined ? { verified_outputs } : {}),
  };
}

/**
 * Whether the handlers created `session` for `user`: both marks they set must say so. A session
 * made elsewhere (no `metadata.rsi_user_id`) is nobody's here, even with a matching
 * `client_reference_id`; only a redacted session, whose metadata Stripe erased, is recognised by
 * its `client_reference_id` alone.
 */
function isOwnedBy(session: SdkSession, user: string): boolean {
  if (session.client_reference_id !== user) return false;
  const mark = session.metadata?.[USER_METADATA_KEY];
  if (mark === user) return true;
  return mark === undefined && session.redaction != null;
}

type BodyResult = { text: string } | Response;

/**
 * Reads at most `limit` bytes of a body as UTF-8, counting while it streams: a bigger body is
 * cancelled at the limit (never held whole) and answered 413.
 */
async function readLimited(request: Request, limit: number): Promise<BodyResult> {
  const tooLarge = () =>
    errorResponse(
      413,
      'payload_too_large',
      `The request body is larger than the ${limit}-byte limit.`,
    );
  const declared = Number(request.headers.get('Content-Length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) return tooLarge();
  if (!request.body) return { text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel().catch(() => {});
      return tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return errorResponse(400, 'invalid_request', 'The request body is not valid UTF-8.');
  }
}

/**
 * Creates Fetch-API handlers that implement the default HTTP contract the browser client
 * (`createHttpBackend`) talks to, on top of the `stripe` Node SDK:
 *
 * - `POST …/verification-sessions` — body: the client's JSON `input` (at most `maxBodyBytes`);
 *   header `X-Identity-Mode: modal | redirect`. Reuses the user's open (`requires_input`)
 *   session, answers 409 while one is `processing` or `verified`, creates a new one otherwise
 *   (with an idempotency key derived from the user, their newest session and the exact
 *   parameters, so double clicks and parallel tabs get the same session). Answers
 *   `200 {"id", "client_secret"}` or, in redirect mode, `200 {"id", "url"}`.
 * - `GET …/verification-sessions/{id}` — the session without `client_secret` and `url`;
 *   404 if it belongs to another user (never 403: do not confirm it exists).
 * - `POST …/webhook` — verifies Stripe's signature and calls `onEvent` for
 *   `identity.verification_session.*` events.
 *
 * Errors are `{ "error": { "message", "code" } }` with a 4xx/5xx status (405 with `Allow`;
 * `OPTIONS` answers 204 with `Allow`). Responses carry `Cache-Control: no-store`. Requests to create must be `Content-Type: application/json`, which
 * makes cross-site form posts impossible (a CORS preflight is required).
 *
 * @example
 * // app/api/identity/[...path]/route.ts (Next.js)
 * const handlers = createIdentityHandlers({
 *   stripe: new Stripe(process.env.STRIPE_SECRET_KEY!),
 *   authenticate: async () => (await auth())?.user?.id ?? null,
 *   webhookSecret: process.env.STRIPE_IDENTITY_WEBHOOK_SECRET,
 *   onEvent: async (event) => { if (event.type === 'identity.verification_session.verified') … },
 * });
 * export const { GET, POST } = handlers;
 */
export function createIdentityHandlers(options: IdentityHandlersOptions): IdentityHandlers {
  if (!isObject(options) || !isObject(options.stripe)) {
    throw new TypeError(
      '[react-stripe-identity] createIdentityHandlers({ stripe }): `stripe` must be a stripe Node SDK instance, e.g. new Stripe(process.env.STRIPE_SECRET_KEY).',
    );
  }
  if (typeof options.authenticate !== 'function') {
    throw new TypeError(
      '[react-stripe-identity] createIdentityHandlers({ authenticate }): `authenticate` must be a function returning the signed-in user id (or null).',
    );
  }
  const {
    stripe,
    exposeVerifiedOutputs = false,
    allowReverification = false,
    maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
  } = options;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 1) {
    throw new TypeError(
      `[react-stripe-identity] createIdentityHandlers({ maxBodyBytes }): \`maxBodyBytes\` must be a positive integer (bytes), got ${String(maxBodyBytes)}.`,
    );
  }
  const sessions = stripe.identity.verificationSessions;
  /** Creates in flight in this process, by idempotency key: parallel requests share one. */
  const creating = new Map<string, Promise<SdkSession>>();
  /** Per key base, how many creates failed with a Stripe 5xx (Stripe replays those per key). */
  const failedAttempts = new Map<string, number>();

  function report(error: unknown, handler: IdentityHandlerName, request: Request) {
    try {
      options.onError?.(error, { handler, request });
    } catch {
      // A failing reporter must not change the answer.
    }
  }

  /** Maps an error thrown by the SDK to a response that leaks nothing of Stripe's message. */
  function stripeFailure(error: unknown, handler: IdentityHandlerName, request: Request) {
    const info = stripeErrorInfo(error);
    report(error, handler, request);
    if (info.statusCode === 429 || info.type === 'StripeRateLimitError') {
      return errorResponse(
        503,
        'rate_limited',
        'The identity verification service is busy; try again in a moment.',
        { 'Retry-After': '2' },
      );
    }
    return errorResponse(502, 'stripe_error', 'The identity verification service failed.');
  }

  const isIdempotencyError = (error: unknown) => {
    const info = stripeErrorInfo(error);
    return (
      info.type === 'StripeIdempotencyError' ||
      info.type === 'idempotency_error' ||
      info.rawType === 'idempotency_error'
    );
  };

  async function userOf(
    request: Request,
    handler: IdentityHandlerName,
  ): Promise<string | Response> {
    let userId: unknown;
    try {
      userId = await options.authenticate(request);
    } catch (error) {
      report(error, handler, request);
      return errorResponse(500, 'internal_error', 'Authentication failed.');
    }
    if (
      userId === null ||
      userId === undefined ||
      userId === '' ||
      userId === 0 ||
      userId === false
    ) {
      return errorResponse(401, 'unauthenticated', 'Sign in to verify your identity.');
    }
    // Numeric ids are common in host databases; accept positive integers as their decimal string.
    if (typeof userId === 'number' && Number.isSafeInteger(userId) && userId > 0) {
      return String(userId);
    }
    if (typeof userId === 'string' && userId.length <= MAX_USER_ID_LENGTH) return userId;
    report(
      new TypeError(
        `[react-stripe-identity] createIdentityHandlers({ authenticate }): \`authenticate\` must return the user id as a non-empty string of at most ${MAX_USER_ID_LENGTH} characters or a positive integer (or null when signed out), got ${typeof userId === 'string' ? `a string of ${userId.length} characters` : typeof userId === 'number' ? String(userId) : typeof userId}.`,
      ),
      handler,
      request,
    );
    return errorResponse(500, 'internal_error', 'Authentication failed.');
  }

  async function readInput(request: Request): Promise<Record<string, unknown> | Response> {
    const type = request.headers.get('Content-Type') ?? '';
    if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
      return errorResponse(
        415,
        'unsupported_media_type',
        'Send the request body as JSON with Content-Type: application/json.',
      );
    }
    const read = await readLimited(request, maxBodyBytes);
    if (read instanceof Response) return read;
    if (read.text.trim() === '') return {};
    let body: unknown;
    try {
      body = JSON.parse(read.text);
    } catch {
      return errorResponse(400, 'invalid_request', 'The request body is not valid JSON.');
    }
    if (!isObject(body)) {
      return errorResponse(400, 'invalid_request', 'The request body must be a JSON object.');
    }
    return body;
  }

  async function credentialResponse(session: SdkSession, mode: VerificationMode) {
    const value = mode === 'redirect' ? session.url : session.client_secret;
    if (typeof value !== 'string' || value === '') {
      return errorResponse(
        502,
        'stripe_error',
        `Stripe returned no ${mode === 'redirect' ? 'url' : 'client_secret'} for the session.`,
      );
    }
    return json(
      200,
      mode === 'redirect'
        ? { id: session.id, url: value }
        : { id: session.id, client_secret: value },
    );
  }

  /** The user's sessions made by these handlers, newest first. */
  async function sessionsOf(user: string): Promise<SdkSession[]> {
    const list = await sessions.list({ client_reference_id: user, limit: 10 });
    return list.data.filter((s) => isOwnedBy(s, user)).sort((a, b) => b.created - a.created);
  }

  const openOf = (mine: SdkSession[]) =>
    mine.find((s) => s.status === 'requires_input' && !s.redaction);

  const notAllowed = (allow: string, message: string) =>
    errorResponse(405, 'method_not_allowed', message, { Allow: allow });

  /** OPTIONS: which methods a route takes (no CORS headers: cross-origin use is the host's call). */
  const options204 = (allow: string) =>
    new Response(null, { status: 204, headers: { Allow: allow, ...NO_STORE } });

  const createSession: IdentityHandler = async (request) => {
    if (request.method === 'OPTIONS') return options204('POST, OPTIONS');
    if (request.method !== 'POST')
      return notAllowed('POST, OPTIONS', 'Use POST to create a session.');
    const user = await userOf(request, 'createSession');
    if (user instanceof Response) return user;
    const mode = parseModeHeader(request.headers.get(MODE_HEADER));
    if (!mode) {
      return errorResponse(
        400,
        'invalid_request',
        `The ${MODE_HEADER} header must be "modal" or "redirect".`,
      );
    }
    if (request.bodyUsed) {
      report(
        new TypeError(
          '[react-stripe-identity] createSession: the request body was already read before the handler ran; pass the Request untouched.',
        ),
        'createSession',
        request,
      );
      return errorResponse(500, 'internal_error', 'The request could not be read.');
    }
    const input = await readInput(request);
    if (input instanceof Response) return input;

    let params: SdkCreateParams;
    try {
      const base =
        typeof options.sessionParams === 'function'
          ? await options.sessionParams({ userId: user, input, mode, request })
          : options.sessionParams;
      params = { ...(base ?? {}) };
    } catch (error) {
      report(error, 'createSession', request);
      return errorResponse(500, 'internal_error', 'Could not prepare the verification.');
    }
    const createParams: SdkCreateParams = {
      ...(params.type === undefined && params.verification_flow === undefined
        ? { type: 'document' as const }
        : {}),
      ...params,
      client_reference_id: user,
      metadata: { ...(params.metadata ?? {}), [USER_METADATA_KEY]: user },
    };

    let keyBase = '';
    try {
      const mine = await sessionsOf(user);
      if (mine.some((s) => s.status === 'processing')) {
        return errorResponse(
          409,
          'verification_processing',
          'Your verification is being processed; wait for the result.',
        );
      }
      if (!allowReverification && mine.some((s) => s.status === 'verified')) {
        return errorResponse(409, 'already_verified', 'Your identity is already verified.');
      }
      const open = openOf(mine);
      if (open) {
        // Retrieve again: only a retrieve hands out a fresh single-use `client_secret`/`url`.
        return credentialResponse(await sessions.retrieve(open.id), mode);
      }
      // The key: this user, after their newest session, with exactly these parameters. Double
      // clicks and tabs collapse into one create; a new session follows a canceled or verified
      // one; changed parameters get a key of their own instead of Stripe's idempotency_error.
      keyBase = canonicalJson([user, mine[0]?.id ?? null, createParams]);
      const attempt = failedAttempts.get(keyBase) ?? 0;
      const idempotencyKey = `rsi-vs-${await sha256Hex(`${keyBase}\n${attempt}`)}`;
      let pending = creating.get(idempotencyKey);
      if (!pending) {
        pending = sessions.create(createParams, { idempotencyKey });
        creating.set(idempotencyKey, pending);
        const forget = () => creating.delete(idempotencyKey);
        pending.then(forget, forget);
      }
      return credentialResponse(await pending, mode);
    } catch (error) {
      if (isIdempotencyError(error)) {
        // Another process holds this key right now (Stripe's 409, expected), or the key was used
        // with other parameters (a 400 that this key scheme should make impossible: reported).
        // Look once more for the session it made; never create blindly.
        if (stripeErrorInfo(error).statusCode !== 409) report(error, 'createSession', request);
        try {
          const open = openOf(await sessionsOf(user));
          if (open) return credentialResponse(await sessions.retrieve(open.id), mode);
        } catch (again) {
          return stripeFailure(again, 'createSession', request);
        }
        return errorResponse(
          409,
          'conflict',
          'Another request for this verification is in progress; try again.',
        );
      }
      const info = stripeErrorInfo(error);
      if (keyBase && (info.statusCode === undefined || info.statusCode >= 500)) {
        // Stripe replays a 5xx for the same key for 24 h: the next try must use another key.
        const failed = (failedAttempts.get(keyBase) ?? 0) + 1;
        failedAttempts.delete(keyBase); // re-inserted last: the map drops the oldest first
        failedAttempts.set(keyBase, failed);
        if (failedAttempts.size > MAX_REMEMBERED_ATTEMPTS) {
          const oldest = failedAttempts.keys().next().value;
          if (oldest !== undefined) failedAttempts.delete(oldest);
        }
      }
      return stripeFailure(error, 'createSession', request);
    }
  };

  const getSession: IdentityHandler = async (request) => {
    if (request.method === 'OPTIONS') return options204('GET, OPTIONS');
    if (request.method !== 'GET') return notAllowed('GET, OPTIONS', 'Use GET to read a session.');
    const notFound = () => errorResponse(404, 'not_found', 'No such verification session.');
    // Check the id before anything else: a malformed one never reaches authenticate or Stripe.
    const segment = new URL(request.url).pathname.split('/').filter(Boolean).pop() ?? '';
    let id: string;
    try {
      id = decodeURIComponent(segment);
    } catch {
      return notFound();
    }
    if (!isSessionId(id)) return notFound();
    const user = await userOf(request, 'getSession');
    if (user instanceof Response) return user;
    let session: SdkSession;
    try {
      session = await sessions.retrieve(
        id,
        exposeVerifiedOutputs ? { expand: ['verified_outputs'] } : undefined,
      );
    } catch (error) {
      const info = stripeErrorInfo(error);
      if (info.statusCode === 404 || info.code === 'resource_missing') return notFound();
      return stripeFailure(error, 'getSession', request);
    }
    // Another user's session answers exactly like a missing one.
    if (!isOwnedBy(session, user)) return notFound();
    return json(200, publicSession(session, exposeVerifiedOutputs));
  };

  const webhook: IdentityHandler = async (request) => {
    if (request.method === 'OPTIONS') return options204('POST, OPTIONS');
    if (request.method !== 'POST') {
      return notAllowed('POST, OPTIONS', 'Stripe webhooks are POST requests.');
    }
    if (!options.webhookSecret) {
      report(
        new TypeError(
          '[react-stripe-identity] createIdentityHandlers({ webhookSecret }): the webhook handler needs `webhookSecret`, the signing secret (whsec_…) of your endpoint.',
        ),
        'webhook',
        request,
      );
      return errorResponse(500, 'webhook_not_configured', 'The webhook is not configured.');
    }
    const signature = request.headers.get('Stripe-Signature');
    if (!signature) {
      return errorResponse(400, 'invalid_signature', 'Missing Stripe-Signature header.');
    }
    if (request.bodyUsed || (request as { [REPARSED_BODY]?: boolean })[REPARSED_BODY]) {
      const message =
        'The webhook received a body a JSON body parser (e.g. express.json()) had already consumed, so the raw bytes Stripe signed are gone. Mount the webhook route before the body parser (or give it express.raw({ type: "application/json" })).';
      report(new TypeError(`[react-stripe-identity] webhook: ${message}`), 'webhook', request);
      return errorResponse(400, 'webhook_body_consumed', message);
    }
    // The signature covers the raw bytes: read the body as text, never re-serialise it.
    const read = await readLimited(request, maxBodyBytes);
    if (read instanceof Response) return read;
    let event: Stripe.Event;
    try {
      event = await stripe.webhooks.constructEventAsync(
        read.text,
        signature,
        options.webhookSecret,
      );
    } catch {
      return errorResponse(400, 'invalid_signature', 'The webhook signature is not valid.');
    }
    if (event.type.startsWith('identity.verification_session.')) {
      try {
        await options.onEvent?.(event as IdentityWebhookEvent);
      } catch (error) {
        report(error, 'webhook', request);
        return errorResponse(500, 'internal_error', 'The webhook could not be processed.');
      }
    }
    return json(200, { received: true });
  };

  const handle: IdentityHandler = async (request) => {
    const path = new URL(request.url).pathname.replace(/\/+$/, '');
    if (path.endsWith(SESSIONS_PATH)) return createSession(request);
    const parent = path.slice(0, path.lastIndexOf('/'));
    if (parent.endsWith(SESSIONS_PATH)) return getSession(request);
    if (path.endsWith(WEBHOOK_PATH)) return webhook(request);
    return errorResponse(404, 'not_found', 'Not found.');
  };

  const router: IdentityHandler = (request) => handle(request);
  return Object.assign(router, {
    handle,
    GET: handle,
    POST: handle,
    createSession,
    getSession,
    webhook,
  });
}
