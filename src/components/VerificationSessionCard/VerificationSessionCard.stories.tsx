import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { IdentityErrorCode } from '../../core/IdentityError.js';
import type { VerificationSession } from '../../core/types.js';
import { GalleryBlock, GalleryGrid } from '../../stories/Gallery.js';
import { packOf } from '../../stories/locales.js';
import { expectReadsAsError, lineStarts } from '../../stories/looks.js';
import type { SimulationParameters } from '../../stories/simulation.js';
import { startOnMount } from '../../stories/startOnMount.js';
import { makeVerificationSession } from '../../testing/makeVerificationSession.js';
import { VerificationSessionCard } from './VerificationSessionCard.js';

/**
 * Everything about one verification: status, last error, redaction notice and a start/retry
 * button. With `sessionId` it reads the session from the (simulated) backend and polls while it
 * is processing; `data-state` is `loading`, `error` or `ready`.
 */
const meta = {
  title: 'Components/VerificationSessionCard',
  component: VerificationSessionCard,
  tags: ['autodocs'],
} satisfies Meta<typeof VerificationSessionCard>;
export default meta;
type Story = StoryObj<typeof meta>;

const WAIT = { timeout: 8000 };

/** A story following `id`, seeded in the simulated backend as `session`. */
function seeded(session: Partial<VerificationSession> & { id: string }): Story {
  const simulation: SimulationParameters = { sessions: [session] };
  return { args: { sessionId: session.id }, parameters: { simulation } };
}

async function readyCard(canvasElement: HTMLElement) {
  const card = within(canvasElement).getByRole('region');
  await waitFor(() => expect(card).toHaveAttribute('data-state', 'ready'), WAIT);
  return card;
}

/** No session yet: the card offers to start one, and follows the session it creates. */
export const Start: Story = {
  play: async (context) => {
    const card = await readyCard(context.canvasElement);
    const messages = packOf(context);
    await expect(card).toHaveAccessibleName(messages.card.label);
    await expect(card).toHaveAttribute('data-phase', 'not_started');
    await expect(within(card).getByRole('button')).toHaveAccessibleName(messages.button.idle);
    // The button says it: no "Verify your identity" title right above it.
    await expect(card.querySelector('[data-slot="status-title"]')).toBeNull();
  },
};

/** A `requires_input` session read from the backend. */
export const NotStarted: Story = {
  ...seeded({ id: 'vs_card_not_started', status: 'requires_input' }),
  play: async ({ canvasElement }) => {
    const card = await readyCard(canvasElement);
    await expect(card).toHaveAttribute('data-phase', 'not_started');
  },
};

/** `processing`: the card polls until Stripe decides (this one never does). No button. */
export const Processing: Story = {
  ...seeded({ id: 'vs_card_processing', status: 'processing' }),
  play: async ({ canvasElement }) => {
    const card = await readyCard(canvasElement);
    await expect(card).toHaveAttribute('data-phase', 'processing');
    await expect(within(card).queryByRole('button')).toBeNull();
  },
};

/** `verified`. */
export const Verified: Story = {
  ...seeded({ id: 'vs_card_verified', status: 'verified' }),
  play: async ({ canvasElement }) => {
    const card = await readyCard(canvasElement);
    await expect(card).toHaveAttribute('data-phase', 'verified');
    await expect(card).toHaveAttribute('data-tone', 'success');
  },
};

/** A failed attempt that can be retried: the error, its next step and "Try again". */
export const ActionRequired: Story = {
  ...seeded({
    id: 'vs_card_failed',
    status: 'requires_input',
    last_error: { code: 'document_expired', reason: null },
  }),
  play: async (context) => {
    const card = await readyCard(context.canvasElement);
    const messages = packOf(context);
    const alert = within(card).getByRole('alert');
    await expect(alert).toHaveTextContent(messages.lastError.document_expired.message);
    await expectReadsAsError(
      alert,
      alert.querySelector('[data-slot="last-error-message"]') as HTMLElement,
    );
    await expect(within(card).getByRole('button')).toHaveAccessibleName(messages.button.retry);
    // One message and one next step (regression: two callouts both saying "try again").
    await expect(within(card).getAllByRole('alert')).toHaveLength(1);
    await expect(card.textContent?.split(messages.nextStepLabel)).toHaveLength(2);
    await expect(within(card).getByRole('status')).not.toHaveTextContent(
      messages.phase.action_required.description,
    );
  },
};

/**
 * A failure that retrying cannot fix (`under_supported_age`) reads as the final outcome it is:
 * its own title, tone `danger`, no button (regression: "needs your attention" although the
 * person can do nothing).
 */
