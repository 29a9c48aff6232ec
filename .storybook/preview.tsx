import type { Decorator, Loader, Preview } from '@storybook/react-vite';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { StrictMode } from 'react';
import type { IdentityAppearance, IdentityTheme } from '../src/core/appearance.js';
import { IdentityProvider } from '../src/react/IdentityProvider.js';
import { MdxCode, MdxPre } from '../src/stories/docs/CodeBlock.js';
import { LOCALE_PACKS, packOf } from '../src/stories/locales.js';
import { StoryFrame, type StoryWidth } from '../src/stories/StoryFrame.js';
import {
  createStorySimulation,
  type SimulationParameters,
  type StorySimulation,
  simulationRouter,
} from '../src/stories/simulation.js';
import '../src/styles.css';

/** `parameters.identity` of a story: how the global decorator wraps it. */
export interface IdentityStoryParameters {
  /** `false`: the story renders its own provider (or none). Default `true`. */
  provider?: boolean;
  /** A fixed theme or appearance, ignoring the toolbar (theme stories). */
  appearance?: IdentityAppearance;
  /** A fixed locale, ignoring the toolbar (locale stories). */
  locale?: string;
  /** Render inside a shadow root the stylesheet cannot reach: what a host without styles.css sees. */
  unstyled?: boolean;
  /** The page has `data-theme="dark"` (the host's dark mode) and the provider no theme. */
  darkMode?: boolean;
  /** How wide the story may grow (StoryFrame): `column` (default), `centered`, `wide`, `page`. */
  width?: StoryWidth;
}

/**
 * The service worker's URL, next to iframe.html: the static build uses a relative base (`./`),
 * so a catalogue served from a sub-path (`https://host/docs/storybook/`) finds its worker
 * instead of asking the site root for `/mockServiceWorker.js` (a 404, and a blank "Try it").
 */
const base = (import.meta as ImportMeta & { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';
const workerUrl = new URL(`${base}mockServiceWorker.js`, document.baseURI).href;

// Started when the preview loads, not on the first story's loader: by the time the docs page
// renders its first story, the worker is (nearly always) ready, so the embed appears with the page.
// The router is an initial handler: it survives the addon's reset between stories.
const worker = setupWorker(simulationRouter);
const workerStarted = worker
  .start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: workerUrl } })
  .then(() => worker);
// The loader below reports a failure; this only keeps it from also being an unhandled rejection.
workerStarted.catch(() => undefined);
const msw = mswLoader(() => workerStarted);

/** Starts msw, then gives the story its own simulated backend and Stripe (`loaded.simulation`). */
const simulationLoader: Loader = async (context) => {
  await msw(context);
  const parameters = (context.parameters.simulation ?? {}) as SimulationParameters;
  return { simulation: createStorySimulation(context.id, parameters, context.viewMode) };
};

/** Wraps every story in an IdentityProvider fed by the toolbar's theme and locale. */
const withIdentity: Decorator = (Story, context) => {
  const options = (context.parameters.identity ?? {}) as IdentityStoryParameters;
  const theme = (context.globals.theme ?? 'stripe') as IdentityTheme;
  const appearance = options.appearance ?? (options.darkMode ? {} : { theme });
  const locale = options.locale ?? (context.globals.locale as string | undefined) ?? 'en';
  const story = (
    <StoryFrame
      appearance={appearance}
      unstyled={options.unstyled ?? false}
      locale={locale}
      fill={context.viewMode === 'story'}
      darkMode={options.darkMode ?? false}
      width={options.width ?? 'column'}
    >
      <Story />
    </StoryFrame>
  );
  // Under StrictMode, as in a host's development build.
  if (options.provider === false) return <StrictMode>{story}</StrictMode>;
  const simulation = context.loaded.simulation as StorySimulation;
  return (
    <StrictMode>
      <IdentityProvider
        stripe={simulation.stripe}
        backend={{ baseUrl: simulation.baseUrl }}
        queryClient={simulation.queryClient}
        locale={locale}
        messages={packOf(context)}
        appearance={appearance}
      >
        {story}
      </IdentityProvider>
    </StrictMode>
  );
};

const preview: Preview = {
  loaders: [simulationLoader],
  // The simulated modal lives outside the story's root: close it when the story goes away.
  beforeEach: (context) => () =>
    (context.loaded.simulation as StorySimulation | undefined)?.simulatedStripe.destroy(),
  decorators: [withIdentity],
  globalTypes: {
    theme: {
      description: 'Theme of the components (appearance.theme)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'stripe', title: 'stripe' },
          { value: 'night', title: 'night' },
          { value: 'flat', title: 'flat' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Message pack and locale of the components',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        // Each with its own name for itself: "he · עברית".
        items: Object.keys(LOCALE_PACKS).map((code) => ({
          value: code,
          title: code,
          right: new Intl.DisplayNames([code], { type: 'language' }).of(code),
        })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'stripe', locale: 'en' },
  parameters: {
    // Accessibility violations (colour contrast included) fail the story's test.
    a11y: { test: 'error' },
    controls: { expanded: true },
    // Code blocks drawn with the page, not by a highlighter loaded ~2 s later.
    docs: { components: { code: MdxCode, pre: MdxPre } },
    layout: 'fullscreen',
    options: {
      storySort: {
        order: ['Introduction', 'Theming', 'Error codes', 'Testing', 'Flows', 'Components', '*'],
      },
    },
  },
};

export default preview;
