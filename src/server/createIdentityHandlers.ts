import type Stripe from 'stripe';
import { MODE_HEADER } from '../core/createHttpBackend.js';
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

/** Which single-use credential the client asked for. */
export type IdentityHandlerMode = 'modal' | 'redirect';

/** What `sessionParams` as a function receives. */
export interface SessionParamsContext {
  /** The id `authenticate` returned. */
  userId: string;
  /** The JSON body the client sent (`start(input)`): untrusted, validate what you use. */
  input: Record<string, unknown>;
  /** Which credential the client asked for; `redirect` usually needs a `return_url`. */
  mode: IdentityHandlerMode;
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
   * handler then answers 401). Sessions are tied to this id and shown only to it. A number is
   * used as its decimal string.
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

/** The `code` of every error body the handlers send. */
export type IdentityServerErrorCode =
  | 'unauthenticated'
  | 'invalid_request'
  | 'unsupported_media_type'
  | 'not_found'
  | 'method_not_allowed'
  | 'verification_processing'
  | 'already_verified'
  | 'conflict'
  | 'stripe_error'
  | 'invalid_signature'
  | 'webhook_not_configured'
  | 'internal_error';

/** The metadata key that ties a session to the user `authenticate` returned. */
export const USER_METADATA_KEY = 'rsi_user_id';

const SESSION_ID = /^vs_[A-Za-z0-9]{1,250}$/;
const NO_STORE = { 'Cache-Control': 'no-store' };

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...NO_STORE, ...headers },
  });
}

function errorResponse(
  status: number,
  code: IdentityServerErrorCode,
  message: string,
  headers?: Record<string, string>,
): Response {
  return json(status, { error: { message, code } }, headers);
}

