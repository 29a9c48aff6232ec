import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { packOf } from '../../stories/locales.js';
import { makeVerificationSession } from '../../testing/makeVerificationSession.js';
import { RedactionNotice } from './RedactionNotice.js';

/**
 * Says that a verification's personal data is being, or has been, deleted. Renders nothing for
 * a session that is not redacted.
 */
const meta = {
  title: 'Components/RedactionNotice',
  component: RedactionNotice,
  tags: ['autodocs'],
} satisfies Meta<typeof RedactionNotice>;
export default meta;
type Story = StoryObj<typeof meta>;

function notice(canvasElement: HTMLElement) {
  return canvasElement.querySelector('[data-rsi="redaction-notice"]');
}

// First: the docs page opens on the first story, so it must show a notice (not `NotRedacted`).
/** `redaction.status: 'redacted'`: the personal data is gone for good. */
export const Redacted: Story = {
  args: {
    session: makeVerificationSession({ status: 'verified', redaction: { status: 'redacted' } }),
  },
  play: async (context) => {
    const element = notice(context.canvasElement);
    await expect(element).toHaveAttribute('data-state', 'redacted');
    await expect(element).toHaveTextContent(packOf(context).redaction.redacted);
  },
};

/** `redaction.status: 'processing'`: deletion requested, in progress (up to 4 days). */
export const Processing: Story = {
  args: { session: makeVerificationSession({ redaction: { status: 'processing' } }) },
  play: async (context) => {
    const element = notice(context.canvasElement);
    await expect(element).toHaveAttribute('data-state', 'processing');
    await expect(element).toHaveTextContent(packOf(context).redaction.processing);
  },
};

/** `redaction.status: 'validated'` (new, undocumented): shown as in progress. */
export const Validated: Story = {
  args: { session: makeVerificationSession({ redaction: { status: 'validated' } }) },
  play: async (context) => {
    const element = notice(context.canvasElement);
    await expect(element).toHaveAttribute('data-state', 'processing');
    await expect(element).toHaveTextContent(packOf(context).redaction.processing);
  },
};

/** `redaction: null`: nothing is rendered. */
export const NotRedacted: Story = {
  args: { session: makeVerificationSession({ redaction: null }) },
  play: async ({ canvasElement }) => {
    await expect(notice(canvasElement)).toBeNull();
  },
};
