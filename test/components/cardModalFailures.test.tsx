import { readdirSync } from 'node:fs';
import path from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { VerificationSessionCard } from '../../src/components/VerificationSessionCard/VerificationSessionCard.js';
import { VERIFY_IDENTITY_FAILURES } from '../../src/core/mapVerifyIdentityResult.js';
import type { IdentityMessages } from '../../src/core/messages.js';
import { createMockStripe, IdentityTestProvider } from '../../src/testing/index.js';

const localesDir = path.resolve(import.meta.dirname, '../../src/locales');
const packs = await Promise.all(
  readdirSync(localesDir)
    .filter((file) => file.endsWith('.ts'))
    .map(async (file) => (await import(path.join(localesDir, file))).default as IdentityMessages),
);

const cases = packs.flatMap((messages) =>
  Object.entries(VERIFY_IDENTITY_FAILURES).map(
    ([code, lastErrorCode]) => [messages.locale, code, lastErrorCode, messages] as const,
  ),
);

describe('<VerificationSessionCard> after the modal fails', () => {
  it.each(cases)(
    '%s: the modal’s %s reads its own message and next step (regression: "could not be completed. Next step: Try again")',
    async (_locale, code, lastErrorCode, messages) => {
      const stripe = createMockStripe({ outcome: { error: { code, message: 'Stripe says no' } } });
      const user = userEvent.setup();
      render(
        <IdentityTestProvider stripe={stripe} messages={messages}>
          <VerificationSessionCard />
        </IdentityTestProvider>,
      );
      const card = screen.getByRole('region', { name: messages.card.label });
      await user.click(within(card).getByRole('button', { name: messages.button.idle }));
      const alert = await within(card).findByRole('alert');
      const text = messages.lastError[lastErrorCode];
      expect(alert).toHaveAttribute('data-code', 'stripe_error');
      expect(alert).toHaveTextContent(`${text.message}${messages.nextStepLabel} ${text.action}`);
      expect(alert).not.toHaveTextContent(messages.error.stripe_error.message);
      expect(alert).not.toHaveTextContent('Stripe says no');
      await waitFor(() =>
        expect(within(card).getByRole('button')).toHaveAccessibleName(messages.button.error),
      );
    },
  );
});
