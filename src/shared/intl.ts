/** Intl helpers that every layer may use (the page, the worker, Node): a feed's language tag made safe, byte counts. */

/** The canonical form of a BCP 47 tag, or undefined (Intl's default) for none or a malformed one. */
export function safeLocale(lang: string | undefined): string | undefined {
  if (!lang) return undefined;
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined; // a malformed language tag from a feed must not break rendering
  }
}

/** "3.2 MB" for byte counts, in the given language (or the default). */
export function formatBytes(bytes: number, lang?: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let i = 0;
  while (value >= 1000 && i < units.length - 1) {
    value /= 1000;
    i++;
  }
  return new Intl.NumberFormat(safeLocale(lang), {
    style: 'unit',
    unit: units[i],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && i > 0 ? 1 : 0,
  }).format(value);
}

