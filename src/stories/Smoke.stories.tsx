import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { createHttpBackend } from '../core/createHttpBackend.js';
import type { StorySimulation } from './simulation.js';

function Probe(props: { baseUrl: string }) {
  const [text, setText] = useState('waiting');
  useEffect(() => {
    const backend = createHttpBackend({ baseUrl: props.baseUrl });
    backend
      .createSession(undefined)
      .then((created) => backend.getSession(created.id))
      .then((session) => setText(`status ${session.status}`))
      .catch((error: unknown) => setText(String(error)));
  }, [props.baseUrl]);
  return <p>{text}</p>;
}

const meta = {
  title: 'Smoke',
  component: Probe,
  args: { baseUrl: '' },
  render: (_args, { loaded }) => <Probe baseUrl={(loaded.simulation as StorySimulation).baseUrl} />,
} satisfies Meta<typeof Probe>;
export default meta;

export const Renders: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    await waitFor(
      () => expect(within(canvasElement).getByText('status requires_input')).toBeVisible(),
      { timeout: 5000 },
    );
  },
};