export const NotRetryable: Story = {
  ...seeded({
    id: 'vs_card_under_age',
    status: 'requires_input',
    last_error: { code: 'under_supported_age', reason: null },
  }),
  play: async (context) => {
    const card = await readyCard(context.canvasElement);
    const messages = packOf(context);
    await expect(card).toHaveAttribute('data-tone', 'danger');
    await expect(within(card).queryByRole('button')).toBeNull();
    const status = within(card).getByRole('status');
    await expect(status).toHaveTextContent(messages.phase.action_required_final.title);
    await expect(status).not.toHaveTextContent(messages.phase.action_required.title);
    const alert = within(card).getByRole('alert');
    await expectReadsAsError(
      alert,
      alert.querySelector('[data-slot="last-error-message"]') as HTMLElement,
    );
  },
};

/** `canceled` by the host. */
export const Canceled: Story = {
  ...seeded({ id: 'vs_card_canceled', status: 'canceled' }),
  play: async ({ canvasElement }) => {
    const card = await readyCard(canvasElement);
    await expect(card).toHaveAttribute('data-phase', 'canceled');
    await expect(within(card).queryByRole('button')).toBeNull();
  },
};

/** Verified, then redacted: the notice says the personal data is gone. */
export const Redacted: Story = {
  ...seeded({ id: 'vs_card_redacted', status: 'verified', redaction: { status: 'redacted' } }),
  play: async (context) => {
    const card = await readyCard(context.canvasElement);
    await expect(card).toHaveTextContent(packOf(context).redaction.redacted);
  },
};

/** Redaction in progress on a session that never finished: no button (it cannot be retried). */
export const RedactionProcessing: Story = {
  ...seeded({
    id: 'vs_card_redacting',
    status: 'requires_input',
    redaction: { status: 'processing' },
  }),
  play: async (context) => {
    const card = await readyCard(context.canvasElement);
    await expect(card).toHaveTextContent(packOf(context).redaction.processing);
    await expect(within(card).queryByRole('button')).toBeNull();
  },
};

/** Waiting for the first read (the backend never answers here): `aria-busy`. */
export const Loading: Story = {
  args: { sessionId: 'vs_card_loading' },
  parameters: { simulation: { hangReads: true } },
  play: async (context) => {
    const card = within(context.canvasElement).getByRole('region');
    await expect(card).toHaveAttribute('data-state', 'loading');
    await expect(card).toHaveAttribute('aria-busy', 'true');
    await expect(card).toHaveTextContent(packOf(context).card.loading);
  },
};

/** The read failed (HTTP 500): an alert and a reload button. */
export const FetchError: Story = {
  args: { sessionId: 'vs_card_fetch_error' },
  parameters: { simulation: { failReads: true, readRetry: false } },
  play: async (context) => {
    const card = within(context.canvasElement).getByRole('region');
    const messages = packOf(context);
    await waitFor(() => expect(card).toHaveAttribute('data-state', 'error'), WAIT);
    const alert = within(card).getByRole('alert');
    await expect(alert).toHaveTextContent(messages.card.loadError);
    await expectReadsAsError(alert, alert);
    await userEvent.click(within(card).getByRole('button', { name: messages.card.reload }));
    await waitFor(() => expect(card).toHaveAttribute('data-state', 'error'), WAIT);
  },
};

/** A session you already hold (`session` prop): no request is made. */
export const FromSessionProp: Story = {
  args: { session: makeVerificationSession({ status: 'verified' }) },
  play: async ({ canvasElement, loaded }) => {
    const card = await readyCard(canvasElement);
    await expect(card).toHaveAttribute('data-phase', 'verified');
    const { backend } = loaded.simulation as { backend: { requests: { read: number } } };
    await expect(backend.requests.read).toBe(0);
  },
};

/**
 * A story where starting fails with `code`, the backend simulated as `simulation`. It starts as
 * it mounts (`startOnMount`: the person's click), so its docs preview shows the error too.
 */
function startFails(code: IdentityErrorCode, simulation: SimulationParameters): Story {
  return {
    parameters: { simulation },
    decorators: [startOnMount],
    play: async (context) => {
      const card = within(context.canvasElement).getByRole('region');
      const text = packOf(context).error[code];
      const alert = await within(card).findByRole('alert', {}, WAIT);
      await expect(alert).toHaveAttribute('data-code', code);
      await expect(alert).toHaveTextContent(text.message);
      await expect(alert).toHaveTextContent(text.action);
    },
  };
}

