import type { KnownLastErrorCode, LastErrorCode } from '../core/types.js';
import type { SessionOperation } from './parameterSchemas.js';

/** A VerificationSession as the simulator answers it: Stripe's JSON shape. */
export interface SimulatedSession {
  id: string;
  object: 'identity.verification_session';
  client_reference_id: string | null;
  client_secret: string | null;
  created: number;
  last_error: { code: LastErrorCode | null; reason: string | null } | null;
  last_verification_report: string | null;
  livemode: false;
  metadata: Record<string, string>;
  options: Record<string, unknown> | null;
  provided_details?: { email?: string; phone?: string } | null;
  redaction: { status: 'processing' | 'redacted' } | null;
  related_customer: string | null;
  related_customer_account: string | null;
  related_person?: { account: string; person: string };
  status: 'requires_input' | 'processing' | 'verified' | 'canceled';
  type: 'document' | 'id_number' | 'verification_flow';
  url: string | null;
  verification_flow?: string;
  verified_outputs?: Record<string, unknown> | null;
}

/** The `identity.verification_session.*` events, one per transition. */
export type SimulatorEventType =
  | 'identity.verification_session.created'
  | 'identity.verification_session.processing'
  | 'identity.verification_session.verified'
  | 'identity.verification_session.requires_input'
  | 'identity.verification_session.canceled'
  | 'identity.verification_session.redacted';

/** An event as Stripe sends it to a webhook endpoint (the spec's `event` schema). */
export interface SimulatorEvent {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  data: { object: SimulatedSession };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: SimulatorEventType;
}

/** What Stripe decides about a submission: `verified`, or a `last_error` code. */
export type SimulatorVerdict = 'verified' | KnownLastErrorCode;

/** A verdict reached on its own some time after a submission. */
export interface SimulatorAutoVerdict {
  /** `verified`, one of the 19 codes, or another code with a `reason` (an invite-only one). */
  verdict: SimulatorVerdict | (string & {});
  /** Stripe's `last_error.reason`; default the text Stripe gives for the code. */
  reason?: string;
  /** How long the session stays `processing` first. Default 1500 ms. */
  afterMs?: number;
}

/** How the simulator delivers events to one endpoint, beyond "each once, in order". */
export interface SimulatorDeliveryOptions {
  /** Send every event twice (same event id, a fresh signature), as Stripe may. */
  duplicate?: boolean;
  /** Send the events raised close together (within `shuffleWindowMs`) in another order. */
  shuffle?: boolean;
}

/** A webhook endpoint the simulator posts signed events to. */
export interface SimulatorWebhook {
  /** Where to POST, e.g. `http://127.0.0.1:3000/api/identity/webhook`. */
  url: string;
  /** The endpoint's signing secret (`whsec_…`), which `stripe.webhooks.constructEvent` checks. */
  secret: string;
  deliver?: SimulatorDeliveryOptions;
  /**
   * The event types the endpoint subscribes to. Default: all six by name. As on Stripe, `'*'`
   * brings every event but `identity.verification_session.redacted`, which only reaches
   * endpoints that name it.
   */
  enabledEvents?: Array<SimulatorEventType | '*'>;
}

/** One try at delivering one event to one endpoint. */
export interface SimulatorDelivery {
  eventId: string;
  type: SimulatorEventType;
  url: string;
  /** 1 for the first try; a retry of the same copy counts up. */
  attempt: number;
  /** The endpoint's status, or 0 when it could not be reached. */
  status: number;
}

/** Which requests a fault applies to: a Stripe operation, or a test helper. */
export type SimulatorRoute = SessionOperation | 'submit' | 'verify' | 'fail';

