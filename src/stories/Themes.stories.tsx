import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Gallery } from './Gallery.js';
import { unstyledRoot } from './StoryFrame.js';

/**
 * Every component in each built-in theme, a custom `appearance`, dark mode by attribute, and
 * with no stylesheet at all. The toolbar's theme switch is ignored here: each story fixes its
 * own. Axe checks colour contrast in every one.
 */
const meta = {
  title: 'Theming/Themes',
  component: Gallery,
  // Two columns on a desktop, centred, up to 1040 px (one column on a phone).
  parameters: { identity: { width: 'wide' } },
} satisfies Meta<typeof Gallery>;
export default meta;
type Story = StoryObj<typeof meta>;

function rootsHaveTheme(theme: string): Story['play'] {
  return async ({ canvasElement }) => {
    const roots = canvasElement.querySelectorAll('[data-rsi]');
    await expect(roots.length).toBeGreaterThan(0);
    for (const root of roots) {
      if (root.parentElement?.closest('[data-rsi]')) continue; // parts of the card
      await expect(root).toHaveAttribute('data-rsi-theme', theme);
    }
  };
}

/** `appearance={{ theme: 'stripe' }}` — the default. */
export const Stripe: Story = {
  parameters: { identity: { appearance: { theme: 'stripe' } } },
  play: async (context) => {
    await rootsHaveTheme('stripe')?.(context);
    const first = context.canvasElement.querySelector('[data-rsi="verify-identity-button"]');
    await expect(getComputedStyle(first as Element).backgroundColor).toBe('rgb(99, 91, 255)');
  },
};

/** `appearance={{ theme: 'night' }}` — dark surfaces, light text. */
export const Night: Story = {
  parameters: { identity: { appearance: { theme: 'night' } } },
  play: rootsHaveTheme('night'),
};

/** `appearance={{ theme: 'flat' }}` — no borders or shadows. */
export const Flat: Story = {
  parameters: { identity: { appearance: { theme: 'flat' } } },
  play: rootsHaveTheme('flat'),
};

/** Your brand: the `variables` you give Stripe Elements, reused. */
export const CustomAppearance: Story = {
  parameters: {
    identity: {
      appearance: {
        theme: 'stripe',
        variables: {
          colorPrimary: '#0a6640',
          colorBackground: '#fffdf7',
          colorText: '#2b2118',
          colorDanger: '#a3122a',
          colorWarning: '#8a4b00',
          colorSuccess: '#0a6640',
          colorInfo: '#1f4fbf',
          fontFamily: 'Georgia, "Times New Roman", serif',
          fontSizeBase: '17px',
          borderRadius: '14px',
          spacingUnit: '5px',
          focusOutline: '3px solid #0a6640',
        },
      },
    },
  },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('[data-rsi="verify-identity-button"]');
    const style = getComputedStyle(element as Element);
    await expect(style.backgroundColor).toBe('rgb(10, 102, 64)');
    await expect(style.borderTopLeftRadius).toBe('14px');
    // Regression: the standalone button took the page's font (`font: inherit`), not the theme's.
    await expect(style.fontFamily).toContain('Georgia');
    await expect(style.fontSize).toBe('17px');
    const card = canvasElement.querySelector('[data-rsi="verification-session-card"]');
    await expect(getComputedStyle(card as Element).fontFamily).toContain('Georgia');
    await expect(getComputedStyle(card as Element).backgroundColor).toBe('rgb(255, 253, 247)');
  },
};

/** No `theme`: `data-theme="dark"` on an ancestor (your app's dark mode) switches to the night palette. */
export const DarkModeAttribute: Story = {
  parameters: { identity: { darkMode: true } },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('[data-rsi="verify-identity-button"]');
    await expect(element).not.toHaveAttribute('data-rsi-theme');
    // The night palette's primary, #9d98ff.
    await expect(getComputedStyle(element as Element).backgroundColor).toBe('rgb(157, 152, 255)');
  },
};

/**
 * No stylesheet: rendered in a shadow root that `styles.css` cannot reach, which is what a host
 * that never imports `react-stripe-identity/styles.css` gets. Still readable and accessible:
 * plain HTML with the browser's defaults, state on `data-*` attributes for your own CSS.
 * (Any story can render this way with `parameters: { identity: { unstyled: true } }`.)
 */
export const Unstyled: Story = {
  parameters: { identity: { unstyled: true } },
  play: async ({ canvasElement }) => {
    const root = unstyledRoot(canvasElement);
    const element = within(root).getAllByRole('button')[0] as HTMLElement;
    await expect(element).toHaveAttribute('data-rsi', 'verify-identity-button');
    await expect(getComputedStyle(element).backgroundColor).not.toBe('rgb(99, 91, 255)');
    await expect(within(root).getAllByRole('status').length).toBeGreaterThan(0);
  },
};
