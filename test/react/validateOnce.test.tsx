// Sessions are validated once: by createHttpBackend().getSession, or else by
// fetchVerificationSession; the provider's built-in client leaves it to whoever reads.
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const parse = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/core/parseVerificationSession.js', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../src/core/parseVerificationSession.js')>();
  return {
    ...original,
    parseVerificationSession: (input: unknown) => {
      parse.calls += 1;
      return original.parseVerificationSession(input);
    },
  };
});

import { createHttpBackend } from '../../src/core/createHttpBackend.js';
import { fetchVerificationSession } from '../../src/query/verificationSessionQueryOptions.js';
import { useIdentityContext } from '../../src/react/IdentityContext.js';
import { IdentityProvider } from '../../src/react/IdentityProvider.js';
import { useVerificationSession } from '../../src/react/useVerificationSession.js';
import {
  createMockBackend,
  createTestQueryClient,
  makeVerificationSession,
} from '../../src/testing/index.js';

const session = makeVerificationSession({ id: 'vs_once', status: 'processing' });

function fetchAnswering(body: unknown): typeof fetch {
  return (async () =>
    new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    })) as typeof fetch;
}

beforeEach(() => {
  parse.calls = 0;
});

describe('session validation', () => {
  it('should validate a createHttpBackend session once (regression: fetchVerificationSession parsed it again)', async () => {
    const backend = createHttpBackend({ fetch: fetchAnswering(session) });
    const read = await fetchVerificationSession(backend, 'vs_once');
    expect(read).toMatchObject({ id: 'vs_once', status: 'processing', client_secret: null });
    expect(parse.calls).toBe(1);
  });

  it('should still validate what a custom backend returns', async () => {
    const backend = createMockBackend({ sessions: [session] });
    await expect(fetchVerificationSession(backend, 'vs_once')).resolves.toMatchObject({
      status: 'processing',
    });
    expect(parse.calls).toBe(1);
    const broken = { ...backend, getSession: async () => ({ ...session, status: 7 }) as never };
    await expect(fetchVerificationSession(broken, 'vs_once')).rejects.toMatchObject({
      code: 'invalid_response',
    });
  });

  it('should validate once through the provider built-in client, and name the request when invalid', async () => {
    const queryClient = createTestQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <IdentityProvider backend={{ fetch: fetchAnswering(session) }} queryClient={queryClient}>
        {children}
      </IdentityProvider>
    );
    const { result } = renderHook(() => useVerificationSession('vs_once', { polling: false }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.data?.status).toBe('processing'));
    expect(result.current.data?.client_secret).toBeNull();
    expect(parse.calls).toBe(1);

    const invalid = ({ children }: { children: ReactNode }) => (
      <IdentityProvider backend={{ fetch: fetchAnswering({ ...session, status: 7 }) }}>
        {children}
      </IdentityProvider>
    );
    const context = renderHook(() => useIdentityContext(), { wrapper: invalid });
    await expect(context.result.current.backend.getSession('vs_once')).rejects.toThrow(
      'GET /api/identity/verification-sessions/vs_once: Invalid VerificationSession from the backend: `status` must be a string, got number.',
    );
  });
});
