import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  type IdentityMessages,
  IdentityProvider,
  REDIRECT_SESSION_STORAGE_KEY,
  useVerificationReturn,
  VerificationSessionCard,
  VerifyIdentityButton,
} from 'react-stripe-identity';
import { type AppConfig, DEMO_PUBLISHABLE_KEY } from './config';
import { isLocale, LOCALES, type Locale } from './locales';

/** Demo mode: Stripe's hosted page is simulated on this site (the real `url` is never opened). */
const demoNavigate = () => window.location.assign('/demo/hosted');

export function App({ config }: { config: AppConfig }) {
  const [queryClient] = useState(() => new QueryClient());
  const [locale, setLocale] = useState<Locale>('en');
  const [messages, setMessages] = useState<IdentityMessages | undefined>(undefined);

  async function switchLocale(next: string) {
    if (!isLocale(next)) return;
    const pack = (await LOCALES[next]()).default;
    setMessages(pack);
    setLocale(next);
  }

  const path = window.location.pathname;
  return (
    <QueryClientProvider client={queryClient}>
      <IdentityProvider
        // Stripe.js loads on the first hover, focus or click of a verify button, not before.
        publishableKey={config.publishableKey ?? DEMO_PUBLISHABLE_KEY}
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
        {config.demo ? (
          <p className="demo-note" data-testid="demo-note">
            Demo mode: no Stripe keys are set, so Stripe&apos;s modal is simulated and Stripe&apos;s
            API is the Identity simulator on 127.0.0.1. Set <code>STRIPE_SECRET_KEY</code> and{' '}
            <code>STRIPE_PUBLISHABLE_KEY</code> to use Stripe test mode.
          </p>
        ) : null}
        <main>
          {path === '/return' ? (
            <ReturnPage />
          ) : path === '/demo/hosted' && config.demo ? (
            <DemoHostedPage />
          ) : (
            <VerifyPage demo={config.demo} />
          )}
        </main>
      </IdentityProvider>
    </QueryClientProvider>
  );
}

/** The signed-in user's latest session id, from the server (`null` before the first one). */
function useCurrentSessionId() {
  return useQuery({
    queryKey: ['example', 'me'],
    queryFn: async () => {
      const response = await fetch('/api/me');
      if (!response.ok) throw new Error(`GET /api/me answered ${response.status}`);
      return (await response.json()) as { sessionId: string | null };
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

function VerifyPage({ demo }: { demo: boolean }) {
  const me = useCurrentSessionId();
  if (me.isPending) return <p>Loading…</p>;
  if (me.isError) return <p role="alert">Could not reach the server. Reload the page.</p>;
  return (
    <>
      {/* Follows the user's session until Stripe decides; offers "Try again" after a failure. */}
      <VerificationSessionCard sessionId={me.data.sessionId} />
      <section className="redirect" aria-label="Verify on Stripe's page">
        <p>Or verify on Stripe&apos;s own page and come back here:</p>
        <VerifyIdentityButton mode="redirect" navigate={demo ? demoNavigate : undefined}>
          Verify on Stripe&apos;s page
        </VerifyIdentityButton>
      </section>
    </>
  );
}

/** Where Stripe sends the user back after the hosted page (the backend's `return_url`). */
function ReturnPage() {
  const { sessionId } = useVerificationReturn();
  if (!sessionId) return <p>No verification in progress.</p>;
  return (
    <>
      <VerificationSessionCard sessionId={sessionId} />
      <p>
        <a href="/">Back</a>
      </p>
    </>
  );
}

/** Demo mode only: stands in for Stripe's hosted verification page. */
function DemoHostedPage() {
  const [sessionId] = useState(() => sessionStorage.getItem(REDIRECT_SESSION_STORAGE_KEY));
  const [failed, setFailed] = useState(false);
  async function submit() {
    const response = await fetch('/api/demo/submit', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: sessionId, verdict: { status: 'verified' } }),
    });
    if (response.ok) window.location.assign('/return');
    else setFailed(true);
  }
  return (
    <section aria-label="Stripe Identity hosted page (simulated)" className="demo-hosted">
      <h2>Stripe Identity hosted page (simulated)</h2>
      <p>Session {sessionId ?? 'unknown'}</p>
      <button type="button" onClick={() => void submit()} disabled={!sessionId}>
        Submit and verify
      </button>
      {failed ? <p role="alert">The demo backend refused the submission.</p> : null}
    </section>
  );
}
