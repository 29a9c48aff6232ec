#!/usr/bin/env node
// Runs the fake Stripe API as its own process: `node examples/fake-stripe-api/server.mjs --port 12111`
// (or FAKE_STRIPE_PORT). Prints one line `fake-stripe-api listening on http://127.0.0.1:PORT` and
// stops on SIGINT/SIGTERM. Point the `stripe` SDK at it with host 127.0.0.1, that port, protocol http.
// Also: --processing-ms (FAKE_STRIPE_PROCESSING_MS, default 1500), --latency-ms (FAKE_STRIPE_LATENCY_MS, 0).
import { parseArgs } from 'node:util';
import { startFakeStripeApi } from './index.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'processing-ms': { type: 'string' },
    'latency-ms': { type: 'string' },
  },
});
const port = Number(values.port ?? process.env.FAKE_STRIPE_PORT ?? 12111);
const processingMs = Number(
  values['processing-ms'] ?? process.env.FAKE_STRIPE_PROCESSING_MS ?? 1500,
);

const latencyMs = Number(values['latency-ms'] ?? process.env.FAKE_STRIPE_LATENCY_MS ?? 0);

const api = await startFakeStripeApi({ port, processingMs, latencyMs });
console.log(`fake-stripe-api listening on ${api.origin}`);
const stop = () => {
  void api.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
