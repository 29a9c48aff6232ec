/**
 * Wires the simulated Stripe modal to the simulated backend, once per story.
 *
 * Each story gets its own backend under `/api/identity/<story id>`, so several stories on one
 * docs page never share sessions. One msw handler (installed with the worker, so it survives the
 * addon's per-story reset) routes each request to its story's backend.
 */
import type { Stripe } from '@stripe/stripe-js';
import { QueryClient } from '@tanstack/react-query';
import { getResponse, HttpResponse, http } from 'msw';
import {
  createSimulatedStripe,
  type SimulatedStripe,
  type SimulatedStripeOptions,
} from '../testing/createSimulatedStripe.js';
import {
  createSimulatedBackend,
  type SimulatedBackend,
  type SimulatedBackendOptions,
} from './simulatedBackend.js';

/** `parameters.simulation` of a story: how its backend and Stripe.js behave. */
export interface SimulationParameters
  extends Omit<SimulatedBackendOptions, 'baseUrl' | 'persistKey'> {
  /**
   * What the provider gets as `stripe`: the simulated modal (default), or a Stripe.js load that
   * fails as it does behind an ad blocker or a strict CSP.
   */
  stripe?: 'simulated' | 'blocked';
  /** Answers the simulated modal without showing it. */
  outcome?: SimulatedStripeOptions['outcome'];
  /**
   * On a docs page, keep the simulated modal closed while the flow waits in `verifying` as if
   * it were open: for a story that opens it by itself, whose dialog (modal, focus trapped)
   * would otherwise take over the whole docs page. On the story's own page it opens.
   */
  closedModalInDocs?: boolean;
  /** Share one backend between stories (e.g. the pages of the redirect flow). Default the story id. */
  scope?: string;
  /** Keep the sessions across page loads (`sessionStorage`), for flows that leave the page. */
  persist?: boolean;
  /** Retries of a failed session read (the QueryClient's default). Default: the library's (3). */
  readRetry?: number | false;
}

/** What a story's loader returns under `loaded.simulation`. */
export interface StorySimulation {
  /** The `baseUrl` to give the provider's `backend`. */
  baseUrl: string;
  backend: SimulatedBackend;
  simulatedStripe: SimulatedStripe;
  /** The value for `<IdentityProvider stripe>`. */
  stripe: Stripe | Promise<Stripe>;
  /** A fresh QueryClient per story, so no cached session leaks between stories. */
  queryClient: QueryClient;
}

const ROOT = '/api/identity';
const registry = new Map<string, StorySimulation>();

/** The one handler that routes `/api/identity/<story id>/…` to that story's backend. */
export const simulationRouter = http.all(`${ROOT}/:scope/*`, async ({ request, params }) => {
  const simulation = registry.get(String(params.scope));
  const response = simulation ? await getResponse(simulation.backend.handlers, request) : undefined;
  return (
    response ??
    HttpResponse.json(
      { error: { message: 'No simulated backend for this story.', code: 'resource_missing' } },
      { status: 404 },
    )
  );
});

/** A Stripe.js load that fails, as `loadStripe` does when js.stripe.com is blocked. */
function blockedStripe(): Promise<Stripe> {
  const promise = Promise.reject<Stripe>(new Error('Failed to load Stripe.js'));
  // The provider handles it when it first needs Stripe; until then it is not "unhandled".
  promise.catch(() => {});
  return promise;
}

/**
 * Creates (or recreates) the simulation of one story: a simulated backend with its sessions and
 * a simulated Stripe whose modal drives it.
 */
export function createStorySimulation(
  scope: string,
  parameters: SimulationParameters = {},
  /** Storybook's `viewMode`: `story` (its own page) or `docs`. */
  viewMode = 'story',
): StorySimulation {
  const {
    stripe: stripeMode = 'simulated',
    closedModalInDocs,
    outcome,
    scope: shared,
    persist,
    readRetry,
    ...backendOptions
  } = parameters;
  const answer: SimulationParameters['outcome'] =
    closedModalInDocs && viewMode === 'docs'
      ? () => new Promise<never>(() => {}) // no answer: the flow stays in `verifying`
      : outcome;
  const key = shared ?? scope;
  registry.get(key)?.simulatedStripe.destroy();
  const baseUrl = `${ROOT}/${encodeURIComponent(key)}`;
  const backend = createSimulatedBackend({
    ...backendOptions,
    baseUrl,
    ...(persist ? { persistKey: `rsi-simulated-backend:${key}` } : {}),
  });
  const simulatedStripe = createSimulatedStripe({
    ...(answer === undefined ? {} : { outcome: answer }),
    onSubmit: backend.submit,
    onConsentDeclined: backend.declineConsent,
  });
  const simulation: StorySimulation = {
    baseUrl,
    backend,
    simulatedStripe,
    stripe: stripeMode === 'blocked' ? blockedStripe() : simulatedStripe.stripe,
    queryClient: new QueryClient(
      readRetry === undefined ? {} : { defaultOptions: { queries: { retry: readRetry } } },
    ),
  };
  registry.set(key, simulation);
  return simulation;
}
