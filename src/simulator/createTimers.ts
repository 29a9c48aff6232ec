/** Timers the simulator owns, all cleared by `stop()` when it closes. */
export function createTimers() {
  const pending = new Set<ReturnType<typeof setTimeout>>();
  return {
    later(ms: number, run: () => void): ReturnType<typeof setTimeout> {
      const timer = setTimeout(() => {
        pending.delete(timer);
        run();
      }, ms);
      pending.add(timer);
      return timer;
    },
    cancel(timer: ReturnType<typeof setTimeout> | undefined): void {
      if (!timer) return;
      clearTimeout(timer);
      pending.delete(timer);
    },
    stop(): void {
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
    },
  };
}

export type Timers = ReturnType<typeof createTimers>;
