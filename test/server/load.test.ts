// @vitest-environment node
// A bounded load on 127.0.0.1 as a correctness test (no timing asserted here; the numbers are
// recorded by `node benchmarks/server-load.mjs` into benchmarks/server-load.json).
import { describe, expect, it } from 'vitest';
import { runServerLoad } from '../../benchmarks/server-load.js';

describe('200 parallel creates for 20 users', () => {
  it.each([1, 2])(
    'should leave exactly one session per user and answer no 5xx (%i handler instance(s) behind one Stripe)',
    async (instances) => {
      const result = await runServerLoad({ users: 20, requestsPerUser: 10, instances });
      expect(result.requests).toBe(200);
      expect(result.sessionsPerUser).toEqual({ min: 1, max: 1 });
      expect(result.idsPerUser).toEqual({ min: 1, max: 1 });
      const fiveXx = Object.entries(result.statuses).filter(([status]) => Number(status) >= 500);
      expect(fiveXx).toEqual([]);
      expect(result.statuses['200']).toBe(200);
      expect(result.stripeRequests.create).toBeGreaterThanOrEqual(20);
    },
    60_000,
  );
});
