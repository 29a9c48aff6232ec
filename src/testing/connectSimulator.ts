import type { SimulatedStripeOptions, SimulatedVerdict } from './createSimulatedStripe.js';

/** Options of {@link connectSimulator}. */
export interface ConnectSimulatorOptions {
  /**
   * Where the simulator's test helpers are: its URL (`sim.url`, e.g. `http://127.0.0.1:12111`;
   * it answers browser pages, CORS open), or a path of your server that forwards
   * `/v1/test_helpers/…` to it.
   */
  url: string;
  /** How long a submitted session stays `processing` before its verdict. Default 1500 ms. */
  processingMs?: number;
  /** The `fetch` to call it with. Default the global one. */
  fetch?: typeof fetch;
}

/**
 * Wires the simulated modal of {@link createSimulatedStripe} to a running Identity simulator
 * (`react-stripe-identity/simulator`): what the person picks in the dialog becomes the
 * simulator's verdict, so a page runs the whole flow (your backend, the `stripe` SDK, webhooks)
 * with no Stripe account. "Submit and verify" / "Submit and fail" submit the session (it is
 * `processing` for `processingMs`, then `verified` or back to `requires_input` with that
 * `last_error`); "Decline consent" sets `last_error.code` `consent_declined`.
 *
 * @example
 * const simulated = createSimulatedStripe(connectSimulator({ url: 'http://127.0.0.1:12111' }));
 * <IdentityProvider stripe={simulated.stripe}>…</IdentityProvider>
 */
export function connectSimulator(
  options: ConnectSimulatorOptions,
): Required<Pick<SimulatedStripeOptions, 'onSubmit' | 'onConsentDeclined'>> {
  const base = options.url.replace(/\/+$/, '');
  const call = async (id: string, action: 'submit' | 'fail', form: Record<string, string>) => {
    const doFetch = options.fetch ?? globalThis.fetch;
    const response = await doFetch(
      `${base}/v1/test_helpers/identity/verification_sessions/${encodeURIComponent(id)}/${action}`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
      },
    );
    if (!response.ok) {
      throw new Error(
        `[react-stripe-identity] connectSimulator(): the simulator answered ${response.status} to ${action} of ${id}; check that it runs at ${base}.`,
      );
    }
  };
  return {
    onSubmit: (id: string, verdict: SimulatedVerdict) =>
      call(id, 'submit', {
        after_ms: String(options.processingMs ?? 1500),
        ...(verdict.status === 'verified'
          ? { verdict: 'verified' }
          : {
              verdict: String(verdict.last_error.code),
              ...(verdict.last_error.reason ? { reason: verdict.last_error.reason } : {}),
            }),
      }),
    onConsentDeclined: (id: string) => call(id, 'fail', { code: 'consent_declined' }),
  };
}
