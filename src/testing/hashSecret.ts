/**
 * A short, non-reversible fingerprint of a secret (FNV-1a, 32 bits, hex), so test records can
 * say which secret was used without holding it.
 */
export function hashSecret(secret: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < secret.length; i += 1) {
    hash ^= secret.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
