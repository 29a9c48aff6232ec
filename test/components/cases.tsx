import type { ReactElement } from 'react';
import { RedactionNotice } from '../../src/components/RedactionNotice/RedactionNotice.js';
import { VerificationLastError } from '../../src/components/VerificationLastError/VerificationLastError.js';
import { VerificationSessionCard } from '../../src/components/VerificationSessionCard/VerificationSessionCard.js';
import { VerificationStatus } from '../../src/components/VerificationStatus/VerificationStatus.js';
import { VerifyIdentityButton } from '../../src/components/VerifyIdentityButton/VerifyIdentityButton.js';
import { LAST_ERROR_CODES } from '../../src/core/types.js';
import fr from '../../src/locales/fr.js';
import {
  createMockBackend,
  createMockStripe,
  IdentityTestProvider,
  makeFailedVerificationSession,
  makeRedactedVerificationSession,
  makeVerificationSession,
} from '../../src/testing/index.js';
import { SESSION_STATES } from './helpers.js';

/** Every component in every state, inside a provider (fresh mocks per call), by name. */
export function renderCases(): [string, () => ReactElement][] {
  const cases: [string, ReactElement][] = [];
  const add = (name: string, element: ReactElement) => {
    cases.push([name, element]);
  };
  for (const [name, session] of Object.entries(SESSION_STATES)) {
    add(`VerificationStatus ${name}`, <VerificationStatus key={name} session={session} />);
    add(
      `VerificationSessionCard ${name}`,
      <VerificationSessionCard key={name} session={session} />,
    );
  }
  for (const code of [...LAST_ERROR_CODES, 'unknown_future_code']) {
    add(
      `VerificationLastError ${code}`,
      <VerificationLastError
        key={code}
        session={makeFailedVerificationSession(code, { reason: 'Stripe said so.' })}
      />,
    );
  }
  for (const status of ['processing', 'validated', 'redacted']) {
    add(
      `RedactionNotice ${status}`,
      <RedactionNotice key={status} session={makeRedactedVerificationSession(status)} />,
    );
  }
  add('VerifyIdentityButton idle', <VerifyIdentityButton />);
  add('VerifyIdentityButton with a label', <VerifyIdentityButton>Verify</VerifyIdentityButton>);
  add(
    'VerifyIdentityButton asChild',
    <VerifyIdentityButton asChild>
      <button type="button" className="ds-button">
        Verify
      </button>
    </VerifyIdentityButton>,
  );
  add('VerificationSessionCard following an id', <VerificationSessionCard sessionId="vs_ssr" />);
  add('VerificationSessionCard without a session', <VerificationSessionCard />);
  add(
    'VerificationSessionCard in French',
    <VerificationSessionCard
      session={makeVerificationSession({ status: 'processing' })}
      messages={fr}
    />,
  );
  return cases.map(([name, element]) => [
    name,
    () => (
      <IdentityTestProvider
        backend={createMockBackend()}
        stripe={createMockStripe().stripe}
        appearance={{ theme: 'night', variables: { colorPrimary: '#0570de' } }}
        nonce="n0nce"
      >
        {element}
      </IdentityTestProvider>
    ),
  ]);
}
