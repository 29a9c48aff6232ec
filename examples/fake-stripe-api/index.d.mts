/** The verdict Stripe reaches for a submitted session. */
export type FakeVerdict =
  | { status: 'verified' }
  | { status: 'requires_input'; last_error: { code: string | null; reason: string | null } };

/** A VerificationSession as the fake stores it (Stripe's JSON shape). */
export interface FakeSession {
  id: string;
  object: 'identity.verification_session';
  client_reference_id: string | null;
  client_secret: string | null;
  created: number;
  last_error: { code: string | null; reason: string | null } | null;
  last_verification_report: string | null;
  livemode: boolean;
  metadata: Record<string, string>;
  options: Record<string, unknown> | null;
  provided_details: { email?: string; phone?: string } | null;
  redaction: { status: string } | null;
  related_customer: string | null;
  related_customer_account: string | null;
  status: string;
  type: string;
  url: string | null;
  [field: string]: unknown;
}

export interface FakeStripeApiOptions {
  /** Port on 127.0.0.1; default 0 (an ephemeral port). */
  port?: number;
  /** Default time a submitted session stays `processing` before its verdict; default 1500 ms. */
  processingMs?: number;
  /**
   * Time each Stripe API request takes; default 0. While a create with an `Idempotency-Key` is
   * in flight, another create with that key gets Stripe's 409 `idempotency_error`.
   */
  latencyMs?: number;
}

/** Which Stripe route a fault applies to (all three when omitted). */
export type FakeRoute = 'create' | 'retrieve' | 'list';

/**
 * A scripted error for the next request(s) to a Stripe route: the status, and Stripe's error
 * fields (defaults by status: 429 rate limit, 5xx `api_error`, 404 `resource_missing`).
 * A 5xx on a create with an `Idempotency-Key` is saved and replayed for that key, as Stripe does;
 * a 4xx fault is not.
 */
export interface FakeFault {
  status: number;
  route?: FakeRoute;
  /** How many requests it answers; default 1. */
  times?: number;
  type?: string;
  code?: string;
  message?: string;
  param?: string;
  /** Response headers, e.g. `{ "Stripe-Should-Retry": "false" }`. */
  headers?: Record<string, string>;
}

/** A Stripe API request as the fake received it (the API key is not kept). */
export interface FakeRequest {
  method: string;
  path: string;
  /** The raw query string, without `?`. */
  query: string;
  /** The raw body (form-encoded for the SDK's POSTs). */
  body: string;
  headers: {
    'content-type': string | null;
    'idempotency-key': string | null;
    'stripe-version': string | null;
  };
  /** The status the fake answered. */
  status: number;
}

/** A KNOWN_PARAMS leaf: the kind of value a parameter takes. */
export type FakeParamKind = 'string' | 'boolean' | 'integer' | 'array' | 'range' | 'metadata';
/** A KNOWN_PARAMS node: each known parameter's kind, or the parameters nested under it. */
export interface FakeParamTree {
  [param: string]: FakeParamKind | FakeParamTree;
}

/**
 * The parameters Stripe knows per route, from the pinned `stripe` SDK's types; any other is a
 * 400 `invalid_request_error` with `param` (code `parameter_unknown`).
 */
export declare const KNOWN_PARAMS: Record<FakeRoute, FakeParamTree>;

/** A running fake Stripe API. */
export interface FakeStripeApi {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly port: number;
  /** Sessions by id, as Stripe would store them. */
  readonly sessions: ReadonlyMap<string, FakeSession>;
  /** What Stripe does after the user submits: `processing` now, the verdict after `processingMs`. */
  submit(id: string, verdict: FakeVerdict, processingMs?: number): boolean;
  /** Scripts errors for the next requests (as `POST /__fake/faults` does). */
  injectFaults(faults: FakeFault | FakeFault[]): void;
  /** Every Stripe API request received, oldest first (as `GET /__fake/requests` lists them). */
  readonly requests: readonly FakeRequest[];
  close(): Promise<void>;
}

/** The path of the control endpoint (`POST {"id", "verdict", "processingMs"?}` → 204 or 409). */
export declare const FAKE_SUBMIT_PATH: '/__fake/submit';
/**
 * Scripts faults: `POST` a FakeFault or `{"faults": FakeFault[]}` → 204 (400 if malformed);
 * `DELETE` clears the ones not used yet → 204.
 */
export declare const FAKE_FAULTS_PATH: '/__fake/faults';
/** `GET` → `{"data": FakeRequest[]}`, every Stripe API request received. */
export declare const FAKE_REQUESTS_PATH: '/__fake/requests';

/** Starts the fake on 127.0.0.1. */
export declare function startFakeStripeApi(options?: FakeStripeApiOptions): Promise<FakeStripeApi>;

/** `stripe` Node SDK options that point it at a running fake. */
export declare function fakeStripeClientOptions(api: Pick<FakeStripeApi, 'port'>): {
  host: '127.0.0.1';
  port: number;
  protocol: 'http';
  maxNetworkRetries: 0;
  telemetry: false;
};
