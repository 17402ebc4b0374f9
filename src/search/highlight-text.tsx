import { highlightParts } from './highlight';

/** Text with the matched terms wrapped in <mark>: React nodes, never HTML. */
export function HighlightText({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlightParts(text, terms).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : p.text))}
    </>
  );
}
