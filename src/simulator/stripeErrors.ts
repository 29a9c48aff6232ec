/**
 * Stripe's error answers: the envelope `{ error: { type, message, code?, param?, doc_url? } }`
 * (the spec's `error` schema) with the HTTP status Stripe uses for each case.
 */

/** The body of an error answer, as the spec's `api_errors` schema has it. */
export interface StripeErrorBody {
  type: 'api_error' | 'card_error' | 'idempotency_error' | 'invalid_request_error';
  message: string;
  code?: string;
  param?: string;
  doc_url?: string;
}

/** One HTTP answer of the simulated API. */
export interface ApiAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const docUrl = (code: string) => `https://stripe.com/docs/error-codes/${code.replace(/_/g, '-')}`;

/** An error answer; `code` brings Stripe's `doc_url` along. */
export function errorAnswer(
  status: number,
  fields: StripeErrorBody,
  headers?: Record<string, string>,
): ApiAnswer {
  const error =
    fields.code && !fields.doc_url ? { ...fields, doc_url: docUrl(fields.code) } : fields;
  return { status, body: { error }, ...(headers ? { headers } : {}) };
}

/** A parameter Stripe refuses: 400 `invalid_request_error` naming it. */
export class ParamError extends Error {
  constructor(
    readonly param: string,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }

  toAnswer(): ApiAnswer {
    return errorAnswer(400, {
      type: 'invalid_request_error',
      message: this.message,
      param: this.param,
      ...(this.code ? { code: this.code } : {}),
    });
  }
}

/** 404 for an id Stripe does not know. */
export function resourceMissing(id: string): ApiAnswer {
  return errorAnswer(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    param: 'session',
    message: `No such verification session: '${id}'`,
  });
}

/** 400 for a transition the session's status does not allow. */
export function invalidState(message: string): ApiAnswer {
  return errorAnswer(400, { type: 'invalid_request_error', message });
}

/** 404 for a path Stripe does not serve. */
export function unrecognizedUrl(method: string, path: string): ApiAnswer {
  return errorAnswer(404, {
    type: 'invalid_request_error',
    message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
  });
}

/** 401 without an API key, or with a live one (the simulator is test mode only). */
export function authenticationFailed(message: string): ApiAnswer {
  return errorAnswer(401, { type: 'invalid_request_error', message });
}

/** 429: Stripe's rate limiter (its type is `invalid_request_error`, its code `rate_limit`). */
export function rateLimited(retryAfterSeconds: number): ApiAnswer {
  return errorAnswer(
    429,
    {
      type: 'invalid_request_error',
      code: 'rate_limit',
      message:
        'Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.',
    },
    { 'Retry-After': String(retryAfterSeconds) },
  );
}

/** A 5xx: something went wrong on Stripe's end. */
export function serverError(status: number): ApiAnswer {
  return errorAnswer(status, {
    type: 'api_error',
    message: 'An unknown error occurred',
  });
}
