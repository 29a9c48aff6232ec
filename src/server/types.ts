import type Stripe from 'stripe';
import type { IdentityBackend } from '../core/backend.js';
import type { VerificationMode } from '../core/contract.js';
import type { VerificationSession } from '../core/types.js';

/** A VerificationSession as the `stripe` Node SDK types it. */
export type SdkSession = Stripe.Identity.VerificationSession;
/** The parameters of `verificationSessions.create`. */
export type SdkCreateParams = Stripe.Identity.VerificationSessionCreateParams;

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

/** The second argument of {@link IdentityHandlersOptions.onEvent}. */
export interface IdentityEventContext {
  /**
   * The session as Stripe has it now, retrieved when the delivery arrived, with
   * `retrieveEventSession: true` (else `undefined`). Deliveries come late, twice and out of
   * order; the event's own copy (`event.data.object`) is the session as it was when the event
   * happened, so decide on this one.
   */
  session?: SdkSession;
  /** The delivery's request. */
  request: Request;
}

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
export type IdentityHandlerName = 'createSession' | 'getSession' | 'webhook' | 'currentSession';

/** Options of `createIdentityHandlers`. */
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
  /**
   * How many sessions one user may create within `attemptWindowMs` (default: no limit). Counted
   * from Stripe's own list of the user's sessions, so every instance counts alike; reusing the
   * user's open session is not a new attempt. Over the limit a create answers 429
   * `too_many_attempts` with `Retry-After`. Each session costs you money: set a limit before
   * going live.
   */
  maxAttempts?: number;
  /** The rolling window of `maxAttempts`, in milliseconds (default 86,400,000 = 24 hours). */
  attemptWindowMs?: number;
  /** The signing secret of your webhook endpoint (`whsec_…`); required by the `webhook` handler. */
  webhookSecret?: string;
  /**
   * The crypto provider for webhook signatures, passed to `stripe.webhooks.constructEventAsync`.
   * Default: the SDK's own (Node's `crypto`, or Web Crypto in its worker build). Pass
   * `Stripe.createSubtleCryptoProvider()` where `node:crypto` is missing.
   */
  webhookCryptoProvider?: Stripe.CryptoProvider;
  /**
   * Retrieve the event's session from Stripe before calling `onEvent`, and pass it as
   * `context.session` (default `false`: no Stripe call per delivery). Deliveries arrive late,
   * twice and out of order; the retrieved session is the truth, the event's copy is history.
   */
  retrieveEventSession?: boolean;
  /**
   * Called with each verified `identity.verification_session.*` event. Throwing makes the
   * webhook answer 500, so Stripe retries the delivery. Stripe may deliver an event more than
   * once: deduplicate by `event.id`.
   */
  onEvent?: (event: IdentityWebhookEvent, context: IdentityEventContext) => void | Promise<void>;
  /**
   * Called with unexpected failures (Stripe errors, a throwing `authenticate`…) before the
   * handler answers 5xx. The handlers never log; use this to report.
   */
  onError?: (error: unknown, context: { handler: IdentityHandlerName; request: Request }) => void;
}

/** A Fetch-API request handler: Next.js route handlers, Hono, Bun, Deno, workers. */
export type IdentityHandler = (request: Request) => Promise<Response>;

/**
 * What `createIdentityHandlers` returns: the router itself, a Fetch-API handler
 * (`await handlers(request)`), with every handler and the loader helpers available by name.
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
  /**
   * For loaders and Server Components: the signed-in user's newest session, exactly as the
   * browser would receive it from `GET …/verification-sessions/{id}`, or `null` (no session
   * yet, or nobody signed in). Rejects when `authenticate` or Stripe fails (reported to
   * `onError` first).
   */
  currentSession(request: Request): Promise<VerificationSession | null>;
  /**
   * For loaders and Server Components: an `IdentityBackend` that calls these handlers
   * in-process with `request`'s cookies and headers, for `verificationSessionQueryOptions` and
   * `queryClient.prefetchQuery`. No absolute URL, no HTTP round trip.
   */
  backendFor(request: Request): IdentityBackend;
}
