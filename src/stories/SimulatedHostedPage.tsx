import { type ReactNode, useId, useState } from 'react';
import { SIMULATED_FAILURES } from '../testing/simulated/simulatedDialog.js';
import type { SimulatedBackend } from './simulatedBackend.js';
// biome-ignore lint/correctness/useImportExtensions: a stylesheet, imported as itself
import './SimulatedHostedPage.css';

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

/** Stripe's page around its content: the card, its header and the footer. */
function HostedPageFrame(props: { children: ReactNode }): ReactNode {
  return (
    <div data-simulated-hosted-page="">
      <main data-slot="card">
        <div data-slot="header">
          <span>Stripe Identity (simulated)</span>
          <span data-slot="badge">Test mode</span>
        </div>
        {props.children}
      </main>
      <p data-slot="footer">A stand-in for Stripe's hosted page: nothing is sent to Stripe.</p>
    </div>
  );
}

/**
 * Stands in for Stripe's hosted verification page (redirect mode): the person chooses the
 * outcome, the simulated backend records it, and the browser goes back to the host's return
 * page with `?session_id=…`, as Stripe does with the session's `return_url`. Styled like
 * Stripe's page (SimulatedHostedPage.css), not in the host's theme.
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
      <HostedPageFrame>
        <h1>No session to verify</h1>
        <p>
          Open <strong>Flows / Redirect / Start</strong> and click the button: the simulated backend
          sends you here with a session.
        </p>
      </HostedPageFrame>
    );
  }
  const finish = () => navigate(returnUrl(sessionId));
  return (
    <HostedPageFrame>
      <h1>Verify your identity</h1>
      <p>
        Choose what happens to session <code>{sessionId}</code>, as if you had taken the photos.
      </p>
      <button
        type="button"
        data-variant="primary"
        onClick={() => {
          backend.submit(sessionId, { status: 'verified' });
          finish();
        }}
      >
        Submit and verify
      </button>
      <div data-slot="field">
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
      </div>
      <button
        type="button"
        data-variant="secondary"
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
      <button type="button" data-variant="quiet" onClick={finish}>
        Go back without submitting
      </button>
    </HostedPageFrame>
  );
}
