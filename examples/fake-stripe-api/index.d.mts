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
}

/** A running fake Stripe API. */
export interface FakeStripeApi {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly port: number;
  /** Sessions by id, as Stripe would store them. */
  readonly sessions: ReadonlyMap<string, FakeSession>;
  /** What Stripe does after the user submits: `processing` now, the verdict after `processingMs`. */
  submit(id: string, verdict: FakeVerdict, processingMs?: number): boolean;
  close(): Promise<void>;
}

/** The path of the control endpoint (`POST {"id", "verdict", "processingMs"?}` → 204 or 409). */
export declare const FAKE_SUBMIT_PATH: '/__fake/submit';

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
