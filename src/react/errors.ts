// No 'use client': no React here, so Server Components can call this (e.g. to prefetch).
import { IdentityError, type IdentityErrorCode, isIdentityError } from '../core/IdentityError.js';

/**
 * Any thrown value as an {@link IdentityError}: identity errors pass through; anything else
 * (a custom backend's own error) becomes `fallback`, keeping the original as `cause`.
 */
export function toIdentityError(
  error: unknown,
  fallback: IdentityErrorCode,
  context: string,
): IdentityError {
  if (isIdentityError(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new IdentityError(fallback, `${context}: ${detail}`, { cause: error });
}
