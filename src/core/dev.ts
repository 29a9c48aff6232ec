// No 'use client' and no React: core (the HTTP client) and the React modules share this.

/**
 * `true` where `process.env.NODE_ENV` reads as anything but "production": in Node, and in every
 * bundler's development mode. Bundlers replace the expression itself, so this also holds in a
 * browser that has no `process` global (Vite's dev server, Storybook). Without a bundler it
 * cannot be read, and `isDev()` is `false`.
 *
 * Developer-only code is written with the expression inline, after a call of `isDev()` marked
 * pure (a `@__PURE__` block comment before the call, written `PURE` here):
 *
 *     if (PURE isDev() && process.env.NODE_ENV !== 'production') devWarn('…');
 *     throw new Error(PURE isDev() && process.env.NODE_ENV !== 'production' ? 'problem + fix' : 'problem');
 *
 * In a production build the bundler replaces the second part with `false` and drops the branch
 * with its text, which it cannot do through an imported constant alone. `isDev()` first keeps a
 * browser without a bundler from reading the missing `process`; the `@__PURE__` mark lets the
 * minifier drop the call too (esbuild keeps a read of an imported constant: `(DEV, 'problem')`).
 */
export function isDev(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

const warned = new Set<string>();

/**
 * Prints a `[react-stripe-identity]` developer warning once per message, never in production.
 * Call it behind `isDev() && process.env.NODE_ENV !== 'production'` (see `isDev`) so production
 * builds drop the message text as well. The environment is read again here, so `NODE_ENV` set
 * after import (tests, Node) is honoured.
 */
export function devWarn(message: string): void {
  if (!isDev() || warned.has(message)) return;
  warned.add(message);
  console.warn(`[react-stripe-identity] ${message}`);
}
