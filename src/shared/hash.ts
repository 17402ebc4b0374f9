/**
 * FNV-1a over the UTF-16 code units of `text`, 32 bits, unsigned: a fast, stable, non-cryptographic
 * hash for telling texts apart (ids, versions, signatures), the same in the page, the worker and Node.
 */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
