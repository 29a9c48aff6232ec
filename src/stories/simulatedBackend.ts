/**
 * A simulated host backend for the stories: msw request handlers that implement the library's
 * default HTTP contract (the one `react-stripe-identity/server` serves and `createHttpBackend`
 * calls) over in-memory sessions. The components make real `fetch` calls; msw's service worker
 * answers them in the page, so Storybook works offline with no keys.
 *
 * Sessions follow Stripe's lifecycle: created in `requires_input`, reused (same id, fresh secret)
 * while `requires_input`, `processing` for `processingMs` after a submission, then `verified` or
 * back to `requires_input` with `last_error`.
 */
import { delay, HttpResponse, http, type RequestHandler } from 'msw';
import {
  DEFAULT_BASE_URL,
  errorBody,
  type IdentityServerErrorCode,
  MODE_HEADER,
  parseModeHeader,
  sessionsUrl,
} from '../core/contract.js';
import type { LastError, VerificationSession } from '../core/types.js';
import type { SimulatedVerdict } from '../testing/createSimulatedStripe.js';
import { makeVerificationSession } from '../testing/makeVerificationSession.js';

/** Options of {@link createSimulatedBackend}. */
export interface SimulatedBackendOptions {
  /** Where the handlers are mounted. Default `/api/identity`, the library's default. */
  baseUrl?: string;
  /** How long a submitted session stays `processing` before its verdict. Default 1500 ms. */
  processingMs?: number;
  /** Network latency added to every answer. Default 150 ms, so loading states are visible. */
  latencyMs?: number;
  /** Sessions that exist before the story starts (fields not given take simulated defaults). */
  sessions?: Array<Partial<VerificationSession> & { id: string }>;
  /** Every request fails with HTTP 500: the host's backend is down. */
  down?: boolean;
  /**
   * How creating a session fails, in this story only (a docs page shows several stories at
   * once, so a per-story msw override would answer for all of them): `offline`, the request
   * never reaches a server; `not_json`, a proxy answers with its own HTML page.
   */
  failCreate?: 'offline' | 'not_json';
  /** Reads (`GET`) fail with HTTP 500 while creating works. */
  failReads?: boolean;
  /** Reads never answer: the loading state stays on screen. */
  hangReads?: boolean;
  /** The hosted-page URL returned in redirect mode. Default a page of the redirect story. */
  hostedUrl?: (sessionId: string) => string;
  /**
   * Keep the sessions in `sessionStorage` under this key, so they survive a page load (the
   * redirect flow leaves the page and comes back). Secrets are never stored.
   */
  persistKey?: string;
}

/** A running simulated backend. */
export interface SimulatedBackend {
  /** The msw handlers; give them to `msw.use(...)` (or `parameters.msw`). */
  readonly handlers: RequestHandler[];
  /** The session as the backend holds it (secret excluded), or `undefined`. */
  get(id: string): VerificationSession | undefined;
  /** Every session id, oldest first. */
  ids(): string[];
  /** How many requests each route answered, for assertions. */
  readonly requests: { create: number; read: number };
  /** What Stripe does on a submission: `processing` now, the verdict after `processingMs`. */
  submit(id: string, verdict: SimulatedVerdict): void;
  /** What Stripe does when the person declines consent. */
  declineConsent(id: string): void;
  /** Forgets every session and pending verdict, and the persisted copy. */
  reset(): void;
}

let idCounter = 0;

interface Pending {
  verdict: SimulatedVerdict;
  /** When (epoch ms) the verdict replaces `processing`. */
  at: number;
}

interface SessionRecord {
  session: VerificationSession;
  pending: Pending | null;
}

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

function load(key: string | undefined): Array<[string, SessionRecord]> {
  if (!key) return [];
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? (parsed as Array<[string, SessionRecord]>) : [];
  } catch {
    return [];
  }
}

function save(key: string | undefined, records: Map<string, SessionRecord>): void {
  if (!key) return;
  try {
    // Sessions hold no secret: `client_secret` and `url` are only ever minted in responses.
    storage()?.setItem(key, JSON.stringify(Array.from(records.entries())));
  } catch {
    // No storage (privacy mode): the simulation still works within the page.
  }
}

