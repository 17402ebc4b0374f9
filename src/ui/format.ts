/** Dates and numbers are formatted with Intl in the article's (or feed's) language. */

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function safeLocale(lang: string | undefined): string | undefined {
  if (!lang) return undefined;
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined; // a malformed language tag from a feed must not break rendering
  }
}

/** "27 November 2026" in the given language (or the browser's), in the given time zone (or the browser's). */
export function formatDate(iso: string, lang?: string, timeZone?: string): string {
  const locale = safeLocale(lang);
  const key = `${locale ?? ''}|${timeZone ?? ''}`;
  let fmt = dateFormats.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone });
    dateFormats.set(key, fmt);
  }
  return fmt.format(new Date(iso));
}

/** "6 min read", with the number formatted for the language. */
export function formatReadingTime(minutes: number, lang?: string): string {
  const n = new Intl.NumberFormat(safeLocale(lang)).format(minutes);
  return `${n} min read`;
}

/** "3.2 MB" for byte counts. */
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

/** "12:34" for a duration in seconds. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}
