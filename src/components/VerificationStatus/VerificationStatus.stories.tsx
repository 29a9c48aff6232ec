import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { VerificationPhase } from '../../core/messages.js';
import { packOf } from '../../stories/locales.js';
import {
  makeFailedVerificationSession,
  makeVerificationSession,
} from '../../testing/makeVerificationSession.js';
import { VerificationStatus } from './VerificationStatus.js';

/**
 * Where a verification stands: one story per phase. The status is a polite live region
 * (`role="status"`), styled by `data-phase` and `data-tone`.
 */
const meta = {
  title: 'Components/VerificationStatus',
  component: VerificationStatus,
  tags: ['autodocs'],
} satisfies Meta<typeof VerificationStatus>;
export default meta;
type Story = StoryObj<typeof meta>;

function expectPhase(
  phase: VerificationPhase,
  tone: string,
  texts: VerificationPhase | 'action_required_final' = phase,
): Story['play'] {
  return async (context) => {
    const status = within(context.canvasElement).getByRole('status');
    const text = packOf(context).phase[texts];
    await expect(status).toHaveAttribute('data-phase', phase);
    await expect(status).toHaveAttribute('data-tone', tone);
    await expect(status).toHaveTextContent(text.title);
    await expect(status).toHaveTextContent(text.description);
  };
}

/** `requires_input` with no `last_error`: the user has not started yet. */
export const NotStarted: Story = {
  args: { session: makeVerificationSession({ status: 'requires_input' }) },
  play: expectPhase('not_started', 'neutral'),
};

/** `requires_input` with a `last_error`: an attempt failed and the user must act. */
export const ActionRequired: Story = {
  args: { session: makeFailedVerificationSession('document_expired') },
  play: expectPhase('action_required', 'warning'),
};

/**
 * `requires_input` with a `last_error` that retrying cannot fix: still the `action_required`
 * phase, titled as a final outcome (tone `danger`).
 */
export const ActionRequiredNotRetryable: Story = {
  args: { session: makeFailedVerificationSession('under_supported_age') },
  play: expectPhase('action_required', 'danger', 'action_required_final'),
};

/** `processing`: Stripe is checking the submission. */
export const Processing: Story = {
  args: { session: makeVerificationSession({ status: 'processing' }) },
  play: expectPhase('processing', 'info'),
};

/** `verified`: done. */
export const Verified: Story = {
  args: { session: makeVerificationSession({ status: 'verified' }) },
  play: expectPhase('verified', 'success'),
};

/** `canceled`: the host canceled the session (or redacted it unfinished). */
export const Canceled: Story = {
  args: { session: makeVerificationSession({ status: 'canceled' }) },
  play: expectPhase('canceled', 'neutral'),
};

/** A status this version does not know (Stripe added one): generic text, never a crash. */
export const UnknownStatus: Story = {
  args: { session: makeVerificationSession({ status: 'requires_review' }) },
  play: expectPhase('unknown', 'neutral'),
};

/** From the `status` prop alone, without a session object. */
export const FromStatusProp: Story = {
  args: { status: 'processing' },
  play: expectPhase('processing', 'info'),
};
