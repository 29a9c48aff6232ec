import type Stripe from 'stripe';
import type { HandlerContext } from './handlerContext.js';
import { readLimitedBody } from './readLimitedBody.js';
import { isBodyConsumed } from './reparsedBody.js';
import { allowedMethods, errorResponse, json, methodNotAllowed } from './responses.js';
import type { IdentityEventContext, IdentityHandler, IdentityWebhookEvent } from './types.js';

const BODY_CONSUMED =
  'The webhook received a body a JSON body parser (e.g. express.json()) had already consumed, so the raw bytes Stripe signed are gone. Mount the webhook route before the body parser (or give it express.raw({ type: "application/json" })).';

/** The verified event, or the answer to send instead (400, 413, 500 when not configured). */
async function verifiedEvent(
  context: HandlerContext,
  request: Request,
): Promise<Stripe.Event | Response> {
  const { webhookSecret, webhookCryptoProvider } = context.options;
  if (!webhookSecret) {
    context.report(
      new TypeError(
        '[react-stripe-identity] createIdentityHandlers({ webhookSecret }): the webhook handler needs `webhookSecret`, the signing secret (whsec_…) of your endpoint.',
      ),
      'webhook',
      request,
    );
    return errorResponse(500, 'webhook_not_configured', 'The webhook is not configured.');
  }
  const signature = request.headers.get('Stripe-Signature');
  if (!signature)
    return errorResponse(400, 'invalid_signature', 'Missing Stripe-Signature header.');
  if (isBodyConsumed(request)) {
    context.report(
      new TypeError(`[react-stripe-identity] webhook: ${BODY_CONSUMED}`),
      'webhook',
      request,
    );
    return errorResponse(400, 'webhook_body_consumed', BODY_CONSUMED);
  }
  // The signature covers the raw bytes: read the body as text, never re-serialise it.
  const read = await readLimitedBody(request, context.maxBodyBytes);
  if (read instanceof Response) return read;
  try {
    return await context.options.stripe.webhooks.constructEventAsync(
      read.text,
      signature,
      webhookSecret,
      undefined,
      webhookCryptoProvider,
    );
  } catch {
    return errorResponse(400, 'invalid_signature', 'The webhook signature is not valid.');
  }
}

/** What `onEvent` gets beside the event: the session as Stripe has it now, on request. */
async function eventContext(
  context: HandlerContext,
  event: IdentityWebhookEvent,
  request: Request,
): Promise<IdentityEventContext> {
  if (!context.options.retrieveEventSession) return { request };
  return { request, session: await context.sessions.retrieve(event.data.object.id) };
}

/** `POST …/webhook`: verifies Stripe's signature, then `onEvent` (a throw → 500, Stripe retries). */
export function webhookRoute(context: HandlerContext): IdentityHandler {
  return async (request) => {
    if (request.method === 'OPTIONS') return allowedMethods('POST, OPTIONS');
    if (request.method !== 'POST')
      return methodNotAllowed('POST, OPTIONS', 'Stripe webhooks are POST requests.');
    const event = await verifiedEvent(context, request);
    if (event instanceof Response) return event;
    const { onEvent } = context.options;
    if (!onEvent || !event.type.startsWith('identity.verification_session.')) {
      return json(200, { received: true });
    }
    const identityEvent = event as IdentityWebhookEvent;
    try {
      await onEvent(identityEvent, await eventContext(context, identityEvent, request));
    } catch (error) {
      context.report(error, 'webhook', request);
      return errorResponse(500, 'internal_error', 'The webhook could not be processed.');
    }
    return json(200, { received: true });
  };
}
