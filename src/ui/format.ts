/** Dates and numbers are formatted with Intl in the article's (or feed's) language. */
import { formatBytes, safeLocale } from '../shared/intl';

export { formatBytes };

const dateFormats = new Map<string, Intl.DateTimeFormat>();

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

/** "12:34" for a duration in seconds. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}
