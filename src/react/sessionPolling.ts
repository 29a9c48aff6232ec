'use client';

import { hashKey, type QueryClient } from '@tanstack/react-query';
import type { VerificationSession } from '../core/types.js';
import { identityKeys } from './identityKeys.js';
import { pollDelay, type ResolvedPollingOptions } from './verificationSessionQueryOptions.js';

/**
 * One poller per (QueryClient, session id), shared by every component that follows the session:
 * a single timer, so N components make one request per poll (TanStack's per-observer
 * `refetchInterval` would run N timers that only dedupe while a request is in flight).
 */
interface Poller {
  subscribers: number;
  policy: ResolvedPollingOptions;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** When the session was first seen `processing` in this run; `null` when it is not. */
  since: number | null;
  attempt: number;
  unsubscribe: () => void;
}

const pollers = new WeakMap<QueryClient, Map<string, Poller>>();

/** Cancels the poller's pending poll, if any. */
function stop(poller: Poller): void {
  clearTimeout(poller.timer);
  poller.timer = undefined;
}

function schedule(client: QueryClient, id: string, poller: Poller): void {
  stop(poller);
  const key = identityKeys.session(id);
  const data = client.getQueryData<VerificationSession>(key);
  if (data?.status !== 'processing') {
    poller.since = null;
    poller.attempt = 0;
    return;
  }
  const now = Date.now();
  poller.since ??= now;
  const delay = pollDelay(poller.attempt, poller.policy);
  if (now - poller.since + delay > poller.policy.maxDurationMs) return; // capped: give up quietly
  poller.attempt += 1;
  poller.timer = setTimeout(() => {
    poller.timer = undefined;
    // `cancelRefetch: false` joins a request already in flight instead of restarting it.
    void client.refetchQueries({ queryKey: key, exact: true }, { cancelRefetch: false });
  }, delay);
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
  let poller = registry.get(hash);
  if (!poller) {
    const created: Poller = {
      subscribers: 0,
      policy,
      timer: undefined,
      since: null,
      attempt: 0,
      unsubscribe: () => {},
    };
    created.unsubscribe = client.getQueryCache().subscribe((event) => {
      if (event.query.queryHash !== hash) return;
      if (event.type === 'removed') stop(created);
      else if (
        event.type === 'updated' &&
        (event.action.type === 'success' || event.action.type === 'error')
      ) {
        schedule(client, id, created);
      }
    });
    registry.set(hash, created);
    poller = created;
    schedule(client, id, created);
  }
  poller.subscribers += 1;
  poller.policy = policy;
  const current = poller;
  let active = true;
  return () => {
    if (!active) return;
    active = false;
    current.subscribers -= 1;
    if (current.subscribers > 0) return;
    stop(current);
    current.unsubscribe();
    registry.delete(hash);
  };
}
