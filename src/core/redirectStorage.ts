import { isSessionId } from './contract.js';

/**
 * The `sessionStorage` key under which `useVerifyIdentity({ mode: 'redirect' })` remembers the
 * id of the session it sent the browser to verify (the id only: never the URL or a secret), and
 * from which `useVerificationReturn()` reads it back on the return page.
 */
export const REDIRECT_SESSION_STORAGE_KEY = 'react-stripe-identity:redirect-session-id';

/** Remembers `id` for the return page. Storage may be unavailable (privacy modes): then it is skipped. */
export function rememberRedirectSession(id: string, key = REDIRECT_SESSION_STORAGE_KEY): void {
  try {
    window.sessionStorage.setItem(key, id);
  } catch {
    // No storage: the return page can still read the id from its query parameter.
  }
}

/** The id remembered by {@link rememberRedirectSession}, or `null`. */
export function readRedirectSession(key = REDIRECT_SESSION_STORAGE_KEY): string | null {
  try {
    const value = window.sessionStorage.getItem(key);
    return isSessionId(value) ? value : null;
  } catch {
    return null;
  }
}

/** Forgets the remembered id (e.g. once the return page has shown the verdict). */
export function clearRedirectSession(key = REDIRECT_SESSION_STORAGE_KEY): void {
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}
