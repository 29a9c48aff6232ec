import type { CreatedSession } from './backend.js';
import { credentialField, MODE_HEADER, type VerificationMode } from './contract.js';
import { IdentityError } from './IdentityError.js';
import { isObject } from './isObject.js';

/** What a value is, for error messages: `null`, `an array`, or its `typeof`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value;
}

/**
 * Checks what a create (`label`: the request or the call) answered: an object with a non-empty
 * `id` and the credential the mode needs (`client_secret` for `modal`, `url` for `redirect`).
 * Returns only those two fields. Used by the HTTP client and, for custom backends, by the flow.
 */
export function checkCreatedSession(
  data: unknown,
  mode: VerificationMode,
  label: string,
): CreatedSession {
  const credential = credentialField(mode);
  const invalid = (message: string) => new IdentityError('invalid_response', `${label} ${message}`);
  if (!isObject(data)) {
    throw invalid(
      process.env.NODE_ENV !== 'production'
        ? `returned ${describeValue(data)} instead of an object with \`id\` and \`${credential}\`.`
        : `returned ${describeValue(data)}`,
    );
  }
  const { id } = data;
  if (typeof id !== 'string' || id === '') {
    throw invalid(
      process.env.NODE_ENV !== 'production'
        ? `returned no \`id\` (expected a non-empty string, got ${describeValue(id)}).`
        : 'returned no id',
    );
  }
  const value = data[credential];
  if (typeof value !== 'string' || value === '') {
    throw invalid(
      process.env.NODE_ENV !== 'production'
        ? `returned no \`${credential}\` for ${mode} mode (expected a non-empty string, got ${describeValue(value)}). The server must answer the \`${MODE_HEADER}: ${mode}\` header with \`${credential}\`.`
        : `returned no ${credential}`,
    );
  }
  return { id, [credential]: value };
}
