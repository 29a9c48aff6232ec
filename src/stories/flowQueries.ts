import type { StoryContext } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { packOf } from './locales.js';

/** How long a flow step may take: the simulated processing lasts ~1.5 s, polls every 0.5–1 s. */
export const FLOW_WAIT = { timeout: 12_000 };

/** What the flow stories' play functions query: the card, the simulated modal, the phase. */
export function flowQueries(
  context: Pick<StoryContext, 'canvasElement' | 'globals' | 'parameters'>,
) {
  const canvas = within(context.canvasElement);
  const page = within(context.canvasElement.ownerDocument.body);
  const messages = packOf(context);
  // Queried afresh each time: the card may re-render its contents as it follows a session.
  const card = () => canvas.getByRole('region');
  const dialog = () =>
    page.findByRole('dialog', { name: 'Stripe Identity (simulated)' }, FLOW_WAIT);
  const phase = (value: string) =>
    waitFor(() => expect(card()).toHaveAttribute('data-phase', value), FLOW_WAIT);
  return { canvas, page, messages, card, dialog, phase };
}
