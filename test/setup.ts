import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

/*
 * A passing run prints nothing that no test asserts. Every console.error and console.warn a test
 * did not intercept (with `vi.spyOn(console, …)`) fails that test, and so does an error jsdom
 * would report as uncaught (React 18 renders through a DOM event, so a render that throws is
 * reported there too) unless the test silenced console.error, which says it expects errors.
 */
const unexpected: string[] = [];
const original = { error: console.error, warn: console.warn };

function record(kind: string) {
  return (...args: unknown[]) => {
    unexpected.push(`console.${kind}: ${args.map(String).join(' ')}`);
  };
}

const recorders = { error: record('error'), warn: record('warn') };

function onWindowError(event: ErrorEvent) {
  // The test replaced console.error: it expects this error (and asserts it where it is thrown).
  if (console.error !== recorders.error) {
    event.preventDefault();
    return;
  }
  unexpected.push(`uncaught: ${event.error?.stack ?? event.message}`);
  event.preventDefault();
}

beforeEach(() => {
  unexpected.length = 0;
  console.error = recorders.error;
  console.warn = recorders.warn;
  if (typeof window !== 'undefined') window.addEventListener('error', onWindowError);
});

afterEach(() => {
  // Files with `// @vitest-environment node` (SSR tests) have no DOM to clean.
  if (typeof window !== 'undefined') {
    cleanup();
    window.sessionStorage.clear();
    window.removeEventListener('error', onWindowError);
  }
  console.error = original.error;
  console.warn = original.warn;
  if (unexpected.length > 0) {
    const found = unexpected.splice(0);
    throw new Error(
      `The test printed ${found.length} message(s) it does not assert:\n\n${found.join('\n\n')}`,
    );
  }
});
