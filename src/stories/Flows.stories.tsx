import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { VerificationSessionCard } from '../components/VerificationSessionCard/VerificationSessionCard.js';
import { FLOW_WAIT, flowQueries } from './flowQueries.js';
import { expectReadsAsError } from './looks.js';
import type { StorySimulation } from './simulation.js';

/**
 * The whole modal flow, end to end, with nothing mocked inside the library: the card's button
 * `fetch`es a session from the simulated backend (msw), opens the simulated Stripe modal, and
 * the card polls the session through `processing` to Stripe's verdict (~1.5 s here).
 *
 * Click through them yourself, or read the play functions: they are the browser tests.
 */
const meta = {
  title: 'Flows/Modal',
  component: VerificationSessionCard,
  // Poll every 0.5–1 s (default: 1 s doubling to 15 s) so the verdict shows soon after the
  // simulated 1.5 s of processing, and each flow test stays well within its time limit.
  args: { polling: { initialIntervalMs: 500, maxIntervalMs: 1000 } },
  parameters: { a11y: { context: 'body' } },
} satisfies Meta<typeof VerificationSessionCard>;
export default meta;
type Story = StoryObj<typeof meta>;

const WAIT = FLOW_WAIT;

function setup(context: Parameters<NonNullable<Story['play']>>[0]) {
  return { ...flowQueries(context), simulation: context.loaded.simulation as StorySimulation };
}

/**
 * Yours to click: start, choose an outcome in the simulated modal, watch the card follow the
 * session. (The stories below play themselves: they are the tests.)
 */
export const TryIt: Story = {
  // The embed on the Introduction keeps its height from the first frame: nothing jumps when the
  // card renders, nor when it grows by a line while it follows the session.
  parameters: { docs: { story: { height: '260px' } } },
};

/** Start → submit in the modal → processing → verified. The secret never reaches the DOM. */
export const HappyPath: Story = {
  play: async (context) => {
    const { card, dialog, phase, messages, simulation } = setup(context);
    await userEvent.click(within(card()).getByRole('button', { name: messages.button.idle }));
    const modal = await dialog();
    await expect(context.canvasElement.ownerDocument.body.innerHTML).not.toContain('_secret_');
    await userEvent.click(within(modal).getByRole('button', { name: 'Submit and verify' }));
    await phase('processing');
    await expect(within(card()).getByRole('status')).toHaveTextContent(
      messages.phase.processing.title,
    );
    await phase('verified');
    const status = within(card()).getByRole('status');
    await expect(status).toHaveTextContent(messages.phase.verified.title);
    // The button went away with focus on it: focus is on the status, with no ring around the
    // card (regression: a purple ring around the whole card after the verdict).
    await expect(status).toHaveFocus();
    await expect(getComputedStyle(status).outlineStyle).toBe('none');
    await expect(getComputedStyle(card()).outlineStyle).toBe('none');
    await expect(simulation.backend.ids()).toHaveLength(1);
    await expect(context.canvasElement.ownerDocument.body.innerHTML).not.toContain('_secret_');
    // The provider identified the library to Stripe.js.
    await expect(simulation.simulatedStripe.calls.registerAppInfo[0]?.name).toBe(
      'react-stripe-identity',
    );
  },
};

/** What a play function saw of the card while a flow ran (see {@link watchCard}). */
interface CardWatch {
  /** Every `data-state` the card took. */
  states: Set<string>;
  /** Whether "Loading your verification…" was ever shown. */
  loading: boolean;
  /** The card's height at each change, by phase. */
  heights: [phase: string, height: number][];
  /** Where focus was, each time it changed once the modal had closed: a `data-rsi` or `body`. */
  focus: string[];
  stop(): void;
}

/**
 * Watches the card at every DOM change and focus move: its state, its height, and where focus is
 * once the simulated modal has closed (sampled at each mutation too, so a moment on <body>
 * between two renders is seen).
 */
