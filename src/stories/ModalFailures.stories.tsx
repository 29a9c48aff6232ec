import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { VerificationSessionCard } from '../components/VerificationSessionCard/VerificationSessionCard.js';
import type { IdentityTheme } from '../core/appearance.js';
import {
  VERIFY_IDENTITY_FAILURES,
  type VerifyIdentityFailureCode,
} from '../core/mapVerifyIdentityResult.js';
import { createMockStripe } from '../testing/createMockStripe.js';
import { IdentityTestProvider } from '../testing/IdentityTestProvider.js';
import { packOf } from './locales.js';

/**
 * The modal's own failures: Stripe's modal answers with one of its failure codes, and the card
 * says what happened and the next step in the person's language, like the matching
 * `last_error` (`describeIdentityError`), with "Try again" on its button. Here a mock Stripe.js
 * answers each code at once; the toolbar switches theme and locale.
 */
const meta = {
  title: 'Flows/Modal failures',
  component: VerificationSessionCard,
  // Each story brings its provider: a Stripe.js that fails with the story's code.
  parameters: { identity: { provider: false } },
} satisfies Meta<typeof VerificationSessionCard>;
export default meta;
type Story = StoryObj<typeof meta>;

const WAIT = { timeout: 8000 };

/** A card whose start ends in the modal's failure `code`. */
function failsWith(code: VerifyIdentityFailureCode): Story {
  return {
    render: (args, context: StoryContext) => (
      <IdentityTestProvider
        stripe={createMockStripe({ outcome: { error: { code, message: 'Stripe.js says no.' } } })}
        messages={packOf(context)}
        appearance={{ theme: (context.globals.theme ?? 'stripe') as IdentityTheme }}
      >
        <VerificationSessionCard {...args} />
      </IdentityTestProvider>
    ),
    play: async (context) => {
      const messages = packOf(context);
      const card = within(context.canvasElement).getByRole('region');
      await userEvent.click(within(card).getByRole('button', { name: messages.button.idle }));
      const alert = await within(card).findByRole('alert', {}, WAIT);
      const text = messages.lastError[VERIFY_IDENTITY_FAILURES[code]];
      await expect(alert).toHaveTextContent(text.message);
      await expect(alert).toHaveTextContent(text.action);
      await expect(alert).not.toHaveTextContent(messages.error.stripe_error.message);
      const button = within(card).getByRole('button');
      await expect(button).toHaveAccessibleName(messages.button.error);
      await expect(button).toHaveFocus();
    },
  };
}

/** The person declined to be verified by Stripe. */
export const ConsentDeclined: Story = failsWith('consent_declined');

/** No camera, or camera access refused. */
export const DeviceUnsupported: Story = failsWith('device_unsupported');

/** Under the age of majority. */
export const UnderSupportedAge: Story = failsWith('under_supported_age');

/** The person did not enter the code sent to their phone. */
export const PhoneOtpDeclined: Story = failsWith('phone_otp_declined');

/** The person did not verify their email address. */
export const EmailVerificationDeclined: Story = failsWith('email_verification_declined');
