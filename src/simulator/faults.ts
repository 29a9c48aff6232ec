/** Scripted faults: each hits the next request(s) of its route, then is used up. */
import type { SimulatorFault, SimulatorRoute } from './types.js';

const KINDS = new Set(['latency', 'rate_limit', 'server_error', 'disconnect', 'error']);

/** Checks a fault given over HTTP or from JS; throws a TypeError that says what is wrong. */
function checkFault(fault: unknown): SimulatorFault {
  const f = fault as Partial<SimulatorFault> | null;
  if (!f || typeof f !== 'object' || !KINDS.has(String(f.type))) {
    throw new TypeError(
      'A simulator fault needs `type`: latency, rate_limit, server_error, disconnect or error.',
    );
  }
  if (f.type === 'latency' && !(typeof f.ms === 'number' && f.ms >= 0)) {
    throw new TypeError('A latency fault needs `ms`, a number of milliseconds.');
  }
  if (f.type === 'error' && !(typeof f.status === 'number' && f.status >= 400 && f.status <= 599)) {
    throw new TypeError('An error fault needs `status` between 400 and 599.');
  }
  if (f.times !== undefined && f.times !== null && !(typeof f.times === 'number' && f.times > 0)) {
    throw new TypeError('A fault’s `times` is a positive number (or Infinity).');
  }
  return f as SimulatorFault;
}

export function createFaults() {
  let queue: Array<SimulatorFault & { left: number }> = [];

  return {
    /** Adds faults; over HTTP `"times": null` means "until cleared". */
    add(faults: unknown): void {
      const list = Array.isArray(faults) ? faults : [faults];
      const checked = list.map(checkFault);
      for (const fault of checked) {
        queue.push({ ...fault, left: fault.times === null ? Infinity : (fault.times ?? 1) });
      }
    },
    clear(): void {
      queue = [];
    },
    /** The first fault for this route, used once. */
    take(route: SimulatorRoute | null): SimulatorFault | undefined {
      const fault = queue.find((f) => f.route === undefined || f.route === route);
      if (!fault) return undefined;
      fault.left -= 1;
      queue = queue.filter((f) => f.left > 0);
      return fault;
    },
  };
}

export type Faults = ReturnType<typeof createFaults>;
