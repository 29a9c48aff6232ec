import { type ReactNode, useId, useState } from 'react';
import { SIMULATED_FAILURES } from '../testing/simulated/simulatedDialog.js';
import type { SimulatedBackend } from './simulatedBackend.js';

/** The return page of the redirect flow, for a session (its id only, never a secret). */
export function returnUrl(sessionId: string): string {
  const url = new URL('iframe.html', window.location.href);
  url.search = new URLSearchParams({
    id: 'flows-redirect--return-page',
    viewMode: 'story',
    session_id: sessionId,
  }).toString();
  return url.toString();
}

/** The `session` query parameter the simulated backend put in the hosted URL. */
export function sessionIdFromLocation(): string | null {
  return new URLSearchParams(window.location.search).get('session');
}

/**
 * Stands in for Stripe's hosted verification page (redirect mode): the person chooses the
 * outcome, the simulated backend records it, and the browser goes back to the host's return
 * page with `?session_id=…`, as Stripe does with the session's `return_url`.
 */
export function SimulatedHostedPage(props: {
  sessionId: string | null;
  backend: SimulatedBackend;
  navigate: (url: string) => void;
}): ReactNode {
  const { sessionId, backend, navigate } = props;
  const selectId = useId();
  const [code, setCode] = useState<string>('document_expired');
  if (!sessionId || !backend.get(sessionId)) {
    return (
      <main>
        <h1 style={{ fontSize: 20 }}>Stripe-hosted verification (simulated)</h1>
        <p>
          No session to verify here. Open <strong>Flows / Redirect / Start</strong> and click the
          button: the simulated backend sends you here with a session.
        </p>
      </main>
    );
  }
  const finish = () => navigate(returnUrl(sessionId));
  return (
    <main style={{ display: 'grid', gap: 12, justifyItems: 'start' }}>
      <h1 style={{ fontSize: 20, margin: 0 }}>Stripe-hosted verification (simulated)</h1>
      <p style={{ margin: 0 }}>
        This page stands in for Stripe's hosted verification page for session{' '}
        <code>{sessionId}</code>. Nothing is sent to Stripe.
      </p>
      <button
        type="button"
        onClick={() => {
          backend.submit(sessionId, { status: 'verified' });
          finish();
        }}
      >
        Submit and verify
      </button>
      <label htmlFor={selectId}>Or make the check fail because</label>
      <select id={selectId} value={code} onChange={(event) => setCode(event.target.value)}>
        {SIMULATED_FAILURES.map(([group, failures]) => (
          <optgroup key={group} label={group}>
            {failures.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <button
        type="button"
        onClick={() => {
          backend.submit(sessionId, {
            status: 'requires_input',
            last_error: { code, reason: null },
          });
          finish();
        }}
      >
        Submit and fail
      </button>
      <button type="button" onClick={finish}>
        Go back without submitting
      </button>
    </main>
  );
}
