import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

function Hello() {
  return <p>Hello from Chromium</p>;
}

const meta = { title: 'Smoke', component: Hello } satisfies Meta<typeof Hello>;
export default meta;

export const Renders: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Hello from Chromium')).toBeVisible();
  },
};
