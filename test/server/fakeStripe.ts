import Stripe from 'stripe';
import type { IdentityStripeClient } from '../../src/server/index.js';

export type SdkSession = Stripe.Identity.VerificationSession;

/** A full SDK session for tests; override any field. */
export function makeSdkSession(overrides: Partial<SdkSession> = {}): SdkSession {
  return {
    id: 'vs_test1',
    object: 'identity.verification_session',
    client_reference_id: 'user_1',
    client_secret: 'vs_test1_secret_abc',
    created: 1_700_000_000,
    last_error: null,
    last_verification_report: null,
    livemode: false,
    metadata: { rsi_user_id: 'user_1' },
    options: {},
    provided_details: null,
    redaction: null,
    related_customer: null,
    related_customer_account: null,
    status: 'requires_input',
    type: 'document',
    url: 'https://verify.stripe.com/start/test_abc',
    ...overrides,
  };
}

/** An error shaped like the SDK's `StripeError`. */
export function stripeError(
  type: string,
  statusCode: number,
  message: string,
  code?: string,
): Error {
  return Object.assign(new Error(message), { type, statusCode, ...(code ? { code } : {}) });
}

export const WEBHOOK_SECRET = 'whsec_test_secret';

/**
 * A fake `stripe` instance: sessions live in memory, every call is recorded, `create` honours
 * idempotency keys like Stripe, `retrieve` hands out a fresh secret and url each time (as Stripe
 * does for `requires_input`). Webhook signatures use the real SDK's code (no network).
 */
export function createFakeStripe(initial: SdkSession[] = []) {
  const store: SdkSession[] = [...initial]; // oldest first
  const byKey = new Map<string, SdkSession>();
  let counter = 0;
  const calls = {
    list: [] as Stripe.Identity.VerificationSessionListParams[],
    create: [] as {
      params: Stripe.Identity.VerificationSessionCreateParams;
      idempotencyKey?: string;
    }[],
    retrieve: [] as { id: string; params?: Stripe.Identity.VerificationSessionRetrieveParams }[],
  };
  const failures: { list?: Error; create?: Error; retrieve?: Error } = {};

  const withFreshCredentials = (s: SdkSession): SdkSession => {
    counter += 1;
    const open = s.status === 'requires_input' && !s.redaction;
    return {
      ...s,
      client_secret: open ? `${s.id}_secret_r${counter}` : null,
      url: open ? `https://verify.stripe.com/start/${s.id}_r${counter}` : null,
    };
  };

  const verificationSessions = {
    async list(params: Stripe.Identity.VerificationSessionListParams = {}) {
      calls.list.push(params);
      if (failures.list) throw failures.list;
      const matching = [...store]
        .reverse()
        .filter(
          (s) =>
            params.client_reference_id === undefined ||
            s.client_reference_id === params.client_reference_id,
        );
      const start = params.starting_after
        ? matching.findIndex((s) => s.id === params.starting_after) + 1
        : 0;
      const limit = params.limit ?? 10;
      const data = matching
        .slice(start, start + limit)
        // Stripe's list does not carry usable credentials; the handler must retrieve.
        .map((s) => ({ ...s, client_secret: null, url: null }));
      return {
        object: 'list',
        data,
        has_more: matching.length > start + limit,
        url: '/v1/identity/verification_sessions',
      };
    },
    async create(
      params: Stripe.Identity.VerificationSessionCreateParams = {},
      options: { idempotencyKey?: string } = {},
    ) {
      calls.create.push({
        params,
        ...(options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}),
      });
      if (failures.create) throw failures.create;
      const replay = options.idempotencyKey ? byKey.get(options.idempotencyKey) : undefined;
      if (replay) return replay;
      counter += 1;
      const id = `vs_new${counter}`;
      const session = makeSdkSession({
        id,
        client_reference_id: params.client_reference_id ?? null,
        metadata: Object.fromEntries(
          Object.entries(params.metadata ?? {}).map(([k, v]) => [k, String(v)]),
        ),
        type: params.type ?? 'document',
        client_secret: `${id}_secret_c${counter}`,
        url: `https://verify.stripe.com/start/${id}_c${counter}`,
      });
      store.push(session);
      if (options.idempotencyKey) byKey.set(options.idempotencyKey, session);
      return session;
    },
    async retrieve(id: string, params?: Stripe.Identity.VerificationSessionRetrieveParams) {
      calls.retrieve.push({ id, ...(params ? { params } : {}) });
      if (failures.retrieve) throw failures.retrieve;
      const session = store.find((s) => s.id === id);
      if (!session) {
        throw stripeError(
          'StripeInvalidRequestError',
          404,
          `No such verification_session: '${id}'`,
          'resource_missing',
        );
      }
      return withFreshCredentials(session);
    },
  };

  const sdk = new Stripe('sk_test_fake_key_for_tests');
  const stripe = {
    identity: { verificationSessions },
    webhooks: sdk.webhooks,
  } as unknown as IdentityStripeClient;

  return {
    stripe,
    calls,
    failures,
    store,
    /** Changes a stored session, e.g. `{ status: 'processing' }`. */
    update(id: string, patch: Partial<SdkSession>) {
      const index = store.findIndex((s) => s.id === id);
      if (index < 0) throw new Error(`no session ${id}`);
      store[index] = { ...(store[index] as SdkSession), ...patch };
    },
    /** A signed webhook delivery for `payload`, as Stripe would send it. */
    async signedWebhook(payload: string, secret = WEBHOOK_SECRET) {
      return sdk.webhooks.generateTestHeaderStringAsync({ payload, secret });
    },
  };
}
