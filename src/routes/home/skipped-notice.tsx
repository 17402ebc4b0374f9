import type { SkippedItem } from '../../feed/model';

/** Says how many feed items could not be shown, and why, without hiding the rest. */
export function SkippedNotice({ skipped }: { skipped: SkippedItem[] }) {
  if (skipped.length === 0) return null;
  const n = skipped.length;
  return (
    <details className="notice">
      <summary>
        {n} {n === 1 ? 'item' : 'items'} in the feed could not be shown.
      </summary>
      <ul>
        {skipped.slice(0, 50).map((s, i) => (
          <li key={i}>{s.reason}</li>
        ))}
        {n > 50 && <li>…and {n - 50} more.</li>}
      </ul>
    </details>
  );
}
