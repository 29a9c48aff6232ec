// One simulator per test, with the official `stripe` SDK pointed at it. A test file calls
// `afterEach(closeSimulator)`, so no server outlives its test.
import Stripe from 'stripe';
import { type IdentitySimulator, startIdentitySimulator } from '../../src/simulator/index.js';

/** The secret key the SDK sends (the simulator accepts any `sk_test_…`). */
export const SIMULATOR_API_KEY = 'sk_test_simulator_123';

let running: IdentitySimulator | undefined;

/**
 * Starts a simulator for the current test and an SDK client for it. No retries: a test sees each
 * answer the simulator gives, faults included.
 */
export async function startSimulator(options: Parameters<typeof startIdentitySimulator>[0] = {}) {
  running = await startIdentitySimulator(options);
  const stripe = new Stripe(SIMULATOR_API_KEY, { ...running.stripeOptions, maxNetworkRetries: 0 });
  return { sim: running, stripe, sessions: stripe.identity.verificationSessions };
}

/** The simulator the current test started. */
export function runningSimulator(): IdentitySimulator {
  if (!running) throw new Error('No simulator is running: call startSimulator() first.');
  return running;
}

/** Closes the current test's simulator, if any. */
export async function closeSimulator(): Promise<void> {
  await running?.close();
  running = undefined;
}

/** The Stripe error `promise` rejects with; fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  return promise.then(
    () => {
      throw new Error('expected the simulator to refuse');
    },
    (error: Stripe.errors.StripeError) => error,
  );
}
