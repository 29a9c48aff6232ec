// @vitest-environment node
// The simulated API answers as Stripe does: parameters checked by name and value, Stripe's error
// objects, idempotency, lists, the lifecycle's refusals, test helpers over HTTP and faults. Its
// parameter names are also held against the pinned `stripe` SDK's own .d.ts, so the spec excerpt
// and the SDK cannot drift apart unseen.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Stripe from 'stripe';
import { afterEach, describe, expect, it } from 'vitest';
import { PARAMETER_SCHEMAS, type ParamSchema } from '../../src/simulator/parameterSchemas.js';
import {
  closeSimulator,
  rejection,
  runningSimulator,
  SIMULATOR_API_KEY,
  startSimulator,
} from './harness.js';
import { assertValid } from './specValidator.js';

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

/** Parameter names of a simulator schema, in the same tree shape. */
const namesOf = (schema: ParamSchema): Shape => {
  const object = schema.anyOf?.find((b) => b.type === 'object') ?? schema;
  return Object.fromEntries(
    Object.entries(object.properties ?? {}).map(([k, v]) => {
      const nested = v.anyOf?.find((b) => b.type === 'object') ?? v;
      return [
        k,
        nested.type === 'object' && nested.properties && k !== 'created' ? namesOf(nested) : true,
      ];
    }),
  );
};

