import { createHmac } from 'node:crypto';

/**
 * The `Stripe-Signature` header for a payload, as Stripe signs it: `t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "t.payload" keyed with the endpoint's whole secret>`. `stripe.webhooks
 * .constructEvent(payload, header, secret)` accepts it.
 */
export function signPayload(
  payload: string,
  secret: string,
  timestamp = Math.floor(Date.now() / 1000),
): string {
  const signature = createHmac('sha256', secret)
    .update(`${timestamp}.${payload}`, 'utf8')
    .digest('hex');
  return `t=${timestamp},v1=${signature}`;
}
