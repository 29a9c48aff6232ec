// Validates what the simulator answers against Stripe's OpenAPI spec excerpt
// (test/fixtures/stripe-openapi-identity.json) with ajv. OpenAPI 3.0 `nullable` becomes a
// `null` branch, and every object schema that lists its properties is closed
// (`additionalProperties: false`), so a field Stripe's schema does not have fails too.
import { Ajv, type ValidateFunction } from 'ajv';
import spec from '../fixtures/stripe-openapi-identity.json' with { type: 'json' };

type Schema = Record<string, unknown>;

function convert(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert);
  if (!node || typeof node !== 'object') return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-') || key === 'nullable' || key === 'format') continue;
    out[key] =
      key === 'properties'
        ? Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, convert(v)]))
        : convert(value);
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  if (out.$ref)
    out.$ref = String(out.$ref).replace('#/components/schemas/', 'stripe#/definitions/');
  return (node as Schema).nullable ? { anyOf: [out, { type: 'null' }] } : out;
}

const definitions = Object.fromEntries(
  Object.entries(spec.components.schemas).map(([name, schema]) => [name, convert(schema)]),
);
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addSchema({ $id: 'stripe', definitions });

const paths = spec.paths as Record<string, Record<string, { response_200: unknown }>>;
const compiled = new Map<string, ValidateFunction>();
function validator(name: string, schema: () => unknown): ValidateFunction {
  const validate = compiled.get(name) ?? ajv.compile(convert(schema()) as Schema);
  compiled.set(name, validate);
  return validate;
}

/** The schemas answers are checked against. */
export const schemas = {
  session: () =>
    validator('session', () => ({ $ref: '#/components/schemas/identity.verification_session' })),
  list: () =>
    validator('list', () => paths['/v1/identity/verification_sessions']!.get!.response_200),
  error: () => validator('error', () => ({ $ref: '#/components/schemas/error' })),
  event: () => validator('event', () => ({ $ref: '#/components/schemas/event' })),
};

/** Throws, naming every mismatch, unless `value` validates against `schema`. */
export function assertValid(schema: keyof typeof schemas, value: unknown): void {
  const validate = schemas[schema]();
  // The SDK adds `lastResponse` (not part of Stripe's JSON) to what it returns.
  const plain = JSON.parse(JSON.stringify(value, (k, v) => (k === 'lastResponse' ? undefined : v)));
  if (!validate(plain)) {
    throw new Error(
      `not a valid ${schema}: ${ajv.errorsText(validate.errors, { separator: '\n' })}\n${JSON.stringify(plain, null, 2)}`,
    );
  }
}

/** Stripe's identity event types, from the spec excerpt. */
export const IDENTITY_EVENT_TYPES = spec.identity_event_types;