/** Stripe SDK errors carry `type` and `statusCode`; read them without importing the SDK. */
function stripeErrorInfo(error: unknown): { type?: string; statusCode?: number; code?: string } {
  if (!isObject(error)) return {};
  return {
    ...(typeof error.type === 'string' ? { type: error.type } : {}),
    ...(typeof error.statusCode === 'number' ? { statusCode: error.statusCode } : {}),
    ...(typeof error.code === 'string' ? { code: error.code } : {}),
  };
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
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

function ownerOf(session: SdkSession): string | null {
  return session.client_reference_id ?? session.metadata?.[USER_METADATA_KEY] ?? null;
}

/**
 * Creates Fetch-API handlers that implement the default HTTP contract the browser client
 * (`createHttpBackend`) talks to, on top of the `stripe` Node SDK:
 *
 * - `POST …/verification-sessions` — body: the client's JSON `input`; header
 *   `X-Identity-Mode: modal | redirect`. Reuses the user's open (`requires_input`) session,
 *   answers 409 while one is `processing` or `verified`, creates a new one otherwise (with an
 *   idempotency key, so double clicks and parallel tabs get the same session). Answers
 *   `200 {"id", "client_secret"}` or, in redirect mode, `200 {"id", "url"}`.
 * - `GET …/verification-sessions/{id}` — the session without `client_secret` and `url`;
 *   404 if it belongs to another user (never 403: do not confirm it exists).
 * - `POST …/webhook` — verifies Stripe's signature and calls `onEvent` for
 *   `identity.verification_session.*` events.
 *
 * Errors are `{ "error": { "message", "code" } }` with a 4xx/5xx status. Responses carry
 * `Cache-Control: no-store`. Requests to create must be `Content-Type: application/json`, which
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
  const { stripe, exposeVerifiedOutputs = false } = options;
  const sessions = stripe.identity.verificationSessions;

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
    if (info.type === 'StripeIdempotencyError' || info.type === 'idempotency_error') {
      return errorResponse(
        409,
        'conflict',
        'Another request for this verification is in progress; try again.',
      );
    }
    report(error, handler, request);
    return errorResponse(502, 'stripe_error', 'The identity verification service failed.');
  }

  async function userOf(
    request: Request,
    handler: IdentityHandlerName,
  ): Promise<string | Response> {
    let userId: unknown;
    try {
      userId = await options.authenticate(request);
      // Numeric ids are common in host databases; accept them as their decimal string.
      if (typeof userId === 'number' && Number.isFinite(userId)) userId = String(userId);
    } catch (error) {
      report(error, handler, request);
      return errorResponse(500, 'internal_error', 'Authentication failed.');
    }
    if (typeof userId !== 'string' || userId === '') {
      return errorResponse(401, 'unauthenticated', 'Sign in to verify your identity.');
    }
    return userId;
  }

  async function readInput(request: Request): Promise<Record<string, unknown> | Response> {
    const type = request.headers.get('Content-Type') ?? '';
    if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
      return errorResponse(
        415,
        'unsupported_media_type',
        'Send the request body as JSON with Content-Type: application/json.',
      );
    }
    const text = await request.text();
    if (text.trim() === '') return {};
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return errorResponse(400, 'invalid_request', 'The request body is not valid JSON.');
    }
    if (!isObject(body)) {
      return errorResponse(400, 'invalid_request', 'The request body must be a JSON object.');
    }
    return body;
  }

  async function credentialResponse(session: SdkSession, mode: IdentityHandlerMode) {
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

  const createSession: IdentityHandler = async (request) => {
    if (request.method !== 'POST') {
      return errorResponse(405, 'method_not_allowed', 'Use POST to create a session.', {
        Allow: 'POST',
      });
    }
    const user = await userOf(request, 'createSession');
    if (user instanceof Response) return user;
    const modeHeader = (request.headers.get(MODE_HEADER) ?? 'modal').trim().toLowerCase();
    if (modeHeader !== 'modal' && modeHeader !== 'redirect') {
      return errorResponse(
        400,
        'invalid_request',
        `The ${MODE_HEADER} header must be "modal" or "redirect".`,
      );
    }
    const mode: IdentityHandlerMode = modeHeader;
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

    try {
      const list = await sessions.list({ client_reference_id: user, limit: 10 });
      const mine = list.data.filter((s) => ownerOf(s) === user);
      if (mine.some((s) => s.status === 'processing')) {
        return errorResponse(
          409,
          'verification_processing',
          'Your verification is being processed; wait for the result.',
        );
      }
      if (mine.some((s) => s.status === 'verified')) {
        return errorResponse(409, 'already_verified', 'Your identity is already verified.');
      }
      const open = mine.find((s) => s.status === 'requires_input' && !s.redaction);
      if (open) {
        // Retrieve again: only a retrieve hands out a fresh single-use `client_secret`/`url`.
        const fresh = await sessions.retrieve(open.id);
        return credentialResponse(fresh, mode);
      }
      // Deterministic per user and per previous session: parallel creates collapse into one.
      const after = mine[0]?.id ?? list.data[0]?.id ?? 'none';
      const idempotencyKey = `rsi-vs-${await sha256Hex(`${user}\n${after}`)}`;
      const created = await sessions.create(
        {
          ...(params.type === undefined && params.verification_flow === undefined
            ? { type: 'document' as const }
            : {}),
          ...params,
          client_reference_id: user,
          metadata: { ...(params.metadata ?? {}), [USER_METADATA_KEY]: user },
        },
        { idempotencyKey },
      );
      return credentialResponse(created, mode);
    } catch (error) {
      return stripeFailure(error, 'createSession', request);
    }
  };

  const getSession: IdentityHandler = async (request) => {
    if (request.method !== 'GET') {
      return errorResponse(405, 'method_not_allowed', 'Use GET to read a session.', {
        Allow: 'GET',
      });
    }
    const user = await userOf(request, 'getSession');
    if (user instanceof Response) return user;
    const notFound = () => errorResponse(404, 'not_found', 'No such verification session.');
    const segment = new URL(request.url).pathname.split('/').filter(Boolean).pop() ?? '';
    let id: string;
    try {
      id = decodeURIComponent(segment);
    } catch {
      return notFound();
    }
    if (!SESSION_ID.test(id)) return notFound();
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
    if (ownerOf(session) !== user) return notFound();
    return json(200, publicSession(session, exposeVerifiedOutputs));
  };

  const webhook: IdentityHandler = async (request) => {
    if (request.method !== 'POST') {
      return errorResponse(405, 'method_not_allowed', 'Stripe webhooks are POST requests.', {
        Allow: 'POST',
      });
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
    // The signature covers the raw bytes: read the body as text, never re-serialise it.
    const payload = await request.text();
    let event: Stripe.Event;
    try {
      event = await stripe.webhooks.constructEventAsync(payload, signature, options.webhookSecret);
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
    if (/\/verification-sessions$/.test(path)) {
      return createSession(request);
    }
    if (/\/verification-sessions\/[^/]+$/.test(path)) {
      return getSession(request);
    }
    if (/\/webhook$/.test(path)) {
      return webhook(request);
    }
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
