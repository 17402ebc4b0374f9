import type { ItemNoteCode, SkippedItem } from '../../shared/model';

/** One sentence per reason, for `n` items; the repaired ones say what was made up. */
const SENTENCES: Record<ItemNoteCode, (n: number) => string> = {
  'id-from-url': (n) => (n === 1 ? '1 item had no id; its link was used instead.' : `${n} items had no id; their links were used instead.`),
  'id-from-external-url': (n) =>
    n === 1 ? '1 item had no id; its external link was used instead.' : `${n} items had no id; their external links were used instead.`,
  'id-from-content': (n) =>
    n === 1
      ? '1 item had no id or link; one was made up from its title, date and content.'
      : `${n} items had no id or link; ids were made up from their titles, dates and content.`,
  'nothing-to-show': (n) => (n === 1 ? '1 item had nothing to show.' : `${n} items had nothing to show.`),
  'duplicate-id': (n) => (n === 1 ? '1 item repeated an earlier one.' : `${n} items repeated earlier ones.`),
  'not-object': (n) => (n === 1 ? '1 item was not an item at all (not an object).' : `${n} items were not items at all (not objects).`),
};

const items = (n: number) => (n === 1 ? '1 item' : `${n} items`);

/**
 * Says how many feed items could not be shown and how many were shown after a repair (an id made
 * up), and why, per reason, without hiding the rest.
 */
export function SkippedNotice({ skipped }: { skipped: SkippedItem[] }) {
  if (skipped.length === 0) return null;
  const groups = new Map<ItemNoteCode | undefined, number>();
  for (const s of skipped) {
    // Copies stored by older versions have no code (their items were skipped); never trust one blindly.
    const code = s.code !== undefined && Object.hasOwn(SENTENCES, s.code) ? s.code : undefined;
    groups.set(code, (groups.get(code) ?? 0) + 1);
  }
  const kept = skipped.filter((s) => s.kept === true).length;
  const dropped = skipped.length - kept;
  const summary = [
    dropped > 0 ? `${items(dropped)} in the feed could not be shown.` : '',
    kept > 0 ? `${items(kept)} ${dropped > 0 ? '' : 'in the feed '}had no id and ${kept === 1 ? 'was' : 'were'} given one.` : '',
  ];
  return (
    <details className="notice">
      <summary>{summary.filter(Boolean).join(' ')}</summary>
      <ul>
        {[...groups].map(([code, n]) => (
          <li key={code ?? 'other'}>{code ? SENTENCES[code](n) : `${items(n)} could not be shown.`}</li>
        ))}
      </ul>
    </details>
  );
}
