import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpBackend } from '../../src/core/createHttpBackend.js';
import { createSimulatedBackend } from '../../src/stories/simulatedBackend.js';
import { createSimulatedStripe } from '../../src/testing/createSimulatedStripe.js';

const baseUrl = 'http://identity.test/api/identity';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function setup(options: Parameters<typeof createSimulatedBackend>[0] = {}) {
  const simulated = createSimulatedBackend({ baseUrl, latencyMs: 0, processingMs: 30, ...options });
  server.use(...simulated.handlers);
  return { simulated, client: createHttpBackend({ baseUrl }) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createSimulatedBackend', () => {
  it('should create a requires_input session and return its id and a client_secret', async () => {
    const { simulated, client } = setup();
    const created = await client.createSession(undefined);
    expect(created.id).toMatch(/^vs_/);
    expect(created.client_secret).toMatch(new RegExp(`^${created.id}_secret_`));
    const session = await client.getSession(created.id);
    expect(session.status).toBe('requires_input');
    expect(simulated.requests).toEqual({ create: 1, read: 1 });
  });

  it('should reuse the requires_input session on retry, with a fresh secret', async () => {
    const { simulated, client } = setup();
    const first = await client.createSession(undefined);
    simulated.submit(first.id, {
      status: 'requires_input',
      last_error: { code: 'document_expired', reason: null },
    });
    await sleep(60);
    const second = await client.createSession(undefined);
    expect(second.id).toBe(first.id);
    expect(second.client_secret).not.toBe(first.client_secret);
    expect(simulated.ids()).toEqual([first.id]);
  });

  // Regression: with 30 ms of processing a loaded CI machine read `verified` straight away.
  it('should show processing, then the verdict, after a submission', async () => {
    const { simulated, client } = setup({ processingMs: 1_000 });
    const { id } = await client.createSession(undefined);
    simulated.submit(id, { status: 'verified' });
    expect((await client.getSession(id)).status).toBe('processing');
    let session = await client.getSession(id);
    for (let i = 0; i < 200 && session.status === 'processing'; i += 1) {
      await sleep(50);
      session = await client.getSession(id);
    }
    expect(session).toMatchObject({ status: 'verified', last_error: null });
  });

  it('should go back to requires_input with the chosen last_error', async () => {
    const { simulated, client } = setup();
    const { id } = await client.createSession(undefined);
    simulated.submit(id, {
      status: 'requires_input',
      last_error: { code: 'selfie_face_mismatch', reason: null },
    });
    await sleep(60);
    expect(await client.getSession(id)).toMatchObject({
      status: 'requires_input',
      last_error: { code: 'selfie_face_mismatch', reason: null },
    });
  });

  it('should record consent_declined on the session', async () => {
    const { simulated, client } = setup();
    const { id } = await client.createSession(undefined);
    simulated.declineConsent(id);
    expect((await client.getSession(id)).last_error?.code).toBe('consent_declined');
  });

  it('should refuse to start again while the session is processing or verified', async () => {
    const { simulated, client } = setup();
    const { id } = await client.createSession(undefined);
    simulated.submit(id, { status: 'verified' });
    await expect(client.createSession(undefined)).rejects.toMatchObject({
      code: 'backend_http_error',
      status: 409,
    });
    await sleep(60);
    await expect(client.createSession(undefined)).rejects.toMatchObject({ status: 409 });
  });

  it('should never send the secret or url when a session is read', async () => {
    const simulated = createSimulatedBackend({ baseUrl, latencyMs: 0 });
    server.use(...simulated.handlers);
    const created = await createHttpBackend({ baseUrl }).createSession(undefined);
    const raw = await fetch(`${baseUrl}/verification-sessions/${created.id}`).then((r) => r.text());
    expect(raw).not.toContain('_secret_');
    expect(JSON.parse(raw)).toMatchObject({ client_secret: null, url: null });
  });

  it('should return a hosted url in redirect mode', async () => {
    const { client } = setup({ hostedUrl: (id) => `https://hosted.test/${id}` });
    const created = await client.createSession(undefined, { mode: 'redirect' });
    expect(created).toEqual({ id: created.id, url: `https://hosted.test/${created.id}` });
  });

  it('should answer 500 with the error contract when the backend is down', async () => {
    const { client } = setup({ down: true });
    await expect(client.createSession(undefined)).rejects.toMatchObject({
      code: 'backend_http_error',
      status: 500,
      message: expect.stringContaining('The identity service is unavailable.'),
    });
  });

  it('should answer 404 for an unknown session and serve seeded ones', async () => {
    const { client } = setup({ sessions: [{ id: 'vs_seeded', status: 'verified' }] });
    expect((await client.getSession('vs_seeded')).status).toBe('verified');
    await expect(client.getSession('vs_missing')).rejects.toMatchObject({ status: 404 });
  });

  it('should be driven by createSimulatedStripe end to end', async () => {
    const { simulated, client } = setup();
    const stripe = createSimulatedStripe({
      outcome: { action: 'fail', code: 'id_number_mismatch' },
      onSubmit: simulated.submit,
    });
    const created = await client.createSession(undefined);
    const result = await stripe.verifyIdentity(created.client_secret!);
    expect(result).toEqual({ verificationSession: { id: created.id } });
    expect((await client.getSession(created.id)).status).toBe('processing');
    await sleep(60);
    expect((await client.getSession(created.id)).last_error?.code).toBe('id_number_mismatch');
  });

  it('should keep sessions and pending verdicts across page loads with persistKey, without secrets', async () => {
    const { simulated, client } = setup({ persistKey: 'sim-test' });
    const created = await client.createSession(undefined);
    simulated.submit(created.id, { status: 'verified' });
    expect(window.sessionStorage.getItem('sim-test')).not.toContain('_secret_');
    server.resetHandlers();
    // A new page: a new backend reads the same storage.
    const { client: reloaded } = setup({ persistKey: 'sim-test' });
    expect((await reloaded.getSession(created.id)).status).toBe('processing');
    await sleep(60);
    expect((await reloaded.getSession(created.id)).status).toBe('verified');
  });

  it('should forget every session on reset', async () => {
    const { simulated, client } = setup({ persistKey: 'sim-reset' });
    const created = await client.createSession(undefined);
    simulated.reset();
    expect(window.sessionStorage.getItem('sim-reset')).toBeNull();
    await expect(client.getSession(created.id)).rejects.toMatchObject({ status: 404 });
  });
});
