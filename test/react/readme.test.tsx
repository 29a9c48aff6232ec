// The README's quick start and "Testing your app" example, run as written.
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { VerifyIdentityButton } from '../../src/components/VerifyIdentityButton/VerifyIdentityButton.js';
import { describeIdentityError } from '../../src/core/describeIdentityError.js';
import { en } from '../../src/core/en.js';
import { useIdentityMessages } from '../../src/react/IdentityContext.js';
import { useVerificationSession } from '../../src/react/useVerificationSession.js';
import { useVerifyIdentity } from '../../src/react/useVerifyIdentity.js';
import {
  createMockBackend,
  createMockStripe,
  IdentityTestProvider,
} from '../../src/testing/index.js';

function VerifyPage() {
  const messages = useIdentityMessages();
  const { start, preload, state, sessionId, error, isPending } = useVerifyIdentity();
  const { view } = useVerificationSession(sessionId); // follows the verdict after submit

  return (
    <>
      <button
        type="button"
        onClick={() => start()}
        onPointerEnter={preload}
        onFocus={preload}
        disabled={isPending}
      >
        {messages.button[state]}
      </button>
      {error && <p role="alert">{messages.error[error.code].message}</p>}
      {view && (
        <p role="status">
          {view.title}: {view.description}
        </p>
      )}
    </>
  );
}

it('should show the verdict after the user submits (README example)', async () => {
  const backend = createMockBackend({ statusSequence: ['processing', 'verified'] });
  const stripe = createMockStripe({ outcome: 'submitted' });
  render(
    <IdentityTestProvider backend={backend} stripe={stripe.stripe}>
      <VerifyPage />
    </IdentityTestProvider>,
  );
  await userEvent.click(screen.getByRole('button'));
  expect(await screen.findByText(/Identity verified/, {}, { timeout: 3000 })).toBeInTheDocument();
  expect(backend.requests.createSession).toBe(1);
});

/** The README's "Beside a standalone button" example, as written. */
function StartVerification() {
  const messages = useIdentityMessages();
  const { error } = useVerifyIdentity(); // the same flow as the button's
  const text = error ? describeIdentityError(error, messages) : null;
  return (
    <>
      <VerifyIdentityButton />
      {text && (
        <p role="alert">
          {text.message} {text.action}
        </p>
      )}
    </>
  );
}

it('should show what went wrong beside a standalone button (README example)', async () => {
  const stripe = createMockStripe({
    outcome: { error: { code: 'consent_declined', message: 'Declined' } },
  });
  render(
    <IdentityTestProvider stripe={stripe}>
      <StartVerification />
    </IdentityTestProvider>,
  );
  await userEvent.click(screen.getByRole('button', { name: en.button.idle }));
  expect(await screen.findByRole('alert')).toHaveTextContent(
    `${en.lastError.consent_declined.message} ${en.lastError.consent_declined.action}`,
  );
  expect(screen.getByRole('button')).toHaveAccessibleName(en.button.error);
  expect(screen.getByRole('button')).toHaveAccessibleDescription(en.error.stripe_error.message);
});
