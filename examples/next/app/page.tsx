import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { cookies, headers } from 'next/headers';
import { VerificationSessionCard, verificationSessionQueryOptions } from 'react-stripe-identity';
import { Providers } from '../components/Providers';
import { config, handlers, pageRequest, USER_COOKIE } from '../lib/identity';

/**
 * A Server Component: finds the signed-in user's newest session (`currentSession`), prefetches it
 * with the same query options the card uses through an in-process backend (`backendFor`), and
 * hands the cache to the client with `HydrationBoundary`. A reload while Stripe is checking comes
 * back `processing` in the HTML itself: no loading state.
 */
export default async function VerifyPage() {
  const { demo, publishableKey } = config();
  const user = (await cookies()).get(USER_COOKIE)?.value ?? null;
  if (!user) {
    return (
      <main>
        <h1>Verify your identity</h1>
        <form action="/api/demo/sign-in" method="post">
          <button type="submit">Sign in as a demo user</button>
        </form>
      </main>
    );
  }

  const request = pageRequest(await headers());
  const session = await handlers().currentSession(request);
  const sessionId = session?.id ?? null;
  const queryClient = new QueryClient();
  if (sessionId) {
    await queryClient.prefetchQuery(
      verificationSessionQueryOptions(sessionId, handlers().backendFor(request)),
    );
  }
  return (
    <Providers demo={demo} publishableKey={publishableKey}>
      <HydrationBoundary state={dehydrate(queryClient)}>
        {/* Follows the session until Stripe decides; offers "Try again" after a failure. */}
        <VerificationSessionCard sessionId={sessionId} />
      </HydrationBoundary>
    </Providers>
  );
}
