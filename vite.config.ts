import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import MagicString from 'magic-string';
import { defineConfig, type Plugin } from 'vite';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

const root = import.meta.dirname;
const src = path.join(root, 'src');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
  peerDependencies: Record<string, string>;
};

/** One entry per public subpath; every locale pack is an entry of its own. */
const entries: Record<string, string> = {
  index: path.join(src, 'index.ts'),
  'core/index': path.join(src, 'core/index.ts'),
  'testing/index': path.join(src, 'testing/index.ts'),
  'server/index': path.join(src, 'server/index.ts'),
  'simulator/index': path.join(src, 'simulator/index.ts'),
  'simulator/bin': path.join(src, 'simulator/bin.ts'),
};
for (const file of readdirSync(path.join(src, 'locales'))) {
  if (file.endsWith('.ts') && !file.endsWith('.d.ts')) {
    entries[`locales/${file.slice(0, -3)}`] = path.join(src, 'locales', file);
  }
}

const peers = Object.keys(pkg.peerDependencies);
const isExternal = (id: string) =>
  id.startsWith('node:') || peers.some((p) => id === p || id.startsWith(`${p}/`));

/** Ships `src/styles.css` as `dist/styles.css`, untouched: no CSS-in-JS, no injection. */
function copyStyles(): Plugin {
  return {
    name: 'rsi-copy-styles',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'styles.css',
        source: readFileSync(path.join(src, 'styles.css'), 'utf8'),
      });
    },
  };
}

/** Developer-only code as the source writes it (one form only; a test keeps it that way). */
const DEVELOPMENT_CHECK = /process\.env\.NODE_ENV !== (['"])production\1/g;
const devModule = path.join(src, 'core/dev.ts');

/**
 * Developer-only code is written `if (process.env.NODE_ENV !== 'production') …`, as React and
 * TanStack write it: a host's bundler replaces `process.env.NODE_ENV`, and a production build
 * drops the branch and its text. A browser that loads the package with no bundler has no
 * `process` global, so the built modules guard that read: each check becomes
 * `(isDev() && process.env.NODE_ENV !== 'production')`, where `isDev()` (marked pure, so a
 * production build drops the call too) answers `false` instead of throwing when `process` is
 * missing, and reads the replaced `process.env.NODE_ENV` itself in a bundled development build.
 */
function guardDevelopmentChecks(): Plugin {
  return {
    name: 'rsi-guard-development-checks',
    apply: 'build',
    transform(code, id) {
      if (!id.startsWith(src) || id === devModule || !code.includes('process.env.NODE_ENV'))
        return null;
      const out = new MagicString(code);
      for (const match of code.matchAll(DEVELOPMENT_CHECK)) {
        out.overwrite(
          match.index,
          match.index + match[0].length,
          `(/* @__PURE__ */ __rsiIsDev() && ${match[0]})`,
        );
      }
      // Imports are hoisted: appended, it leaves a leading 'use client' directive first.
      out.append(`\nimport { isDev as __rsiIsDev } from ${JSON.stringify(devModule)};\n`);
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}

/** A module of the React 18.3 install in test/react18 (see the `react18` test project). */
const react18 = (id: string) => path.join(root, 'test/react18/node_modules', id);

const chromium = { launchOptions: chromiumLaunchOptions };

export default defineConfig({
  plugins: [react(), copyStyles(), guardDevelopmentChecks()],
  define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    copyPublicDir: false,
    minify: false,
    sourcemap: false,
    target: 'es2022',
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external: isExternal,
      output: {
        // One output module per source module: tree-shaking works and `'use client'` survives.
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        // Keep `const`: a host's esbuild inlines a top-level `const DEV = false` (and drops
        // `if (DEV) …` with its text) but never a `var`.
        topLevelVar: false,
      },
    },
  },
  test: {
    // Generous: two cores run four projects at once in CI. Time is measured in benchmarks, not here.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          env: { EXPECTED_REACT_MAJOR: '19' },
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/dist/**'],
          setupFiles: ['test/setup.ts'],
          restoreMocks: true,
        },
      },
      {
        // The same React tests again on React 18.3, the lowest React the peer range allows.
        // test/react18 holds its own install (`npm ci --prefix test/react18`).
        extends: true,
        resolve: {
          alias: [
            { find: /^react$/, replacement: react18('react') },
            { find: /^react\/(.*)$/, replacement: react18('react/$1') },
            { find: /^react-dom$/, replacement: react18('react-dom') },
            { find: /^react-dom\/(.*)$/, replacement: react18('react-dom/$1') },
            // Its ESM build, so that its own `react-dom` imports go through the aliases above.
            {
              find: /^@testing-library\/react$/,
              replacement: path.join(
                root,
                'node_modules/@testing-library/react/dist/@testing-library/react.esm.js',
              ),
            },
          ],
        },
        test: {
          name: 'react18',
          environment: 'jsdom',
          env: { EXPECTED_REACT_MAJOR: '18' },
          include: ['test/react/**/*.test.{ts,tsx}', 'test/components/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts'],
          restoreMocks: true,
          server: { deps: { inline: [/@testing-library\/react/, /@tanstack\/react-query/] } },
        },
      },
      {
        // `npm run bench`: measures the flow and writes benchmarks/flow.json (not part of npm test).
        extends: true,
        test: {
          name: 'bench',
          environment: 'jsdom',
          include: ['benchmarks/**/*.bench.tsx'],
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dist',
          environment: 'node',
          include: ['test/dist/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(root, '.storybook') })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright(chromium),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
