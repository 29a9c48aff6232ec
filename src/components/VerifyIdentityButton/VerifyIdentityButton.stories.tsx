import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { describeIdentityError } from '../../core/describeIdentityError.js';
import { useIdentityMessages } from '../../react/IdentityContext.js';
import { useVerifyIdentity } from '../../react/useVerifyIdentity.js';
import { packOf } from '../../stories/locales.js';
import { expectLooksUnavailable } from '../../stories/looks.js';
import type { StorySimulation } from '../../stories/simulation.js';
import { startOnMount } from '../../stories/startOnMount.js';
import { VerifyIdentityButton } from './VerifyIdentityButton.js';

/**
 * Starts a verification: asks the (simulated) backend for a session and opens the (simulated)
 * Stripe modal. Hover or focus preloads Stripe.js. `data-state` follows the flow:
 * `idle` → `creating` → `verifying` → `submitted` | `canceled` | `error`.
 */
const meta = {
  title: 'Components/VerifyIdentityButton',
  component: VerifyIdentityButton,
  tags: ['autodocs'],
  // A lone button: centred in its column, not at the column's left edge.
  parameters: { identity: { width: 'centered' } },
  args: { onSubmitted: fn(), onCanceled: fn(), onError: fn() },
} satisfies Meta<typeof VerifyIdentityButton>;
export default meta;
type Story = StoryObj<typeof meta>;

const WAIT = { timeout: 8000 };

/*
 * The state stories below start the flow as they mount (`startOnMount`: the person's click),
 * so each shows its state on its docs page too; their play functions check it.
 */

function simulationOf(loaded: Record<string, unknown>): StorySimulation {
  return loaded.simulation as StorySimulation;
}

/** Ready to start. */
export const Idle: Story = {
  play: async (context) => {
    const button = within(context.canvasElement).getByRole('button');
    await expect(button).toHaveAttribute('data-state', 'idle');
    await expect(button).toHaveAccessibleName(packOf(context).button.idle);
  },
};

/** `retry`: the session failed before, so the label says "Try again". */
export const RetryLabel: Story = {
  args: { retry: true },
  play: async (context) => {
    const button = within(context.canvasElement).getByRole('button');
    await expect(button).toHaveAccessibleName(packOf(context).button.retry);
  },
};

/** Your own label. */
export const CustomLabel: Story = {
  args: { children: 'Verify with Stripe' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button')).toHaveAccessibleName(
      'Verify with Stripe',
    );
  },
};

/** `disabled`: a click starts nothing. */
export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement, loaded }) => {
    const button = within(canvasElement).getByRole('button');
    await expect(button).toBeDisabled();
    await expect(simulationOf(loaded).backend.requests.create).toBe(0);
    // Greyed out (regression: it looked exactly like the enabled button).
    await expectLooksUnavailable(button);
  },
};

/** `asChild`: your element (here a link) gets the button's behaviour. */
export const AsChild: Story = {
  args: {
    asChild: true,
    children: <a href="#verify">Verify now</a>,
  },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: 'Verify now' });
    await expect(link).toHaveAttribute('data-rsi', 'verify-identity-button');
    await expect(link).toHaveAttribute('data-state', 'idle');
  },
};

/** `creating`: waiting for the backend (it never answers here). Busy, and a click starts nothing. */
export const Creating: Story = {
  parameters: { simulation: { latencyMs: 600_000 } },
  decorators: [startOnMount],
  play: async (context) => {
    const button = within(context.canvasElement).getByRole('button');
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'creating'));
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveTextContent(packOf(context).button.creating);
    // Busy looks it: a deeper shade with the spinner, the label still readable.
    await expectLooksUnavailable(button);
    const { requests } = simulationOf(context.loaded).backend;
    // Regression: under load the create request had not reached the mocked backend yet (0, not 1).
    await waitFor(() => expect(requests.create).toBe(1), WAIT);
    await userEvent.click(button);
    await expect(button).toHaveAttribute('data-state', 'creating');
    await expect(requests.create).toBe(1);
  },
};

