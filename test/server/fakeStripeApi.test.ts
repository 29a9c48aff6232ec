// @vitest-environment node
// The fake of Stripe's API answers as Stripe does where it matters, and knows exactly the
// parameters of the pinned `stripe` SDK (checked against the SDK's own .d.ts, so it cannot drift).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Stripe from 'stripe';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FAKE_FAULTS_PATH,
  FAKE_REQUESTS_PATH,
  type FakeParamTree,
  type FakeStripeApi,
  fakeStripeClientOptions,
  KNOWN_PARAMS,
  startFakeStripeApi,
} from '../../examples/fake-stripe-api/index.mjs';
import { API_KEY } from './strictStripe.js';

// ─── The SDK's .d.ts, read as text ────────────────────────────────────────────────────────────

// The `esm` folder of the installed `stripe` package (its exports map hides package.json).
const sdkTypes = path.dirname(
  createRequire(import.meta.url)
    .resolve('stripe')
    .replace(/cjs[\\/][^\\/]+$/, 'esm/x'),
);
const read = (file: string) =>
  readFileSync(path.join(sdkTypes, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');

/** The text between the braces that follow the first match of `header` in `text`. */
function block(text: string, header: RegExp): string | undefined {
  const match = header.exec(text);
  if (!match) return undefined;
  let depth = 0;
  const start = match.index + match[0].length;
  for (let i = start; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    if (text[i] === '}') {
      if (depth === 0) return text.slice(start, i);
      depth -= 1;
    }
  }
  throw new Error(`unbalanced braces after ${header}`);
}

/** The `name?: Type;` members at depth 0 of an interface body. */
function members(body: string): [string, string][] {
  const out: [string, string][] = [];
  let depth = 0;
  for (const line of body.split('\n')) {
    const m = depth === 0 ? /^\s*(\w+)\??:\s*(.+?);?\s*$/.exec(line) : null;
    if (m) out.push([m[1]!, m[2]!]);
    depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
  }
  return out;
}

type Shape = { [name: string]: true | Shape };

/**
 * The parameter tree of interface `name` declared in `scope`: a member whose type is an
 * interface of the namespace of the same name (`Options`, `Emptyable<Options.Document>`) nests.
 */
function shape(scope: string, name: string, extra: Record<string, string> = {}): Shape {
  const header = new RegExp(`\\binterface ${name}\\b([^{]*)\\{`);
  const body = block(scope, header);
  if (body === undefined) throw new Error(`interface ${name} not found in the stripe SDK types`);
  const inner = block(scope, new RegExp(`\\bnamespace ${name}\\s*\\{`));
  const out: Shape = {};
  const base = /extends\s+(\w+)/.exec(header.exec(scope)?.[1] ?? '')?.[1];
  if (base) Object.assign(out, shape(extra[base] ?? '', base));
  for (const [prop, type] of members(body)) {
    const ref = /([A-Z]\w*)>?$/.exec(type)?.[1];
    out[prop] =
      inner && ref && new RegExp(`\\binterface ${ref}\\b`).test(inner) ? shape(inner, ref) : true;
  }
  return out;
}

const namesOf = (tree: FakeParamTree): Shape =>
  Object.fromEntries(
    Object.entries(tree).map(([k, v]) => [k, typeof v === 'string' ? true : namesOf(v)]),
  );

describe('KNOWN_PARAMS against the pinned stripe SDK types', () => {
  const sessions = read('resources/Identity/VerificationSessions.d.ts');
  const shared = { PaginationParams: read('shared.d.ts') };

  it('should list exactly the create parameters of VerificationSessionCreateParams', () => {
    const sdk = shape(sessions, 'VerificationSessionCreateParams');
    expect(Object.keys(sdk)).toContain('client_reference_id'); // the parser found the interface
    expect(namesOf(KNOWN_PARAMS.create)).toEqual(sdk);
  });

  it('should list exactly the retrieve parameters of VerificationSessionRetrieveParams', () => {
    expect(namesOf(KNOWN_PARAMS.retrieve)).toEqual(
      shape(sessions, 'VerificationSessionRetrieveParams'),
    );
  });

  it('should list exactly the list parameters of VerificationSessionListParams (with pagination)', () => {
    const sdk = shape(sessions, 'VerificationSessionListParams', shared);
    expect(Object.keys(sdk)).toEqual(expect.arrayContaining(['limit', 'starting_after']));
    expect(namesOf(KNOWN_PARAMS.list)).toEqual(sdk);
  });

  it('should read nested interfaces (the parser is not vacuous)', () => {
    const create = shape(sessions, 'VerificationSessionCreateParams');
    expect(create.options).toEqual({
      document: {
        allowed_types: true,
        require_id_number: true,
        require_live_capture: true,
        require_matching_selfie: true,
      },
    });
    expect(create.related_person).toEqual({ account: true, person: true });
  });
});

// ─── The fake over HTTP, through the real SDK ──────────────────────────────────────────────────

let api: FakeStripeApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function start(options: Parameters<typeof startFakeStripeApi>[0] = {}) {
  api = await startFakeStripeApi(options);
  const stripe = new Stripe(API_KEY, fakeStripeClientOptions(api));
  return { api, sessions: stripe.identity.verificationSessions };
}

async function rejection(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  return promise.then(
    () => {
      throw new Error('expected Stripe to refuse');
    },
    (error: Stripe.errors.StripeError) => error,
  );
}

describe('the fake Stripe API', () => {
  it.each([
    ['a top-level parameter', { bogus: 'x' }, 'bogus'],
    [
      'a nested parameter',
      { options: { document: { selfie: true } } },
      'options[document][selfie]',
    ],
    [
      'a parameter of another object',
      { provided_details: { name: 'x' } },
      'provided_details[name]',
    ],
  ])(
    'should answer 400 invalid_request_error naming %s it does not know',
    async (_, params, param) => {
      const { sessions, api } = await start();
      const error = await rejection(
        sessions.create(params as Stripe.Identity.VerificationSessionCreateParams),
      );
      expect(error.type).toBe('StripeInvalidRequestError');
      expect(error.statusCode).toBe(400);
      expect(error.rawType).toBe('invalid_request_error');
      expect(error.code).toBe('parameter_unknown');
      expect(error.param).toBe(param);
      expect(error.message).toBe(`Received unknown parameter: ${param}`);
      expect(api.sessions.size).toBe(0);
    },
  );

  it('should accept every known create parameter the SDK sends', async () => {
    const { sessions } = await start();
    const created = await sessions.create({
      type: 'document',
      client_reference_id: 'u1',
      metadata: { a: '1' },
      options: {
        document: {
          allowed_types: ['passport', 'id_card'],
          require_id_number: false,
          require_live_capture: true,
          require_matching_selfie: true,
        },
      },
      provided_details: { email: 'a@example.com' },
      return_url: 'https://app.example.com/done',
      expand: ['verified_outputs'],
    });
    expect(created).toMatchObject({
      client_reference_id: 'u1',
      metadata: { a: '1' },
      options: { document: { allowed_types: ['passport', 'id_card'], require_live_capture: true } },
      provided_details: { email: 'a@example.com' },
      verified_outputs: null,
    });
  });

  it('should refuse unknown list and retrieve parameters, and a limit out of range', async () => {
    const { sessions } = await start();
    const list = await rejection(
      sessions.list({ customer: 'x' } as Stripe.Identity.VerificationSessionListParams),
    );
    expect(list.param).toBe('customer');
    const limit = await rejection(sessions.list({ limit: 101 }));
    expect(limit.param).toBe('limit');
    const { id } = await sessions.create({});
    const retrieve = await rejection(
      sessions.retrieve(id, {
        expand: ['x'],
        bogus: 1,
      } as Stripe.Identity.VerificationSessionRetrieveParams),
    );
    expect(retrieve.param).toBe('bogus');
  });

  it('should refuse a metadata value over 500 characters, as Stripe does', async () => {
    const { sessions } = await start();
    const error = await rejection(sessions.create({ metadata: { k: 'x'.repeat(501) } }));
    expect(error.statusCode).toBe(400);
    expect(error.message).toMatch(/up to 500 characters/);
  });

  it('should replay the first answer for a reused key, and answer idempotency_error with other parameters', async () => {
    const { sessions, api } = await start();
    const first = await sessions.create({ type: 'document' }, { idempotencyKey: 'k1' });
    const again = await sessions.create({ type: 'document' }, { idempotencyKey: 'k1' });
    expect(again.id).toBe(first.id);
    expect(again.client_secret).toBe(first.client_secret);
    expect(again.lastResponse.headers['idempotent-replayed']).toBe('true');
    const error = await rejection(sessions.create({ type: 'id_number' }, { idempotencyKey: 'k1' }));
    expect(error.type).toBe('StripeIdempotencyError');
    expect(error.statusCode).toBe(400);
    expect(error.message).toMatch(/same parameters they were first used with/);
    expect(api.sessions.size).toBe(1);
  });

  it('should answer 409 idempotency_error while a request with the same key is in flight', async () => {
    const { sessions, api } = await start({ latencyMs: 300 });
    const [a, b] = await Promise.allSettled([
      sessions.create({}, { idempotencyKey: 'k2' }),
      sessions.create({}, { idempotencyKey: 'k2' }),
    ]);
    const refused = [a, b].find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect([a, b].filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(refused.reason.statusCode).toBe(409);
    expect(refused.reason.rawType).toBe('idempotency_error');
    expect(api.sessions.size).toBe(1);
  });

  it('should answer 404 resource_missing for an unknown session', async () => {
    const { sessions } = await start();
    const error = await rejection(sessions.retrieve('vs_missing'));
    expect(error.statusCode).toBe(404);
    expect(error.code).toBe('resource_missing');
    expect(error.type).toBe('StripeInvalidRequestError');
  });

  it('should answer scripted faults for the next N requests of a route, then recover', async () => {
    const { sessions, api } = await start();
    api.injectFaults([
      { status: 429, route: 'list', times: 2 },
      { status: 503, route: 'create' },
    ]);
    for (let i = 0; i < 2; i += 1) {
      const limited = await rejection(sessions.list({}));
      expect(limited.type).toBe('StripeRateLimitError');
      expect(limited.statusCode).toBe(429);
    }
    expect((await sessions.list({})).data).toEqual([]);
    const down = await rejection(sessions.create({}));
    expect(down.type).toBe('StripeAPIError');
    expect(down.rawType).toBe('api_error');
    expect((await sessions.create({})).status).toBe('requires_input');
  });

  it('should replay a scripted 5xx for its idempotency key (as Stripe does), not a 429', async () => {
    const { sessions, api } = await start();
    api.injectFaults([{ status: 500, route: 'create' }]);
    await rejection(sessions.create({}, { idempotencyKey: 'k5' }));
    expect((await rejection(sessions.create({}, { idempotencyKey: 'k5' }))).statusCode).toBe(500);
    api.injectFaults([{ status: 429, route: 'create' }]);
    await rejection(sessions.create({}, { idempotencyKey: 'k6' }));
    expect((await sessions.create({}, { idempotencyKey: 'k6' })).status).toBe('requires_input');
  });

  it('should take faults on its control route and list the requests it received, without the API key', async () => {
    const { sessions, api } = await start();
    const post = (body: string) =>
      fetch(`${api.origin}${FAKE_FAULTS_PATH}`, { method: 'POST', body });
    expect((await post('nope')).status).toBe(400);
    expect((await post('{"status": 200}')).status).toBe(400);
    expect((await post(JSON.stringify({ faults: [{ status: 502, code: 'x' }] }))).status).toBe(204);
    const error = await rejection(sessions.list({}));
    expect(error.statusCode).toBe(502);
    expect(error.code).toBe('x');
    expect((await post(JSON.stringify({ status: 500 }))).status).toBe(204);
    expect((await fetch(`${api.origin}${FAKE_FAULTS_PATH}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    await sessions.list({});

    const listed = await (await fetch(`${api.origin}${FAKE_REQUESTS_PATH}`)).json();
    expect(listed.data.map((r: { status: number }) => r.status)).toEqual([502, 200]);
    expect(JSON.stringify(listed)).not.toContain(API_KEY);
  });
});
