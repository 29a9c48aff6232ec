// Checks of the static Storybook build (storybook-static/, made by `npm run build-storybook`,
// which `npm test` runs first): the catalogue a newcomer browses holds every state.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAST_ERROR_CODES } from '../../src/core/types.js';

const root = path.resolve(import.meta.dirname, '../..');
const staticDir = path.join(root, 'storybook-static');
const indexFile = path.join(staticDir, 'index.json');

function storyIds(): Set<string> {
  if (!existsSync(indexFile)) {
    throw new Error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  }
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as {
    entries: Record<string, { id: string; type: 'story' | 'docs' }>;
  };
  return new Set(Object.values(index.entries).map((e) => e.id));
}

const kebab = (value: string) => value.replaceAll('_', '-');

describe('the static Storybook build', () => {
  it('has a story for every status', () => {
    const ids = storyIds();
    for (const phase of [
      'not-started',
      'action-required',
      'processing',
      'verified',
      'canceled',
      'unknown-status',
    ]) {
      expect(ids, phase).toContain(`components-verificationstatus--${phase}`);
    }
  });

  it('has a story for every documented last_error code and an unknown one', () => {
    const ids = storyIds();
    for (const code of LAST_ERROR_CODES) {
      expect(ids, code).toContain(`components-verificationlasterror--${kebab(code)}`);
    }
    expect(ids).toContain('components-verificationlasterror--unknown-code-with-reason');
  });

  it('has a story for every redaction state and the card loading and error states', () => {
    const ids = storyIds();
    for (const state of ['not-redacted', 'processing', 'validated', 'redacted']) {
      expect(ids, state).toContain(`components-redactionnotice--${state}`);
    }
    expect(ids).toContain('components-verificationsessioncard--loading');
    expect(ids).toContain('components-verificationsessioncard--fetch-error');
  });

  it('has a story for every theme, a custom appearance, unstyled, and every locale', () => {
    const ids = storyIds();
    for (const theme of ['stripe', 'night', 'flat', 'custom-appearance', 'unstyled']) {
      expect(ids, theme).toContain(`theming-themes--${theme}`);
    }
    for (const locale of [
      'english',
      'spanish',
      'french',
      'german',
      'japanese',
      'brazilian-portuguese',
    ]) {
      expect(ids, locale).toContain(`theming-locales--${locale}`);
    }
  });

  it('has the interactive flows and the docs pages', () => {
    const ids = storyIds();
    for (const id of [
      'flows-modal--happy-path',
      'flows-modal--cancel',
      'flows-modal--failure-then-retry',
      'flows-modal--backend-down',
      'flows-modal--stripe-blocked',
      'flows-redirect--start',
      'flows-live-backend--happy-path',
      'flows-live-backend--failure-then-retry',
      'introduction--docs',
      'theming-overview--docs',
      'error-codes--docs',
      'testing--docs',
      'simulator--docs',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('ships the mock service worker, so the simulated backend works offline', () => {
    expect(existsSync(path.join(staticDir, 'mockServiceWorker.js'))).toBe(true);
  });
});
