import { randomBytes } from 'node:crypto';
import { USER_COOKIE } from '../../../../lib/identity';

/** The demo's sign-in: a new random user in a cookie, then back to the page. */
export function POST(request: Request) {
  const user = `user_${randomBytes(8).toString('hex')}`;
  return new Response(null, {
    status: 303,
    headers: {
      Location: new URL('/', request.url).pathname,
      'Set-Cookie': `${USER_COOKIE}=${user}; Path=/; HttpOnly; SameSite=Lax`,
    },
  });
}
