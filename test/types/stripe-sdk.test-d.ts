/**
 * Type-only test, checked by `tsc --noEmit` (not run by Vitest): a session the `stripe` Node SDK
 * returns can be handed to this library as is, and our enums stay open to future strings.
 */
import type Stripe from 'stripe';
import { expectTypeOf } from 'vitest';
import type {
  LastErrorCode,
  RedactionStatus,
  VerificationSession,
  VerificationSessionStatus,
  VerificationSessionType,
} from '../../src/core/types.js';

type SdkSession = Stripe.Identity.VerificationSession;

// A session from `stripe.identity.verificationSessions.retrieve()` is one of ours.
const fromSdk: VerificationSession = {} as SdkSession;
void fromSdk;
expectTypeOf<SdkSession>().toExtend<VerificationSession>();

// Also its parts.
expectTypeOf<SdkSession['last_error']>().toExtend<VerificationSession['last_error']>();
expectTypeOf<SdkSession['redaction']>().toExtend<VerificationSession['redaction']>();
expectTypeOf<SdkSession['options']>().toExtend<VerificationSession['options']>();
expectTypeOf<SdkSession['verified_outputs']>().toExtend<VerificationSession['verified_outputs']>();
expectTypeOf<SdkSession['status']>().toExtend<VerificationSessionStatus>();

// Enums are open: a value Stripe adds tomorrow type-checks…
expectTypeOf<'requires_review'>().toExtend<VerificationSessionStatus>();
expectTypeOf<'address_mismatch'>().toExtend<LastErrorCode>();
expectTypeOf<'validated'>().toExtend<RedactionStatus>();
expectTypeOf<'archiving'>().toExtend<RedactionStatus>();
expectTypeOf<'phone'>().toExtend<VerificationSessionType>();
// …and known values keep autocompletion (they are still literal members).
expectTypeOf<'verified'>().toExtend<VerificationSessionStatus>();

// But the shape is not open: a wrong type is still an error.
// @ts-expect-error `status` must be a string.
const wrong: VerificationSession['status'] = 1;
void wrong;
