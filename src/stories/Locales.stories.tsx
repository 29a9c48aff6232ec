import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Gallery } from './Gallery.js';
import { LOCALE_PACKS } from './locales.js';

/**
 * Every component in each shipped locale (`import fr from 'react-stripe-identity/locales/fr'`,
 * then `<IdentityProvider locale="fr" messages={fr}>`). The toolbar's locale switch does the
 * same for every other story.
 */
const meta = {
  title: 'Theming/Locales',
  component: Gallery,
  // Two columns on a desktop, centred, up to 1040 px (one column on a phone).
  parameters: { identity: { width: 'wide' } },
} satisfies Meta<typeof Gallery>;
export default meta;
type Story = StoryObj<typeof meta>;

function locale(code: string): Story {
  const pack = LOCALE_PACKS[code];
  if (!pack) throw new Error(`No locale pack ${code}`);
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
      await expect(canvas.getByRole('region')).toHaveAccessibleName(pack.card.label);
      await expect(canvasElement.querySelector('[lang]')).toHaveAttribute('lang', code);
    },
  };
}

export const English: Story = locale('en');
export const Spanish: Story = locale('es');
export const French: Story = locale('fr');
export const German: Story = locale('de');
export const Japanese: Story = locale('ja');
export const BrazilianPortuguese: Story = locale('pt-BR');
