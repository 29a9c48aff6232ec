import { screen, within } from '@testing-library/dom';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LAST_ERROR_CODES } from '../../src/core/types.js';
import {
  createSimulatedStripe,
  SIMULATED_UNKNOWN_CODE,
} from '../../src/testing/createSimulatedStripe.js';

const SECRET = 'vs_123abc_secret_topsecretvalue';

afterEach(() => {
  document.body.innerHTML = '';
});

function dialog() {
  return screen.getByRole('dialog', { name: 'Stripe Identity (simulated)' });
}

describe('createSimulatedStripe with outcome', () => {
  it('should resolve a verified submission like Stripe.js and report the verdict', async () => {
    const onSubmit = vi.fn();
    const simulated = createSimulatedStripe({ outcome: 'verify', onSubmit });
    await expect(simulated.verifyIdentity(SECRET)).resolves.toEqual({
      verificationSession: { id: 'vs_123abc' },
    });
    expect(onSubmit).toHaveBeenCalledWith('vs_123abc', { status: 'verified' });
    expect(document.querySelector('[role="dialog"]')).toBeNull();
  });

  it('should resolve a failing submission as submitted and report the last_error', async () => {
    const onSubmit = vi.fn();
    const simulated = createSimulatedStripe({
      outcome: { action: 'fail', code: 'document_expired' },
      onSubmit,
    });
    await expect(simulated.verifyIdentity(SECRET)).resolves.toEqual({
      verificationSession: { id: 'vs_123abc' },
    });
    expect(onSubmit).toHaveBeenCalledWith('vs_123abc', {
      status: 'requires_input',
      last_error: { code: 'document_expired', reason: null },
    });
  });

  it('should return session_cancelled when the modal is closed', async () => {
    const onClose = vi.fn();
    const onSubmit = vi.fn();
    const simulated = createSimulatedStripe({ outcome: 'close', onClose, onSubmit });
    const result = await simulated.verifyIdentity(SECRET);
    expect(result.error).toMatchObject({
      type: 'invalid_request_error',
      code: 'session_cancelled',
    });
    expect(result.error?.message).toEqual(expect.any(String));
    expect(onClose).toHaveBeenCalledWith('vs_123abc');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('should return consent_declined and report it when consent is declined', async () => {
    const onConsentDeclined = vi.fn();
    const simulated = createSimulatedStripe({ outcome: 'decline_consent', onConsentDeclined });
    const result = await simulated.verifyIdentity(SECRET);
    expect(result.error).toMatchObject({ code: 'consent_declined' });
    expect(onConsentDeclined).toHaveBeenCalledWith('vs_123abc');
  });

  it('should ask an outcome function with the session id', async () => {
    const outcome = vi.fn(async () => 'verify' as const);
    const simulated = createSimulatedStripe({ outcome });
    await simulated.verifyIdentity(SECRET);
    expect(outcome).toHaveBeenCalledWith('vs_123abc');
  });

  it('should wait for onSubmit before resolving, so the backend is processing when Stripe.js returns', async () => {
    const order: string[] = [];
    const simulated = createSimulatedStripe({
      outcome: 'verify',
      onSubmit: async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        order.push('backend updated');
      },
    });
    await simulated.verifyIdentity(SECRET);
    order.push('resolved');
    expect(order).toEqual(['backend updated', 'resolved']);
  });

  it('should reject a string that is not a session client_secret without echoing it', async () => {
    const simulated = createSimulatedStripe({ outcome: 'verify' });
    const result = await simulated.verifyIdentity('pi_999_secret_leakme');
    expect(result.error).toMatchObject({ code: 'resource_missing' });
    expect(JSON.stringify(result)).not.toContain('leakme');
    expect(simulated.calls.verifyIdentity).toHaveLength(0);
  });

  it('should record calls by session id and never record the secret', async () => {
    const simulated = createSimulatedStripe({ outcome: 'verify' });
    simulated.registerAppInfo({ name: 'react-stripe-identity', version: '0.1.0' });
    await simulated.verifyIdentity(SECRET);
    expect(simulated.calls.verifyIdentity).toEqual([
      { sessionId: 'vs_123abc', outcome: { action: 'verify' } },
    ]);
    expect(simulated.calls.registerAppInfo).toEqual([
      { name: 'react-stripe-identity', version: '0.1.0' },
    ]);
    expect(JSON.stringify(simulated.calls)).not.toContain('topsecretvalue');
  });

  it('should be usable where a Stripe instance is expected', () => {
    const simulated = createSimulatedStripe();
    expect(simulated.stripe.verifyIdentity).toBe(simulated.verifyIdentity);
  });
});

describe('createSimulatedStripe dialog', () => {
  it('should open a labelled modal dialog with one primary action and three secondary ones', async () => {
    const simulated = createSimulatedStripe();
    const pending = simulated.verifyIdentity(SECRET);
    const modal = dialog();
    expect(modal).toHaveAttribute('aria-modal', 'true');
    expect(modal).toHaveAccessibleDescription(/session vs_123abc/);
    const ui = within(modal);
    expect(ui.getByRole('button', { name: 'Submit and verify' })).toHaveFocus();
    expect(ui.getByRole('button', { name: 'Submit and fail' })).toBeInTheDocument();
    expect(ui.getByRole('button', { name: 'Decline consent' })).toBeInTheDocument();
    expect(ui.getByRole('button', { name: 'Close' })).toBeInTheDocument();
    // Only the first is filled with the primary colour (regression: four equal full-width buttons).
    const filled = ui
      .getAllByRole('button')
      .filter((button) => button.style.background === 'rgb(99, 91, 255)');
    expect(filled.map((button) => button.textContent)).toEqual(['Submit and verify']);
    expect(simulated.isOpen()).toBe(true);
    simulated.destroy();
    await pending;
  });

  it('should offer each of the 19 last_error codes and one unknown code, named in plain words (regression: "(last_error.code)" shown to users)', async () => {
    const simulated = createSimulatedStripe();
    const pending = simulated.verifyIdentity(SECRET);
    const select = within(dialog()).getByRole('combobox', {
      name: 'Or make the check fail because',
    });
    const options = Array.from((select as HTMLSelectElement).options);
    expect(options.map((o) => o.value).sort()).toEqual(
      [...LAST_ERROR_CODES, SIMULATED_UNKNOWN_CODE].sort(),
    );
    for (const option of options) expect(option.textContent).not.toMatch(/_|last_error/);
    expect(dialog().textContent).not.toMatch(/last_error|[a-z]+_[a-z]+_/);
    simulated.destroy();
    await pending;
  });

  it('should never write the client_secret to the DOM', async () => {
    const simulated = createSimulatedStripe();
    const pending = simulated.verifyIdentity(SECRET);
    expect(document.documentElement.outerHTML).not.toContain('secret');
    expect(document.documentElement.outerHTML).not.toContain('topsecretvalue');
    simulated.destroy();
    await pending;
  });

  it('should submit as verified when the person clicks it', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    const simulated = createSimulatedStripe({ onSubmit });
    const pending = simulated.verifyIdentity(SECRET);
    await user.click(screen.getByRole('button', { name: 'Submit and verify' }));
    await expect(pending).resolves.toEqual({ verificationSession: { id: 'vs_123abc' } });
    expect(onSubmit).toHaveBeenCalledWith('vs_123abc', { status: 'verified' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(simulated.isOpen()).toBe(false);
  });

  it('should submit with the selected failure code', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    const simulated = createSimulatedStripe({ onSubmit });
    const pending = simulated.verifyIdentity(SECRET);
    await user.selectOptions(screen.getByRole('combobox'), 'selfie_face_mismatch');
    await user.click(screen.getByRole('button', { name: 'Submit and fail' }));
    await pending;
    expect(onSubmit).toHaveBeenCalledWith('vs_123abc', {
      status: 'requires_input',
      last_error: { code: 'selfie_face_mismatch', reason: null },
    });
  });

  it('should send a reason with the unknown code, as Stripe does', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    const simulated = createSimulatedStripe({ onSubmit });
    const pending = simulated.verifyIdentity(SECRET);
    await user.selectOptions(screen.getByRole('combobox'), SIMULATED_UNKNOWN_CODE);
    await user.click(screen.getByRole('button', { name: 'Submit and fail' }));
    await pending;
    expect(onSubmit).toHaveBeenCalledWith('vs_123abc', {
      status: 'requires_input',
      last_error: { code: SIMULATED_UNKNOWN_CODE, reason: expect.stringContaining('address') },
    });
  });

  it('should decline consent when the person clicks it', async () => {
    const user = userEvent.setup();
    const simulated = createSimulatedStripe();
    const pending = simulated.verifyIdentity(SECRET);
    await user.click(screen.getByRole('button', { name: 'Decline consent' }));
    expect((await pending).error?.code).toBe('consent_declined');
  });

  it('should close on Escape and give focus back to the element that opened it', async () => {
    const user = userEvent.setup();
    const opener = document.createElement('button');
    opener.textContent = 'Verify';
    document.body.append(opener);
    opener.focus();
    const simulated = createSimulatedStripe();
    const pending = simulated.verifyIdentity(SECRET);
    expect(opener).not.toHaveFocus();
    await user.keyboard('{Escape}');
    expect((await pending).error?.code).toBe('session_cancelled');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('should keep focus inside the dialog when tabbing past either end', async () => {
    const user = userEvent.setup();
    const outside = document.createElement('button');
    outside.textContent = 'Outside';
    document.body.append(outside);
    const simulated = createSimulatedStripe();
    const pending = simulated.verifyIdentity(SECRET);
    const modal = dialog();
    const verify = within(modal).getByRole('button', { name: 'Submit and verify' });
    const close = within(modal).getByRole('button', { name: 'Close' });
    await user.tab({ shift: true });
    expect(close).toHaveFocus();
    await user.tab();
    expect(verify).toHaveFocus();
    for (let i = 0; i < 8; i += 1) {
      await user.tab();
      expect(modal).toContainElement(document.activeElement as HTMLElement);
    }
    outside.focus();
    expect(modal).toContainElement(document.activeElement as HTMLElement);
    simulated.destroy();
    await pending;
  });

  it('should refuse a second verifyIdentity while the dialog is open', async () => {
    const simulated = createSimulatedStripe();
    const first = simulated.verifyIdentity(SECRET);
    const second = await simulated.verifyIdentity(SECRET);
    expect(second.error?.message).toMatch(/already open/);
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    simulated.answer('verify');
    await expect(first).resolves.toEqual({ verificationSession: { id: 'vs_123abc' } });
  });

  it('should explain the fix when answer() is called with no dialog open', () => {
    const simulated = createSimulatedStripe();
    expect(() => simulated.answer('verify')).toThrow(
      /SimulatedStripe\.answer\(\) was called with no dialog open/,
    );
  });

  it('should render into the given container', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const simulated = createSimulatedStripe({ container });
    const pending = simulated.verifyIdentity(SECRET);
    expect(container.querySelector('[role="dialog"]')).not.toBeNull();
    simulated.destroy();
    await pending;
  });
});