function watchCard(card: HTMLElement): CardWatch {
  const doc = card.ownerDocument;
  const watch: CardWatch = {
    states: new Set(),
    loading: false,
    heights: [],
    focus: [],
    stop: () => {},
  };
  const name = (element: Element | null) =>
    element === null || element === doc.body
      ? 'body'
      : (element.closest('[data-rsi]')?.getAttribute('data-rsi') ?? element.tagName);
  // Where focus is going: a focusout names it (`relatedTarget`; none: <body>), since during the
  // event itself `activeElement` is already <body>.
  const record = (event?: Event) => {
    watch.states.add(card.getAttribute('data-state') ?? '');
    if (card.querySelector('[data-slot="card-loading"]')) watch.loading = true;
    watch.heights.push([card.getAttribute('data-phase') ?? '', card.offsetHeight]);
    if (doc.querySelector('[role="dialog"]')) return; // the modal's own focus is Stripe's
    const target =
      event?.type === 'focusout'
        ? ((event as FocusEvent).relatedTarget as Element | null)
        : doc.activeElement;
    const active = name(target);
    if (watch.focus.at(-1) !== active) watch.focus.push(active);
  };
  const observer = new MutationObserver(() => record());
  observer.observe(doc.body, { subtree: true, childList: true, attributes: true });
  doc.addEventListener('focusin', record, true);
  doc.addEventListener('focusout', record, true);
  watch.stop = () => {
    observer.disconnect();
    doc.removeEventListener('focusin', record, true);
    doc.removeEventListener('focusout', record, true);
  };
  return watch;
}

/**
 * Submit → the card goes straight from "not started" to `processing` to the verdict: no loading
 * state in between, no height change within a state, and focus moves once, from the button
 * straight to the status, never to <body> (regression: "Loading your verification…" flashed
 * with a height jump after the submit, and focus fell to <body> before reaching the status).
 */
export const SubmitWithoutFlash: Story = {
  play: async (context) => {
    const { card, dialog, phase, messages } = setup(context);
    const section = card();
    const button = within(section).getByRole('button', { name: messages.button.idle });
    await userEvent.click(button);
    const modal = await dialog();
    const watch = watchCard(section);
    try {
      await userEvent.click(within(modal).getByRole('button', { name: 'Submit and verify' }));
      await phase('processing');
      await phase('verified');
    } finally {
      watch.stop();
    }
    await expect(card()).toBe(section);
    await expect(watch.loading).toBe(false);
    await expect([...watch.states]).toEqual(['ready']);
    const phases = watch.heights.map(([name]) => name).filter((p, i, all) => p !== all[i - 1]);
    await expect(phases).toEqual(['not_started', 'processing', 'verified']);
    for (const name of phases) {
      const heights = new Set(watch.heights.filter(([p]) => p === name).map(([, h]) => h));
      await expect([name, heights.size]).toEqual([name, 1]);
    }
    // The modal gave focus back to the button; the card then moved it once, to the status.
    await expect(watch.focus).toEqual(['verify-identity-button', 'verification-status']);
    await expect(within(section).getByRole('status')).toHaveFocus();
  },
};

/** Start → Escape closes the modal → focus is back on the button, which says "Start again". */
export const Cancel: Story = {
  play: async (context) => {
    const { card, dialog, messages } = setup(context);
    const button = within(card()).getByRole('button', { name: messages.button.idle });
    await userEvent.click(button);
    await dialog();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'canceled'), WAIT);
    await expect(button).toHaveFocus();
    // Not the idle label, as if nothing happened: what to do next, and what happened.
    await expect(button).toHaveAccessibleName(messages.button.canceled);
    await expect(button).toHaveAccessibleDescription(messages.error.canceled.message);
    await expect(card()).toHaveAttribute('data-phase', 'not_started');
  },
};

/** Submit with a failure → the error and its next step → "Try again" reuses the same session. */
export const FailureThenRetry: Story = {
  play: async (context) => {
    const { card, dialog, phase, messages, simulation } = setup(context);
    await userEvent.click(within(card()).getByRole('button', { name: messages.button.idle }));
    let modal = await dialog();
    await userEvent.selectOptions(within(modal).getByRole('combobox'), 'document_expired');
    await userEvent.click(within(modal).getByRole('button', { name: 'Submit and fail' }));
    await phase('processing');
    await phase('action_required');
    await expect(within(card()).getByRole('alert')).toHaveTextContent(
      messages.lastError.document_expired.message,
    );

    await userEvent.click(within(card()).getByRole('button', { name: messages.button.retry }));
    modal = await dialog();
    await userEvent.click(within(modal).getByRole('button', { name: 'Submit and verify' }));
    await phase('verified');

    const calls = simulation.simulatedStripe.calls.verifyIdentity;
    await expect(calls).toHaveLength(2);
    await expect(calls[1]?.sessionId).toBe(calls[0]?.sessionId);
    await expect(simulation.backend.ids()).toEqual([calls[0]?.sessionId]);
  },
};

