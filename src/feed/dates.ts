/**
 * Feed dates -> ISO 8601 strings (UTC), or undefined for anything impossible or unreadable: the item
 * is then kept undated. JSON Feed and Atom write RFC 3339; RSS writes RFC 822, and in the wild every
 * variation of it (no weekday, full names, two-digit years, "+01:00", named zones, no zone, the
 * JavaScript `Date.toString()` order).
 */

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;

/**
 * RFC 3339 / ISO 8601 date -> ISO string (UTC), or undefined ("2023-02-30", "yesterday"). A missing
 * offset is read as UTC; RFC 822 dates and their common variations are accepted too.
 */
export function parseDate(value: string | undefined): string | undefined {
  const s = value?.trim();
  if (!s) return undefined;
  const m = ISO_DATE.exec(s);
  if (!m) return parseRfc822(s);
  const [year, month, day, hour = 0, minute = 0, second = 0] = [1, 2, 3, 4, 5, 6].map((i) => (m[i] === undefined ? undefined : Number(m[i])));
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const ms = m[7] ? Math.round(Number(`0${m[7]}`) * 1000) : 0;
  let offset = 0;
  if (m[9]) {
    const offH = Number(m[10]);
    const offM = Number(m[11]);
    if (offH > 23 || offM > 59) return undefined;
    offset = (m[9] === '-' ? -1 : 1) * (offH * 60 + offM);
  }
  return utc(year, month, day, hour, minute, second, ms, offset);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Zone names feeds write, in minutes east of UTC. A single military letter is read as UTC (RFC 2822). */
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, wet: 0, bst: 60, west: 60, cet: 60, met: 60, cest: 120, mest: 120,
  eet: 120, eest: 180, msk: 180, ist: 330, sgt: 480, hkt: 480, awst: 480, jst: 540, kst: 540,
  acst: 570, aest: 600, aedt: 660, nzst: 720, nzdt: 780, hst: -600, akst: -540, akdt: -480,
  pst: -480, pdt: -420, mst: -420, mdt: -360, cst: -360, cdt: -300, est: -300, edt: -240,
  ast: -240, adt: -180, nst: -210, ndt: -150,
};

/**
 * RFC 822 / 1123 / 2822 with the variations of the wild: "Wed, 04 Mar 2026 10:00:00 GMT",
 * "4 Mar 2026 10:00 +0100", "Wednesday, 04 March 2026 10:00:00 +01:00", "Wed, 04 Mar 26 10:00 EST",
 * "Wed Mar 04 2026 10:00:00 GMT+0100 (CET)". No zone, or a name not known, is read as UTC.
 */
function parseRfc822(input: string): string | undefined {
  const s = input
    .replace(/\([^()]*\)/g, ' ') // comments: "(CET)", "(Coordinated Universal Time)"
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? ?/, ''); // the weekday, however spelt
  const dayFirst = /^(\d{1,2})[ -]([a-z]{3,9})\.?,?[ -](\d{4}|\d{2})(?!\d)(.*)$/.exec(s);
  const monthFirst = dayFirst ? null : /^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})(.*)$/.exec(s);
  const parts = dayFirst ? { day: dayFirst[1], month: dayFirst[2], year: dayFirst[3], rest: dayFirst[4] } : monthFirst ? { day: monthFirst[2], month: monthFirst[1], year: monthFirst[3], rest: monthFirst[4] } : undefined;
  if (!parts) return undefined;
  const monthIndex = MONTHS.indexOf((parts.month ?? '').slice(0, 3));
  if (monthIndex < 0) return undefined;
  let year = Number(parts.year);
  // RFC 2822's rule for two-digit years: 00-49 are 2000-2049, 50-99 are 1950-1999.
  if ((parts.year ?? '').length === 2) year += year < 50 ? 2000 : 1900;
  const rest = (parts.rest ?? '').trim().replace(/^,?\s*(?:at\s+)?/, '');
  const time = /^(?:(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(?:([+-])(\d{2}):?(\d{2})|(?:gmt|utc)([+-])(\d{2}):?(\d{2})|([a-z]{1,5}))?$/.exec(rest);
  if (!time) return undefined;
  let offset = 0;
  const sign = time[4] ?? time[7];
  if (sign) {
    const h = Number(time[5] ?? time[8]);
    const mm = Number(time[6] ?? time[9]);
    if (h > 23 || mm > 59) return undefined;
    offset = (sign === '-' ? -1 : 1) * (h * 60 + mm);
  } else if (time[10]) {
    offset = ZONES[time[10]] ?? 0;
  }
  return utc(year, monthIndex + 1, Number(parts.day), Number(time[1] ?? 0), Number(time[2] ?? 0), Number(time[3] ?? 0), 0, offset);
}

/** The ISO string of a validated wall-clock time at `offset` minutes east of UTC. */
function utc(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, offset: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  // A leap second is read as the last second of its minute.
  const t = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), ms) - offset * 60_000;
  return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
