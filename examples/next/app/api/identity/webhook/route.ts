import type { NextRequest } from 'next/server';
import { handlers } from '../../../../lib/identity';

// Stripe's `identity.verification_session.*` events: the signature is checked against the raw
// body with STRIPE_IDENTITY_WEBHOOK_SECRET, then `onEvent` (lib/identity.ts) runs.
export const POST = (request: NextRequest) => handlers().webhook(request);
