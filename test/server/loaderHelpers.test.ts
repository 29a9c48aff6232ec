// @vitest-environment node
// handlers.currentSession(request) and handlers.backendFor(request), called as a React Router 7
// (framework mode) loader calls them: with the page's Request, its cookies, no absolute API URL.
import { dehydrate, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { isIdentityError } from '../../src/core/IdentityError.js';
import { verificationSessionQueryOptions } from '../../src/query/verificationSessionQueryOptions.js';
import type { IdentityHandlers } from '../../src/server/index.js';
import { createRequest, type StrictSetup, strictPerTest } from './strictStripe.js';

const startStrict = strictPerTest();
let setup: StrictSetup | undefined;

/** The host's sign-in: a session cookie (`sid=<user>`). */
const cookieAuth = (request: Request) =>
  /(?:^|;\s*)sid=(\w+)/.exec(request.headers.get('cookie') ?? '')?.[1] ?? null;

/** A page request as the framework hands it to a loader. */
const pageRequest = (user?: string) =>
  new Request('https://app.example.com/account/verify?tab=identity', {
    headers: user ? { cookie: `theme=dark; sid=${user}`, accept: 'text/html' } : {},
  });

/** The route module's loader, as the README shows it. */
function makeLoader(handlers: IdentityHandlers) {
  return async ({ request }: { request: Request; params: Record<string, string> }) => {
    const session = await handlers.currentSession(request);
    const queryClient = new QueryClient();
    if (session) {
      await queryClient.prefetchQuery(
        verificationSessionQueryOptions(session.id, handlers.backendFor(request)),
      );
    }
    return { sessionId: session?.id ?? null, dehydratedState: dehydrate(queryClient) };
  };
}

async function startWithSession(user = 'u1') {
  setup = await startStrict({ authenticate: cookieAuth });
  const request = createRequest({}, { user: null });
  request.headers.set('cookie', `sid=${user}`);
  const created = (await (await setup.handlers(request)).json()) as { id: string };
  setup.resetCalls();
  return { ...setup, id: created.id };
}

describe('a loader using currentSession and backendFor', () => {
  it('should prefetch the signed-in user’s newest session, without its secret, from the page request’s cookies', async () => {
    const { handlers, id, stripeCalls } = await startWithSession();
    const data = await makeLoader(handlers)({ request: pageRequest('u1'), params: {} });
    expect(data.sessionId).toBe(id);
    const [query] = data.dehydratedState.queries;
    expect(query?.queryKey).toContain(id);
    expect(query?.state.data).toMatchObject({ id, status: 'requires_input', client_secret: null });
    expect(JSON.stringify(data)).not.toMatch(/_secret_|verify\.stripe\.com/);
    // currentSession: one list; the prefetch: one retrieve, in-process (no HTTP server here).
    expect([stripeCalls('list').length, stripeCalls('retrieve').length]).toEqual([1, 1]);
  });

  it('should give null and prefetch nothing when signed out, without asking Stripe', async () => {
    const { handlers, stripeCalls } = await startWithSession();
    const data = await makeLoader(handlers)({ request: pageRequest(), params: {} });
    expect(data).toEqual({ sessionId: null, dehydratedState: { mutations: [], queries: [] } });
    expect(stripeCalls()).toHaveLength(0);
  });

  it('should give null to a signed-in user with no session yet, and never another user’s session', async () => {
    const { handlers } = await startWithSession('u1');
    expect(await handlers.currentSession(pageRequest('u2'))).toBeNull();
  });

  it('should read the session as the browser would, and refuse another user’s with a 404 IdentityError', async () => {
    const { handlers, id } = await startWithSession('u1');
    const mine = await handlers.backendFor(pageRequest('u1')).getSession(id);
    expect(mine).toEqual(await handlers.currentSession(pageRequest('u1')));
    const theirs = handlers.backendFor(pageRequest('u2')).getSession(id);
    await expect(theirs).rejects.toSatisfy(
      (error) =>
        isIdentityError(error) && error.code === 'backend_http_error' && error.status === 404,
    );
  });

  it('should create through backendFor too (a Server Action), reusing the open session', async () => {
    const { handlers, id } = await startWithSession('u1');
    const created = await handlers
      .backendFor(pageRequest('u1'))
      .createSession({}, { mode: 'redirect' });
    expect(created).toEqual({ id, url: expect.stringMatching(/^https:\/\/verify\.stripe\.com\//) });
  });

  it('should reject, naming the call, and report when authenticate or Stripe fails', async () => {
    const { handlers, api, onError } = await startWithSession();
    api.fault({ type: 'server_error', route: 'list' });
    await expect(handlers.currentSession(pageRequest('u1'))).rejects.toThrow(
      /handlers\.currentSession\(request\): Stripe failed/,
    );
    expect(onError).toHaveBeenCalledWith(expect.anything(), {
      handler: 'currentSession',
      request: expect.any(Request),
    });
  });
});