/** Starting failed (the backend is down): the flow's error shows as an alert in the card. */
export const StartFailed: Story = startFails('backend_http_error', { down: true });

/** Starting failed because the request never reached the server (offline). */
export const StartOffline: Story = startFails('network_error', { failCreate: 'offline' });

/** Starting failed because the server answered something that is not the contract's JSON. */
export const StartInvalidResponse: Story = startFails('invalid_response', {
  failCreate: 'not_json',
});

const STATES: [label: string, session: VerificationSession | null][] = [
  ['Start', null],
  ['Processing', makeVerificationSession({ status: 'processing' })],
  ['Verified', makeVerificationSession({ status: 'verified' })],
  [
    'Failed, can try again',
    makeVerificationSession({
      status: 'requires_input',
      last_error: { code: 'document_expired', reason: null },
    }),
  ],
  [
    'Failed, final',
    makeVerificationSession({
      status: 'requires_input',
      last_error: { code: 'under_supported_age', reason: null },
    }),
  ],
  ['Canceled', makeVerificationSession({ status: 'canceled' })],
];

/**
 * Every state side by side, labelled (from props: no request). Quiet by default: each status
 * is text with a small mark in its tone; no state is a box inside the card's box. The cards
 * of a row are as tall as its tallest.
 */
export const AllStates: Story = {
  parameters: { identity: { width: 'wide' } },
  render: (args) => (
    <GalleryGrid minColumn={300}>
      {STATES.map(([label, session]) => (
        <GalleryBlock key={label} state={label} fill>
          {/* Several cards on one page: each needs its own name (axe: landmark-unique). */}
          {session ? (
            <VerificationSessionCard {...args} session={session} aria-label={label} />
          ) : (
            <VerificationSessionCard {...args} aria-label={label} />
          )}
        </GalleryBlock>
      ))}
    </GalleryGrid>
  ),
  play: async ({ canvasElement }) => {
    const cards = [...canvasElement.querySelectorAll('[data-rsi="verification-session-card"]')];
    await expect(cards).toHaveLength(STATES.length);
    // Every state is told apart by its words, and by its tone mark where it has one.
    const looks = cards.map((card) => {
      const title = card.querySelector('[data-slot="status-title"]');
      const mark = title ? getComputedStyle(title, '::before') : null;
      return `${card.getAttribute('data-phase')}|${card.textContent}|${mark?.backgroundColor}`;
    });
    await expect(new Set(looks).size).toBe(STATES.length);
    for (const card of cards) {
      // No box in the card's box: nothing inside has a filled background or a border around
      // it; only an error has a rule along its start edge, so it reads as one.
      for (const part of card.querySelectorAll<HTMLElement>(
        '[data-rsi]:not([data-rsi="verify-identity-button"])',
      )) {
        const style = getComputedStyle(part);
        await expect(style.backgroundColor).toBe('rgba(0, 0, 0, 0)');
        await expect(style.borderTopWidth).toBe('0px');
        await expect(style.borderInlineEndWidth).toBe('0px');
        if (part.getAttribute('data-rsi') === 'verification-last-error') {
          const message = part.querySelector<HTMLElement>('[data-slot="last-error-message"]');
          await expectReadsAsError(part, message as HTMLElement);
        } else {
          await expect(style.borderInlineStartWidth).toBe('0px');
        }
      }
    }
  },
};

/**
 * A status title that wraps keeps its indent: the second line starts where the first line's
 * text does, after the dot, not under it (regression: German at 375 px).
 */
export const WrappedTitle: Story = {
  parameters: { identity: { locale: 'de' } },
  render: (args) => (
    <div style={{ maxWidth: 343 }}>
      <VerificationSessionCard
        {...args}
        session={makeVerificationSession({
          status: 'requires_input',
          last_error: { code: 'document_expired', reason: null },
        })}
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const title = canvasElement.querySelector<HTMLElement>('[data-slot="status-title"]');
    if (!title) throw new Error('no status title');
    await document.fonts.ready;
    const starts = lineStarts(title);
    await expect(starts.length).toBeGreaterThanOrEqual(2);
    const [first = 0, second = 0] = starts;
    await expect(Math.abs(second - first)).toBeLessThanOrEqual(1);
    // Both lines start after the dot, which hangs in the title's start padding.
    const dot = getComputedStyle(title, '::before');
    const titleStart = title.getBoundingClientRect().left;
    await expect(first).toBeGreaterThanOrEqual(titleStart + Number.parseFloat(dot.width));
  },
};
