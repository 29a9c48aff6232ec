#!/usr/bin/env node
/**
 * `react-stripe-identity-simulator`: runs the Identity simulator as its own process and prints
 * the URL it listens on. Stops on SIGINT/SIGTERM.
 *
 *   react-stripe-identity-simulator --port 12111 \
 *     --webhook http://127.0.0.1:3000/api/identity/webhook --webhook-secret whsec_test_123 \
 *     [--webhook URL …] [--deliver duplicate,shuffle] [--auto-verdict verified --auto-verdict-ms 1500]
 *     [--latency-ms 0]
 */
import { parseArgs } from 'node:util';
import { parseCliOptions } from './parseCliOptions.js';
import { startIdentitySimulator } from './startIdentitySimulator.js';

try {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      webhook: { type: 'string', multiple: true },
      'webhook-secret': { type: 'string' },
      deliver: { type: 'string' },
      'auto-verdict': { type: 'string' },
      'auto-verdict-ms': { type: 'string' },
      'latency-ms': { type: 'string' },
    },
  });
  const sim = await startIdentitySimulator(parseCliOptions(values, process.env));
  // One plain line a script can read the URL from.
  process.stdout.write(`react-stripe-identity-simulator listening on ${sim.url}\n`);
  const stop = () => {
    void sim.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`react-stripe-identity-simulator: ${(error as Error).message}`);
  process.exit(2);
}
