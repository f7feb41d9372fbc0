import { canonicalJson } from './canonical-json.js';

/** The scheme of the digests this version writes and reads. */
const SCHEME = 'hoso-digest-1';

/**
 * A short fingerprint of a JSON value's content, the same whatever the order of its keys (a
 * database may store them reordered). Validator modules carry the digests of the definition and
 * data schema they were built from (see validator-stamp.ts; docs/decisions/0011).
 *
 * It guards against mistakes, not attacks: whoever can change a definition can change its
 * validator module too.
 */
export function jsonDigest(value: unknown): string {
  const text = canonicalJson(value);
  return `${SCHEME}:${hash32(text, 0x811c9dc5, 0x01000193)}${hash32(text, 0x9747b28c, 0x5bd1e995)}`;
}

/** Whether `digest` was written by a scheme this version can compare. */
export function isKnownDigest(digest: unknown): digest is string {
  return typeof digest === 'string' && digest.startsWith(`${SCHEME}:`);
}

/** One 32-bit multiplicative hash of the UTF-16 code units, finished with an avalanche step. */
function hash32(text: string, seed: number, prime: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), prime);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0).toString(16).padStart(8, '0');
}
