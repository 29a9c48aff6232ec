'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { type IdentityMessages, IdentityProvider } from 'react-stripe-identity';
import { installDemoStripe } from './demoStripe';
import { isLocale, LOCALES, type Locale } from './locales';

/** Demo mode has no key; the provider still loads "Stripe.js" through `loadStripe()`. */
const DEMO_PUBLISHABLE_KEY = 'pk_test_demo';

export function Providers({
  demo,
  publishableKey,
  children,
}: {
  demo: boolean;
  publishableKey: string | null;
  children: ReactNode;
}) {
  const [queryClient] = useState(() => new QueryClient());
  const [locale, setLocale] = useState<Locale>('en');
  const [messages, setMessages] = useState<IdentityMessages | undefined>(undefined);

  useEffect(() => {
    if (demo) installDemoStripe('/api/demo/submit');
    // Lets the e2e tests wait for hydration before they click.
    document.documentElement.dataset.hydrated = 'true';
  }, [demo]);

  async function switchLocale(next: string) {
    if (!isLocale(next)) return;
    setMessages((await LOCALES[next]()).default);
    setLocale(next);
  }

  return (
    <QueryClientProvider client={queryClient}>
      <IdentityProvider
        // Stripe.js loads on the first hover, focus or click of a verify button, not before.
        publishableKey={publishableKey ?? DEMO_PUBLISHABLE_KEY}
        backend={{ baseUrl: '/api/identity' }}
        locale={locale}
        messages={messages}
      >
        <header className="app-header">
          <h1>Verify your identity</h1>
          <label>
            Language{' '}
            <select value={locale} onChange={(event) => void switchLocale(event.target.value)}>
              {Object.keys(LOCALES).map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </label>
        </header>
        {demo ? (
          <p className="demo-note" data-testid="demo-note">
            Demo mode: no Stripe keys are set, so Stripe&apos;s modal is simulated and Stripe&apos;s
            API is the Identity simulator on 127.0.0.1. Set <code>STRIPE_SECRET_KEY</code> and{' '}
            <code>STRIPE_PUBLISHABLE_KEY</code> to use Stripe test mode.
          </p>
        ) : null}
        <main>{children}</main>
      </IdentityProvider>
    </QueryClientProvider>
  );
}
