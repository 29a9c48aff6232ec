import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IdentityError } from '../../src/core/IdentityError.js';
import { parseVerificationSession } from '../../src/core/parseVerificationSession.js';
import { LAST_ERROR_CODES, VERIFICATION_SESSION_STATUSES } from '../../src/core/types.js';
import { useIdentityContext } from '../../src/react/IdentityContext.js';
import { useVerifyIdentity } from '../../src/react/useVerifyIdentity.js';
import {
  createDeferred,
  createMockBackend,
  createMockStripe,
  createTestQueryClient,
  hashSecret,
  IdentityTestProvider,
  makeFailedVerificationSession,
  makeRedactedVerificationSession,
  makeVerificationSession,
} from '../../src/testing/index.js';

describe('createDeferred', () => {
  it('should settle when told and report its state', async () => {
    const deferred = createDeferred<number>();
    expect(deferred.state).toBe('pending');
    deferred.resolve(42);
    await expect(deferred.promise).resolves.toBe(42);
    expect(deferred.state).toBe('resolved');
    const failing = createDeferred();
    failing.reject(new Error('no'));
    await expect(failing.promise).rejects.toThrow('no');
    expect(failing.state).toBe('rejected');
  });
});

describe('createMockStripe', () => {
  const secret = 'vs_kit1_secret_abcdef';

  it('should submit by default and record a fingerprint of the secret, never the secret', async () => {
    const mock = createMockStripe();
    await expect(mock.verifyIdentity(secret)).resolves.toEqual({
      verificationSession: { id: 'vs_kit1' },
    });
    expect(mock.calls.verifyIdentity).toEqual([
      {
        index: 0,
        sessionId: 'vs_kit1',
        secretLength: secret.length,
        secretHash: hashSecret(secret),
      },
    ]);
    expect(JSON.stringify(mock.calls.verifyIdentity)).not.toContain(secret);
    expect(mock.stripe).toBe(mock);
  });

  it('should script canceled, an error, a throw, per call and later outcomes', async () => {
    const mock = createMockStripe({ outcome: 'canceled' });
    await expect(mock.verifyIdentity(secret)).resolves.toMatchObject({
      error: { code: 'session_cancelled' },
    });
    mock.queueOutcome({ error: { code: 'consent_declined', message: 'Declined' } });
    mock.queueOutcome('throw');
    await expect(mock.verifyIdentity(secret)).resolves.toEqual({
      error: { code: 'consent_declined', message: 'Declined' },
    });
    await expect(mock.verifyIdentity(secret)).rejects.toThrow('verifyIdentity failed');
    mock.setOutcome('submitted');
    await expect(mock.verifyIdentity(secret)).resolves.toHaveProperty('verificationSession');
    const gate = createDeferred<'canceled'>();
    mock.setOutcome(() => gate.promise);
    const later = mock.verifyIdentity(secret);
    gate.resolve('canceled');
    await expect(later).resolves.toHaveProperty('error.code', 'session_cancelled');
    expect(mock.calls.verifyIdentity).toHaveLength(5);
  });

  it('should wait delayMs before answering and record registerAppInfo', async () => {
    const mock = createMockStripe({ delayMs: 30 });
    const started = Date.now();
    await mock.verifyIdentity(secret);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    mock.registerAppInfo({ name: 'x', version: '1' });
    expect(mock.calls.registerAppInfo).toEqual([{ name: 'x', version: '1' }]);
  });
});

describe('makeVerificationSession', () => {
  it('should make a valid session the parser accepts, for every status', () => {
    for (const status of VERIFICATION_SESSION_STATUSES) {
      const session = makeVerificationSession({ status });
      expect(parseVerificationSession(session)).toEqual(session);
      expect(session).toMatchObject({ status, client_secret: null, url: null });
    }
    expect(makeVerificationSession().id).not.toBe(makeVerificationSession().id);
  });

  it('should make a failed session for every documented code and an unknown one', () => {
    for (const code of [...LAST_ERROR_CODES, 'address_mismatch']) {
      const session = makeFailedVerificationSession(code, { reason: 'Why' });
      expect(session.status).toBe('requires_input');
      expect(session.last_error).toEqual({ code, reason: 'Why' });
      expect(() => parseVerificationSession(session)).not.toThrow();
    }
  });

  it('should make redacted and redacting sessions', () => {
    const redacted = makeRedactedVerificationSession();
    expect(redacted.redaction).toEqual({ status: 'redacted' });
    expect(redacted.metadata).toEqual({});
    expect(redacted.verified_outputs?.first_name).toBe('[redacted]');
    expect(makeRedactedVerificationSession('processing').redaction).toEqual({
      status: 'processing',
    });
    expect(() => parseVerificationSession(redacted)).not.toThrow();
  });
});

