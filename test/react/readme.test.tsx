// The README's quick start and "Testing your app" example, run as written.
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { expect, it } from 'vitest';
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
