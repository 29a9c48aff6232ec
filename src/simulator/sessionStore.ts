/** The sessions the simulator holds, and the transitions bound to them. */
import { createTimers } from './createTimers.js';
import { newSession } from './newSession.js';
import { randomToken } from './randomToken.js';
import type { Cause, SessionRecord, TransitionContext } from './sessionTransitions.js';
import * as transitions from './sessionTransitions.js';
import type { SimulatorAutoVerdict } from './types.js';
import type { Params } from './validateParams.js';

export {
  type Cause,
  type SessionRecord,
  STRIPE_ITSELF,
  StateError,
} from './sessionTransitions.js';

export interface SessionStoreOptions {
  emit: TransitionContext['emit'];
  track: TransitionContext['track'];
  redactionMs: number;
  autoVerdict?: SimulatorAutoVerdict;
}

export function createSessionStore(options: SessionStoreOptions) {
  const records = new Map<string, SessionRecord>();
  const timers = createTimers();
  const context: TransitionContext = { ...options, autoVerdict: options.autoVerdict, timers };
  let seq = 0;

  return {
    records,
    get: (id: string) => records.get(id),
    create(params: Params, cause: Cause): SessionRecord {
      const record: SessionRecord = {
        session: newSession(params),
        token: randomToken(),
        seq: seq++,
      };
      records.set(record.session.id, record);
      options.emit('identity.verification_session.created', record, cause);
      return record;
    },
    update: transitions.update,
    cancel: (record: SessionRecord, cause: Cause) => transitions.cancel(context, record, cause),
    redact: (record: SessionRecord, cause: Cause) => transitions.redact(context, record, cause),
    submit: (record: SessionRecord, cause: Cause, plan?: SimulatorAutoVerdict) =>
      transitions.submit(context, record, cause, plan ?? context.autoVerdict),
    verify: (record: SessionRecord, cause: Cause) => transitions.verify(context, record, cause),
    fail: (record: SessionRecord, code: string, reason: string | null, cause: Cause) =>
      transitions.fail(context, record, code, reason, cause),
    stop: () => timers.stop(),
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
