/**
 * A stand-in for Stripe's servers — the one edge the demo cannot reach — for the Identity
 * endpoints `react-stripe-identity/server` calls: create, retrieve and list VerificationSessions.
 * The real `stripe` Node SDK talks to it over HTTP on 127.0.0.1 (`host`/`port`/`protocol`
 * options), so Storybook's live backend, the examples and the tests run the real SDK and the real
 * handlers, offline. Plain JavaScript so that any host runs it with `node`, no build. Node only.
 *
 * It holds callers to Stripe's contract where it matters: an unknown parameter is a 400
 * `invalid_request_error` naming the `param` (the known ones are those of the pinned `stripe`
 * SDK's types, see KNOWN_PARAMS), an idempotency key reused with other parameters is an
 * `idempotency_error`, a missing session is a 404 `resource_missing`, and an idempotent replay
 * answers the first response again (5xx included, as Stripe does).
 *
 * Control routes (not Stripe's): `POST /__fake/submit` stands in for the person submitting in
 * Stripe's modal; `POST /__fake/faults` scripts errors (429, 5xx, anything) for the next
 * requests; `GET /__fake/requests` lists the Stripe requests received.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';

export const FAKE_SUBMIT_PATH = '/__fake/submit';
export const FAKE_FAULTS_PATH = '/__fake/faults';
export const FAKE_REQUESTS_PATH = '/__fake/requests';

/**
 * The parameters Stripe knows, per endpoint, from the pinned `stripe` SDK's types
 * (`Stripe.Identity.VerificationSessionCreateParams`, `…RetrieveParams`, `…ListParams`;
 * test/server/fakeStripeKnownParams.test.ts checks this tree against the SDK's .d.ts).
 * A leaf names the kind of value; an object lists the parameters nested under it.
 */
export const KNOWN_PARAMS = {
  create: {
    client_reference_id: 'string',
    expand: 'array',
    metadata: 'metadata',
    options: {
      document: {
        allowed_types: 'array',
        require_id_number: 'boolean',
        require_live_capture: 'boolean',
        require_matching_selfie: 'boolean',
      },
    },
    provided_details: { email: 'string', phone: 'string' },
    related_customer: 'string',
    related_customer_account: 'string',
    related_person: { account: 'string', person: 'string' },
    return_url: 'string',
    type: 'string',
    verification_flow: 'string',
  },
  retrieve: { expand: 'array' },
  list: {
    client_reference_id: 'string',
    created: 'range',
    ending_before: 'string',
    expand: 'array',
    limit: 'integer',
    related_customer: 'string',
    related_customer_account: 'string',
    starting_after: 'string',
    status: 'string',
  },
};

const token = (bytes = 12) => randomBytes(bytes).toString('base64url').replace(/[-_]/g, 'x');

/** `a[b][c]=1` form fields (what the SDK sends) to nested objects of strings (`a[0]` → key "0"). */
function parseForm(text) {
  const out = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const path = key.replace(/\]/g, '').split('[');
    let node = out;
    path.forEach((part, i) => {
      const name = part === '' ? String(Object.keys(node).length) : part;
      if (i === path.length - 1) node[name] = value;
      else {
        if (typeof node[name] !== 'object') node[name] = {};
        node = node[name];
      }
    });
  }
  return out;
}

class ParamError extends Error {
  constructor(param, message, code) {
    super(message);
    this.param = param;
    this.code = code;
  }
}