/** Decline consent in the modal: the card says so, with what to do next. */
export const ConsentDeclined: Story = {
  play: async (context) => {
    const { card, dialog, messages, simulation } = setup(context);
    await userEvent.click(within(card()).getByRole('button', { name: messages.button.idle }));
    const modal = await dialog();
    await userEvent.click(within(modal).getByRole('button', { name: 'Decline consent' }));
    const alert = await within(card()).findByRole('alert', {}, WAIT);
    await expect(alert).toHaveTextContent(messages.lastError.consent_declined.message);
    await expect(alert).toHaveTextContent(messages.lastError.consent_declined.action);
    const [id] = simulation.backend.ids();
    await expect(simulation.backend.get(id ?? '')?.last_error?.code).toBe('consent_declined');
  },
};

/** The host's backend answers HTTP 500: an alert says so, the button offers to try again. */
export const BackendDown: Story = {
  parameters: { simulation: { down: true } },
  play: async (context) => {
    const { card, page, messages } = setup(context);
    await userEvent.click(within(card()).getByRole('button', { name: messages.button.idle }));
    const alert = await within(card()).findByRole('alert', {}, WAIT);
    await expect(alert).toHaveTextContent(messages.error.backend_http_error.message);
    await expectReadsAsError(
      alert,
      alert.querySelector('[data-slot="card-flow-error-message"]') as HTMLElement,
    );
    await expect(within(card()).getByRole('button')).toHaveAccessibleName(messages.button.error);
    await expect(page.queryByRole('dialog')).toBeNull();
  },
};

/** Stripe.js is blocked (ad blocker, CSP): an alert explains what to do; no modal opens. */
export const StripeBlocked: Story = {
  parameters: { simulation: { stripe: 'blocked' } },
  play: async (context) => {
    const { card, page, messages } = setup(context);
    await userEvent.click(within(card()).getByRole('button', { name: messages.button.idle }));
    const alert = await within(card()).findByRole('alert', {}, WAIT);
    await expect(alert).toHaveTextContent(messages.error.stripe_load_failed.message);
    await expect(alert).toHaveTextContent(messages.error.stripe_load_failed.action);
    await expect(page.queryByRole('dialog')).toBeNull();
  },
};

/**
 * The simulated modal reads like Stripe's: the card's font, one primary action and the rest
 * secondary, reasons in plain words that fit their select (regression: another font, a cut
 * "…was starte", "(last_error.code)" shown to users, four equal full-width buttons).
 */
export const SimulatedModal: Story = {
  play: async (context) => {
    const { card, dialog, messages } = setup(context);
    const cardFont = getComputedStyle(card()).fontFamily;
    await userEvent.click(within(card()).getByRole('button', { name: messages.button.idle }));
    const modal = await dialog();
    await expect(getComputedStyle(modal).fontFamily).toBe(cardFont);
    const buttons = within(modal).getAllByRole('button');
    const filled = buttons.filter(
      (button) => getComputedStyle(button).backgroundColor === 'rgb(99, 91, 255)',
    );
    await expect(filled.map((button) => button.textContent)).toEqual(['Submit and verify']);
    await expect(buttons.map((button) => button.textContent)).toEqual([
      'Submit and verify',
      'Submit and fail',
      'Decline consent',
      'Close',
    ]);
    await expect(modal.textContent).not.toMatch(/last_error|\.code\b|\(.*code\)/);
    // Every reason fits the select's box in its own font (a select cannot wrap its text).
    const select = within(modal).getByRole('combobox') as HTMLSelectElement;
    const style = getComputedStyle(select);
    const room =
      select.clientWidth -
      Number.parseFloat(style.paddingLeft) -
      Number.parseFloat(style.paddingRight) -
      24; // the arrow
    const ruler = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    ruler.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    for (const option of select.options) {
      await expect(ruler.measureText(option.text).width, option.text).toBeLessThanOrEqual(room);
    }
    await userEvent.keyboard('{Escape}');
  },
};
