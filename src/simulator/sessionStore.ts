/**
 * The sessions and their lifecycle, as Stripe runs it: created `requires_input`; a submission
 * makes it `processing`; Stripe's check makes it `verified`, or `requires_input` again with a
 * `last_error` and a fresh client secret; `canceled` is final; redaction clears what the person
 * gave. Every transition raises its `identity.verification_session.*` event.
 */

import type { KnownLastErrorCode } from '../core/types.js';
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

export interface SessionStoreOptions {
  emit: (type: SimulatorEventType, record: SessionRecord, cause: Cause) => void;
  redactionMs: number;
  /** The verdict every submission reaches on its own, unless the submission names one. */
  autoVerdict?: SimulatorAutoVerdict;
  /** Counts a redaction in progress, so `settled()` waits for its event. */
  track: (delta: 1 | -1) => void;
}

const now = () => Math.floor(Date.now() / 1000);

function applyOptions(current: SimulatedSession['options'], options: Params[string] | undefined) {
  if (options === undefined || typeof options !== 'object' || Array.isArray(options))
    return current;
  const next: Record<string, unknown> = { ...(current ?? {}) };
  for (const [key, value] of Object.entries(options)) {
    if (value === '') delete next[key];
    else next[key] = value;
  }
  return next;
}

function applyMetadata(current: Record<string, string>, metadata: Params[string] | undefined) {
  const next = { ...current };
  for (const [key, value] of Object.entries((metadata ?? {}) as Record<string, string>)) {
    if (value === '') delete next[key];
    else next[key] = value;
  }
  return next;
}

export function createSessionStore({ emit, redactionMs, autoVerdict, track }: SessionStoreOptions) {
  const records = new Map<string, SessionRecord>();
  let seq = 0;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const get = (id: string) => records.get(id);
  const set = (record: SessionRecord, patch: Partial<SimulatedSession>) => {
    record.session = { ...record.session, ...patch };
  };
  const expect = (record: SessionRecord, allowed: SimulatedSession['status'][], action: string) => {
    const { status, redaction } = record.session;
    if (redaction)
      throw new StateError(`This VerificationSession has been redacted and cannot be ${action}.`);
    if (!allowed.includes(status)) {
      throw new StateError(
        `This VerificationSession cannot be ${action} because it has a status of ${status}. Only a VerificationSession with status ${allowed.join(' or ')} can be ${action}.`,
      );
    }
  };
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
    return timer;
  };
  const clearVerdict = (record: SessionRecord) => {
    if (record.timer) clearTimeout(record.timer);
    timers.delete(record.timer as ReturnType<typeof setTimeout>);
    record.timer = undefined;
  };

  function create(params: Params, cause: Cause): SessionRecord {
    const flow = typeof params.verification_flow === 'string' ? params.verification_flow : null;
    const session: SimulatedSession = {
      id: stripeId('vs'),
      object: 'identity.verification_session',
      client_reference_id: (params.client_reference_id as string | undefined) ?? null,
      client_secret: null,
      created: now(),
      last_error: null,
      last_verification_report: null,
      livemode: false,
      metadata: applyMetadata({}, params.metadata),
      options: applyOptions({}, params.options),
      provided_details: (params.provided_details as SimulatedSession['provided_details']) ?? null,
      redaction: null,
      related_customer: (params.related_customer as string | undefined) ?? null,
      related_customer_account: (params.related_customer_account as string | undefined) ?? null,
      ...(params.related_person
        ? { related_person: params.related_person as { account: string; person: string } }
        : {}),
      status: 'requires_input',
      type: flow ? 'verification_flow' : (params.type as 'document' | 'id_number'),
      url: null,
      ...(flow ? { verification_flow: flow } : {}),
      verified_outputs: null,
    };
    const record: SessionRecord = { session, token: randomToken(), seq: seq++ };
    records.set(session.id, record);
    emit('identity.verification_session.created', record, cause);
    return record;
  }

  function update(record: SessionRecord, params: Params): void {
    expect(record, ['requires_input'], 'updated');
    const { session } = record;
    set(record, {
      metadata: applyMetadata(session.metadata, params.metadata),
      options: applyOptions(session.options, params.options),
      ...(params.provided_details
        ? {
            provided_details: {
              ...session.provided_details,
              ...(params.provided_details as object),
            },
          }
        : {}),
      ...(typeof params.type === 'string' ? { type: params.type as 'document' | 'id_number' } : {}),
    });
  }

  function cancel(record: SessionRecord, cause: Cause): void {
    expect(record, ['requires_input'], 'canceled');
    set(record, { status: 'canceled' });
    record.token = null;
    emit('identity.verification_session.canceled', record, cause);
  }

  function redact(record: SessionRecord, cause: Cause): void {
    if (record.session.redaction) return;
    expect(record, ['requires_input', 'verified'], 'redacted');
    clearVerdict(record);
    record.token = null;
    if (record.session.status === 'requires_input') {
      set(record, { status: 'canceled' });
      emit('identity.verification_session.canceled', record, cause);
    }
    set(record, { redaction: { status: 'processing' } });
    track(1);
    later(redactionMs, () => {
      track(-1);
      const { session } = record;
      set(record, {
        redaction: { status: 'redacted' },
        metadata: {},
        verified_outputs: session.verified_outputs ? redactOutputs(session.verified_outputs) : null,
        provided_details: session.provided_details
          ? redactOutputs(session.provided_details as Record<string, unknown>)
          : null,
      });
      emit('identity.verification_session.redacted', record, STRIPE_ITSELF);
    });
  }

  function submit(record: SessionRecord, cause: Cause, plan = autoVerdict) {
    expect(record, ['requires_input'], 'submitted');
    set(record, { status: 'processing', last_error: null });
    record.token = null;
    emit('identity.verification_session.processing', record, cause);
    if (plan) {
      const { verdict, reason, afterMs = 1500 } = plan;
      record.timer = later(afterMs, () => {
        record.timer = undefined;
        if (record.session.status !== 'processing') return;
        if (verdict === 'verified') verify(record, STRIPE_ITSELF);
        else fail(record, verdict, reason ?? null, STRIPE_ITSELF);
      });
    }
  }

  function verify(record: SessionRecord, cause: Cause): void {
    if (record.session.status === 'requires_input' && !record.session.redaction)
      submit(record, cause);
    expect(record, ['processing'], 'verified');
    clearVerdict(record);
    const { session } = record;
    const idNumber =
      session.type === 'id_number' ||
      Boolean(
        (session.options?.document as { require_id_number?: boolean } | undefined)
          ?.require_id_number,
      );
    set(record, {
      status: 'verified',
      last_error: null,
      last_verification_report: stripeId('vr'),
      verified_outputs: verifiedOutputs(idNumber),
    });
    emit('identity.verification_session.verified', record, cause);
  }

  function fail(record: SessionRecord, code: string, reason: string | null, cause: Cause): void {
    expect(record, ['requires_input', 'processing'], 'failed');
    clearVerdict(record);
    const submitted = record.session.status === 'processing';
    set(record, {
      status: 'requires_input',
      last_error: {
        code,
        reason: reason ?? LAST_ERROR_REASONS[code as KnownLastErrorCode] ?? null,
      },
      ...(submitted ? { last_verification_report: stripeId('vr') } : {}),
    });
    // The secret of the attempt that ended is spent: the next one gets a fresh secret and url.
    record.token = randomToken();
    emit('identity.verification_session.requires_input', record, cause);
  }

  function stop(): void {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  }

  return { records, get, create, update, cancel, redact, submit, verify, fail, stop };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
