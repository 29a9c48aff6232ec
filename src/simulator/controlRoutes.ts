/**
 * The simulator's own routes under `/__simulator/` (not Stripe's), for a simulator running in
 * another process (the bin): script faults, read what was received and sent.
 *
 * - `POST /__simulator/faults` — a fault, a list, or `{ "faults": [...] }` → 204 (400 if malformed)
 * - `DELETE /__simulator/faults` — clears the faults not used yet → 204
 * - `GET /__simulator/requests` · `/events` · `/deliveries` → `{ "data": [...] }`, oldest first
 */
import type { IdentitySimulator } from './types.js';

export const CONTROL_PREFIX = '/__simulator/';

export interface ControlAnswer {
  status: number;
  body?: unknown;
}

type Readable = Pick<
  IdentitySimulator,
  'requests' | 'events' | 'deliveries' | 'fault' | 'clearFaults'
>;

export function controlRoute(
  sim: Readable,
  method: string,
  path: string,
  body: string,
): ControlAnswer {
  const name = path.slice(CONTROL_PREFIX.length);
  if (method === 'GET' && (name === 'requests' || name === 'events' || name === 'deliveries')) {
    return { status: 200, body: { data: sim[name] } };
  }
  if (name === 'faults' && method === 'DELETE') {
    sim.clearFaults();
    return { status: 204 };
  }
  if (name === 'faults' && method === 'POST') {
    try {
      const parsed = JSON.parse(body) as { faults?: unknown };
      sim.fault((parsed?.faults ?? parsed) as Parameters<IdentitySimulator['fault']>[0]);
      return { status: 204 };
    } catch (error) {
      const message =
        error instanceof SyntaxError ? 'Expected a JSON body.' : String((error as Error).message);
      return { status: 400, body: { error: { message } } };
    }
  }
  return { status: 404, body: { error: { message: `No simulator route ${method} ${path}.` } } };
}