function randomPart(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** A full session in Stripe's shape with simulated defaults, `requires_input`. */
export function simulatedSession(
  overrides: Partial<VerificationSession> & { id: string },
): VerificationSession {
  return makeVerificationSession({
    client_reference_id: 'user_simulated',
    created: Math.floor(Date.now() / 1000),
    options: {
      document: {
        allowed_types: ['driving_license', 'id_card', 'passport'],
        require_matching_selfie: true,
      },
    },
    verified_outputs: null,
    ...overrides,
  });
}

function errorResponse(status: number, message: string, code: IdentityServerErrorCode) {
  return HttpResponse.json(errorBody(code, message), { status });
}

/** The hosted page of the redirect story; `session` is an id, never a secret. */
function defaultHostedUrl(sessionId: string): string {
  const here = typeof location === 'undefined' ? 'http://localhost/' : location.href;
  const url = new URL('iframe.html', here);
  url.search = new URLSearchParams({
    id: 'flows-redirect--hosted-page',
    viewMode: 'story',
    session: sessionId,
  }).toString();
  return url.toString();
}

/**
 * Creates a simulated backend: in-memory sessions behind msw handlers for
 * `POST {baseUrl}/verification-sessions` and `GET {baseUrl}/verification-sessions/:id`.
 *
 * @example
 * const backend = createSimulatedBackend();
 * msw.use(...backend.handlers);
 * const stripe = createSimulatedStripe({ onSubmit: backend.submit, onConsentDeclined: backend.declineConsent });
 */
export function createSimulatedBackend(options: SimulatedBackendOptions = {}): SimulatedBackend {
  const collection = sessionsUrl(options.baseUrl ?? DEFAULT_BASE_URL);
  const processingMs = options.processingMs ?? 1500;
  const latencyMs = options.latencyMs ?? 150;
  const hostedUrl = options.hostedUrl ?? defaultHostedUrl;
  const requests = { create: 0, read: 0 };
  // A submitted session is `processing` until `at`, then becomes its verdict: computed when read,
  // so nothing is lost when the page reloads and no timer outlives the story.
  const records = new Map<string, SessionRecord>(load(options.persistKey));
  for (const seed of options.sessions ?? []) {
    records.set(seed.id, { session: simulatedSession(seed), pending: null });
  }
  save(options.persistKey, records);

  const settle = (record: SessionRecord): VerificationSession => {
    if (record.pending && Date.now() >= record.pending.at) {
      const { verdict } = record.pending;
      record.session = {
        ...record.session,
        status: verdict.status,
        last_error: verdict.status === 'verified' ? null : verdict.last_error,
      };
      record.pending = null;
      save(options.persistKey, records);
    }
    return record.session;
  };
  const current = (id: string) => {
    const record = records.get(id);
    return record ? settle(record) : undefined;
  };
  const update = (id: string, patch: Partial<VerificationSession>, pending: Pending | null) => {
    const record = records.get(id);
    if (!record) return;
    record.session = { ...record.session, ...patch };
    record.pending = pending;
    save(options.persistKey, records);
  };

  const latest = () => {
    const id = Array.from(records.keys()).at(-1);
    return id === undefined ? undefined : current(id);
  };

  const create = http.post(collection, async ({ request }) => {
    requests.create += 1;
    await delay(latencyMs);
    if (options.down) {
      return errorResponse(500, 'The identity service is unavailable.', 'internal_error');
    }
    if (options.failCreate === 'offline') return HttpResponse.error();
    if (options.failCreate === 'not_json') {
      return new HttpResponse('<html>Gateway</html>', { headers: { 'Content-Type': 'text/html' } });
    }
    const mode = parseModeHeader(request.headers.get(MODE_HEADER));
    if (!mode) return errorResponse(400, `Unknown ${MODE_HEADER}.`, 'invalid_request');
    let session = latest();
    if (session?.status === 'processing') {
      return errorResponse(409, 'Your verification is being checked.', 'verification_processing');
    }
    if (session?.status === 'verified') {
      return errorResponse(409, 'Your identity is already verified.', 'already_verified');
    }
    // Reuse the session while it needs input (same id, fresh secret), as Stripe recommends.
    if (session?.status !== 'requires_input' || session.redaction) {
      idCounter += 1;
      session = simulatedSession({ id: `vs_sim${idCounter}${randomPart(10)}` });
      records.set(session.id, { session, pending: null });
      save(options.persistKey, records);
    }
    if (mode === 'redirect')
      return HttpResponse.json({ id: session.id, url: hostedUrl(session.id) });
    return HttpResponse.json({
      id: session.id,
      client_secret: `${session.id}_secret_${randomPart(24)}`,
    });
  });

  const read = http.get(`${collection}/:id`, async ({ params }) => {
    requests.read += 1;
    if (options.hangReads) await delay('infinite');
    await delay(latencyMs);
    if (options.down || options.failReads) {
      return errorResponse(500, 'The identity service is unavailable.', 'internal_error');
    }
    const session = current(String(params.id));
    if (!session) return errorResponse(404, 'No such verification session.', 'not_found');
    return HttpResponse.json({ ...session, client_secret: null, url: null });
  });

  return {
    handlers: [create, read],
    get: current,
    ids: () => Array.from(records.keys()),
    requests,
    submit(id, verdict) {
      update(
        id,
        { status: 'processing', last_error: null },
        { verdict, at: Date.now() + processingMs },
      );
    },
    declineConsent(id) {
      const lastError: LastError = { code: 'consent_declined', reason: null };
      update(id, { status: 'requires_input', last_error: lastError }, null);
    },
    reset() {
      records.clear();
      if (options.persistKey) storage()?.removeItem(options.persistKey);
    },
  };
}
