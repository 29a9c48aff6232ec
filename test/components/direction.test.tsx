import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RedactionNotice } from '../../src/components/RedactionNotice/RedactionNotice.js';
import { VerificationLastError } from '../../src/components/VerificationLastError/VerificationLastError.js';
import { VerificationSessionCard } from '../../src/components/VerificationSessionCard/VerificationSessionCard.js';
import { VerificationStatus } from '../../src/components/VerificationStatus/VerificationStatus.js';
import { VerifyIdentityButton } from '../../src/components/VerifyIdentityButton/VerifyIdentityButton.js';
import ar from '../../src/locales/ar.js';
import fr from '../../src/locales/fr.js';
import he from '../../src/locales/he.js';
import { IdentityTestProvider } from '../../src/testing/index.js';
import { failedSession, redactedSession } from './helpers.js';

/** Every component's root in one provider, texts from `props`. */
function AllComponents(props: { locale?: string; messages?: typeof he }) {
  return (
    <IdentityTestProvider locale={props.locale} messages={props.messages}>
      <VerificationStatus status="processing" data-testid="status" />
      <VerificationLastError lastError={{ code: 'document_expired', reason: null }} />
      <RedactionNotice session={redactedSession('redacted')} data-testid="notice" />
      <VerifyIdentityButton data-testid="button" />
      <VerificationSessionCard session={failedSession('selfie_face_mismatch')} />
    </IdentityTestProvider>
  );
}

const roots = () => [
  screen.getByTestId('status'),
  screen.getAllByRole('alert')[0],
  screen.getByTestId('notice'),
  screen.getByTestId('button'),
  screen.getByRole('region'),
];

describe('text direction', () => {
  it.each([
    ['he', he],
    ['ar', ar],
  ])(
    'should set dir="rtl" on every root for the %s pack, where the host set nothing',
    (locale, pack) => {
      render(<AllComponents locale={locale} messages={pack} />);
      for (const root of roots()) expect(root).toHaveAttribute('dir', 'rtl');
    },
  );

  it('should set dir="ltr" for English and the other left-to-right packs, so an RTL page keeps them in order', () => {
    const { unmount } = render(<AllComponents />);
    for (const root of roots()) expect(root).toHaveAttribute('dir', 'ltr');
    unmount();
    render(<AllComponents locale="fr" messages={fr} />);
    for (const root of roots()) expect(root).toHaveAttribute('dir', 'ltr');
  });

  it("should follow the texts' language, not only the provider's: a component given another pack", () => {
    render(
      <IdentityTestProvider locale="fr" messages={fr}>
        <VerificationStatus status="verified" messages={he} data-testid="he" />
        <VerificationStatus status="verified" data-testid="fr" />
      </IdentityTestProvider>,
    );
    expect(screen.getByTestId('he')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByTestId('fr')).toHaveAttribute('dir', 'ltr');
  });

  it("should take the provider's locale when its messages are partial overrides", () => {
    render(
      <IdentityTestProvider locale="he" messages={{ ...he, locale: undefined as never }}>
        <VerificationStatus status="verified" data-testid="status" />
      </IdentityTestProvider>,
    );
    expect(screen.getByTestId('status')).toHaveAttribute('dir', 'rtl');
  });

  it("should let the host's own dir prop win", () => {
    render(
      <IdentityTestProvider locale="he" messages={he}>
        <VerificationStatus status="verified" dir="auto" data-testid="status" />
        <VerificationSessionCard session={failedSession('abandoned')} dir="ltr" />
      </IdentityTestProvider>,
    );
    expect(screen.getByTestId('status')).toHaveAttribute('dir', 'auto');
    expect(screen.getByRole('region')).toHaveAttribute('dir', 'ltr');
  });
});

describe("bidi isolation of Stripe's reason", () => {
  const reason = 'Session vs_1PqR2sT3uV was used twice (2 attempts).';

  it('should put the reason in a <bdi> inside a right-to-left message', () => {
    render(<VerificationLastError lastError={{ code: 'new_code', reason }} messages={he} />);
    const message = screen.getByRole('alert').querySelector('[data-slot="last-error-message"]');
    const isolated = message?.querySelector('bdi');
    expect(isolated).toHaveTextContent(reason);
    expect(message?.textContent).toBe(reason);
  });

  it("should isolate only the value in a host's template around it", () => {
    render(
      <VerificationLastError
        lastError={{ code: 'new_code', reason }}
        messages={{
          ...he,
          lastErrorWithReason: { message: 'Stripe: {reason}', action: 'פנו אלינו.' },
        }}
      />,
    );
    const message = screen.getByRole('alert').querySelector('[data-slot="last-error-message"]');
    expect(message?.textContent).toBe(`Stripe: ${reason}`);
    expect(message?.querySelector('bdi')?.textContent).toBe(reason);
    expect(message?.childNodes[0]?.textContent).toBe('Stripe: ');
  });

  it('should leave a text with no placeholder as plain text', () => {
    render(<VerificationLastError lastError={{ code: 'abandoned', reason }} messages={he} />);
    expect(screen.getByRole('alert').querySelector('bdi')).toBeNull();
  });
});
