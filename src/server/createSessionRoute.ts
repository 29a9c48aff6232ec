import { MODE_HEADER, parseModeHeader, type VerificationMode } from '../core/contract.js';
import { attemptLimitAnswer } from './attemptLimit.js';
import { createIdempotently } from './createIdempotently.js';
import type { HandlerContext } from './handlerContext.js';
import { keyBase } from './idempotencyKey.js';
import { listUserSessions, openSessionOf } from './listUserSessions.js';
import { USER_METADATA_KEY } from './ownership.js';
import { readJsonInput } from './readJsonInput.js';
import { resolveUser } from './resolveUser.js';
import { allowedMethods, errorResponse, json, methodNotAllowed } from './responses.js';
import { isKeyInUse, isKeyMismatch } from './stripeErrors.js';
import type { IdentityHandler, SdkCreateParams, SdkSession } from './types.js';

/** `200 {"id", "client_secret"}` (modal) or `{"id", "url"}` (redirect), or a 502 without it. */
function credentialAnswer(session: SdkSession, mode: VerificationMode): Response {
  const field = mode === 'redirect' ? 'url' : 'client_secret';
  const value = session[field];
  if (typeof value !== 'string' || value === '') {
    return errorResponse(502, 'stripe_error', `Stripe returned no ${field} for the session.`);
  }
  return json(200, { id: session.id, [field]: value });
}

/** The create parameters: `sessionParams` (or its result), tied to the user. */
async function createParamsFor(
  context: HandlerContext,
  request: Request,
  user: string,
  input: Record<string, unknown>,
  mode: VerificationMode,
): Promise<SdkCreateParams> {
  const { sessionParams } = context.options;
  const base =
    typeof sessionParams === 'function'
      ? await sessionParams({ userId: user, input, mode, request })
      : sessionParams;
  const params: SdkCreateParams = { ...(base ?? {}) };
  return {
    ...(params.type === undefined && params.verification_flow === undefined
      ? { type: 'document' as const }
      : {}),
    ...params,
    client_reference_id: user,
    metadata: { ...(params.metadata ?? {}), [USER_METADATA_KEY]: user },
  };
}

/** The request's user, mode and create parameters, or the answer to send instead. */
async function prepare(
  context: HandlerContext,
  request: Request,
): Promise<{ user: string; mode: VerificationMode; params: SdkCreateParams } | Response> {
  const user = await resolveUser(context, request, 'createSession');
  if (user instanceof Response) return user;
  const mode = parseModeHeader(request.headers.get(MODE_HEADER));
  if (!mode) {
    return errorResponse(
      400,
      'invalid_request',
      `The ${MODE_HEADER} header must be "modal" or "redirect".`,
    );
  }
  if (request.bodyUsed) {
    context.report(
      new TypeError(
        '[react-stripe-identity] createSession: the request body was already read before the handler ran; pass the Request untouched.',
      ),
      'createSession',
      request,
    );
    return errorResponse(500, 'internal_error', 'The request could not be read.');
  }
  const input = await readJsonInput(request, context.maxBodyBytes);
  if (input instanceof Response) return input;
  try {
    return { user, mode, params: await createParamsFor(context, request, user, input, mode) };
  } catch (error) {
    context.report(error, 'createSession', request);
    return errorResponse(500, 'internal_error', 'Could not prepare the verification.');
  }
}

/**
 * What the user's sessions decide before any create: 409 while one is `processing` or (unless
 * re-verification is allowed) `verified`, the open session (retrieved again: only a retrieve
 * hands out a fresh single-use credential), 429 over `maxAttempts`; `null` to create.
 */
async function decideFromSessions(
  context: HandlerContext,
  mine: SdkSession[],
  mode: VerificationMode,
): Promise<Response | null> {
  if (mine.some((s) => s.status === 'processing')) {
    return errorResponse(
      409,
      'verification_processing',
      'Your verification is being processed; wait for the result.',
    );
  }
  if (!context.allowReverification && mine.some((s) => s.status === 'verified')) {
    return errorResponse(409, 'already_verified', 'Your identity is already verified.');
  }
  const open = openSessionOf(mine);
  if (open) return credentialAnswer(await context.sessions.retrieve(open.id), mode);
  return attemptLimitAnswer(context, mine);
}

/**
 * Another request holds the key (or held it with other parameters): look again for the session
 * it made and reuse it; never create blindly.
 */
async function lookAgain(context: HandlerContext, user: string, mode: VerificationMode) {
  const open = openSessionOf(await listUserSessions(context, user));
  if (open) return credentialAnswer(await context.sessions.retrieve(open.id), mode);
  return errorResponse(
    409,
    'conflict',
    'Another request for this verification is in progress; try again.',
  );
}

/** `POST …/verification-sessions`: reuses the user's open session or creates one. */
export function createSessionRoute(context: HandlerContext): IdentityHandler {
  return async (request) => {
    if (request.method === 'OPTIONS') return allowedMethods('POST, OPTIONS');
    if (request.method !== 'POST')
      return methodNotAllowed('POST, OPTIONS', 'Use POST to create a session.');
    const prepared = await prepare(context, request);
    if (prepared instanceof Response) return prepared;
    const { user, mode, params } = prepared;
    try {
      const mine = await listUserSessions(context, user);
      const decided = await decideFromSessions(context, mine, mode);
      if (decided) return decided;
      const base = keyBase(user, mine[0]?.id ?? null, params);
      return credentialAnswer(await createIdempotently(context, params, base, request), mode);
    } catch (error) {
      if (!isKeyInUse(error) && !isKeyMismatch(error)) {
        return context.stripeFailure(error, 'createSession', request);
      }
      try {
        return await lookAgain(context, user, mode);
      } catch (again) {
        return context.stripeFailure(again, 'createSession', request);
      }
    }
  };
}
