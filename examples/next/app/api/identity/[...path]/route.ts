import type { NextRequest } from 'next/server';
import { handlers } from '../../../../lib/identity';

// POST /api/identity/verification-sessions, GET /api/identity/verification-sessions/{id}.
// (`export const { GET, POST } = createIdentityHandlers(…)` works too; this keeps the SDK
// lazy so `next build` needs no keys.)
export const GET = (request: NextRequest) => handlers().GET(request);
export const POST = (request: NextRequest) => handlers().POST(request);
