'use client';

const warned = new Set<string>();

/** Prints a developer warning once per message, never in production builds. */
export function warnOnce(message: string): void {
  if (process.env.NODE_ENV === 'production' || warned.has(message)) return;
  warned.add(message);
  console.warn(`[react-stripe-identity] ${message}`);
}