/** Checks `value` against a KNOWN_PARAMS node and returns it with its real types (arrays, booleans…). */
function coerce(value, kind, name) {
  if (typeof kind === 'object') {
    if (value === '') return ''; // Stripe's "Emptyable": '' unsets the object.
    if (typeof value !== 'object') {
      throw new ParamError(name, `Invalid object: ${name} must be a hash.`);
    }
    const out = {};
    for (const [key, child] of Object.entries(value)) {
      const childName = name ? `${name}[${key}]` : key;
      if (!Object.hasOwn(kind, key)) {
        throw new ParamError(
          childName,
          `Received unknown parameter: ${childName}`,
          'parameter_unknown',
        );
      }
      out[key] = coerce(child, kind[key], childName);
    }
    return out;
  }
  switch (kind) {
    case 'string':
      if (typeof value !== 'string') throw new ParamError(name, `Invalid string: ${name}`);
      return value;
    case 'boolean':
      if (value !== 'true' && value !== 'false') {
        throw new ParamError(name, `Invalid boolean: ${name}`);
      }
      return value === 'true';
    case 'integer':
      if (typeof value !== 'string' || !/^\d{1,9}$/.test(value)) {
        throw new ParamError(name, `Invalid integer: ${name}`, 'parameter_invalid_integer');
      }
      return Number(value);
    case 'array': {
      const entries = typeof value === 'object' ? Object.entries(value) : [];
      if (
        entries.length === 0 ||
        entries.some(([k, v]) => !/^\d+$/.test(k) || typeof v !== 'string')
      ) {
        throw new ParamError(name, `Invalid array: ${name}`);
      }
      return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
    }
    case 'range':
      if (typeof value === 'string') return coerce(value, 'integer', name);
      return coerce(value, { gt: 'integer', gte: 'integer', lt: 'integer', lte: 'integer' }, name);
    case 'metadata': {
      if (value === '') return {};
      if (typeof value !== 'object') throw new ParamError(name, `Invalid hash: ${name}`);
      const entries = Object.entries(value);
      if (entries.length > 50) {
        throw new ParamError(name, 'You can specify up to 50 metadata keys.');
      }
      for (const [key, v] of entries) {
        if (typeof v !== 'string')
          throw new ParamError(`${name}[${key}]`, `Invalid string: ${name}[${key}]`);
        if (key.length > 40) {
          throw new ParamError(
            name,
            `Metadata keys can have up to 40 characters, but you passed in a key that is ${key.length} characters.`,
          );
        }
        if (v.length > 500) {
          throw new ParamError(
            name,
            `Metadata values can have up to 500 characters, but you passed in a value that is ${v.length} characters.`,
          );
        }
      }
      return value;
    }
    default:
      throw new Error(`KNOWN_PARAMS: unknown kind ${kind}`);
  }
}

/** Stripe's error envelope. */
function stripeError(status, fields, headers = {}) {
  return { status, body: { error: { ...fields } }, headers };
}

function paramError(error) {
  return stripeError(400, {
    type: 'invalid_request_error',
    message: error.message,
    param: error.param,
    ...(error.code
      ? {
          code: error.code,
          doc_url: `https://stripe.com/docs/error-codes/${error.code.replace(/_/g, '-')}`,
        }
      : {}),
  });
}

/** What a scripted fault answers when it names only a status. */
function faultAnswer(fault) {
  const status = fault.status;
  const defaults =
    status === 429
      ? {
          type: 'invalid_request_error',
          message:
            'Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.',
        }
      : status >= 500
        ? { type: 'api_error', message: 'An unknown error occurred' }
        : status === 404
          ? {
              type: 'invalid_request_error',
              code: 'resource_missing',
              message: 'No such verification session',
            }
          : { type: 'invalid_request_error', message: 'Scripted error' };
  const fields = { ...defaults };
  for (const key of ['type', 'code', 'message', 'param']) {
    if (typeof fault[key] === 'string') fields[key] = fault[key];
  }
  return stripeError(status, fields, fault.headers ?? {});
}

/** A canonical text of parsed parameters: the same request in any field order gives the same. */
function canonical(value) {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
}

/** `stripe` Node SDK options that point it at a running fake. */
export function fakeStripeClientOptions(api) {
  return {
    host: '127.0.0.1',
    port: api.port,
    protocol: 'http',
    maxNetworkRetries: 0,
    telemetry: false,
  };
}

const FAKE_VERIFIED_OUTPUTS = {
  address: null,
  dob: { day: 1, month: 1, year: 1990 },
  email: null,
  first_name: 'Jenny',
  id_number: null,
  id_number_type: null,
  last_name: 'Rosen',
  phone: null,
};

