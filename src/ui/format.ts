/** Dates and numbers are formatted with Intl in the article's (or feed's) language. */
import { formatBytes, safeLocale } from '../shared/intl';

export { formatBytes };

// Making an Intl formatter costs far more than using one (a home page of cards made hundreds while
// hydrating), so each is made once per language, and time zone for dates, and kept.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const canonical = new Map<string, string | undefined>();

/** The formatter kept under `lang` (made safe) and `extra` in `formats`, made by `make` the first time. */
function cached<F>(formats: Map<string, F>, lang: string | undefined, make: (locale: string | undefined) => F, extra = ''): F {
  const raw = lang ?? '';
  if (!canonical.has(raw)) canonical.set(raw, safeLocale(lang));
  const locale = canonical.get(raw);
  const key = `${locale ?? ''}|${extra}`;
  let fmt = formats.get(key);
  if (!fmt) formats.set(key, (fmt = make(locale)));
  return fmt;
}

/** "27 November 2026" in the given language (or the browser's), in the given time zone (or the browser's). */
export function formatDate(iso: string, lang?: string, timeZone?: string): string {
  const fmt = cached(dateFormats, lang, (locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone }), timeZone);
  return fmt.format(new Date(iso));
}

/** "6 min read", with the number formatted for the language. */
export function formatReadingTime(minutes: number, lang?: string): string {
  return `${cached(numberFormats, lang, (locale) => new Intl.NumberFormat(locale)).format(minutes)} min read`;
}

/** "12:34" for a duration in seconds. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}
