/**
 * The parameters Stripe accepts on each VerificationSession endpoint, in the OpenAPI 3.0 shape of
 * Stripe's own spec (stripe/openapi, `latest/openapi.spec3.json`, API version
 * 2026-07-29.dahlia), descriptions left out. The simulator validates every request against these
 * and nothing else; test/simulator/parameterSchemas.test.ts holds them equal to the spec excerpt
 * in test/fixtures, so an accepted parameter is always one Stripe's spec allows.
 *
 * A GET endpoint's query parameters are written as one object schema (Stripe's `parameters`
 * list, each `schema` under its `name`).
 */

/** The subset of OpenAPI 3.0 schema that Stripe's parameter schemas use. */
export interface ParamSchema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'boolean';
  title?: string;
  properties?: Record<string, ParamSchema>;
  additionalProperties?: boolean | ParamSchema;
  required?: string[];
  items?: ParamSchema;
  enum?: string[];
  maxLength?: number;
  anyOf?: ParamSchema[];
  'x-stripeBypassValidation'?: boolean;
}

/** The Stripe operations the simulator serves, by the SDK method's name. */
export type SessionOperation = 'create' | 'retrieve' | 'update' | 'list' | 'cancel' | 'redact';

const id5000: ParamSchema = { maxLength: 5000, type: 'string' };
const expand: ParamSchema = { type: 'array', items: { maxLength: 5000, type: 'string' } };
const metadata: ParamSchema = { type: 'object', additionalProperties: { type: 'string' } };
const options: ParamSchema = {
  title: 'session_options_param',
  type: 'object',
  properties: {
    document: {
      anyOf: [
        {
          title: 'document_options',
          type: 'object',
          properties: {
            allowed_types: {
              type: 'array',
              items: { type: 'string', enum: ['driving_license', 'id_card', 'passport'] },
            },
            require_id_number: { type: 'boolean' },
            require_live_capture: { type: 'boolean' },
            require_matching_selfie: { type: 'boolean' },
          },
        },
        // Stripe's "unset": an empty string clears the object.
        { type: 'string', enum: [''] },
      ],
    },
  },
};
const providedDetails: ParamSchema = {
  title: 'provided_details_param',
  type: 'object',
  properties: { email: { type: 'string' }, phone: { type: 'string' } },
};
const sessionType: ParamSchema = {
  type: 'string',
  enum: ['document', 'id_number'],
  'x-stripeBypassValidation': true,
};

const body = (properties: Record<string, ParamSchema>): ParamSchema => ({
  type: 'object',
  properties,
  additionalProperties: false,
});

/** Every operation's parameters, as Stripe's spec declares them. */
export const PARAMETER_SCHEMAS: Record<SessionOperation, ParamSchema> = {
  create: body({
    client_reference_id: id5000,
    expand,
    metadata,
    options,
    provided_details: providedDetails,
    related_customer: id5000,
    related_customer_account: id5000,
    related_person: {
      title: 'related_person_param',
      required: ['account', 'person'],
      type: 'object',
      properties: { account: id5000, person: id5000 },
    },
    return_url: { type: 'string' },
    type: sessionType,
    verification_flow: id5000,
  }),
  retrieve: body({ expand }),
  update: body({ expand, metadata, options, provided_details: providedDetails, type: sessionType }),
  list: body({
    client_reference_id: id5000,
    created: {
      anyOf: [
        {
          title: 'range_query_specs',
          type: 'object',
          properties: {
            gt: { type: 'integer' },
            gte: { type: 'integer' },
            lt: { type: 'integer' },
            lte: { type: 'integer' },
          },
        },
        { type: 'integer' },
      ],
    },
    ending_before: id5000,
    expand,
    limit: { type: 'integer' },
    related_customer: id5000,
    related_customer_account: id5000,
    starting_after: id5000,
    status: { type: 'string', enum: ['canceled', 'processing', 'requires_input', 'verified'] },
  }),
  cancel: body({ expand }),
  redact: body({ expand }),
};
