/**
 * `true` where `process.env.NODE_ENV` reads as anything but `'production'`: in Node, and in every
 * bundler's development mode (bundlers replace the expression, so this holds in a browser with
 * no `process` global too). With no bundler in a browser it cannot be read, and this is `false`.
 *
 * Source code does not call it: developer-only code is written
 * `if (process.env.NODE_ENV !== 'production')`, and the library build guards each such check
 * with this function (see `guardDevelopmentChecks` in vite.config.ts), so the built package
 * never reads a missing `process`.
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
 * Prints a `[react-stripe-identity]` developer warning once per message. Call it inside
 * `if (process.env.NODE_ENV !== 'production')` so production builds drop the message text too.
 */
export function devWarn(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[react-stripe-identity] ${message}`);
}
