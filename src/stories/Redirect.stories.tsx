import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { VerificationSessionCard } from '../components/VerificationSessionCard/VerificationSessionCard.js';
import {
  clearRedirectSession,
  REDIRECT_SESSION_STORAGE_KEY,
  rememberRedirectSession,
} from '../core/redirectStorage.js';
import { useVerificationReturn } from '../react/useVerificationReturn.js';
import { packOf } from './locales.js';
import { SimulatedHostedPage, sessionIdFromLocation } from './SimulatedHostedPage.js';
import type { SimulationParameters, StorySimulation } from './simulation.js';

/**
 * Redirect mode: the backend returns Stripe's hosted-page `url` instead of a `client_secret`,
 * the button sends the browser there, and Stripe sends it back to your return page, where
 * `useVerificationReturn()` follows the session.
 *
 * Click through it: **Start** → the simulated hosted page → the return page (the three share
 * one simulated backend kept in `sessionStorage`, since the page reloads on the way). The other
 * stories test each step in isolation.
 */
const meta = {
  title: 'Flows/Redirect',
  parameters: { a11y: { context: 'body' } },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/** The three click-through stories share one backend that survives page loads. */
const clickThrough: SimulationParameters = { scope: 'flows-redirect', persist: true };
const WAIT = { timeout: 12_000 };

function simulationOf(loaded: Record<string, unknown>): StorySimulation {
  return loaded.simulation as StorySimulation;
}

/** The host's own page, in the toolbar's theme: a title over what it shows. */
const returnPage = { display: 'grid', gap: 16, lineHeight: 1.5 } as const;

/**
 * What a host's return page renders: `useVerificationReturn()` finds the id, and the card
 * follows it (and offers "Try again" in redirect mode when the check failed).
 */
function HostReturnPage(): ReactNode {
  const { sessionId } = useVerificationReturn({ enabled: false });
  return (
    <main style={returnPage}>
      <h1 style={{ margin: 0, fontSize: 24, lineHeight: 1.3 }}>Identity verification</h1>
      {sessionId ? (
        <VerificationSessionCard sessionId={sessionId} mode="redirect" />
      ) : (
        <p style={{ margin: 0 }}>
          No verification in progress.{' '}
          <a
            href="iframe.html?id=flows-redirect--start&viewMode=story"
            style={{ color: 'inherit' }}
          >
            Start one
          </a>{' '}
          (<strong>Flows / Redirect / Start</strong>).
        </p>
      )}
    </main>
  );
}

/** Click the button: the browser goes to the simulated hosted page. Opening it starts afresh. */
export const Start: Story = {
  parameters: { simulation: clickThrough },
  beforeEach: ({ loaded }) => {
    simulationOf(loaded).backend.reset();
  },
  render: () => <VerificationSessionCard mode="redirect" />,
};

/** Stripe's hosted page, simulated. Reached from **Start**; alone it has no session. */
export const HostedPage: Story = {
  parameters: { simulation: clickThrough, identity: { width: 'page' } },
  render: (_args, { loaded }) => (
    <SimulatedHostedPage
      sessionId={sessionIdFromLocation()}
      backend={simulationOf(loaded).backend}
      navigate={(url) => window.location.assign(url)}
    />
  ),
};

/** The host's return page: `useVerificationReturn()` reads `?session_id=` and follows it. */
export const ReturnPage: Story = {
  parameters: { simulation: clickThrough },
  render: () => <HostReturnPage />,
};

const navigateSpy = fn();

/**
 * The hand-off, tested: the button asks the backend for a `url` and gives it to `navigate`
 * (injected here instead of leaving the page). Only the session id is remembered.
 */
export const HandOff: Story = {
  render: () => <VerificationSessionCard mode="redirect" navigate={navigateSpy} />,
  beforeEach: () => {
    navigateSpy.mockClear();
    return () => clearRedirectSession();
  },
  play: async (context) => {
    const card = within(context.canvasElement).getByRole('region');
    await userEvent.click(within(card).getByRole('button', { name: packOf(context).button.idle }));
    await waitFor(() => expect(navigateSpy).toHaveBeenCalledTimes(1), WAIT);
    const [id] = simulationOf(context.loaded).backend.ids();
    const url = new URL(String(navigateSpy.mock.calls[0]?.[0]));
    await expect(url.searchParams.get('id')).toBe('flows-redirect--hosted-page');
    await expect(url.searchParams.get('session')).toBe(id);
    await expect(url.href).not.toContain('_secret_');
    await expect(window.sessionStorage.getItem(REDIRECT_SESSION_STORAGE_KEY)).toBe(id);
  },
};

const hostedNavigateSpy = fn();

/** The hosted page, tested: submitting records the verdict and returns with `?session_id=`. */
export const HostedPageSubmit: Story = {
  parameters: {
    simulation: { sessions: [{ id: 'vs_hostedTest', status: 'requires_input' }] },
    identity: { width: 'page' },
  },
  beforeEach: () => {
    hostedNavigateSpy.mockClear();
  },
  render: (_args, { loaded }) => (
    <SimulatedHostedPage
      sessionId="vs_hostedTest"
      backend={simulationOf(loaded).backend}
      navigate={hostedNavigateSpy}
    />
  ),
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Submit and verify' }));
    await expect(simulationOf(context.loaded).backend.get('vs_hostedTest')?.status).toBe(
      'processing',
    );
    const url = new URL(String(hostedNavigateSpy.mock.calls[0]?.[0]));
    await expect(url.searchParams.get('id')).toBe('flows-redirect--return-page');
    await expect(url.searchParams.get('session_id')).toBe('vs_hostedTest');
  },
};

/** The return page, tested: it finds the id redirect mode remembered and shows the verdict. */
export const ReturnPageFollows: Story = {
  parameters: {
    simulation: {
      sessions: [
        {
          id: 'vs_returnTest',
          status: 'requires_input',
          last_error: { code: 'selfie_face_mismatch', reason: null },
        },
      ],
    },
  },
  beforeEach: () => {
    rememberRedirectSession('vs_returnTest');
    return () => clearRedirectSession();
  },
  render: () => <HostReturnPage />,
  play: async (context) => {
    const messages = packOf(context);
    const canvas = within(context.canvasElement);
    await waitFor(
      () =>
        expect(canvas.getByRole('status')).toHaveTextContent(messages.phase.action_required.title),
      WAIT,
    );
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      messages.lastError.selfie_face_mismatch.message,
    );
  },
};
