/**
 * Where events are raised and fanned out: each becomes a Stripe event object, is kept in
 * `events`, and goes to every endpoint subscribed to its type.
 */
import type { Cause } from '../sessionStore.js';
import type {
  IdentitySimulatorOptions,
  SimulatedSession,
  SimulatorDelivery,
  SimulatorEvent,
  SimulatorEventType,
} from '../types.js';
import { createEndpoint } from './createEndpoint.js';
import { createEvent } from './createEvent.js';

export function createEventHub(options: IdentitySimulatorOptions) {
  const events: SimulatorEvent[] = [];
  const deliveries: SimulatorDelivery[] = [];
  let pending = 0;
  let waiters: Array<() => void> = [];
  const track = (delta: 1 | -1) => {
    pending += delta;
    if (pending === 0) {
      for (const resolve of waiters) resolve();
      waiters = [];
    }
  };
  const endpoints = (options.webhooks ?? []).map((webhook) =>
    createEndpoint(webhook, {
      attempts: options.webhookRetry?.attempts ?? 6,
      initialDelayMs: options.webhookRetry?.initialDelayMs ?? 100,
      shuffleWindowMs: options.shuffleWindowMs ?? 100,
      track,
      record: (delivery) => deliveries.push(delivery),
    }),
  );

  return {
    events,
    deliveries,
    track,
    raise(type: SimulatorEventType, session: SimulatedSession, cause: Cause): void {
      const targets = endpoints.filter((endpoint) => endpoint.subscribes(type));
      const event = createEvent(type, session, cause, targets.length);
      events.push(event);
      for (const endpoint of targets) endpoint.enqueue(event);
    },
    settled(): Promise<void> {
      return pending === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
    stop(): void {
      for (const endpoint of endpoints) endpoint.stop();
      pending = 0;
      for (const resolve of waiters) resolve();
      waiters = [];
    },
  };
}