describe('createMockBackend', () => {
  it('should create sessions with fresh secrets (modal) or urls (redirect) and count calls', async () => {
    const backend = createMockBackend();
    const modal = await backend.createSession({ plan: 'a' });
    expect(modal.client_secret).toMatch(new RegExp(`^${modal.id}_secret_`));
    const redirect = await backend.createSession(undefined, { mode: 'redirect' });
    expect(redirect.url).toMatch(/^https:\/\/verify\.stripe\.com\//);
    expect(redirect.client_secret).toBeUndefined();
    expect(backend.requests).toEqual({ createSession: 2, getSession: 0 });
    expect(backend.createSessionCalls.map((c) => c.mode)).toEqual(['modal', 'redirect']);
    await expect(backend.getSession(modal.id)).resolves.toMatchObject({
      id: modal.id,
      status: 'requires_input',
      client_secret: null,
    });
  });

  it('should step through statusSequence per session, the last step repeating', async () => {
    const backend = createMockBackend({
      sessions: [makeVerificationSession({ id: 'vs_a' }), makeVerificationSession({ id: 'vs_b' })],
      statusSequence: {
        vs_a: [
          'processing',
          { status: 'requires_input', last_error: { code: 'document_expired', reason: null } },
        ],
      },
    });
    expect((await backend.getSession('vs_a')).status).toBe('processing');
    const failed = await backend.getSession('vs_a');
    expect(failed.last_error?.code).toBe('document_expired');
    expect((await backend.getSession('vs_a')).status).toBe('requires_input');
    expect((await backend.getSession('vs_b')).status).toBe('requires_input');
    expect(backend.getSessionCalls).toEqual(['vs_a', 'vs_a', 'vs_a', 'vs_b']);
  });

  it('should fail on demand, once or always, and 404 on unknown ids', async () => {
    const boom = new IdentityError('backend_http_error', 'HTTP 500', { status: 500 });
    const backend = createMockBackend({ failWith: { createSession: boom } });
    await expect(backend.createSession(undefined)).rejects.toBe(boom);
    backend.failWith('createSession', null);
    await expect(backend.createSession(undefined)).resolves.toHaveProperty('id');
    backend.failNext('createSession', boom);
    await expect(backend.createSession(undefined)).rejects.toBe(boom);
    await expect(backend.createSession(undefined)).resolves.toHaveProperty('id');
    await expect(backend.getSession('vs_unknown')).rejects.toMatchObject({
      code: 'backend_http_error',
      status: 404,
    });
  });

  it('should honour delays and abort signals', async () => {
    const gate = createDeferred();
    const backend = createMockBackend({ delayMs: { createSession: () => gate.promise } });
    const controller = new AbortController();
    const pending = backend.createSession(undefined, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'aborted' });
    const already = backend.getSession('vs_x', { signal: controller.signal });
    await expect(already).rejects.toMatchObject({ code: 'aborted' });
  });

  it('should let a test patch stored sessions', async () => {
    const backend = createMockBackend({ sessions: [makeVerificationSession({ id: 'vs_p' })] });
    backend.updateSession('vs_p', { status: 'verified' });
    expect(backend.getStoredSession('vs_p')?.status).toBe('verified');
    backend.setSession(makeVerificationSession({ id: 'vs_q', client_secret: 'vs_q_secret_x' }));
    expect(backend.getStoredSession('vs_q')?.client_secret).toBeNull();
  });
});

describe('IdentityTestProvider', () => {
  it('should run a whole flow with its defaults', async () => {
    const { result } = renderHook(() => useVerifyIdentity(), { wrapper: IdentityTestProvider });
    const outcome = await act(() => result.current.start());
    expect(outcome.state).toBe('submitted');
    expect(result.current.state).toBe('submitted');
  });

  it('should take a MockStripe as it is, without .stripe', async () => {
    const mock = createMockStripe({ outcome: 'canceled' });
    const { result } = renderHook(() => useVerifyIdentity(), {
      wrapper: ({ children }) => (
        <IdentityTestProvider stripe={mock}>{children}</IdentityTestProvider>
      ),
    });
    const outcome = await act(() => result.current.start());
    expect(outcome.state).toBe('canceled');
    expect(mock.calls.verifyIdentity).toHaveLength(1);
  });

  it('should use a test QueryClient with retries off unless one is given', () => {
    const { result } = renderHook(() => useIdentityContext().queryClient, {
      wrapper: IdentityTestProvider,
    });
    expect(result.current.getDefaultOptions().queries?.retry).toBe(false);
    const client = createTestQueryClient();
    const given = renderHook(() => useIdentityContext().queryClient, {
      wrapper: ({ children }) => (
        <IdentityTestProvider queryClient={client}>{children}</IdentityTestProvider>
      ),
    });
    expect(given.result.current).toBe(client);
  });
});

describe('the test kit', () => {
  it('should import neither vitest nor jest', () => {
    const dir = path.resolve(import.meta.dirname, '../../src/testing');
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.tsx?$/.test(d.name))
      .map((d) => path.join(d.parentPath, d.name));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/from ['"](vitest|jest|@jest\/globals)['"]/);
      expect(source, file).not.toMatch(/\b(vi|jest)\.(fn|spyOn|mock)\(/);
    }
  });
});
