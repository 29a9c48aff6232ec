/** What `server.mjs` puts in the page: the publishable key in real mode, nothing in demo mode. */
export interface AppConfig {
  publishableKey: string | null;
  demo: boolean;
}

export function readConfig(): AppConfig {
  const key = document.querySelector<HTMLMetaElement>('meta[name="stripe-publishable-key"]');
  const publishableKey = key?.content || null;
  return { publishableKey, demo: publishableKey === null };
}

/** Demo mode has no key; the provider still loads "Stripe.js" through `loadStripe()`. */
export const DEMO_PUBLISHABLE_KEY = 'pk_test_demo';
