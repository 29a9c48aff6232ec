// @vitest-environment node
// The Storybook demo backend end to end over real HTTP: the browser client (createHttpBackend)
// → the real server handlers → the real `stripe` SDK → the Identity simulator on 127.0.0.1, and
// the simulated modal's verdicts through connectSimulator.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpBackend } from '../../src/core/createHttpBackend.js';
import { DEMO_API, DEMO_SIMULATOR, DEMO_USER_HEADER } from '../../src/stories/demo/demoApi.js';
import { type DemoBackend, startDemoBackend } from '../../src/stories/demo/demoBackend.js';
import { connectSimulator } from '../../src/testing/connectSimulator.js';
import type { SimulatedVerdict } from '../../src/testing/createSimulatedStripe.js';

let demo: DemoBackend | undefined;
let server: http.Server | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await demo?.close();
  server = undefined;
  demo = undefined;
});

async function start() {
  demo = await startDemoBackend();
  const running = demo;
  server = http.createServer((req, res) =>
    running.middleware(req, res, () => res.writeHead(404).end()),
  );
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { onSubmit } = connectSimulator({ url: `${origin}${DEMO_SIMULATOR}`, processingMs: 1000 });
  const simulate = (id: string, verdict: SimulatedVerdict) => onSubmit(id, verdict);
  const backendFor = (user?: string) =>
    createHttpBackend({
      baseUrl: `${origin}${DEMO_API}/identity`,
      ...(user ? { headers: { [DEMO_USER_HEADER]: user } } : {}),
    });
  return { backend: backendFor(), backendFor, simulate };
}

const settle = async (read: () => Promise<{ status: string }>, status: string) => {
  for (let i = 0; i < 250; i += 1) {
    if ((await read()).status === status) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`never reached ${status}`);
};

describe('the Storybook demo backend (real handlers, real stripe SDK, the Identity simulator)', () => {
  it('should create a session through the stripe SDK, follow it to verified, and never return its secret on read', async () => {
    const { backend, simulate } = await start();
    const created = await backend.createSession({});
    expect(created.id).toMatch(/^vs_/);
    expect(created.client_secret).toContain('_secret_');
    const read = await backend.getSession(created.id);
    expect(read).toMatchObject({
      id: created.id,
      status: 'requires_input',
      client_secret: null,
      url: null,
    });

    await simulate(created.id, { status: 'verified' });
    expect((await backend.getSession(created.id)).status).toBe('processing');
    await settle(() => backend.getSession(created.id), 'verified');
  });

  it('should reuse the requires_input session, and refuse a start while processing', async () => {
    const { backend, simulate } = await start();
    const first = await backend.createSession({});
    const again = await backend.createSession({});
    expect(again.id).toBe(first.id);
    expect(again.client_secret).toBe(first.client_secret); // the open attempt's secret

    await simulate(first.id, {
      status: 'requires_input',
      last_error: { code: 'document_expired', reason: 'The document is expired.' },
    });
    await expect(backend.createSession({})).rejects.toMatchObject({
      code: 'backend_http_error',
      status: 409,
    });
    await settle(() => backend.getSession(first.id), 'requires_input');
    expect((await backend.getSession(first.id)).last_error?.code).toBe('document_expired');
    expect((await backend.createSession({})).id).toBe(first.id);
  });

  it("should keep each story's user apart (regression: every story signed in as one user and got 409)", async () => {
    const { backendFor, simulate } = await start();
    const first = await backendFor('story_a').createSession({});
    await simulate(first.id, { status: 'verified' });
    const second = await backendFor('story_b').createSession({});
    expect(second.id).not.toBe(first.id);
    await expect(backendFor('story_b').getSession(first.id)).rejects.toMatchObject({ status: 404 });
  });

  it('should give the redirect flow a hosted-page url', async () => {
    const { backend } = await start();
    const created = await backend.createSession({}, { mode: 'redirect' });
    expect(created.url).toMatch(/^https:\/\/verify\.stripe\.com\//);
    expect(created.client_secret).toBeUndefined();
  });
});
