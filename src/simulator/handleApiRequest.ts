/**
 * One request to the simulated API, in Stripe's order: the route, the API key, a scripted fault,
 * the parameters (by name and value, against Stripe's spec), then the endpoint under the
 * request's idempotency key.
 */
import { checkCredentials } from './checkCredentials.js';
import type { Faults } from './faults.js';
import { type createIdempotency, type Execution, fingerprintOf } from './idempotency.js';
import { PARAMETER_SCHEMAS, type ParamSchema } from './parameterSchemas.js';
import { parseForm } from './parseForm.js';
import { stripeId } from './randomToken.js';
import { isTestHelper, routeOf } from './routeOf.js';
import { precheck, runOperation } from './runOperation.js';
import type { SessionStore } from './sessionStore.js';
import {
  type ApiAnswer,
  errorAnswer,
  ParamError,
  rateLimited,
  serverError,
  unrecognizedUrl,
} from './stripeErrors.js';
import { TEST_HELPER_SCHEMAS } from './testHelperSchemas.js';
import type { SimulatorFault, SimulatorRoute } from './types.js';
import { validateParams } from './validateParams.js';

export interface ApiContext {
  store: SessionStore;
  faults: Faults;
  idempotency: ReturnType<typeof createIdempotency>;
  latencyMs: number;
}

export interface ApiRequest {
  method: string;
  path: string;
  query: string;
  body: string;
  header: (name: string) => string | undefined;
}

/** An answer to send, or a connection to drop (a scripted `disconnect`). */
export type ApiOutcome =
  | { answer: ApiAnswer; route: SimulatorRoute | null }
  | { disconnect: true; route: SimulatorRoute };

const SCHEMAS: Record<SimulatorRoute, ParamSchema> = {
  ...PARAMETER_SCHEMAS,
  ...TEST_HELPER_SCHEMAS,
};

const wait = (ms: number) =>
  ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : undefined;

/** What a scripted fault answers instead of the endpoint (`ran` when Stripe would save it). */
function faultExecution(fault: SimulatorFault): Execution | null {
  if (fault.type === 'server_error') return { answer: serverError(fault.status ?? 500), ran: true };
  if (fault.type !== 'error') return null;
  const answer = errorAnswer(
    fault.status,
    {
      type:
        (fault.error?.type as 'api_error') ??
        (fault.status >= 500 ? 'api_error' : 'invalid_request_error'),
      message: fault.error?.message ?? 'Scripted error',
      ...(fault.error?.code ? { code: fault.error.code } : {}),
      ...(fault.error?.param ? { param: fault.error.param } : {}),
    },
    fault.headers,
  );
  return { answer, ran: fault.status >= 500 };
}

function validated(route: SimulatorRoute, request: ApiRequest) {
  const form = parseForm(request.method === 'GET' ? request.query : request.body);
  const params = validateParams(SCHEMAS[route], form);
  return { params, expand: precheck(route, params) };
}

export async function handleApiRequest(
  context: ApiContext,
  request: ApiRequest,
): Promise<ApiOutcome> {
  const matched = routeOf(request.method, request.path);
  if (!matched) return { answer: unrecognizedUrl(request.method, request.path), route: null };
  const { route, id } = matched;
  if (!isTestHelper(request.path)) {
    const refused = checkCredentials(
      request.header('authorization'),
      request.header('stripe-version'),
    );
    if (refused) return { answer: refused, route };
  }
  const key = request.method === 'POST' ? request.header('idempotency-key') : undefined;
  const release = key ? context.idempotency.claim(key) : undefined;
  if (release && typeof release !== 'function') return { answer: release, route };
  try {
    const fault = context.faults.take(route);
    await wait(context.latencyMs + (fault?.type === 'latency' ? fault.ms : 0));
    if (fault?.type === 'rate_limit') return { answer: rateLimited(fault.retryAfter ?? 1), route };
    if (fault?.type === 'disconnect' && !fault.afterProcessing) return { disconnect: true, route };
    let checked: ReturnType<typeof validated>;
    try {
      checked = validated(route, request);
    } catch (error) {
      if (error instanceof ParamError) return { answer: error.toAnswer(), route };
      throw error;
    }
    const { params, expand } = checked;
    const cause = {
      requestId: stripeId('req', 14),
      idempotencyKey: key ?? null,
      apiVersion: request.header('stripe-version') ?? null,
    };
    const execute = () =>
      (fault && faultExecution(fault)) ??
      runOperation(context.store, route, id, params, cause, expand);
    const answer = key
      ? context.idempotency.run(
          key,
          `${request.method} ${request.path}`,
          fingerprintOf(params),
          execute,
        )
      : execute().answer;
    if (fault?.type === 'disconnect') return { disconnect: true, route };
    return {
      answer: { ...answer, headers: { 'Request-Id': cause.requestId, ...answer.headers } },
      route,
    };
  } finally {
    if (typeof release === 'function') release();
  }
}
