import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REDIRECT_SESSION_STORAGE_KEY } from '../../src/core/redirectStorage.js';
import { useVerificationReturn } from '../../src/react/useVerificationReturn.js';
import { useVerifyIdentity } from '../../src/react/useVerifyIdentity.js';
import {
  createMockBackend,
  IdentityTestProvider,
  type MockBackend,
  makeVerificationSession,
} from '../../src/testing/index.js';
import { flush } from './helpers.js';

function wrapperFor(backend: MockBackend) {
  return ({ children }: { children: ReactNode }) => (
    <IdentityTestProvider backend={backend}>{children}</IdentityTestProvider>
  );
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('useVerificationReturn', () => {
  it('should read the id from ?session_id= and follow the session', async () => {
    window.history.replaceState(null, '', '/identity/return?session_id=vs_back');
    const backend = createMockBackend({
      sessions: [makeVerificationSession({ id: 'vs_back', status: 'verified' })],
    });
    const { result } = renderHook(() => useVerificationReturn(), { wrapper: wrapperFor(backend) });
    expect(result.current.sessionId).toBe('vs_back');
    await waitFor(() => expect(result.current.view?.phase).toBe('verified'));
    expect(result.current.data?.id).toBe('vs_back');
  });

  it('should read ?verification_session= and custom parameter names', () => {
    window.history.replaceState(null, '', '/?verification_session=vs_alt&vs=vs_custom');
    const backend = createMockBackend();
    const defaults = renderHook(() => useVerificationReturn({ polling: false }), {
      wrapper: wrapperFor(backend),
    });
    expect(defaults.result.current.sessionId).toBe('vs_alt');
    const custom = renderHook(() => useVerificationReturn({ queryParameters: ['vs'] }), {
      wrapper: wrapperFor(backend),
    });
    expect(custom.result.current.sessionId).toBe('vs_custom');
  });

  it('should find the id redirect mode remembered in sessionStorage', async () => {
    const backend = createMockBackend({
      sessions: [makeVerificationSession({ id: 'vs_redirect', status: 'processing' })],
      sessionId: 'vs_redirect',
      statusSequence: ['processing', 'verified'],
    });
    const navigate = vi.fn();
    const start = renderHook(() => useVerifyIdentity({ mode: 'redirect', navigate }), {
      wrapper: wrapperFor(backend),
    });
    await act(() => start.result.current.start());
    expect(window.sessionStorage.getItem(REDIRECT_SESSION_STORAGE_KEY)).toBe('vs_redirect');
    start.unmount();

    // The return page, after Stripe sent the user back.
    const { result } = renderHook(
      () => useVerificationReturn({ polling: { initialIntervalMs: 10 } }),
      { wrapper: wrapperFor(backend) },
    );
    expect(result.current.sessionId).toBe('vs_redirect');
    await waitFor(() => expect(result.current.data?.status).toBe('verified'));
  });

  it('should prefer the query parameter over storage, and skip storage when asked', () => {
    window.sessionStorage.setItem(REDIRECT_SESSION_STORAGE_KEY, 'vs_stored');
    window.history.replaceState(null, '', '/?session_id=vs_param');
    const backend = createMockBackend();
    const both = renderHook(() => useVerificationReturn({ polling: false }), {
      wrapper: wrapperFor(backend),
    });
    expect(both.result.current.sessionId).toBe('vs_param');
    window.history.replaceState(null, '', '/');
    const noStorage = renderHook(() => useVerificationReturn({ storageKey: false }), {
      wrapper: wrapperFor(backend),
    });
    expect(noStorage.result.current.sessionId).toBeNull();
  });

  it('should ignore values that are not session ids and fetch nothing without an id', async () => {
    window.history.replaceState(null, '', '/?session_id=../../admin%3Fx%3D1');
    window.sessionStorage.setItem(REDIRECT_SESSION_STORAGE_KEY, '<script>');
    const backend = createMockBackend();
    const { result } = renderHook(() => useVerificationReturn(), { wrapper: wrapperFor(backend) });
    expect(result.current.sessionId).toBeNull();
    expect(result.current.view).toBeNull();
    await flush(20);
    expect(backend.requests.getSession).toBe(0);
  });

  it('should name itself when used outside the provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useVerificationReturn())).toThrow(
      'calls useVerificationReturn() in an <IdentityProvider>.',
    );
  });
});
