import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { VerificationSessionCard } from '../components/VerificationSessionCard/VerificationSessionCard.js';
import type { IdentityMessages } from '../core/messages.js';
import { IdentityProvider } from '../react/IdentityProvider.js';
import { connectSimulator } from '../testing/connectSimulator.js';
import { createSimulatedStripe } from '../testing/createSimulatedStripe.js';
import { DEMO_API, DEMO_SIMULATOR, DEMO_USER_HEADER } from './demo/demoApi.js';
import { flowQueries } from './flowQueries.js';
import { packOf } from './locales.js';

/**
 * The same card as in Flows/Modal, against a real backend over real HTTP: the Storybook dev
 * server runs `createIdentityHandlers` from `react-stripe-identity/server` on the real `stripe`
 * Node SDK, and only Stripe's own API is simulated (`react-stripe-identity/simulator`, on
 * 127.0.0.1). The card's requests go browser → `/demo-api/identity` → handlers → `stripe` SDK →
 * simulator; the simulated modal tells the simulator what the person chose (`connectSimulator`).
 *
 * Needs `npm run storybook` (or the story tests): a static build has no server behind
 * `/demo-api`, and the card then shows its "could not start" error.
 */
function LiveDemo({ messages }: { messages: IdentityMessages }) {
  const [setup] = useState(() => ({
    // A user of its own per mount: the backend ties sessions to the signed-in user.
    user: `demo_${Math.random().toString(36).slice(2, 10)}`,
    queryClient: new QueryClient(),
    stripe: createSimulatedStripe(connectSimulator({ url: DEMO_SIMULATOR })),
  }));
  useEffect(() => () => setup.stripe.destroy(), [setup]);
  return (
    <IdentityProvider
      stripe={setup.stripe.stripe}
      backend={{ baseUrl: `${DEMO_API}/identity`, headers: { [DEMO_USER_HEADER]: setup.user } }}
      queryClient={setup.queryClient}
      messages={messages}
    >
      <VerificationSessionCard polling={{ initialIntervalMs: 500, maxIntervalMs: 1000 }} />
    </IdentityProvider>
  );
}

const meta = {
  title: 'Flows/Live backend',
  // Keyed by story: a fresh user, backend session and simulated Stripe for every story.
  render: (_args, context) => <LiveDemo key={context.id} messages={packOf(context)} />,
  parameters: { identity: { provider: false }, a11y: { context: 'body' } },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const setup = flowQueries;

/** Yours to click, against the real handlers and SDK. */
export const TryIt: Story = {};

/** Start → the real handlers create the session through the SDK → submit → verified. */
export const HappyPath: Story = {
  play: async (context) => {
    const { card, dialog, phase, messages } = setup(context);
    await userEvent.click(within(card()).getByRole('button', { name: messages.button.idle }));
    const modal = await dialog();
    await expect(within(modal).getByText(/vs_/)).toBeInTheDocument();
    await userEvent.click(within(modal).getByRole('button', { name: 'Submit and verify' }));
    await phase('processing');
    await phase('verified');
    await expect(context.canvasElement.ownerDocument.body.innerHTML).not.toContain('_secret_');
  },
};

/** A failed check, then "Try again": the handlers reuse the same session with a fresh secret. */
export const FailureThenRetry: Story = {
  play: async (context) => {
    const { card, dialog, phase, messages } = setup(context);
    await userEvent.click(within(card()).getByRole('button', { name: messages.button.idle }));
    let modal = await dialog();
    const firstId = within(modal).getByText(/vs_/).textContent;
    await userEvent.selectOptions(within(modal).getByRole('combobox'), 'selfie_face_mismatch');
    await userEvent.click(within(modal).getByRole('button', { name: 'Submit and fail' }));
    await phase('action_required');
    await expect(within(card()).getByRole('alert')).toHaveTextContent(
      messages.lastError.selfie_face_mismatch.message,
    );
    await userEvent.click(within(card()).getByRole('button', { name: messages.button.retry }));
    modal = await dialog();
    await expect(within(modal).getByText(/vs_/).textContent).toBe(firstId);
    await userEvent.click(within(modal).getByRole('button', { name: 'Submit and verify' }));
    await phase('verified');
  },
};
