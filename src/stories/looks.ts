/**
 * What the stories' play functions check of how a part looks, in the browser's computed styles:
 * errors that read as errors, a button that looks unavailable, a title that keeps its indent.
 */
import { expect } from 'storybook/test';

/** `rgb(…)`/`rgba(…)` as computed → [r, g, b]. */
function channels(color: string): [number, number, number] {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b];
}

/** WCAG 2.x contrast ratio of two computed colours. */
export function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = channels(color).map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * An error inside the card reads as one (regression: only a small dot marked it, its text had
 * body weight and colour): its message bold, in a colour of its own (not the body text's), that
 * keeps 4.5:1 on the card, and a rule of that colour along the block's start edge.
 */
export async function expectReadsAsError(block: HTMLElement, message: HTMLElement) {
  const card = block.closest<HTMLElement>('[data-rsi="verification-session-card"]');
  if (!card) throw new Error('expectReadsAsError: the block is not inside a card');
  const text = getComputedStyle(message);
  const rule = getComputedStyle(block);
  const cardStyle = getComputedStyle(card);
  await expect(Number(text.fontWeight)).toBeGreaterThanOrEqual(600);
  await expect(text.color).not.toBe(cardStyle.color);
  await expect(contrast(text.color, cardStyle.backgroundColor)).toBeGreaterThanOrEqual(4.5);
  await expect(Number.parseFloat(rule.borderInlineStartWidth)).toBeGreaterThanOrEqual(2);
  await expect(rule.borderInlineStartColor).toBe(text.color);
}

/**
 * The button looks different from the same button enabled (regression: disabled and busy
 * looked exactly like it): compared with a copy of it without `disabled`, `aria-disabled` and
 * `aria-busy`, put beside it for the comparison.
 */
export async function expectLooksUnavailable(button: HTMLElement) {
  const enabled = button.cloneNode(true) as HTMLElement;
  for (const name of ['disabled', 'aria-disabled', 'aria-busy']) enabled.removeAttribute(name);
  button.after(enabled);
  try {
    const look = (element: HTMLElement) => {
      const { backgroundColor, color, boxShadow } = getComputedStyle(element);
      return { backgroundColor, color, boxShadow };
    };
    await expect(look(button)).not.toEqual(look(enabled));
    await expect(getComputedStyle(button).backgroundColor).not.toBe(
      getComputedStyle(enabled).backgroundColor,
    );
  } finally {
    enabled.remove();
  }
}

/**
 * The start edges of a text's line boxes, in order (left in left-to-right text): where each line
 * of a wrapped title begins.
 */
export function lineStarts(element: HTMLElement): number[] {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  const lines = new Map<number, number>();
  for (const rect of range.getClientRects()) {
    if (rect.width === 0) continue;
    const top = Math.round(rect.top);
    lines.set(top, Math.min(lines.get(top) ?? Number.POSITIVE_INFINITY, rect.left));
  }
  return [...lines.entries()].sort(([a], [b]) => a - b).map(([, left]) => left);
}
