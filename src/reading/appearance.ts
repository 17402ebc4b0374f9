/**
 * Appearance: theme, text size, line width and font. Kept in localStorage ('broadsheet:appearance')
 * because public/theme-init.js must read it synchronously before the first paint; applied at once as
 * data-* attributes on <html>, which styles.css turns into colours, sizes and measures.
 */

export const APPEARANCE_KEY = 'broadsheet:appearance';

export interface Appearance {
  theme: 'system' | 'light' | 'dark';
  textSize: 'small' | 'medium' | 'large' | 'x-large';
  lineWidth: 'narrow' | 'normal' | 'wide';
  font: 'serif' | 'sans';
}

const DEFAULT_APPEARANCE: Appearance = { theme: 'system', textSize: 'medium', lineWidth: 'normal', font: 'serif' };

/** The choices of each setting, with their labels, in the order the settings panel offers them. */
export const CHOICES: { [K in keyof Appearance]: { legend: string; options: { value: Appearance[K]; label: string }[] } } = {
  theme: {
    legend: 'Theme',
    options: [
      { value: 'system', label: 'Match the system' },
      { value: 'light', label: 'Light' },
      { value: 'dark', label: 'Dark' },
    ],
  },
  textSize: {
    legend: 'Text size',
    options: [
      { value: 'small', label: 'Small' },
      { value: 'medium', label: 'Medium' },
      { value: 'large', label: 'Large' },
      { value: 'x-large', label: 'Extra large' },
    ],
  },
  lineWidth: {
    legend: 'Line width',
    options: [
      { value: 'narrow', label: 'Narrow' },
      { value: 'normal', label: 'Normal' },
      { value: 'wide', label: 'Wide' },
    ],
  },
  font: {
    legend: 'Font',
    options: [
      { value: 'serif', label: 'Serif' },
      { value: 'sans', label: 'Sans-serif' },
    ],
  },
};

function pick<T extends string>(value: unknown, allowed: readonly { value: T }[], fallback: T): T {
  return allowed.some((o) => o.value === value) ? (value as T) : fallback;
}

/** The stored appearance, with defaults for anything missing or unknown. */
export function readAppearance(): Appearance {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(APPEARANCE_KEY) ?? '{}');
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch {
    /* unreadable: defaults */
  }
  return {
    theme: pick(raw.theme, CHOICES.theme.options, DEFAULT_APPEARANCE.theme),
    textSize: pick(raw.textSize, CHOICES.textSize.options, DEFAULT_APPEARANCE.textSize),
    lineWidth: pick(raw.lineWidth, CHOICES.lineWidth.options, DEFAULT_APPEARANCE.lineWidth),
    font: pick(raw.font, CHOICES.font.options, DEFAULT_APPEARANCE.font),
  };
}

/** Applies an appearance to <html> now (the same attributes theme-init.js sets before paint). */
export function applyAppearance(a: Appearance, root: HTMLElement = document.documentElement): void {
  if (a.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = a.theme;
  root.dataset.textSize = a.textSize;
  root.dataset.lineWidth = a.lineWidth;
  root.dataset.font = a.font;
  const meta = document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]');
  // The browser chrome follows a chosen theme too.
  for (const m of meta) {
    if (!m.dataset.media) m.dataset.media = m.media;
    m.media = a.theme === 'system' ? m.dataset.media : m.dataset.media.includes('dark') === (a.theme === 'dark') ? 'all' : 'not all';
  }
}

/** Stores and applies an appearance. */
export function saveAppearance(a: Appearance): void {
  try {
    localStorage.setItem(APPEARANCE_KEY, JSON.stringify(a));
  } catch {
    /* storage unavailable: applies for this visit only */
  }
  applyAppearance(a);
}