describe("the simulator's parameter names against the pinned stripe SDK's types", () => {
  const sessions = read('resources/Identity/VerificationSessions.d.ts');
  const shared = { PaginationParams: read('shared.d.ts') };

  it.each([
    ['create', 'VerificationSessionCreateParams'],
    ['retrieve', 'VerificationSessionRetrieveParams'],
    ['update', 'VerificationSessionUpdateParams'],
    ['cancel', 'VerificationSessionCancelParams'],
    ['redact', 'VerificationSessionRedactParams'],
    ['list', 'VerificationSessionListParams'],
  ] as const)('%s: exactly the parameters of %s', (operation, name) => {
    const sdk = shape(sessions, name, shared);
    expect(Object.keys(sdk)).toContain('expand'); // the parser found the interface
    expect(namesOf(PARAMETER_SCHEMAS[operation])).toEqual(sdk);
  });

  it('reads nested interfaces (the parser is not vacuous)', () => {
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

// ─── The simulated API over HTTP, through the real SDK ─────────────────────────────────────────

afterEach(closeSimulator);

/** A raw request, as a host without the SDK would send it; the body validated as Stripe's. */
async function raw(path: string, init: RequestInit & { form?: Record<string, string> } = {}) {
  const { form, ...rest } = init;
  const response = await fetch(`${runningSimulator().url}${path}`, {
    method: form ? 'POST' : 'GET',
    ...rest,
    headers: {
      Authorization: `Bearer ${SIMULATOR_API_KEY}`,
      ...(form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
      ...(rest.headers as Record<string, string>),
    },
    ...(form ? { body: new URLSearchParams(form).toString() } : {}),
  });
  const body = await response.json();
  assertValid(response.ok ? 'session' : 'error', body);
  return { status: response.status, headers: response.headers, body };
}

type CreateParams = Stripe.Identity.VerificationSessionCreateParams;

describe('parameters, by name and value', () => {
  it.each([
    [
      'an unknown top-level parameter',
      { type: 'document', bogus: 'x' },
      'bogus',
      'parameter_unknown',
    ],
    [
      'an unknown nested one',
      { type: 'document', options: { document: { selfie: true } } },
      'options[document][selfie]',
      'parameter_unknown',
    ],
    ['a value outside the enum', { type: 'selfie' }, 'type', undefined],
    [
      'an allowed type outside the enum',
      { type: 'document', options: { document: { allowed_types: ['visa'] } } },
      'options[document][allowed_types][0]',
      undefined,
    ],
    ['no type and no verification_flow', {}, 'type', 'parameter_missing'],
    [
      'both type and verification_flow',
      { type: 'document', verification_flow: 'vf_1' },
      'type',
      'parameters_exclusive',
    ],
    [
      'a string over maxLength',
      { type: 'document', client_reference_id: 'x'.repeat(5001) },
      'client_reference_id',
      undefined,
    ],
    [
      'an empty string that cannot unset',
      { type: 'document', client_reference_id: '' },
      'client_reference_id',
      'parameter_invalid_empty',
    ],
    [
      'a related_person without person',
      { type: 'document', related_person: { account: 'acct_1' } },
      'related_person[person]',
      'parameter_missing',
    ],
    [
      'a return_url that is no URL',
      { type: 'document', return_url: 'not a url' },
      'return_url',
      'url_invalid',
    ],
    [
      'a field that cannot be expanded',
      { type: 'document', expand: ['client_secret'] },
      'expand[0]',
      undefined,
    ],
  ])('should refuse %s: 400 invalid_request_error with param', async (_, params, param, code) => {
    const { sessions } = await startSimulator();
    const error = await rejection(sessions.create(params as CreateParams));
    expect(error.statusCode).toBe(400);
    expect(error.rawType).toBe('invalid_request_error');
    expect(error.param).toBe(param);
    expect(error.code).toBe(code);
    expect(runningSimulator().sessions.size).toBe(0);
  });

  it.each([
    [
      'a boolean that is not one',
      { 'options[document][require_matching_selfie]': 'yes' },
      'options[document][require_matching_selfie]',
    ],
    ['an array given as a string', { expand: 'verified_outputs' }, 'expand'],
  ])('should refuse %s over raw HTTP', async (_, form, param) => {
    await startSimulator();
    const { status, body } = await raw('/v1/identity/verification_sessions', {
      form: { type: 'document', ...form },
    });
    expect(status).toBe(400);
    expect(body.error.param).toBe(param);
  });

  it('should accept every create parameter Stripe documents, with the types it says', async () => {
    const { sessions } = await startSimulator();
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
      related_customer: 'cus_1',
      related_person: { account: 'acct_1', person: 'person_1' },
      return_url: 'https://app.example.com/done',
      expand: ['verified_outputs', 'provided_details'],
    });
    assertValid('session', created);
    expect(created).toMatchObject({
      client_reference_id: 'u1',
      metadata: { a: '1' },
      options: {
        document: {
          allowed_types: ['passport', 'id_card'],
          require_live_capture: true,
          require_id_number: false,
        },
      },
      provided_details: { email: 'a@example.com' },
      related_person: { account: 'acct_1', person: 'person_1' },
      verified_outputs: null,
    });
    // Without expand, the expandable fields stay out.
    const read = await sessions.retrieve(created.id);
    expect(read).not.toHaveProperty('verified_outputs');
    expect(read).not.toHaveProperty('provided_details');
  });

  it('should create a verification_flow session with no type', async () => {
    const { sessions } = await startSimulator();
    const created = await sessions.create({ verification_flow: 'vf_123' });
    assertValid('session', created);
    expect(created).toMatchObject({ type: 'verification_flow', verification_flow: 'vf_123' });
  });

  it('should unset options[document] with the empty string, and a metadata key with an empty value', async () => {
    const { sessions } = await startSimulator();
    const created = await sessions.create({
      type: 'document',
      metadata: { a: '1', b: '2' },
      options: { document: { require_matching_selfie: true } },
    });
    const updated = await sessions.update(created.id, {
      options: { document: '' },
      metadata: { a: '' },
    });
    assertValid('session', updated);
    expect(updated.options).toEqual({});
    expect(updated.metadata).toEqual({ b: '2' });
  });

  it('should refuse metadata over Stripe’s limits', async () => {
    const { sessions } = await startSimulator();
    const error = await rejection(
      sessions.create({ type: 'document', metadata: { k: 'x'.repeat(501) } }),
    );
    expect(error.statusCode).toBe(400);
  });

  it('should refuse unknown list and retrieve parameters, and a limit out of range', async () => {
    const { sessions } = await startSimulator();
    const list = await rejection(
      sessions.list({ customer: 'x' } as Stripe.Identity.VerificationSessionListParams),
    );
    expect(list.param).toBe('customer');
    expect((await rejection(sessions.list({ limit: 101 }))).param).toBe('limit');
    expect((await rejection(sessions.list({ status: 'failed' as 'verified' }))).param).toBe(
      'status',
    );
    const { id } = await sessions.create({ type: 'document' });
    const retrieve = await rejection(
      sessions.retrieve(id, { bogus: 1 } as Stripe.Identity.VerificationSessionRetrieveParams),
    );
    expect(retrieve.param).toBe('bogus');
  });
});

describe('lists', () => {
  it('should list newest first, filter, and page with starting_after / ending_before and has_more', async () => {
    const { sessions } = await startSimulator();
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      ids.push(
        (await sessions.create({ type: 'document', client_reference_id: i % 2 ? 'odd' : 'even' }))
          .id,
      );
    }
    const newest = [...ids].reverse();
    const first = await sessions.list({ limit: 2 });
    assertValid('list', first);
    expect(first.data.map((s) => s.id)).toEqual(newest.slice(0, 2));
    expect(first.has_more).toBe(true);
    const second = await sessions.list({ limit: 2, starting_after: newest[1] });
    expect(second.data.map((s) => s.id)).toEqual(newest.slice(2, 4));
    const last = await sessions.list({ limit: 2, starting_after: newest[3] });
    expect(last.data.map((s) => s.id)).toEqual(newest.slice(4));
    expect(last.has_more).toBe(false);
    const back = await sessions.list({ limit: 2, ending_before: newest[4] });
    expect(back.data.map((s) => s.id)).toEqual(newest.slice(2, 4));
    expect(back.has_more).toBe(true);
    const even = await sessions.list({ client_reference_id: 'even' });
    expect(even.data.map((s) => s.id)).toEqual(newest.filter((id) => ids.indexOf(id) % 2 === 0));
    // The SDK's auto-pagination walks every page.
    const all: string[] = [];
    for await (const s of sessions.list({ limit: 2 })) all.push(s.id);
    expect(all).toEqual(newest);
    expect(first.data.every((s) => s.client_secret === null && s.url === null)).toBe(true);
  });

  it('should filter by status and created', async () => {
    const { sim, sessions } = await startSimulator();
    const a = await sessions.create({ type: 'document' });
    const b = await sessions.create({ type: 'document' });
    await sim.verify(b.id);
    expect((await sessions.list({ status: 'verified' })).data.map((s) => s.id)).toEqual([b.id]);
    expect((await sessions.list({ status: 'requires_input' })).data.map((s) => s.id)).toEqual([
      a.id,
    ]);
    expect((await sessions.list({ created: { gt: a.created + 1000 } })).data).toEqual([]);
    expect((await sessions.list({ created: { lte: a.created + 1000 } })).data).toHaveLength(2);
  });
});

describe('the lifecycle’s rules', () => {
  it('should cancel only a session waiting for input, and refuse to update or cancel it after', async () => {
    const { sim, sessions } = await startSimulator();
    const created = await sessions.create({ type: 'document' });
    const canceled = await sessions.cancel(created.id);
    assertValid('session', canceled);
    expect(canceled).toMatchObject({ status: 'canceled', client_secret: null, url: null });
    for (const call of [
      sessions.cancel(created.id),
      sessions.update(created.id, { metadata: { a: '1' } }),
    ]) {
      const error = await rejection(call);
      expect(error.statusCode).toBe(400);
      expect(error.message).toMatch(/status of canceled/);
    }
    await expect(sim.verify(created.id)).rejects.toThrow(
      /simulator\.verify\('vs_\w+'\).*status of canceled/,
    );
  });

  it('should cancel a session waiting for input when it is redacted, and refuse to redact one in processing', async () => {
    const { sim, sessions } = await startSimulator();
    const open = await sessions.create({ type: 'document' });
    const redacted = await sessions.redact(open.id);
    expect(redacted).toMatchObject({ status: 'canceled', redaction: { status: 'processing' } });
    const busy = await sessions.create({ type: 'document' });
    await sim.submit(busy.id);
    expect((await rejection(sessions.redact(busy.id))).statusCode).toBe(400);
  });

  it('should answer 404 resource_missing for an unknown session, on every endpoint', async () => {
    const { sessions } = await startSimulator();
    for (const call of [
      sessions.retrieve('vs_missing'),
      sessions.update('vs_missing', {}),
      sessions.cancel('vs_missing'),
      sessions.redact('vs_missing'),
    ]) {
      const error = await rejection(call);
      expect(error.statusCode).toBe(404);
      expect(error.code).toBe('resource_missing');
    }
  });

  it('should mint a fresh client_secret after each ended attempt, and none while processing or after', async () => {
    const { sim, sessions } = await startSimulator();
    const created = await sessions.create({ type: 'document' });
    expect((await sessions.retrieve(created.id)).client_secret).toBe(created.client_secret);
    await sim.fail(created.id, 'consent_declined');
    const second = (await sessions.retrieve(created.id)).client_secret;
    expect(second).not.toBe(created.client_secret);
    await sim.submit(created.id);
    await sim.fail(created.id, 'selfie_manipulated');
    const third = await sessions.retrieve(created.id);
    expect(third.client_secret).not.toBe(second);
    expect(third.url).toMatch(/^https:\/\/verify\.stripe\.com\//);
    expect(third.last_verification_report).toMatch(/^vr_/);
  });
});

describe('idempotency, as Stripe runs it', () => {
  it('should replay the first answer for a reused key, and answer idempotency_error with other parameters', async () => {
    const { sessions } = await startSimulator();
    const first = await sessions.create({ type: 'document' }, { idempotencyKey: 'k1' });
    const again = await sessions.create({ type: 'document' }, { idempotencyKey: 'k1' });
    expect(again.id).toBe(first.id);
    expect(again.lastResponse.headers['idempotent-replayed']).toBe('true');
    const error = await rejection(sessions.create({ type: 'id_number' }, { idempotencyKey: 'k1' }));
    expect(error.type).toBe('StripeIdempotencyError');
    expect(error.statusCode).toBe(400);
    expect(error.message).toMatch(/same parameters they were first used with/);
    expect(runningSimulator().sessions.size).toBe(1);
  });

  it('should refuse a key reused on another endpoint', async () => {
    const { sessions } = await startSimulator();
    const { id } = await sessions.create({ type: 'document' }, { idempotencyKey: 'k9' });
    const error = await rejection(sessions.cancel(id, {}, { idempotencyKey: 'k9' }));
    expect(error.rawType).toBe('idempotency_error');
  });

  it('should not save a refused parameter: the same key with valid ones then runs', async () => {
    const { sessions } = await startSimulator();
    await rejection(sessions.create({ type: 'selfie' as 'document' }, { idempotencyKey: 'k3' }));
    expect((await sessions.create({ type: 'document' }, { idempotencyKey: 'k3' })).status).toBe(
      'requires_input',
    );
  });

  it('should answer 409 idempotency_error while a request with the same key is in flight', async () => {
    const { sessions } = await startSimulator({ latencyMs: 300 });
    const [a, b] = await Promise.allSettled([
      sessions.create({ type: 'document' }, { idempotencyKey: 'k2' }),
      sessions.create({ type: 'document' }, { idempotencyKey: 'k2' }),
    ]);
    const refused = [a, b].find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect([a, b].filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(refused.reason.statusCode).toBe(409);
    expect(refused.reason.rawType).toBe('idempotency_error');
    expect(runningSimulator().sessions.size).toBe(1);
  });

  it('should replay a 5xx for its key (as Stripe does), but not a 429', async () => {
    const { sim, sessions } = await startSimulator();
    sim.fault({ type: 'server_error', route: 'create' });
    await rejection(sessions.create({ type: 'document' }, { idempotencyKey: 'k5' }));
    expect(
      (await rejection(sessions.create({ type: 'document' }, { idempotencyKey: 'k5' }))).statusCode,
    ).toBe(500);
    sim.fault({ type: 'rate_limit', route: 'create' });
    await rejection(sessions.create({ type: 'document' }, { idempotencyKey: 'k6' }));
    expect((await sessions.create({ type: 'document' }, { idempotencyKey: 'k6' })).status).toBe(
      'requires_input',
    );
  });
});

describe('what Stripe checks first', () => {
  it('should answer 401 without an API key, and refuse a live key', async () => {
    await startSimulator();
    for (const authorization of [undefined, 'Bearer sk_live_123']) {
      const response = await fetch(`${runningSimulator().url}/v1/identity/verification_sessions`, {
        headers: authorization ? { Authorization: authorization } : {},
      });
      expect(response.status).toBe(401);
      const body = await response.json();
      assertValid('error', body);
      expect(body.error.type).toBe('invalid_request_error');
    }
  });

  it('should accept the SDK’s Stripe-Version (echoed back), and refuse a malformed one', async () => {
    const { sessions } = await startSimulator();
    const created = await sessions.create({ type: 'document' });
    expect(created.lastResponse.headers['stripe-version']).toBe(Stripe.API_VERSION);
    expect(runningSimulator().requests[0]?.headers['stripe-version']).toBe(Stripe.API_VERSION);
    const { status } = await raw('/v1/identity/verification_sessions', {
      headers: { 'Stripe-Version': 'latest-and-greatest' },
    });
    expect(status).toBe(400);
    expect(runningSimulator().events[0]?.api_version).toBe(Stripe.API_VERSION);
  });

  it('should answer an unknown path with Stripe’s 404', async () => {
    await startSimulator();
    const { status, body } = await raw('/v1/identity/verification_reports_typo');
    expect(status).toBe(404);
    expect(body.error.message).toMatch(/^Unrecognized request URL \(GET: /);
  });
});

describe('test helpers over HTTP', () => {
  const helper = (id: string, action: string, form: Record<string, string> = {}) =>
    fetch(
      `${runningSimulator().url}/v1/test_helpers/identity/verification_sessions/${id}/${action}`,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Origin: 'http://localhost:6006',
        },
        body: new URLSearchParams(form).toString(),
      },
    );

  it('should drive a session with submit, fail (any of the 19 codes) and verify, open to a browser page (CORS, no key)', async () => {
    const { sessions } = await startSimulator();
    const { id } = await sessions.create({ type: 'document' });
    const failed = await helper(id, 'fail', { code: 'under_supported_age' });
    expect(failed.status).toBe(200);
    expect(failed.headers.get('access-control-allow-origin')).toBe('*');
    const body = await failed.json();
    assertValid('session', body);
    expect(body.last_error.code).toBe('under_supported_age');
    expect((await helper(id, 'submit')).status).toBe(200);
    expect((await helper(id, 'verify')).status).toBe(200);
    expect((await sessions.retrieve(id)).status).toBe('verified');
    const preflight = await fetch(
      `${runningSimulator().url}/v1/test_helpers/identity/verification_sessions/${id}/verify`,
      { method: 'OPTIONS' },
    );
    expect(preflight.status).toBe(204);
  });

  it('should refuse fail without a code, with a code outside the 19 and no reason, and verify of a verified session', async () => {
    const { sessions } = await startSimulator();
    const { id } = await sessions.create({ type: 'document' });
    expect((await (await helper(id, 'fail')).json()).error.param).toBe('code');
    expect((await (await helper(id, 'fail', { code: 'made_up' })).json()).error.param).toBe('code');
    const invite = await (
      await helper(id, 'fail', { code: 'address_mismatch', reason: 'The address did not match.' })
    ).json();
    expect(invite.last_error).toEqual({
      code: 'address_mismatch',
      reason: 'The address did not match.',
    });
    await helper(id, 'verify');
    expect((await helper(id, 'verify')).status).toBe(400);
    expect((await helper('vs_missing', 'verify')).status).toBe(404);
  });

  it('should reach a verdict on its own after a submission: named on submit, or autoVerdict for all', async () => {
    const { sim, sessions } = await startSimulator({
      autoVerdict: { verdict: 'selfie_face_mismatch', afterMs: 400 },
    });
    const a = await sessions.create({ type: 'document' });
    const b = await sessions.create({ type: 'document' });
    await helper(a.id, 'submit', { verdict: 'verified', after_ms: '400' });
    await sim.submit(b.id);
    expect((await sessions.retrieve(a.id)).status).toBe('processing');
    for (let i = 0; i < 100 && (await sessions.retrieve(b.id)).status === 'processing'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await sessions.retrieve(a.id)).status).toBe('verified');
    expect((await sessions.retrieve(b.id)).last_error?.code).toBe('selfie_face_mismatch');
  });
});
