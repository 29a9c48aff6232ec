/**
 * Runs one checked request against the sessions: what each Stripe endpoint (and test helper)
 * does, and the answer it gives.
 */
import { LAST_ERROR_CODES } from '../core/types.js';
import type { Execution } from './idempotency.js';
import { listSessions } from './listSessions.js';
import { expandPaths, presentSession } from './presentSession.js';
import type { Cause, SessionRecord, SessionStore } from './sessionStore.js';
import { StateError } from './sessionStore.js';
import { ParamError, resourceMissing } from './stripeErrors.js';
import type { SimulatorRoute, SimulatorVerdict } from './types.js';
import type { Params } from './validateParams.js';

/** Stripe's rules on create that the schema alone does not say. */
function checkCreate(params: Params): void {
  const hasType = params.type !== undefined;
  const hasFlow = params.verification_flow !== undefined;
  if (hasType && hasFlow) {
    throw new ParamError(
      'type',
      'You may only specify one of these parameters: type, verification_flow.',
      'parameters_exclusive',
    );
  }
  if (!hasType && !hasFlow) {
    throw new ParamError('type', 'Missing required param: type.', 'parameter_missing');
  }
  if (typeof params.return_url === 'string' && !/^https?:\/\/[^\s/]+/.test(params.return_url)) {
    throw new ParamError('return_url', 'Not a valid URL', 'url_invalid');
  }
}

/** Stripe's metadata limits: 50 keys, keys up to 40 characters, values up to 500. */
function checkMetadata(metadata: Params[string] | undefined): void {
  const entries = Object.entries((metadata ?? {}) as Record<string, string>);
  if (entries.length > 50) {
    throw new ParamError('metadata', 'You can specify up to 50 metadata keys.');
  }
  for (const [key, value] of entries) {
    if (key.length > 40) {
      throw new ParamError(
        `metadata[${key}]`,
        `Metadata keys can have up to 40 characters, but you passed in a key that is ${key.length} characters.`,
      );
    }
    if (value.length > 500) {
      throw new ParamError(
        `metadata[${key}]`,
        `Metadata values can have up to 500 characters, but you passed in a value that is ${value.length} characters.`,
      );
    }
  }
}

/** A code outside the 19 is Stripe's invite-only kind: it comes with its own `reason`. */
function checkCode(code: string, reason: unknown, param: string, extra: string[] = []): void {
  const known = [...extra, ...LAST_ERROR_CODES].includes(code);
  if (!known && (reason === undefined || !/^[a-z][a-z0-9_]*$/.test(code))) {
    throw new ParamError(
      param,
      `Invalid ${param}: must be one of ${[...extra, ...LAST_ERROR_CODES].join(', ')} (another code needs a reason)`,
    );
  }
}

/** Parameter checks that come before anything runs (a refusal here is never saved). */
export function precheck(route: SimulatorRoute, params: Params): string[] {
  if (route === 'create') checkCreate(params);
  if (route === 'create' || route === 'update') checkMetadata(params.metadata);
  if (route === 'fail') checkCode(params.code as string, params.reason, 'code');
  if (route === 'submit' && params.verdict !== undefined) {
    checkCode(params.verdict as string, params.reason, 'verdict', ['verified']);
  }
  return expandPaths(params.expand, route === 'list');
}

function transition(
  store: SessionStore,
  route: SimulatorRoute,
  record: SessionRecord,
  params: Params,
  cause: Cause,
) {
  switch (route) {
    case 'update':
      return store.update(record, params);
    case 'cancel':
      return store.cancel(record, cause);
    case 'redact':
      return store.redact(record, cause);
    case 'submit': {
      const verdict = params.verdict as SimulatorVerdict | undefined;
      const afterMs = params.after_ms as number | undefined;
      const reason = params.reason as string | undefined;
      return store.submit(record, cause, verdict ? { verdict, reason, afterMs } : undefined);
    }
    case 'verify':
      return store.verify(record, cause);
    case 'fail':
      return store.fail(
        record,
        params.code as string,
        (params.reason as string | undefined) ?? null,
        cause,
      );
    default:
      return undefined;
  }
}

/** Runs a request whose parameters passed `precheck`. */
export function runOperation(
  store: SessionStore,
  route: SimulatorRoute,
  id: string | null,
  params: Params,
  cause: Cause,
  expand: string[],
): Execution {
  if (route === 'list') {
    try {
      return { answer: listSessions(store.records.values(), params), ran: true };
    } catch (error) {
      if (error instanceof ParamError) return { answer: error.toAnswer(), ran: false };
      throw error;
    }
  }
  if (route === 'create') {
    return {
      answer: { status: 200, body: presentSession(store.create(params, cause), expand) },
      ran: true,
    };
  }
  const record = id ? store.get(id) : undefined;
  if (!record) return { answer: resourceMissing(id ?? ''), ran: true };
  try {
    transition(store, route, record, params, cause);
  } catch (error) {
    if (error instanceof StateError) return { answer: error.answer, ran: true };
    throw error;
  }
  return { answer: { status: 200, body: presentSession(record, expand) }, ran: true };
}
