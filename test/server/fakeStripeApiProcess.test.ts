// @vitest-environment node
// The fake Stripe API as its own process (how the examples run it): the real `stripe` SDK creates
// a session on it, and the control route stands in for the person submitting in the modal.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FAKE_FAULTS_PATH,
  FAKE_REQUESTS_PATH,
  FAKE_SUBMIT_PATH,
} from '../../examples/fake-stripe-api/index.mjs';

const script = path.join(import.meta.dirname, '../../examples/fake-stripe-api/server.mjs');
let child: ChildProcess;
let origin = '';

beforeAll(async () => {
  child = spawn(process.execPath, [script, '--port', '0', '--processing-ms', '1000'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  origin = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line.toString())?.[1] ?? '';
});

afterAll(async () => {
  child.kill('SIGTERM');
  if (child.exitCode === null) await once(child, 'exit');
});

describe('examples/fake-stripe-api/server.mjs', () => {
  it('should serve the stripe SDK on the port it prints, and take a verdict on its control route', async () => {
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const stripe = new Stripe('sk_test_fake', {
      host: '127.0.0.1',
      port: Number(new URL(origin).port),
      protocol: 'http',
      maxNetworkRetries: 0,
    });
    const created = await stripe.identity.verificationSessions.create({ type: 'document' });
    expect(created.status).toBe('requires_input');
    expect(created.client_secret).toContain('_secret_');

    const submit = (body: unknown) =>
      fetch(`${origin}${FAKE_SUBMIT_PATH}`, { method: 'POST', body: JSON.stringify(body) });
    expect((await submit({ id: created.id, verdict: { status: 'verified' } })).status).toBe(204);
    // Only a session that waits for input can be submitted.
    expect((await submit({ id: created.id, verdict: { status: 'verified' } })).status).toBe(409);
    expect((await submit({ id: 'vs_missing', verdict: { status: 'verified' } })).status).toBe(409);

    expect((await stripe.identity.verificationSessions.retrieve(created.id)).status).toBe(
      'processing',
    );
    let status = '';
    // Regression: with a 50 ms verdict a loaded CI machine saw `verified` before `processing`.
    for (let i = 0; i < 300 && status !== 'verified'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      status = (await stripe.identity.verificationSessions.retrieve(created.id)).status;
    }
    expect(status).toBe('verified');
  });

  it('should answer 400 on its control route for a body that is not JSON', async () => {
    const res = await fetch(`${origin}${FAKE_SUBMIT_PATH}`, { method: 'POST', body: 'nope' });
    expect(res.status).toBe(400);
  });

  it('should take scripted faults on its control route and list what the SDK sent', async () => {
    const stripe = new Stripe('sk_test_fake', {
      host: '127.0.0.1',
      port: Number(new URL(origin).port),
      protocol: 'http',
      maxNetworkRetries: 0,
    });
    const faults = await fetch(`${origin}${FAKE_FAULTS_PATH}`, {
      method: 'POST',
      body: JSON.stringify({ faults: [{ status: 429, route: 'list' }] }),
    });
    expect(faults.status).toBe(204);
    await expect(stripe.identity.verificationSessions.list({ limit: 3 })).rejects.toMatchObject({
      type: 'StripeRateLimitError',
      statusCode: 429,
    });
    expect((await stripe.identity.verificationSessions.list({ limit: 3 })).object).toBe('list');
    const { data } = await (await fetch(`${origin}${FAKE_REQUESTS_PATH}`)).json();
    expect(
      data.slice(-2).map((r: { query: string; status: number }) => [r.query, r.status]),
    ).toEqual([
      ['limit=3', 429],
      ['limit=3', 200],
    ]);
  });
});