/**
 * `verifying`: the (simulated) Stripe modal is open. Axe checks the dialog too. (On this docs
 * page the modal stays closed, so that it does not cover the page: open the story to see it.)
 */
export const ModalOpen: Story = {
  parameters: { a11y: { context: 'body' }, simulation: { closedModalInDocs: true } },
  decorators: [startOnMount],
  play: async (context) => {
    const button = within(context.canvasElement).getByRole('button');
    const page = within(context.canvasElement.ownerDocument.body);
    const dialog = await page.findByRole('dialog', {}, WAIT);
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    await expect(button).toHaveAttribute('data-state', 'verifying');
    await expect(button).toHaveTextContent(packOf(context).button.verifying);
  },
};

/** `submitted`: the person submitted in the modal; the verdict is still pending. */
export const Submitted: Story = {
  parameters: { simulation: { outcome: 'verify' } },
  decorators: [startOnMount],
  play: async (context) => {
    const button = within(context.canvasElement).getByRole('button');
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'submitted'), WAIT);
    await expect(button).toHaveTextContent(packOf(context).button.submitted);
    const [id] = simulationOf(context.loaded).backend.ids();
    await expect(context.args.onSubmitted).toHaveBeenCalledWith(id);
  },
};

/**
 * `canceled`: the person closed the modal. The label says what to do next ("Start again") and
 * the button's description what happened, read with it as focus comes back.
 */
export const Canceled: Story = {
  parameters: { simulation: { outcome: 'close' } },
  decorators: [startOnMount],
  play: async (context) => {
    const button = within(context.canvasElement).getByRole('button');
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'canceled'), WAIT);
    const messages = packOf(context);
    await expect(button).toHaveAccessibleName(messages.button.canceled);
    await expect(button).toHaveAccessibleDescription(messages.error.canceled.message);
    await expect(button).toHaveFocus();
    await expect(context.args.onCanceled).toHaveBeenCalled();
  },
};

/** `error` after the backend answered HTTP 500: the label says to try again, the description why. */
export const BackendDown: Story = {
  parameters: { simulation: { down: true } },
  decorators: [startOnMount],
  play: async (context) => {
    const button = within(context.canvasElement).getByRole('button');
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'error'), WAIT);
    await expect(button).toHaveAttribute('data-error-code', 'backend_http_error');
    await expect(button).toHaveAccessibleName(packOf(context).button.error);
    await expect(button).toHaveAccessibleDescription(
      packOf(context).error.backend_http_error.message,
    );
    await expect(context.args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'backend_http_error', status: 500 }),
    );
  },
};

/** `error` because Stripe.js could not load (ad blocker, CSP, offline). */
export const StripeBlocked: Story = {
  parameters: { simulation: { stripe: 'blocked' } },
  decorators: [startOnMount],
  play: async (context) => {
    const button = within(context.canvasElement).getByRole('button');
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'error'), WAIT);
    await expect(button).toHaveAttribute('data-error-code', 'stripe_load_failed');
  },
};

/** `error` because the person declined consent in the modal (`consent_declined`). */
export const ConsentDeclined: Story = {
  parameters: { simulation: { outcome: 'decline_consent' } },
  decorators: [startOnMount],
  play: async (context) => {
    const button = within(context.canvasElement).getByRole('button');
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'error'), WAIT);
    await expect(button).toHaveAttribute('data-error-code', 'stripe_error');
  },
};

/** What a host shows beside a standalone button (the README's example): the error, as an alert. */
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

/**
 * Beside a standalone button, the host shows the error and its next step (here the person
 * declined consent in the modal): the button says "Try again", the alert says why and what else
 * to do.
 */
export const WithHostAlert: Story = {
  parameters: { simulation: { outcome: 'decline_consent' } },
  render: () => <StartVerification />,
  play: async (context) => {
    const messages = packOf(context);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: messages.button.idle }));
    const alert = await canvas.findByRole('alert', {}, WAIT);
    await expect(alert).toHaveTextContent(messages.lastError.consent_declined.message);
    await expect(alert).toHaveTextContent(messages.lastError.consent_declined.action);
    await expect(canvas.getByRole('button')).toHaveAccessibleName(messages.button.error);
  },
};
