import { stripeId } from '../randomToken.js';
import type { SimulatedSession, SimulatorEvent, SimulatorEventType } from '../types.js';

/** The API version events are rendered in when the request that caused them named none. */
export const DEFAULT_API_VERSION = '2026-07-29.dahlia';

export interface EventCause {
  requestId: string | null;
  idempotencyKey: string | null;
  apiVersion: string | null;
}

/** An event as Stripe builds it: the session as it is now under `data.object`. */
export function createEvent(
  type: SimulatorEventType,
  session: SimulatedSession,
  cause: EventCause,
  pendingWebhooks: number,
): SimulatorEvent {
  return {
    id: stripeId('evt'),
    object: 'event',
    api_version: cause.apiVersion ?? DEFAULT_API_VERSION,
    created: Math.floor(Date.now() / 1000),
    data: { object: session },
    livemode: false,
    pending_webhooks: pendingWebhooks,
    request: { id: cause.requestId, idempotency_key: cause.idempotencyKey },
    type,
  };
}
