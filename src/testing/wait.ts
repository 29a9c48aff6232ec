/** Resolves after `ms` milliseconds (at once for 0), like a person or a network taking time. */
export function wait(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
