import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { VerificationSessionCard } from '../components/VerificationSessionCard/VerificationSessionCard.js';
import type { IdentityLocale } from '../core/resolveLocale.js';
import { textDirection } from '../core/textDirection.js';
import { makeFailedVerificationSession } from '../testing/makeVerificationSession.js';
import { Gallery } from './Gallery.js';
import { LOCALE_PACKS } from './locales.js';

/**
 * Every component in each shipped locale (`import fr from 'react-stripe-identity/locales/fr'`,
 * then `<IdentityProvider locale="fr" messages={fr}>`). The toolbar's locale switch does the
 * same for every other story. The page declares its language (`lang`) but no direction: Arabic
 * and Hebrew components set `dir="rtl"` on their own roots, and mirror.
 */
const meta = {
  title: 'Theming/Locales',
  component: Gallery,
  // Two columns on a desktop, centred, up to 1040 px (one column on a phone).
  parameters: { identity: { width: 'wide' } },
} satisfies Meta<typeof Gallery>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The box of an element's own text (a Range over its text nodes), as laid out. */
function textBox(element: Element): DOMRect {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

/** Where each character of `node`'s text is laid out. */
function characterBoxes(node: Text): DOMRect[] {
  const range = node.ownerDocument.createRange();
  return [...(node.textContent ?? '')].map((_, index) => {
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    return range.getBoundingClientRect();
  });
}

/**
 * The card is laid out in its reading direction: it computes `direction: rtl` (or `ltr`) with
 * no `dir` from the page, the status dot sits before the title on the reading side, and the
 * button starts on that side too.
 */
async function expectCardDirection(card: HTMLElement, rtl: boolean): Promise<void> {
  await expect(card.ownerDocument.documentElement).not.toHaveAttribute('dir');
  await expect(getComputedStyle(card).direction).toBe(rtl ? 'rtl' : 'ltr');
  const title = card.querySelector('[data-slot="status-title"]') as HTMLElement;
  const line = title.getBoundingClientRect();
  // The first character (a long title may wrap: the next lines start under the dot).
  const first = characterBoxes(title.firstChild as Text)[0] as DOMRect;
  // The dot (0.5em) and its gap (0.5em) before the text: on the right in RTL, the left in LTR.
  const before = rtl ? line.right - first.right : first.left - line.left;
  await expect(before).toBeGreaterThan(8);
  await expect(before).toBeLessThan(24);
  const button = within(card).getByRole('button').getBoundingClientRect();
  const box = card.getBoundingClientRect();
  const start = rtl ? box.right - button.right : button.left - box.left;
  const end = rtl ? button.left - box.left : box.right - button.right;
  await expect(start).toBeLessThan(end);
}

function locale(code: IdentityLocale): Story {
  const pack = LOCALE_PACKS[code];
  return {
    name: code,
    parameters: { identity: { locale: code } },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      await expect(canvas.getAllByRole('button')[0]).toHaveAccessibleName(pack.button.idle);
      await expect(canvas.getAllByRole('status')[0]).toHaveTextContent(pack.phase.processing.title);
      await expect(canvas.getAllByRole('alert')[0]).toHaveTextContent(
        pack.lastError.selfie_face_mismatch.message,
      );
      const card = canvas.getByRole('region');
      await expect(card).toHaveAccessibleName(pack.card.label);
      await expect(canvasElement.querySelector('[lang]')).toHaveAttribute('lang', code);
      await expectCardDirection(card, textDirection(code) === 'rtl');
    },
  };
}

export const English: Story = locale('en');
export const Spanish: Story = locale('es');
export const French: Story = locale('fr');
export const German: Story = locale('de');
export const Italian: Story = locale('it');
export const Dutch: Story = locale('nl');
export const Polish: Story = locale('pl');
export const BrazilianPortuguese: Story = locale('pt-BR');
export const Swedish: Story = locale('sv');
export const Turkish: Story = locale('tr');
export const Japanese: Story = locale('ja');
export const Korean: Story = locale('ko');
export const SimplifiedChinese: Story = locale('zh-Hans');
export const Arabic: Story = locale('ar');
export const Hebrew: Story = locale('he');

/** A reason Stripe sent in English for a code this library does not know, quoting a session. */
const REASON = 'Session vs_1PqR2sT3uV was already used (2 attempts).';

/**
 * Mixed directions in a right-to-left card: Stripe's English reason, with a session id, a
 * number and brackets in it, sits isolated (`<bdi>`) in the Hebrew card and reads in its own
 * order, full stop last; without isolation the bracket and the full stop would jump to the far
 * left.
 */
export const RightToLeftMixedContent: Story = {
  parameters: { identity: { locale: 'he', width: 'column' } },
  render: () => (
    <VerificationSessionCard
      session={makeFailedVerificationSession('session_reused', {
        id: 'vs_1PqR2sT3uV',
        reason: REASON,
      })}
    />
  ),
  play: async ({ canvasElement }) => {
    const card = within(canvasElement).getByRole('region');
    await expect(getComputedStyle(card).direction).toBe('rtl');
    const message = card.querySelector('[data-slot="last-error-message"]') as HTMLElement;
    await expect(message).toHaveTextContent(REASON);
    const reason = message.ownerDocument
      .createTreeWalker(message, NodeFilter.SHOW_TEXT)
      .nextNode() as Text;
    await expect(reason.textContent).toBe(REASON);
    const boxes = characterBoxes(reason);
    // On each line, every character right of the one before it: Stripe's text reads left to
    // right, whole (a narrow card may wrap it; the id and "attempts)." never break).
    const outOfOrder = boxes.filter((box, i) => {
      const previous = boxes[i - 1];
      return previous && Math.abs(box.top - previous.top) < 2 && box.left <= previous.left;
    });
    await expect(outOfOrder).toEqual([]);
    const isolated = reason.parentElement as HTMLElement;
    await expect(isolated.tagName).toBe('BDI');
    await expect(getComputedStyle(isolated).direction).toBe('ltr');
    // And the line sits on the card's reading side (the right).
    const box = message.getBoundingClientRect();
    await expect(box.right - textBox(isolated).right).toBeLessThan(2);
  },
};
