// @vitest-environment node
// The parameters the simulator accepts are exactly Stripe's: its schemas equal the spec
// excerpt's, endpoint by endpoint (names, types, enums, lengths, the "unset" empty string).
import { describe, expect, it } from 'vitest';
import { PARAMETER_SCHEMAS } from '../../src/simulator/parameterSchemas.js';
import spec from '../fixtures/stripe-openapi-identity.json' with { type: 'json' };

type Operation = {
  parameters?: Array<{ name: string; in: string; schema: unknown }>;
  requestBody: { content: { 'application/x-www-form-urlencoded': { schema: unknown } } };
};
const paths = spec.paths as unknown as Record<string, Record<string, Operation>>;

/** What the spec says an operation takes: a POST's form body, a GET's query parameters. */
function specParameters(path: string, method: 'get' | 'post') {
  const operation = paths[path]![method]!;
  if (method === 'post')
    return operation.requestBody.content['application/x-www-form-urlencoded'].schema;
  const query = (operation.parameters ?? []).filter((p) => p.in === 'query');
  return {
    type: 'object',
    properties: Object.fromEntries(query.map((p) => [p.name, p.schema])),
    additionalProperties: false,
  };
}

const SESSIONS = '/v1/identity/verification_sessions';

describe("the simulator's parameters are Stripe's", () => {
  it.each([
    ['create', SESSIONS, 'post'],
    ['list', SESSIONS, 'get'],
    ['retrieve', `${SESSIONS}/{session}`, 'get'],
    ['update', `${SESSIONS}/{session}`, 'post'],
    ['cancel', `${SESSIONS}/{session}/cancel`, 'post'],
    ['redact', `${SESSIONS}/{session}/redact`, 'post'],
  ] as const)('%s: %s (%s) as the spec excerpt declares it', (operation, path, method) => {
    expect(PARAMETER_SCHEMAS[operation]).toEqual(specParameters(path, method));
  });

  it('covers every VerificationSession endpoint of the spec excerpt', () => {
    const endpoints = Object.entries(paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m} ${path}`),
    );
    expect(endpoints).toHaveLength(Object.keys(PARAMETER_SCHEMAS).length);
  });
});
