/**
 * Parameters of the simulator's test helpers (`POST /v1/test_helpers/identity/
 * verification_sessions/{id}/submit|verify|fail`), in the same schema shape as Stripe's.
 * Not Stripe's API: Stripe has no test helpers for Identity.
 */
import type { ParamSchema } from './parameterSchemas.js';

const expand: ParamSchema = { type: 'array', items: { maxLength: 5000, type: 'string' } };
const body = (properties: Record<string, ParamSchema>, required?: string[]): ParamSchema => ({
  type: 'object',
  properties,
  additionalProperties: false,
  ...(required ? { required } : {}),
});

export const TEST_HELPER_SCHEMAS = {
  /** `verdict` (`verified` or a code, as `fail` takes it) and `after_ms`: reach it on its own. */
  submit: body({
    expand,
    verdict: { maxLength: 5000, type: 'string' },
    reason: { maxLength: 5000, type: 'string' },
    after_ms: { type: 'integer' },
  }),
  verify: body({ expand }),
  /** `code`: one of the 19 codes (another needs `reason`, as an invite-only code would have). */
  fail: body(
    {
      expand,
      code: { maxLength: 5000, type: 'string' },
      reason: { maxLength: 5000, type: 'string' },
    },
    ['code'],
  ),
} satisfies Record<string, ParamSchema>;
