// Type tests of the public React surface, checked by `tsc --noEmit`.
import type { Stripe } from '@stripe/stripe-js';
import type { UseQueryResult } from '@tanstack/react-query';
import { expectTypeOf } from 'vitest';
import {
  type IdentityError,
  type IdentityProviderProps,
  identityKeys,
  type SessionView,
  type UseVerifyIdentityResult,
  type useVerificationReturn,
  type useVerificationSession,
  useVerifyIdentity,
  type VerificationSession,
  type VerifyIdentityOutcome,
  type VerifyIdentityState,
  verificationSessionQueryOptions,
} from '../../src/index.js';
import { createMockBackend, createMockStripe } from '../../src/testing/index.js';

expectTypeOf(useVerifyIdentity).returns.toEqualTypeOf<UseVerifyIdentityResult>();
expectTypeOf<UseVerifyIdentityResult['state']>().toEqualTypeOf<VerifyIdentityState>();
expectTypeOf<UseVerifyIdentityResult['start']>().returns.toEqualTypeOf<
  Promise<VerifyIdentityOutcome>
>();
expectTypeOf<UseVerifyIdentityResult['error']>().toEqualTypeOf<IdentityError | null>();

type SessionResult = ReturnType<typeof useVerificationSession>;
expectTypeOf<SessionResult>().toExtend<UseQueryResult<VerificationSession, IdentityError>>();
expectTypeOf<SessionResult['view']>().toEqualTypeOf<SessionView | null>();
expectTypeOf<ReturnType<typeof useVerificationReturn>['sessionId']>().toEqualTypeOf<
  string | null
>();

// Keys hold ids only.
expectTypeOf(identityKeys.session('vs_1')).toEqualTypeOf<
  readonly ['react-stripe-identity', 'session', string | null]
>();
expectTypeOf(verificationSessionQueryOptions('vs_1', createMockBackend()).queryKey).toExtend<
  readonly unknown[]
>();

// The `stripe` prop takes what `<Elements>` takes; the mock fits it.
expectTypeOf<IdentityProviderProps['stripe']>().toEqualTypeOf<
  Stripe | PromiseLike<Stripe | null> | null | undefined
>();
expectTypeOf(createMockStripe().stripe).toExtend<NonNullable<IdentityProviderProps['stripe']>>();
// @ts-expect-error a string is not a Stripe instance (use `publishableKey`)
const wrong: IdentityProviderProps = { stripe: 'pk_test_123' };
void wrong;
