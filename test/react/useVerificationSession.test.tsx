import { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../src/core/en.js';
import { IdentityError } from '../../src/core/IdentityError.js';
import { identityKeys } from '../../src/core/identityKeys.js';
import { DEFAULT_POLLING, pollDelay } from '../../src/core/polling.js';
import fr from '../../src/locales/fr.js';
import { subscribeSessionPolling } from '../../src/query/sessionPolling.js';
import {
  isRetryableSessionError,
  verificationSessionQueryOptions,
} from '../../src/query/verificationSessionQueryOptions.js';
import { useVerificationSession } from '../../src/react/useVerificationSession.js';
import {
  createMockBackend,
  createMockStripe,
  createTestQueryClient,
  IdentityTestProvider,
  type MockBackend,
  makeFailedVerificationSession,
  makeVerificationSession,
} from '../../src/testing/index.js';
import { flush, SessionFollower, VerifyConsumer } from './helpers.js';

function wrapperFor(backend: MockBackend, queryClient = createTestQueryClient()) {
  return ({ children }: { children: ReactNode }) => (
    <IdentityTestProvider backend={backend} queryClient={queryClient}>
      {children}
    </IdentityTestProvider>
  );
}

const FAST = { initialIntervalMs: 10, maxIntervalMs: 20 };
const SLOW = { initialIntervalMs: 5_000, maxIntervalMs: 5_000 };

function Follower({ testId }: { testId: string }) {
  const { data } = useVerificationSession('vs_late', { polling: SLOW });
  return <p data-testid={testId}>{data?.status ?? 'loading'}</p>;
}

/** `count` components following one session, numbered `f0`… in the order they mounted. */
function ScheduleFollowers({ count }: { count: number }) {
  return Array.from({ length: count }, (_, n) => `f${n}`).map((testId) => (
    <ScheduleFollower key={testId} testId={testId} />
  ));
}

function ScheduleFollower({ testId }: { testId: string }) {
  const { data } = useVerificationSession('vs_schedule');
  return <p data-testid={testId}>{data?.status ?? 'loading'}</p>;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('identityKeys', () => {
  it('should hold the library name and ids only', () => {
    expect(identityKeys.all).toEqual(['react-stripe-identity']);
    expect(identityKeys.session('vs_1')).toEqual(['react-stripe-identity', 'session', 'vs_1']);
    expect(identityKeys.session(null)).toEqual(['react-stripe-identity', 'session', null]);
  });
});

describe('useVerificationSession', () => {
  it('should read the session and describe it in the provider language', async () => {
    const session = makeFailedVerificationSession('document_expired', { id: 'vs_read' });
    const backend = createMockBackend({ sessions: [session] });
    const { result } = renderHook(() => useVerificationSession('vs_read'), {
      wrapper: ({ children }) => (
        <IdentityTestProvider backend={backend} messages={fr}>
          {children}
        </IdentityTestProvider>
      ),
    });
    expect(result.current.view).toBeNull();
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatchObject({ id: 'vs_read', status: 'requires_input' });
    expect(result.current.view).toMatchObject({
      phase: 'action_required',
      title: fr.phase.action_required.title,
      lastError: { code: 'document_expired', message: fr.lastError.document_expired.message },
    });
  });

  it('should not fetch while the id is null or enabled is false', async () => {
    const backend = createMockBackend({ sessions: [makeVerificationSession({ id: 'vs_x' })] });
    const { result, rerender } = renderHook(
      ({ id, enabled }: { id: string | null; enabled: boolean }) =>
        useVerificationSession(id, { enabled }),
      { wrapper: wrapperFor(backend), initialProps: { id: null as string | null, enabled: true } },
    );
    await flush(20);
    expect(backend.requests.getSession).toBe(0);
    expect(result.current.fetchStatus).toBe('idle');
    rerender({ id: 'vs_x', enabled: false });
    await flush(20);
    expect(backend.requests.getSession).toBe(0);
    rerender({ id: 'vs_x', enabled: true });
    await waitFor(() => expect(result.current.data?.id).toBe('vs_x'));
  });

  it('should poll while processing and stop once verified', async () => {
    const backend = createMockBackend({
      sessions: [makeVerificationSession({ id: 'vs_poll' })],
      statusSequence: ['processing', 'processing', 'verified'],
    });
    const { result } = renderHook(() => useVerificationSession('vs_poll', { polling: FAST }), {
      wrapper: wrapperFor(backend),
    });
    await waitFor(() => expect(result.current.data?.status).toBe('verified'));
    expect(result.current.view?.phase).toBe('verified');
    expect(backend.requests.getSession).toBe(3);
    await flush(100);
    expect(backend.requests.getSession).toBe(3);
  });

  it.each(['requires_input', 'canceled'])('should not poll a %s session', async (status) => {
    const backend = createMockBackend({
      sessions: [makeVerificationSession({ id: 'vs_settled', status })],
    });
    const { result } = renderHook(() => useVerificationSession('vs_settled', { polling: FAST }), {
      wrapper: wrapperFor(backend),
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    await flush(80);
    expect(backend.requests.getSession).toBe(1);
  });

  it('should not poll when polling is false', async () => {
    const backend = createMockBackend({
      sessions: [makeVerificationSession({ id: 'vs_nopoll', status: 'processing' })],
    });
    const { result } = renderHook(() => useVerificationSession('vs_nopoll', { polling: false }), {
      wrapper: wrapperFor(backend),
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    await flush(80);
    expect(backend.requests.getSession).toBe(1);
  });

  it('should make one request per poll however many components follow the session', async () => {
    const backend = createMockBackend({
      sessions: [makeVerificationSession({ id: 'vs_shared' })],
      statusSequence: ['processing', 'processing', 'processing', 'verified'],
    });
    render(
      <>
        <SessionFollower id="vs_shared" testId="a" />
        <SessionFollower id="vs_shared" testId="b" />
        <SessionFollower id="vs_shared" testId="c" />
      </>,
      { wrapper: wrapperFor(backend) },
    );
    await waitFor(() => expect(screen.getByTestId('c')).toHaveTextContent('verified'));
    expect(screen.getByTestId('a')).toHaveTextContent('verified');
    await flush(60);
    // One initial read plus one per poll, not three of each.
    expect(backend.requests.getSession).toBe(4);
  });

  it('should not read again when a follower mounts within a poll interval of the last read (regression: every mount refetched)', async () => {
    const backend = createMockBackend({
      sessions: [makeVerificationSession({ id: 'vs_late', status: 'processing' })],
    });
    const view = render(<Follower testId="first" />, { wrapper: wrapperFor(backend) });
    await waitFor(() => expect(screen.getByTestId('first')).toHaveTextContent('processing'));
    expect(backend.requests.getSession).toBe(1);
    view.rerender(
      <>
        <Follower testId="first" />
        <Follower testId="late" />
      </>,
    );
    expect(screen.getByTestId('late')).toHaveTextContent('processing');
    await flush(20);
    expect(backend.requests.getSession).toBe(1);
  });

  it('should read no more than the poll schedule when followers mount between polls (regression: each late follower read again and pushed the poll back)', async () => {
    vi.useFakeTimers();
    const backend = createMockBackend({
      sessions: [makeVerificationSession({ id: 'vs_schedule', status: 'processing' })],
    });
    const client = createTestQueryClient();
    const view = render(<ScheduleFollowers count={1} />, { wrapper: wrapperFor(backend, client) });
    // The documented schedule: a read on mount, then one per poll after 1, 2, 4, 8, 15, 15… s.
    const pollTimes: number[] = [];
    for (let at = 0, n = 0; at <= 60_000; n += 1) {
      at += pollDelay(n, DEFAULT_POLLING);
      pollTimes.push(at);
    }
    const readsBy = (ms: number) => 1 + pollTimes.filter((at) => at <= ms).length;
    const start = Date.now();
    const advanceTo = async (ms: number) => {
      await act(async () => vi.advanceTimersByTimeAsync(ms - (Date.now() - start)));
    };
    await act(async () => vi.advanceTimersByTimeAsync(0));
    // One follower alone until the backoff has reached 15 s (the poll at 15 s is the first 15 s wait).
    await advanceTo(15_500);
    expect(backend.requests.getSession).toBe(readsBy(15_500));
    // Then ten more, mounting one every 2 s.
    for (let count = 2; count <= 11; count += 1) {
      view.rerender(<ScheduleFollowers count={count} />);
      await advanceTo(15_500 + (count - 1) * 2_000);
      expect(screen.getByTestId(`f${count - 1}`)).toHaveTextContent('processing');
    }
    await advanceTo(50_000);
    expect(backend.requests.getSession).toBe(readsBy(50_000));
  });

  it('should keep the last data, expose the error, and recover on the next poll', async () => {
    const backend = createMockBackend({
      sessions: [makeVerificationSession({ id: 'vs_flaky', status: 'processing' })],
    });
    const slow = { initialIntervalMs: 150, maxIntervalMs: 150 };
    const { result } = renderHook(() => useVerificationSession('vs_flaky', { polling: slow }), {
      wrapper: wrapperFor(backend),
    });
    await waitFor(() => expect(result.current.data?.status).toBe('processing'));
    backend.failNext(
      'getSession',
      new IdentityError('backend_http_error', 'HTTP 500', { status: 500 }),
    );
    await waitFor(() => expect(result.current.error?.code).toBe('backend_http_error'), {
      interval: 5,
    });
    expect(result.current.data?.status).toBe('processing');
    expect(result.current.view?.phase).toBe('processing');
    backend.updateSession('vs_flaky', { status: 'verified' });
    await waitFor(() => expect(result.current.data?.status).toBe('verified'));
    expect(result.current.error).toBeNull();
  });

  it('should refetch the session right after start() submits', async () => {
    const backend = createMockBackend({
      sessionId: 'vs_flow',
      sessions: [makeVerificationSession({ id: 'vs_flow' })],
      statusSequence: ['requires_input', 'processing', 'verified'],
    });
    const stripe = createMockStripe();
    render(
      <IdentityTestProvider backend={backend} stripe={stripe.stripe}>
        <VerifyConsumer />
        <SessionFollower id="vs_flow" />
      </IdentityTestProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('requires_input'));
    expect(screen.getByRole('heading')).toHaveTextContent(en.phase.not_started.title);
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('verified'));
    expect(screen.getByRole('heading')).toHaveTextContent(en.phase.verified.title);
  });

  it('should expose a 404 as an error without retrying it', async () => {
    const backend = createMockBackend();
    const queryClient = new QueryClient(); // library defaults: retries on, but not for a 404
    const { result } = renderHook(() => useVerificationSession('vs_nope'), {
      wrapper: wrapperFor(backend, queryClient),
    });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ code: 'backend_http_error', status: 404 });
    expect(backend.requests.getSession).toBe(1);
    queryClient.clear();
  });

  it('should throw a clear error outside the provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useVerificationSession('vs_1'))).toThrow(
      'wrap the part of your app that calls useVerificationSession() in an <IdentityProvider>.',
    );
  });
});

describe('polling policy', () => {
  it('should double from 1 s to 15 s by default', () => {
    const delays = [0, 1, 2, 3, 4, 5].map((n) => pollDelay(n, DEFAULT_POLLING));
    expect(delays).toEqual([1000, 2000, 4000, 8000, 15_000, 15_000]);
    expect(DEFAULT_POLLING.maxDurationMs).toBe(600_000);
  });

  it('should back off between polls and stop after maxDurationMs', async () => {
    vi.useFakeTimers();
    const backend = createMockBackend({
      sessions: [makeVerificationSession({ id: 'vs_slow', status: 'processing' })],
    });
    const client = createTestQueryClient();
    await client.fetchQuery(verificationSessionQueryOptions('vs_slow', backend));
    const stop = subscribeSessionPolling(client, 'vs_slow', {
      initialIntervalMs: 100,
      maxIntervalMs: 400,
      maxDurationMs: 1500,
    });
    const readsAt = async (ms: number) => {
      await vi.advanceTimersByTimeAsync(ms);
      return backend.requests.getSession;
    };
    expect(await readsAt(99)).toBe(1);
    expect(await readsAt(1)).toBe(2); // +100
    expect(await readsAt(199)).toBe(2);
    expect(await readsAt(1)).toBe(3); // +200
    expect(await readsAt(400)).toBe(4); // +400
    expect(await readsAt(400)).toBe(5); // +400 (capped), 1100 ms in processing
    expect(await readsAt(400)).toBe(6); // 1500 ms: the last poll within maxDurationMs
    expect(await readsAt(5000)).toBe(6); // the next one would end after 1500 ms: given up
    stop();
  });

  it('should stop the timer when the last follower leaves', async () => {
    vi.useFakeTimers();
    const backend = createMockBackend({
      sessions: [makeVerificationSession({ id: 'vs_leave', status: 'processing' })],
    });
    const client = createTestQueryClient();
    await client.fetchQuery(verificationSessionQueryOptions('vs_leave', backend));
    const policy = { initialIntervalMs: 100, maxIntervalMs: 100, maxDurationMs: 10_000 };
    const a = subscribeSessionPolling(client, 'vs_leave', policy);
    const b = subscribeSessionPolling(client, 'vs_leave', policy);
    await vi.advanceTimersByTimeAsync(100);
    expect(backend.requests.getSession).toBe(2);
    a();
    await vi.advanceTimersByTimeAsync(100);
    expect(backend.requests.getSession).toBe(3);
    b();
    await vi.advanceTimersByTimeAsync(1000);
    expect(backend.requests.getSession).toBe(3);
  });

  it('should retry network errors, timeouts and 5xx, not 4xx or invalid responses', () => {
    const http = (status: number) => new IdentityError('backend_http_error', 'x', { status });
    expect(isRetryableSessionError(new IdentityError('network_error', 'x'))).toBe(true);
    expect(isRetryableSessionError(new IdentityError('timeout', 'x'))).toBe(true);
    expect(isRetryableSessionError(http(500))).toBe(true);
    expect(isRetryableSessionError(http(429))).toBe(true);
    expect(isRetryableSessionError(http(404))).toBe(false);
    expect(isRetryableSessionError(http(401))).toBe(false);
    expect(isRetryableSessionError(new IdentityError('invalid_response', 'x'))).toBe(false);
    const options = verificationSessionQueryOptions('vs_1', createMockBackend());
    const retry = options.retry as (count: number, error: IdentityError) => boolean;
    expect(retry(0, http(503))).toBe(true);
    expect(retry(3, http(503))).toBe(false);
    const retryDelay = options.retryDelay as (attempt: number) => number;
    expect([0, 1, 2, 5].map((n) => retryDelay(n))).toEqual([1000, 2000, 4000, 15_000]);
  });

  it('should give query options with the key, enabled flag and a parsed, secret-free result', async () => {
    const backend = createMockBackend({ sessions: [makeVerificationSession({ id: 'vs_opt' })] });
    const options = verificationSessionQueryOptions('vs_opt', backend);
    expect(options.queryKey).toEqual(identityKeys.session('vs_opt'));
    expect(options.enabled).toBe(true);
    expect(verificationSessionQueryOptions(null, backend).enabled).toBe(false);
    const client = createTestQueryClient();
    const data = await act(() => client.fetchQuery(options));
    expect(data).toMatchObject({ id: 'vs_opt', client_secret: null, url: null });
  });
});
