// No 'use client' and no React: core (the HTTP client) and the React modules share this.
/**
 * `true` outside production builds. Bundlers replace `process.env.NODE_ENV` (esbuild, Vite,
 * webpack, Next.js), so in a production build this is `false` and `if (DEV) devWarn('…')` is
 * dropped with its text. Without a bundler and without a `process` global (plain ESM in a
 * browser) it is `false` too: nothing is read from an undefined `process`.
 */
export const DEV: boolean =
  (typeof process === 'object' ? process.env.NODE_ENV : 'production') !== 'production';

/**
 * Throws `error`. For developer-only checks, written `if (DEV && problem) raise(new TypeError('…'))`:
 * bundlers fold that whole statement, message included, to nothing in production, which they
 * cannot do for an `if (DEV …) throw …` statement once `DEV` comes from another module.
 */
export function raise(error: unknown): never {
  throw error;
}

const warned = new Set<string>();

/**
 * Prints a `[react-stripe-identity]` developer warning once per message, never in production.
 * Call it as `if (DEV) devWarn('…')` so production builds drop the message text as well. The
 * environment is read again here, so `NODE_ENV` set after import (tests, Node) is honoured.
 */
export function devWarn(message: string): void {
  const env = typeof process === 'object' ? process.env.NODE_ENV : 'production';
  if (env === 'production' || warned.has(message)) return;
  warned.add(message);
  console.warn(`[react-stripe-identity] ${message}`);
}
