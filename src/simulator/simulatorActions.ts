/** The test helpers from JS: `sim.submit(id)`, `sim.verify(id)`, `sim.fail(id, code)`. */
import { LAST_ERROR_CODES } from '../core/types.js';
import { presentSession } from './presentSession.js';
import {
  type SessionRecord,
  type SessionStore,
  STRIPE_ITSELF,
  StateError,
} from './sessionStore.js';
import type { IdentitySimulator } from './types.js';

export function simulatorActions(
  store: SessionStore,
): Pick<IdentitySimulator, 'submit' | 'verify' | 'fail'> {
  const act = async (name: string, id: string, run: (record: SessionRecord) => void) => {
    const record = store.get(id);
    if (!record) {
      throw new Error(
        `[react-stripe-identity] simulator.${name}('${id}'): no such VerificationSession; pass the id of a session created on this simulator.`,
      );
    }
    try {
      run(record);
    } catch (error) {
      if (error instanceof StateError) {
        throw new Error(`[react-stripe-identity] simulator.${name}('${id}'): ${error.message}`);
      }
      throw error;
    }
    return presentSession(record);
  };
  const checkCode = (call: string, code: string, reason: string | undefined) => {
    if (code !== 'verified' && !(LAST_ERROR_CODES as readonly string[]).includes(code) && !reason) {
      throw new TypeError(
        `[react-stripe-identity] simulator.${call}: '${code}' is not one of the 19 last_error codes; pass a reason for another code (e.g. an invite-only one).`,
      );
    }
  };
  return {
    submit: (id, plan) =>
      act('submit', id, (r) => {
        if (plan) checkCode(`submit('${id}')`, plan.verdict, plan.reason);
        store.submit(r, STRIPE_ITSELF, plan);
      }),
    verify: (id) => act('verify', id, (r) => store.verify(r, STRIPE_ITSELF)),
    fail: (id, code, reason) =>
      act('fail', id, (r) => {
        checkCode(`fail('${id}', '${code}')`, code, reason);
        store.fail(r, code, reason ?? null, STRIPE_ITSELF);
      }),
  };
}
