/** A new session from checked create parameters, and the merge rules update shares with it. */
import { stripeId } from './randomToken.js';
import type { SimulatedSession } from './types.js';
import type { Params } from './validateParams.js';

/** `options` merged in: a key given `''` (Stripe's "unset") is removed. */
export function applyOptions(
  current: SimulatedSession['options'],
  options: Params[string] | undefined,
): SimulatedSession['options'] {
  if (options === undefined || typeof options !== 'object' || Array.isArray(options))
    return current;
  const next: Record<string, unknown> = { ...(current ?? {}) };
  for (const [key, value] of Object.entries(options)) {
    if (value === '') delete next[key];
    else next[key] = value;
  }
  return next;
}

/** `metadata` merged in: a key given an empty value is removed, as Stripe does. */
export function applyMetadata(
  current: Record<string, string>,
  metadata: Params[string] | undefined,
): Record<string, string> {
  const next = { ...current };
  for (const [key, value] of Object.entries((metadata ?? {}) as Record<string, string>)) {
    if (value === '') delete next[key];
    else next[key] = value;
  }
  return next;
}

/** The session Stripe creates: `requires_input`, its secret minted on the way out. */
export function newSession(params: Params): SimulatedSession {
  const text = (name: string) => (params[name] as string | undefined) ?? null;
  const flow = text('verification_flow');
  return {
    id: stripeId('vs'),
    object: 'identity.verification_session',
    client_reference_id: text('client_reference_id'),
    client_secret: null,
    created: Math.floor(Date.now() / 1000),
    last_error: null,
    last_verification_report: null,
    livemode: false,
    metadata: applyMetadata({}, params.metadata),
    options: applyOptions({}, params.options),
    provided_details: (params.provided_details as SimulatedSession['provided_details']) ?? null,
    redaction: null,
    related_customer: text('related_customer'),
    related_customer_account: text('related_customer_account'),
    ...(params.related_person
      ? { related_person: params.related_person as { account: string; person: string } }
      : {}),
    status: 'requires_input',
    type: flow ? 'verification_flow' : (params.type as 'document' | 'id_number'),
    url: null,
    ...(flow ? { verification_flow: flow } : {}),
    verified_outputs: null,
  };
}
