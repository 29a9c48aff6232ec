import type { Stripe, StripeConstructor } from '@stripe/stripe-js';
import type { SimulatedStripe } from 'react-stripe-identity/testing';

declare global {
  interface Window {
    /** What demo mode counts: how often Stripe.js was initialised (the e2e tests read it). */
    rsiDemo?: { stripeLoads: number };
  }
}

/**
 * Demo mode (no Stripe keys): a stand-in for Stripe.js at the very edge the real one uses.
 * `IdentityProvider` loads Stripe.js with `loadStripe()` on the first hover, focus or click;
 * `loadStripe()` uses `window.Stripe` when it is already there instead of injecting the
 * js.stripe.com script, so the library's real loading path runs and only the script is
 * simulated. `verifyIdentity` opens the simulated modal from `react-stripe-identity/testing`
 * (loaded on first use); submitting tells the demo backend, which asks the Identity simulator to
 * move the session to `processing`, then to the chosen verdict.
 */
export function installDemoStripe(submitUrl: string): void {
  if (typeof window === 'undefined' || window.Stripe !== undefined) return;
  const demo = { stripeLoads: 0 };
  window.rsiDemo = demo;
  let simulated: Promise<SimulatedStripe> | undefined;
  const load = () => {
    simulated ??= import('react-stripe-identity/testing').then(({ createSimulatedStripe }) =>
      createSimulatedStripe({
        onSubmit: async (id, verdict) => {
          const response = await fetch(submitUrl, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ id, verdict }),
          });
          if (!response.ok) throw new Error(`Demo submit failed (${response.status}).`);
        },
      }),
    );
    return simulated;
  };
  // `loadStripe()` checks `version` against the release it expects, then calls `Stripe(key)`.
  // Only the two methods this library calls exist, as on the simulated Stripe.
  const createDemoStripe = (_publishableKey: string) => {
    demo.stripeLoads += 1;
    const stripe: Pick<Stripe, 'registerAppInfo' | 'verifyIdentity'> = {
      registerAppInfo: () => {},
      verifyIdentity: async (clientSecret) => (await load()).verifyIdentity(clientSecret),
    };
    return stripe as Stripe;
  };
  window.Stripe = Object.assign(createDemoStripe, {
    version: 'endive',
  }) as unknown as StripeConstructor;
}
