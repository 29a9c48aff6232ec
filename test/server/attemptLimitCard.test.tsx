// The attempt limit as the user meets it: the card's start, through the real handlers (called
// in-process by backendFor), refused 429 too_many_attempts, shows the catalogue's text for it.
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { VerificationSessionCard } from '../../src/components/VerificationSessionCard/VerificationSessionCard.js';
import { en } from '../../src/core/en.js';
import { createIdentityHandlers } from '../../src/server/index.js';
import {
  createMockStripe,
  IdentityTestProvider,
  makeVerificationSession,
} from '../../src/testing/index.js';
import { createFakeStripe, makeSdkSession } from './fakeStripe.js';
import { bearerAuth } from './strictStripe.js';

describe('<VerificationSessionCard> at the attempt limit', () => {
  it('should show messages.serverError.too_many_attempts when the handlers answer 429', async () => {
    const now = Math.floor(Date.now() / 1000);
    const { stripe } = createFakeStripe(
      ['vs_old1', 'vs_old2'].map((id, i) =>
        makeSdkSession({ id, status: 'canceled', created: now - 60 + i }),
      ),
    );
    const handlers = createIdentityHandlers({ stripe, authenticate: bearerAuth, maxAttempts: 2 });
    const page = new Request('https://app.example.com/verify', {
      headers: { Authorization: 'Bearer user_1' },
    });
    const user = userEvent.setup();
    render(
      <IdentityTestProvider backend={handlers.backendFor(page)} stripe={createMockStripe().stripe}>
        <VerificationSessionCard session={makeVerificationSession()} />
      </IdentityTestProvider>,
    );
    await user.click(screen.getByRole('button', { name: en.button.idle }));
    const flowError = await waitFor(() => {
      const node = document.querySelector('[data-slot="card-flow-error"]');
      expect(node).not.toBeNull();
      return node as HTMLElement;
    });
    const { message, action } = en.serverError.too_many_attempts;
    expect(flowError).toHaveTextContent(message);
    expect(flowError).toHaveTextContent(`${en.nextStepLabel} ${action}`);
  });
});
