// The examples of the Storybook "Testing" page (src/stories/Testing.mdx), run as written.
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { VerificationSessionCard } from '../../src/components/VerificationSessionCard/VerificationSessionCard.js';
import { createMockBackend } from '../../src/testing/createMockBackend.js';
import { createMockStripe } from '../../src/testing/createMockStripe.js';
import { createSimulatedStripe } from '../../src/testing/createSimulatedStripe.js';
import { IdentityTestProvider } from '../../src/testing/IdentityTestProvider.js';

describe('Testing page examples', () => {
  it('should show the verdict after the modal is submitted', async () => {
    const stripe = createMockStripe({ outcome: 'submitted' });
    const backend = createMockBackend({ statusSequence: ['processing', 'verified'] });
    render(
      <IdentityTestProvider stripe={stripe.stripe} backend={backend}>
        <VerificationSessionCard polling={{ initialIntervalMs: 10 }} />
      </IdentityTestProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Verify your identity' }));
    expect(await screen.findByText('Identity verified')).toBeInTheDocument();
  });

  it('should drive a mock backend from the simulated modal, through processing to the verdict', async () => {
    const backend = createMockBackend();
    const simulated = createSimulatedStripe({
      onSubmit: (id, verdict) => {
        backend.updateSession(id, { status: 'processing' });
        setTimeout(() => backend.updateSession(id, { ...verdict }), 30);
      },
    });
    render(
      <IdentityTestProvider stripe={simulated.stripe} backend={backend}>
        <VerificationSessionCard polling={{ initialIntervalMs: 10 }} />
      </IdentityTestProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Verify your identity' }));
    const dialog = await screen.findByRole('dialog', { name: 'Stripe Identity (simulated)' });
    await userEvent.selectOptions(screen.getByRole('combobox'), 'selfie_face_mismatch');
    await userEvent.click(screen.getByRole('button', { name: 'Submit and fail' }));
    expect(dialog).not.toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Your selfie did not match the photo on your ID document.',
      ),
    );
    expect(document.body.innerHTML).not.toContain('_secret_');
  });

  it('should answer without a person with outcome', async () => {
    const backend = createMockBackend();
    const simulated = createSimulatedStripe({ outcome: 'close' });
    render(
      <IdentityTestProvider stripe={simulated.stripe} backend={backend}>
        <VerificationSessionCard />
      </IdentityTestProvider>,
    );
    const button = screen.getByRole('button', { name: 'Verify your identity' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'canceled'));
    expect(simulated.calls.verifyIdentity).toHaveLength(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
