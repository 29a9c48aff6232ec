/**
 * The lifecycle as Stripe runs it: a submission makes a session `processing`; Stripe's check
 * makes it `verified`, or `requires_input` again with a `last_error` and a fresh client secret;
 * `canceled` is final; redaction clears what the person gave. Each transition raises its
 * `identity.verification_session.*` event; one the status does not allow throws Stripe's 400.
 */
import type { KnownLastErrorCode } from '../core/types.js';
import type { Timers } from './createTimers.js';
import { applyMetadata, applyOptions } from './newSession.js';
import { randomToken, stripeId } from './randomToken.js';
import { LAST_ERROR_REASONS, redactOutputs, verifiedOutputs } from './simulatedIdentity.js';
import { invalidState } from './stripeErrors.js';
import type { SimulatedSession, SimulatorAutoVerdict, SimulatorEventType } from './types.js';
import type { Params } from './validateParams.js';

/** A stored session and what only the simulator knows about it. */
export interface SessionRecord {
  /** Stripe's object, `client_secret` and `url` null: they are minted on the way out. */
  session: SimulatedSession;
  /** The current attempt's single-use token, or null once used. */
  token: string | null;
  /** Creation order: the tie-break of `created` for lists. */
  seq: number;
  /** The verdict waiting after a submission. */
  timer?: ReturnType<typeof setTimeout>;
}

/** Who caused a transition (an API request, or Stripe itself), for the event's `request`. */
export interface Cause {
  requestId: string | null;
  idempotencyKey: string | null;
  /** The request's `Stripe-Version`, which the event is rendered in. */
  apiVersion: string | null;
}

/** A transition Stripe makes on its own (a verdict, the end of a redaction). */
export const STRIPE_ITSELF: Cause = { requestId: null, idempotencyKey: null, apiVersion: null };

/** Thrown by a transition the status does not allow; carries Stripe's 400. */
export class StateError extends Error {
  readonly answer = invalidState(this.message);
}

/** What the transitions need around them. */
export interface TransitionContext {
  emit: (type: SimulatorEventType, record: SessionRecord, cause: Cause) => void;
  timers: Timers;
  redactionMs: number;
  /** The verdict every submission reaches on its own, unless the submission names one. */
  autoVerdict: SimulatorAutoVerdict | undefined;
  /** Counts a redaction in progress, so `settled()` waits for its event. */
  track: (delta: 1 | -1) => void;
}

const set = (record: SessionRecord, patch: Partial<SimulatedSession>) => {
  record.session = { ...record.session, ...patch };
};

function expectStatus(
  record: SessionRecord,
  allowed: SimulatedSession['status'][],
  action: string,
) {
  const { status, redaction } = record.session;
  if (redaction) {
    throw new StateError(`This VerificationSession has been redacted and cannot be ${action}.`);
  }
  if (!allowed.includes(status)) {
    throw new StateError(
      `This VerificationSession cannot be ${action} because it has a status of ${status}. Only a VerificationSession with status ${allowed.join(' or ')} can be ${action}.`,
    );
  }
}

export function update(record: SessionRecord, params: Params): void {
  expectStatus(record, ['requires_input'], 'updated');
  const { session } = record;
  const details = params.provided_details as SimulatedSession['provided_details'] | undefined;
  set(record, {
    metadata: applyMetadata(session.metadata, params.metadata),
    options: applyOptions(session.options, params.options),
    ...(details ? { provided_details: { ...session.provided_details, ...details } } : {}),
    ...(typeof params.type === 'string' ? { type: params.type as 'document' | 'id_number' } : {}),
  });
}

export function cancel(context: TransitionContext, record: SessionRecord, cause: Cause): void {
  expectStatus(record, ['requires_input'], 'canceled');
  set(record, { status: 'canceled' });
  record.token = null;
  context.emit('identity.verification_session.canceled', record, cause);
}

/** Redaction: `processing` now (an open session is canceled), `redacted` after `redactionMs`. */
export function redact(context: TransitionContext, record: SessionRecord, cause: Cause): void {
  if (record.session.redaction) return;
  expectStatus(record, ['requires_input', 'verified'], 'redacted');
  context.timers.cancel(record.timer);
  record.token = null;
  if (record.session.status === 'requires_input') {
    set(record, { status: 'canceled' });
    context.emit('identity.verification_session.canceled', record, cause);
  }
  set(record, { redaction: { status: 'processing' } });
  context.track(1);
  context.timers.later(context.redactionMs, () => {
    context.track(-1);
    const { verified_outputs, provided_details } = record.session;
    set(record, {
      redaction: { status: 'redacted' },
      metadata: {},
      verified_outputs: verified_outputs ? redactOutputs(verified_outputs) : null,
      provided_details: provided_details ? redactOutputs(provided_details) : null,
    });
    context.emit('identity.verification_session.redacted', record, STRIPE_ITSELF);
  });
}

/** The person submits; `plan` (else the simulator's `autoVerdict`) decides it later on its own. */
export function submit(
  context: TransitionContext,
  record: SessionRecord,
  cause: Cause,
  plan = context.autoVerdict,
): void {
  expectStatus(record, ['requires_input'], 'submitted');
  set(record, { status: 'processing', last_error: null });
  record.token = null;
  context.emit('identity.verification_session.processing', record, cause);
  if (!plan) return;
  const { verdict, reason, afterMs = 1500 } = plan;
  record.timer = context.timers.later(afterMs, () => {
    record.timer = undefined;
    if (record.session.status !== 'processing') return;
    if (verdict === 'verified') verify(context, record, STRIPE_ITSELF);
    else fail(context, record, verdict, reason ?? null, STRIPE_ITSELF);
  });
}

/** Stripe verifies the submission (a session still waiting is submitted first). */
export function verify(context: TransitionContext, record: SessionRecord, cause: Cause): void {
  if (record.session.status === 'requires_input' && !record.session.redaction) {
    submit(context, record, cause, undefined);
  }
  expectStatus(record, ['processing'], 'verified');
  context.timers.cancel(record.timer);
  const { session } = record;
  const document = session.options?.document as { require_id_number?: boolean } | undefined;
  set(record, {
    status: 'verified',
    last_error: null,
    last_verification_report: stripeId('vr'),
    verified_outputs: verifiedOutputs(
      session.type === 'id_number' || Boolean(document?.require_id_number),
    ),
  });
  context.emit('identity.verification_session.verified', record, cause);
}

/** Stripe's check fails (or the person gave up before submitting): `requires_input` again. */
export function fail(
  context: TransitionContext,
  record: SessionRecord,
  code: string,
  reason: string | null,
  cause: Cause,
): void {
  expectStatus(record, ['requires_input', 'processing'], 'failed');
  context.timers.cancel(record.timer);
  const submitted = record.session.status === 'processing';
  set(record, {
    status: 'requires_input',
    last_error: { code, reason: reason ?? LAST_ERROR_REASONS[code as KnownLastErrorCode] ?? null },
    ...(submitted ? { last_verification_report: stripeId('vr') } : {}),
  });
  // The secret of the attempt that ended is spent: the next one gets a fresh secret and url.
  record.token = randomToken();
  context.emit('identity.verification_session.requires_input', record, cause);
}
