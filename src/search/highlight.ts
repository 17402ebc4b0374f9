/** A piece of text, marked when it is one of the matched terms. */
export interface TextPart {
  text: string;
  match: boolean;
}

// Words: runs of letters, marks and digits (MiniSearch splits on spaces and punctuation, so its terms are such runs).
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function termSet(terms: readonly string[]): Set<string> {
  return new Set(terms.map((t) => t.toLowerCase()).filter(Boolean));
}

/** Splits text into parts, marking every word that is one of `terms` (compared case-insensitively). */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const set = termSet(terms);
  const parts: TextPart[] = [];
  if (set.size === 0) return text ? [{ text, match: false }] : [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    if (!set.has(m[0].toLowerCase())) continue;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: m[0], match: true });
    last = start + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/**
 * A window of about `words` words of `text` around the first matched term, with ellipses where it was cut;
 * the start of the text when nothing matches.
 */
export function snippet(text: string, terms: readonly string[], words = 30): string {
  const set = termSet(terms);
  const tokens = [...text.matchAll(/\S+/g)];
  if (tokens.length === 0) return '';
  let hit = tokens.findIndex((t) => [...t[0].matchAll(WORD)].some((w) => set.has(w[0].toLowerCase())));
  if (hit < 0) hit = 0;
  const before = Math.min(hit, Math.floor(words / 3));
  let from = hit - before;
  const to = Math.min(tokens.length, from + words);
  from = Math.max(0, to - words);
  const first = tokens[from];
  const lastTok = tokens[to - 1];
  if (!first || !lastTok) return '';
  const body = text.slice(first.index, lastTok.index + lastTok[0].length);
  return `${from > 0 ? '… ' : ''}${body}${to < tokens.length ? ' …' : ''}`;
}
