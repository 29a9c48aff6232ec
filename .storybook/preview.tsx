import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import '../src/styles.css';

const preview: Preview = {
  loaders: [mswLoader()],
  parameters: {
    // Accessibility violations (colour contrast included) fail the story's test.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
