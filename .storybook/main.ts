import type { StorybookConfig } from '@storybook/react-vite';
import { demoBackendPlugin } from './demoBackendPlugin.js';

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../src/**/*.mdx', '../src/**/*.stories.@(ts|tsx)'],
  addons: [
    '@storybook/addon-docs',
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
    'msw-storybook-addon',
  ],
  staticDirs: ['../public'],
  // iframe.html opened on its own (a link to one story) asks for /favicon.ico otherwise: a 404
  // at the site root when the catalogue is served from a sub-path.
  previewHead: (head) => `${head}<link rel="icon" type="image/svg+xml" href="./favicon.svg" />`,
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's own onboarding (a "Get started" checklist in the sidebar, a guide with a
  // percentage in the menu) is about writing stories: noise beside a library's catalogue.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  viteFinal(viteConfig) {
    // Pre-bundle what the stories import, so Vite never re-optimises (and reloads) mid test run.
    viteConfig.optimizeDeps ??= {};
    viteConfig.optimizeDeps.include = [
      ...(viteConfig.optimizeDeps.include ?? []),
      '@tanstack/react-query',
      '@stripe/stripe-js/pure/index.mjs',
      'msw',
      'msw/browser',
      'react-dom',
    ];
    // The demo backend of the "Flows/Live backend" stories, over real HTTP.
    viteConfig.plugins = [...(viteConfig.plugins ?? []), demoBackendPlugin()];
    // Print what needs attention only: Vite's info lines (the chunk list, "optimizing
    // dependencies") bury warnings in a test run. The catalogue's chunks (Storybook's UI, axe)
    // are large by nature, and the timing report is about Storybook's own plugins.
    viteConfig.logLevel = 'warn';
    viteConfig.build = {
      ...viteConfig.build,
      chunkSizeWarningLimit: 1500,
      rolldownOptions: { ...viteConfig.build?.rolldownOptions, checks: { bundlerTimings: false } },
    };
    return viteConfig;
  },
};

export default config;
