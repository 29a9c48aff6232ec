import { hashKey, type QueryClient } from '@tanstack/react-query';
import { identityKeys } from '../core/identityKeys.js';
import { pollDelay, type ResolvedPollingOptions } from '../core/polling.js';
import type { VerificationSession } from '../core/types.js';

/**
 * One poller per (QueryClient, session id), shared by every component that follows the session.
 * It owns the schedule: a single timer, so N components make one request per poll (TanStack's
 * per-observer `refetchInterval` would run N timers that only dedupe while a request is in
 * flight), and it says how long the last read stays fresh, so a component that starts following
 * between two polls reads nothing and moves no poll.
 */
interface Poller {
  subscribers: number;
  policy: ResolvedPollingOptions;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** When the pending poll fires (epoch ms), or `null` when none is pending. */
  dueAt: number | null;
  /** When the session was first seen `processing` in this run; `null` when it is not. */
  since: number | null;
  attempt: number;
  unsubscribe: () => void;
}

const pollers = new WeakMap<QueryClient, Map<string, Poller>>();

function pollerOf(client: QueryClient, id: string): Poller | undefined {
  return pollers.get(client)?.get(hashKey(identityKeys.session(id)));
}

/** Cancels the poller's pending poll, if any. */
function stop(poller: Poller): void {
  clearTimeout(poller.timer);
  poller.timer = undefined;
  poller.dueAt = null;
}

function schedule(client: QueryClient, id: string, poller: Poller): void {
  stop(poller);
  const key = identityKeys.session(id);
  if (client.getQueryData<VerificationSession>(key)?.status !== 'processing') {
    poller.since = null;
    poller.attempt = 0;
    return;
  }
  const now = Date.now();
  poller.since ??= now;
  const delay = pollDelay(poller.attempt, poller.policy);
  if (now - poller.since + delay > poller.policy.maxDurationMs) return; // capped: give up quietly
  poller.attempt += 1;
  poller.dueAt = now + delay;
  poller.timer = setTimeout(() => {
    poller.timer = undefined;
    // `cancelRefetch: false` joins a request already in flight instead of restarting it.
    void client.refetchQueries({ queryKey: key, exact: true }, { cancelRefetch: false });
  }, delay);
}

/**
 * How long the session's last read counts as fresh (TanStack's `staleTime`): until the pending
 * poll, when one is scheduled; otherwise `otherwiseMs`, so followers mounting together share a read.
 */
export function sessionStaleTime(client: QueryClient, id: string, otherwiseMs: number): number {
  const dueAt = pollerOf(client, id)?.dueAt;
  if (dueAt == null) return otherwiseMs;
  const readAt = client.getQueryState(identityKeys.session(id))?.dataUpdatedAt ?? 0;
  return Math.max(0, dueAt - readAt);
}

function createPoller(client: QueryClient, id: string, policy: ResolvedPollingOptions): Poller {
  const hash = hashKey(identityKeys.session(id));
  const poller: Poller = {
    subscribers: 0,
    policy,
    timer: undefined,
    dueAt: null,
    since: null,
    attempt: 0,
    unsubscribe: () => {},
  };
  poller.unsubscribe = client.getQueryCache().subscribe((event) => {
    if (event.query.queryHash !== hash) return;
    if (event.type === 'removed') stop(poller);
    else if (
      event.type === 'updated' &&
      (event.action.type === 'success' || event.action.type === 'error')
    ) {
      schedule(client, id, poller);
    }
  });
  schedule(client, id, poller);
  return poller;
}

/**
 * Polls `identityKeys.session(id)` while its data is `processing`, with backoff, until it
 * settles or `maxDurationMs` passes; a failed poll keeps the data and backs off further.
 * Returns the unsubscribe function; the last unsubscribe stops the timer.
 */
export function subscribeSessionPolling(
  client: QueryClient,
  id: string,
  policy: ResolvedPollingOptions,
): () => void {
  const registry = pollers.get(client) ?? new Map<string, Poller>();
  pollers.set(client, registry);
  const hash = hashKey(identityKeys.session(id));
  const poller = registry.get(hash) ?? createPoller(client, id, policy);
  registry.set(hash, poller);
  poller.subscribers += 1;
  poller.policy = policy;
  let active = true;
  return () => {
    if (!active) return;
    active = false;
    poller.subscribers -= 1;
    if (poller.subscribers > 0) return;
    stop(poller);
    poller.unsubscribe();
    registry.delete(hash);
  };
}
