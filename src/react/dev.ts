'use client';

/** True outside production builds (bundlers replace `process.env.NODE_ENV`; the guard keeps raw ESM safe). */
export function isDev(): boolean {
  return typeof process === 'undefined' || process.env.NODE_ENV !== 'production';
}

/** Prints a `[react-stripe-identity]` developer warning, never in production builds. */
export function devWarn(message: string): void {
  if (isDev()) console.warn(`[react-stripe-identity] ${message}`);
}

/**
 * Re-throws an error thrown by a host callback (`onSubmitted`, …) outside the library's promise
 * chain, so it surfaces like an error in an event handler and `start()` still never rejects.
 */
export function reportCallbackError(error: unknown): void {
  setTimeout(() => {
    throw error;
  }, 0);
}
