import { render } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { expect } from 'vitest';
import type { LastError, Redaction, VerificationSession } from '../../src/core/types.js';
import {
  createMockBackend,
  createMockStripe,
  IdentityTestProvider,
  type MockBackend,
  type MockStripe,
  makeVerificationSession,
} from '../../src/testing/index.js';

/**
 * Runs axe on a rendered container and fails with the rule, its help text and the offending
 * HTML. Two rules are off: `color-contrast`, because jsdom computes no styles (the contrast test
 * in test/theming and the stories in Chromium cover it), and `region`, a page-level rule ("all
 * content inside landmarks") that a component rendered alone cannot satisfy.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  const violations = results.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.html).join(' | ')}`,
  );
  expect(violations).toEqual([]);
}

/** A session as the hooks hold it (no secret, no url), with a fixed id (stable SSR markup). */
export function makeSession(overrides: Partial<VerificationSession> = {}): VerificationSession {
  return makeVerificationSession({
    id: 'vs_test123',
    created: 1_764_000_000,
    options: {},
    ...overrides,
  });
}

/** Renders `ui` inside an `IdentityTestProvider` with a mock backend and Stripe, plus a user. */
export function renderWithProvider(
  ui: ReactNode,
  {
    backend = createMockBackend(),
    stripe = createMockStripe(),
  }: { backend?: MockBackend; stripe?: MockStripe } = {},
) {
  const user = userEvent.setup();
  const result = render(
    <IdentityTestProvider backend={backend} stripe={stripe.stripe}>
      {ui}
    </IdentityTestProvider>,
  );
  return { ...result, user, backend, stripe };
}

/** A session that failed with `code` (and optionally Stripe's `reason`). */
export function failedSession(
  code: string | null,
  reason: string | null = null,
): VerificationSession {
  const lastError: LastError = { code, reason };
  return makeSession({ status: 'requires_input', last_error: lastError });
}

/** A session whose personal data is being or has been deleted. */
export function redactedSession(status: Redaction['status']): VerificationSession {
  return makeSession({ status: 'verified', redaction: { status } });
}

/** Every state the components must render, by name. */
export const SESSION_STATES: Record<string, VerificationSession> = {
  not_started: makeSession(),
  action_required_retryable: failedSession('document_expired'),
  action_required_final: failedSession('selfie_manipulated'),
  processing: makeSession({ status: 'processing' }),
  verified: makeSession({ status: 'verified' }),
  canceled: makeSession({ status: 'canceled' }),
  future_status: makeSession({ status: 'requires_review' }),
};