/** What a fault does to a request. */
export type SimulatorFaultKind =
  /** Answer after `ms` more milliseconds (the request then runs as usual). */
  | { type: 'latency'; ms: number }
  /** 429 with `Retry-After` (seconds, default 1); nothing runs. */
  | { type: 'rate_limit'; retryAfter?: number }
  /** 500 (or `status`) `api_error`; the request does not run. Saved for its idempotency key, as Stripe does. */
  | { type: 'server_error'; status?: number }
  /**
   * The connection closes with no answer. `afterProcessing: true` runs the request first (a
   * session may be created), so a retry with the same idempotency key gets the saved answer.
   */
  | { type: 'disconnect'; afterProcessing?: boolean }
  /** Any Stripe error answer (status and error fields). */
  | {
      type: 'error';
      status: number;
      error?: { type?: string; code?: string; message?: string; param?: string };
      headers?: Record<string, string>;
    };

/** A fault for the next requests: of one route (default any), `times` times (default 1). */
export type SimulatorFault = SimulatorFaultKind & {
  route?: SimulatorRoute;
  /** How many requests it hits; default 1, `Infinity` until cleared. */
  times?: number;
};

/** A request the simulated API received (the API key is not kept). */
export interface SimulatorRequest {
  method: string;
  path: string;
  /** The raw query string, without `?`. */
  query: string;
  /** The raw body: form-encoded for the SDK's POSTs. */
  body: string;
  /** The operation it reached, when the path is one the simulator serves. */
  route: SimulatorRoute | null;
  headers: {
    'content-type': string | null;
    'idempotency-key': string | null;
    'stripe-version': string | null;
  };
  /** The status answered; 0 for a dropped connection. */
  status: number;
}

/** Options of `startIdentitySimulator`. */
export interface IdentitySimulatorOptions {
  /** Port on 127.0.0.1; default 0, any free port. */
  port?: number;
  /** Endpoints that receive every event, signed. */
  webhooks?: SimulatorWebhook[];
  /** Every API request answers after this long, like a real network; default 0. */
  latencyMs?: number;
  /** Reach this verdict on its own after each submission (default: wait for a test helper). */
  autoVerdict?: SimulatorAutoVerdict;
  /** How long redaction stays `processing` before `redacted`; default 0 (the next tick). */
  redactionMs?: number;
  /** Retries of a delivery the endpoint refused: up to `attempts` tries (default 6), waiting `initialDelayMs` (default 100) × 2ⁿ between them. */
  webhookRetry?: { attempts?: number; initialDelayMs?: number };
  /** Events raised within this window are shuffled together (`deliver.shuffle`); default 100 ms. */
  shuffleWindowMs?: number;
}

/** A running simulator. */
export interface IdentitySimulator {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly port: number;
  /** `new Stripe(key, { ...sim.stripeOptions })` talks to the simulator. */
  readonly stripeOptions: { host: '127.0.0.1'; port: number; protocol: 'http' };
  /** The person submits: `requires_input` → `processing` (then `autoVerdict`, or `plan`). */
  submit(id: string, plan?: SimulatorAutoVerdict): Promise<SimulatedSession>;
  /** Stripe verifies: → `verified`, with `verified_outputs` and a report id (submits first if needed). */
  verify(id: string): Promise<SimulatedSession>;
  /** Stripe's check fails: → `requires_input` with `last_error.code` and a fresh `client_secret`. */
  fail(id: string, code: LastErrorCode, reason?: string): Promise<SimulatedSession>;
  /** Scripts faults for the next requests. */
  fault(faults: SimulatorFault | SimulatorFault[]): void;
  /** Clears the faults not used yet. */
  clearFaults(): void;
  /** Sessions as stored (secrets never), oldest first. */
  readonly sessions: ReadonlyMap<string, SimulatedSession>;
  /** Every API request received, oldest first. */
  readonly requests: readonly SimulatorRequest[];
  /** Every event raised, oldest first. */
  readonly events: readonly SimulatorEvent[];
  /** Every webhook delivery attempt, oldest first. */
  readonly deliveries: readonly SimulatorDelivery[];
  /** Resolves once no delivery is pending or waiting to be retried. */
  settled(): Promise<void>;
  close(): Promise<void>;
}
