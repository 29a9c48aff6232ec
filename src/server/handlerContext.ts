import { isObject } from '../core/isObject.js';
import { errorResponse } from './responses.js';
import { isRateLimited } from './stripeErrors.js';
import type {
  IdentityHandlerName,
  IdentityHandlersOptions,
  IdentityStripeClient,
  SdkSession,
} from './types.js';

const DEFAULT_MAX_BODY_BYTES = 65_536;
const DEFAULT_ATTEMPT_WINDOW_MS = 86_400_000;

/** The options every route reads, checked once, with their defaults. */
export interface HandlerContext {
  options: IdentityHandlersOptions;
  sessions: IdentityStripeClient['identity']['verificationSessions'];
  maxBodyBytes: number;
  exposeVerifiedOutputs: boolean;
  allowReverification: boolean;
  /** `maxAttempts` and its window, or `null` when there is no limit. */
  attemptLimit: { max: number; windowMs: number } | null;
  /**
   * Creates in flight in this process, by idempotency key, so parallel requests here share one
   * Stripe call. An optimisation only: Stripe's idempotency gives the same answer without it.
   */
  creating: Map<string, Promise<SdkSession>>;
  /** Passes an unexpected failure to `onError`; a throwing reporter changes nothing. */
  report(error: unknown, handler: IdentityHandlerName, request: Request): void;
  /** Reports a Stripe failure and maps it to an answer that leaks nothing of Stripe's message. */
  stripeFailure(error: unknown, handler: IdentityHandlerName, request: Request): Response;
}

const fail = (option: string, message: string): never => {
  throw new TypeError(
    `[react-stripe-identity] createIdentityHandlers({ ${option} }): \`${option}\` ${message}`,
  );
};

function positiveInteger(value: unknown, option: string, unit: string): void {
  if (value !== undefined && (!Number.isSafeInteger(value) || (value as number) < 1)) {
    fail(option, `must be a positive integer (${unit}), got ${String(value)}.`);
  }
}

/** Checks the options (a TypeError naming the option and the fix) and builds the context. */
export function createHandlerContext(options: IdentityHandlersOptions): HandlerContext {
  if (!isObject(options) || !isObject(options.stripe)) {
    fail(
      'stripe',
      'must be a stripe Node SDK instance, e.g. new Stripe(process.env.STRIPE_SECRET_KEY).',
    );
  }
  if (typeof options.authenticate !== 'function') {
    fail('authenticate', 'must be a function returning the signed-in user id (or null).');
  }
  positiveInteger(options.maxBodyBytes, 'maxBodyBytes', 'bytes');
  positiveInteger(options.maxAttempts, 'maxAttempts', 'sessions per user');
  positiveInteger(options.attemptWindowMs, 'attemptWindowMs', 'milliseconds');
  const report: HandlerContext['report'] = (error, handler, request) => {
    try {
      options.onError?.(error, { handler, request });
    } catch {
      // A failing reporter must not change the answer.
    }
  };
  return {
    options,
    sessions: options.stripe.identity.verificationSessions,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    exposeVerifiedOutputs: options.exposeVerifiedOutputs ?? false,
    allowReverification: options.allowReverification ?? false,
    attemptLimit:
      options.maxAttempts === undefined
        ? null
        : {
            max: options.maxAttempts,
            windowMs: options.attemptWindowMs ?? DEFAULT_ATTEMPT_WINDOW_MS,
          },
    creating: new Map(),
    report,
    stripeFailure(error, handler, request) {
      report(error, handler, request);
      if (isRateLimited(error)) {
        return errorResponse(
          503,
          'rate_limited',
          'The identity verification service is busy; try again in a moment.',
          { 'Retry-After': '2' },
        );
      }
      return errorResponse(502, 'stripe_error', 'The identity verification service failed.');
    },
  };
}
