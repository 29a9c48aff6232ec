/** How a `processing` session is polled. Every field is optional. */
export interface PollingOptions {
  /** First delay between polls, in ms. Default 1000. */
  initialIntervalMs?: number;
  /** Longest delay between polls (the backoff doubles up to it), in ms. Default 15000. */
  maxIntervalMs?: number;
  /** Stop polling after this long in `processing`, in ms. Default 600000 (10 minutes). */
  maxDurationMs?: number;
}

/** {@link PollingOptions} with every default filled in. */
export type ResolvedPollingOptions = Required<PollingOptions>;

/** The default polling policy: 1 s doubling to 15 s, for at most 10 minutes. */
export const DEFAULT_POLLING: ResolvedPollingOptions = {
  initialIntervalMs: 1000,
  maxIntervalMs: 15_000,
  maxDurationMs: 600_000,
};

/** Fills in the defaults of a polling policy. */
export function resolvePolling(options: PollingOptions | undefined): ResolvedPollingOptions {
  return {
    initialIntervalMs: options?.initialIntervalMs ?? DEFAULT_POLLING.initialIntervalMs,
    maxIntervalMs: options?.maxIntervalMs ?? DEFAULT_POLLING.maxIntervalMs,
    maxDurationMs: options?.maxDurationMs ?? DEFAULT_POLLING.maxDurationMs,
  };
}

/** The delay before poll number `attempt` (0-based): `initial × 2^attempt`, at most `max`. */
export function pollDelay(attempt: number, policy: ResolvedPollingOptions): number {
  return Math.min(policy.initialIntervalMs * 2 ** Math.max(0, attempt), policy.maxIntervalMs);
}