/** Starts the fake on 127.0.0.1 (an ephemeral port unless `port` is given). */
export async function startFakeStripeApi({
  port = 0,
  processingMs: defaultProcessingMs = 1500,
  latencyMs = 0,
} = {}) {
  const sessions = new Map();
  /** Idempotency-Key → { fingerprint, status, body } of the first request that ran. */
  const byIdempotencyKey = new Map();
  const inFlight = new Set();
  const timers = new Set();
  const requests = [];
  let faults = [];

  /** Stripe hands out a client secret and url while a session can still be completed. */
  const present = (session, expand = []) => {
    const { verified_outputs, ...rest } = session;
    const shown = {
      ...rest,
      ...(expand.includes('verified_outputs')
        ? { verified_outputs: verified_outputs ?? null }
        : {}),
    };
    return session.status === 'requires_input' && !session.redaction
      ? {
          ...shown,
          client_secret: `${session.id}_secret_test_${token()}`,
          url: `https://verify.stripe.com/start/test_${token()}`,
        }
      : { ...shown, client_secret: null, url: null };
  };

  function submit(id, verdict, processingMs = defaultProcessingMs) {
    const session = sessions.get(id);
    if (session?.status !== 'requires_input') return false;
    sessions.set(id, { ...session, status: 'processing', last_error: null });
    const timer = setTimeout(() => {
      timers.delete(timer);
      const current = sessions.get(id);
      if (current?.status !== 'processing') return;
      sessions.set(id, {
        ...current,
        ...(verdict.status === 'verified' ? { verified_outputs: FAKE_VERIFIED_OUTPUTS } : {}),
        ...verdict,
      });
    }, processingMs);
    timers.add(timer);
    return true;
  }

  function injectFaults(list) {
    for (const fault of Array.isArray(list) ? list : [list]) {
      if (typeof fault?.status !== 'number' || fault.status < 400 || fault.status > 599) {
        throw new TypeError('A fault needs a `status` between 400 and 599.');
      }
      faults.push({ ...fault, times: fault.times ?? 1 });
    }
  }

  /** The first scripted fault for this route, used up once per request. */
  function takeFault(route) {
    const fault = faults.find((f) => f.times > 0 && (f.route === undefined || f.route === route));
    if (!fault) return undefined;
    fault.times -= 1;
    faults = faults.filter((f) => f.times > 0);
    return fault;
  }

  function create(params) {
    const session = {
      id: `vs_${token(10)}`,
      object: 'identity.verification_session',
      client_reference_id: params.client_reference_id ?? null,
      client_secret: null,
      created: Math.floor(Date.now() / 1000),
      last_error: null,
      last_verification_report: null,
      livemode: false,
      metadata: params.metadata ?? {},
      options: typeof params.options === 'object' ? params.options : {},
      provided_details: params.provided_details ?? null,
      redaction: null,
      related_customer: params.related_customer ?? null,
      related_customer_account: params.related_customer_account ?? null,
      status: 'requires_input',
      type: params.verification_flow ? 'verification_flow' : (params.type ?? 'document'),
      url: null,
      ...(params.verification_flow ? { verification_flow: params.verification_flow } : {}),
    };
    sessions.set(session.id, session);
    return { status: 200, body: present(session, params.expand) };
  }

  /** Whether `created` (unix seconds) is in a list's `created` filter (a number or a range). */
  function inCreated(created, range) {
    if (range === undefined) return true;
    if (typeof range === 'number') return created === range;
    return (
      (range.gt === undefined || created > range.gt) &&
      (range.gte === undefined || created >= range.gte) &&
      (range.lt === undefined || created < range.lt) &&
      (range.lte === undefined || created <= range.lte)
    );
  }

  /** Newest first, as Stripe lists; among sessions of the same second, the later one first. */
  function listed(params) {
    const order = [...sessions.keys()];
    return [...sessions.values()]
      .filter(
        (s) =>
          (params.client_reference_id === undefined ||
            s.client_reference_id === params.client_reference_id) &&
          (params.status === undefined || s.status === params.status) &&
          inCreated(s.created, params.created),
      )
      .sort((a, b) => b.created - a.created || order.indexOf(b.id) - order.indexOf(a.id));
  }

  function list(params) {
    const limit = params.limit ?? 10;
    if (limit < 1 || limit > 100) {
      return paramError(
        new ParamError('limit', 'This value must be between 1 and 100 (it currently is %d).'),
      );
    }
    const data = listed(params);
    // `starting_after`: the page after that session (Stripe refuses an id it does not know).
    let start = 0;
    if (params.starting_after !== undefined) {
      start = data.findIndex((s) => s.id === params.starting_after) + 1;
      if (start === 0) {
        return paramError(
          new ParamError(
            'starting_after',
            `No such verification session: '${params.starting_after}'`,
            'resource_missing',
          ),
        );
      }
    }
    return {
      status: 200,
      body: {
        object: 'list',
        data: data.slice(start, start + limit).map((s) => present(s, params.expand)),
        has_more: data.length > start + limit,
        url: '/v1/identity/verification_sessions',
      },
    };
  }

  /** One Stripe API request → `{ status, body, headers? }`. */
  function stripeRoute(req, url, text) {
    const match = url.pathname.match(/^\/v1\/identity\/verification_sessions(?:\/([^/]+))?$/);
    const id = match?.[1];
    const route = !match
      ? undefined
      : req.method === 'POST' && !id
        ? 'create'
        : req.method === 'GET'
          ? id
            ? 'retrieve'
            : 'list'
          : undefined;
    if (!route) {
      return stripeError(404, {
        type: 'invalid_request_error',
        message: `Unrecognized request URL (${req.method}: ${url.pathname}).`,
      });
    }
    const fault = takeFault(route);
    let params;
    try {
      params = coerce(
        parseForm(req.method === 'GET' ? url.search.slice(1) : text),
        KNOWN_PARAMS[route],
        '',
      );
    } catch (error) {
      if (error instanceof ParamError) return paramError(error);
      throw error;
    }
    if (route === 'retrieve') {
      if (fault) return faultAnswer(fault);
      const session = sessions.get(decodeURIComponent(id));
      return session
        ? { status: 200, body: present(session, params.expand) }
        : stripeError(404, {
            type: 'invalid_request_error',
            code: 'resource_missing',
            param: 'session',
            message: `No such verification session: '${decodeURIComponent(id)}'`,
            doc_url: 'https://stripe.com/docs/error-codes/resource-missing',
          });
    }
    if (route === 'list') return fault ? faultAnswer(fault) : list(params);

    const key = String(req.headers['idempotency-key'] ?? '');
    if (!key) {
      return fault ? faultAnswer(fault) : create(params);
    }
    const fingerprint = canonical(params);
    const saved = byIdempotencyKey.get(key);
    if (saved) {
      if (saved.fingerprint !== fingerprint) {
        return stripeError(400, {
          type: 'idempotency_error',
          message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
        });
      }
      return {
        ...saved.answer,
        headers: { ...saved.answer.headers, 'Idempotent-Replayed': 'true' },
      };
    }
    // A rate limit or a scripted 4xx never ran: nothing is saved. A 5xx is replayed, as Stripe does.
    if (fault && fault.status < 500) return faultAnswer(fault);
    const answer = fault ? faultAnswer(fault) : create(params);
    byIdempotencyKey.set(key, { fingerprint, answer });
    return answer;
  }

  function send(res, { status, body, headers = {} }) {
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Request-Id': `req_${token(7)}`,
      ...headers,
    });
    res.end(JSON.stringify(body));
  }

  function control(req, res, pathname, text) {
    const fail = () => send(res, { status: 400, body: { error: { message: 'Expected JSON.' } } });
    if (pathname === FAKE_REQUESTS_PATH && req.method === 'GET') {
      return send(res, { status: 200, body: { data: requests } });
    }
    if (pathname === FAKE_FAULTS_PATH && req.method === 'DELETE') {
      faults = [];
      return res.writeHead(204).end();
    }
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      return fail();
    }
    if (pathname === FAKE_FAULTS_PATH) {
      try {
        injectFaults(parsed?.faults ?? parsed);
      } catch (error) {
        return send(res, { status: 400, body: { error: { message: error.message } } });
      }
      return res.writeHead(204).end();
    }
    const { id, verdict, processingMs } = parsed ?? {};
    const ok =
      typeof id === 'string' &&
      typeof verdict?.status === 'string' &&
      submit(id, verdict, typeof processingMs === 'number' ? processingMs : undefined);
    res.writeHead(ok ? 204 : 409).end();
  }

  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => {
      text += chunk.toString('utf8');
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (
        (url.pathname === FAKE_SUBMIT_PATH && req.method === 'POST') ||
        (url.pathname === FAKE_FAULTS_PATH && (req.method === 'POST' || req.method === 'DELETE')) ||
        (url.pathname === FAKE_REQUESTS_PATH && req.method === 'GET')
      ) {
        return control(req, res, url.pathname, text);
      }
      const key = req.method === 'POST' ? String(req.headers['idempotency-key'] ?? '') : '';
      const record = {
        method: req.method,
        path: url.pathname,
        query: url.search.slice(1),
        body: text,
        headers: {
          'content-type': req.headers['content-type'] ?? null,
          'idempotency-key': req.headers['idempotency-key'] ?? null,
          'stripe-version': req.headers['stripe-version'] ?? null,
        },
        status: 0,
      };
      requests.push(record);
      const answer = () => {
        const result = stripeRoute(req, url, text);
        record.status = result.status;
        send(res, result);
      };
      if (key && inFlight.has(key) && !byIdempotencyKey.has(key)) {
        // Stripe answers a second request while the first with its key still runs with a 409.
        record.status = 409;
        return send(
          res,
          stripeError(409, {
            type: 'idempotency_error',
            message:
              'There is currently another in-progress request using this Stripe-Idempotency-Key. Please try again later.',
          }),
        );
      }
      if (latencyMs <= 0) return answer();
      if (key) inFlight.add(key);
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (key) inFlight.delete(key);
        answer();
      }, latencyMs);
      timers.add(timer);
    });
  });

  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = server.address().port;

  return {
    origin: `http://127.0.0.1:${bound}`,
    port: bound,
    sessions,
    requests,
    submit,
    injectFaults,
    close() {
      for (const timer of timers) clearTimeout(timer);
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
