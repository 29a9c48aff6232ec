// Benchmarks of the verification flow, with results written to benchmarks/flow.json
// (`npm run bench`). Nothing here asserts a wall-clock limit: it measures and records.
//
// 1. Requests: N cards following one `processing` session, against the hand-rolled way
//    (each component its own `useQuery` with `refetchInterval`). Same poll interval, same
//    session that turns `verified` after a fixed time, followers mounted over one interval as
//    on a real page; counted are backend reads.
// 2. Time to modal: backend `createSession` takes B ms and Stripe.js takes S ms from the click.
//    `start()` runs both in parallel; the hand-rolled flow awaits one, then the other.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, waitFor } from '@testing-library/react';
import { type ReactNode, useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { VerificationSessionCard } from '../src/components/VerificationSessionCard/VerificationSessionCard.js';
import { IdentityProvider } from '../src/react/IdentityProvider.js';
import { useVerifyIdentity } from '../src/react/useVerifyIdentity.js';
import {
  createMockBackend,
  createMockStripe,
  createTestQueryClient,
  IdentityTestProvider,
  makeVerificationSession,
} from '../src/testing/index.js';

const results: Record<string, unknown> = {
  machine: '2 cores, jsdom, real timers',
};
const POLL_MS = 20;
const PROCESSING_MS = 400;

function processingBackend() {
  const session = makeVerificationSession({ status: 'processing' });
  const backend = createMockBackend({ sessions: [session] });
  setTimeout(() => backend.updateSession(session.id, { status: 'verified' }), PROCESSING_MS);
  return { backend, id: session.id };
}

function HandRolledFollower({
  id,
  read,
}: {
  id: string;
  read: (id: string) => Promise<{ status: string }>;
}) {
  const { data } = useQuery({
    queryKey: ['session', id],
    queryFn: () => read(id),
    refetchInterval: (query) => (query.state.data?.status === 'processing' ? POLL_MS : false),
  });
  return <p data-status={data?.status ?? 'loading'}>{data?.status}</p>;
}

/**
 * Mounts `count` children one after another over one poll interval, as components of a real
 * page mount at different times (a header badge, then the page, then a dialog).
 */
function Staggered({
  count,
  render: renderChild,
}: {
  count: number;
  render: (i: number) => ReactNode;
}) {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown >= count) return;
    const timer = setTimeout(() => setShown((n) => n + 1), POLL_MS / count);
    return () => clearTimeout(timer);
  }, [shown, count]);
  return <>{Array.from({ length: shown }, (_, i) => renderChild(i))}</>;
}

/** Hands the hook's `start` to the benchmark. */
function Probe({ handle }: { handle: { start: () => Promise<unknown> } }) {
  handle.start = useVerifyIdentity().start;
  return null;
}

describe('benchmarks', () => {
  it('requests: N followers of one processing session', async () => {
    const rows = [];
    for (const followers of [1, 10, 50]) {
      const ours = processingBackend();
      const view = render(
        <IdentityTestProvider backend={ours.backend}>
          <Staggered
            count={followers}
            render={(i) => (
              <VerificationSessionCard
                key={i}
                sessionId={ours.id}
                polling={{ initialIntervalMs: POLL_MS, maxIntervalMs: POLL_MS }}
              />
            )}
          />
        </IdentityTestProvider>,
      );
      await waitFor(
        () =>
          expect(view.container.querySelectorAll('section[data-phase="verified"]')).toHaveLength(
            followers,
          ),
        { timeout: 5000 },
      );
      view.unmount();

      const naive = processingBackend();
      const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      const handRolled = render(
        <QueryClientProvider client={client}>
          <Staggered
            count={followers}
            render={(i) => (
              <HandRolledFollower
                key={i}
                id={naive.id}
                read={(id) => naive.backend.getSession(id)}
              />
            )}
          />
        </QueryClientProvider>,
      );
      await waitFor(
        () =>
          expect(handRolled.container.querySelectorAll('[data-status="verified"]')).toHaveLength(
            followers,
          ),
        { timeout: 5000 },
      );
      handRolled.unmount();
      client.clear();

      rows.push({
        followers,
        reads: ours.backend.requests.getSession,
        handRolledReads: naive.backend.requests.getSession,
        ratio: Number(
          (naive.backend.requests.getSession / ours.backend.requests.getSession).toFixed(2),
        ),
      });
    }
    results.requests = {
      what: `backend reads while one session is processing for ${PROCESSING_MS} ms, polled every ${POLL_MS} ms`,
      rows,
    };
  });

  it('time to modal: parallel start() against await-then-await', async () => {
    const BACKEND_MS = 150;
    const STRIPE_MS = 250;
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const runs: { parallel: number; sequential: number }[] = [];
    for (let run = 0; run < 5; run += 1) {
      // Ours: the click starts both; Stripe.js becomes ready STRIPE_MS after it.
      const mock = createMockStripe({ outcome: 'canceled' });
      const backend = createMockBackend({ delayMs: { createSession: BACKEND_MS } });
      const handle = { start: () => Promise.resolve() as Promise<unknown> };
      const t0 = performance.now();
      const stripePromise = sleep(STRIPE_MS).then(() => mock.stripe);
      const view = render(
        <IdentityProvider
          stripe={stripePromise}
          backend={backend}
          queryClient={createTestQueryClient()}
        >
          <Probe handle={handle} />
        </IdentityProvider>,
      );
      let opened = 0;
      const original = mock.stripe.verifyIdentity.bind(mock.stripe);
      mock.stripe.verifyIdentity = (secret: string) => {
        opened = performance.now();
        return original(secret);
      };
      await act(() => handle.start());
      view.unmount();

      // Hand-rolled: fetch the secret, then load Stripe.js, then open the modal.
      const t1 = performance.now();
      await sleep(BACKEND_MS);
      await sleep(STRIPE_MS);
      const sequential = performance.now() - t1;
      runs.push({ parallel: opened - t0, sequential });
    }
    const median = (values: number[]) =>
      values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const parallel = median(runs.map((r) => r.parallel));
    const sequential = median(runs.map((r) => r.sequential));
    results.timeToModal = {
      what: `ms from click to verifyIdentity(), backend ${BACKEND_MS} ms, Stripe.js ${STRIPE_MS} ms (median of 5)`,
      parallelMs: Math.round(parallel),
      sequentialMs: Math.round(sequential),
      ratioToMax: Number((parallel / Math.max(BACKEND_MS, STRIPE_MS)).toFixed(2)),
      ratioToSum: Number((parallel / (BACKEND_MS + STRIPE_MS)).toFixed(2)),
    };
    writeFileSync(
      path.join(import.meta.dirname, 'flow.json'),
      `${JSON.stringify(results, null, 2)}\n`,
    );
  });
});
