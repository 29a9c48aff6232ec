/**
 * One webhook endpoint's deliveries: each event it subscribes to is POSTed signed, first tries
 * one at a time in the order raised; a refused or failed try is retried with exponential backoff
 * while tries remain. On request each event goes twice, and events raised close together go out
 * in another order.
 */
import type {
  SimulatorDelivery,
  SimulatorEvent,
  SimulatorEventType,
  SimulatorWebhook,
} from '../types.js';
import { signPayload } from './signPayload.js';

export const IDENTITY_EVENT_TYPES: SimulatorEventType[] = [
  'identity.verification_session.created',
  'identity.verification_session.processing',
  'identity.verification_session.verified',
  'identity.verification_session.requires_input',
  'identity.verification_session.canceled',
  'identity.verification_session.redacted',
];

export interface EndpointOptions {
  attempts: number;
  initialDelayMs: number;
  shuffleWindowMs: number;
  /** Counts work in progress, for `settled()`. */
  track: (delta: 1 | -1) => void;
  record: (delivery: SimulatorDelivery) => void;
}

/**
 * The items in an order other than the given one (a duplicated event is one item twice: swapping
 * its copies alone would change nothing a receiver sees, so it does not count).
 */
function shuffled<T>(items: T[]): T[] {
  if (new Set(items).size < 2) return items;
  let out = items;
  while (out.every((item, i) => item === items[i])) {
    out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = Math.floor(Math.random() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
  }
  return out;
}

export function createEndpoint(webhook: SimulatorWebhook, options: EndpointOptions) {
  const enabled = webhook.enabledEvents ?? IDENTITY_EVENT_TYPES;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const queue: SimulatorEvent[] = [];
  let batch: SimulatorEvent[] = [];
  let pumping = false;

  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  /** One try; true when the endpoint answered 2xx. */
  async function post(event: SimulatorEvent, attempt: number): Promise<boolean> {
    const payload = JSON.stringify(event, null, 2);
    let status = 0;
    try {
      const response = await fetch(webhook.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          'Stripe-Signature': signPayload(payload, webhook.secret),
        },
        body: payload,
        signal: AbortSignal.timeout(10_000),
      });
      status = response.status;
      await response.arrayBuffer().catch(() => undefined);
    } catch {
      status = 0;
    }
    options.record({ eventId: event.id, type: event.type, url: webhook.url, attempt, status });
    return status >= 200 && status < 300;
  }

  async function deliver(event: SimulatorEvent, attempt: number): Promise<void> {
    const ok = await post(event, attempt);
    if (!ok && attempt < options.attempts) {
      options.track(1);
      later(options.initialDelayMs * 2 ** (attempt - 1), () => {
        void deliver(event, attempt + 1).finally(() => options.track(-1));
      });
    }
  }

  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    for (let event = queue.shift(); event; event = queue.shift()) {
      await deliver(event, 1);
      options.track(-1);
    }
    pumping = false;
  }

  function flush(): void {
    const out = shuffled(batch);
    batch = [];
    queue.push(...out);
    void pump();
  }

  return {
    /** Whether this endpoint receives events of `type` ('*' leaves out `redacted`, as Stripe does). */
    subscribes(type: SimulatorEventType): boolean {
      return (
        enabled.includes(type) ||
        (enabled.includes('*') && type !== 'identity.verification_session.redacted')
      );
    },
    enqueue(event: SimulatorEvent): void {
      const copies = webhook.deliver?.duplicate ? [event, event] : [event];
      for (const _ of copies) options.track(1);
      if (!webhook.deliver?.shuffle) {
        queue.push(...copies);
        void pump();
        return;
      }
      if (batch.length === 0) later(options.shuffleWindowMs, flush);
      batch.push(...copies);
    },
    stop(): void {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      queue.length = 0;
      batch = [];
    },
  };
}

export type Endpoint = ReturnType<typeof createEndpoint>;
