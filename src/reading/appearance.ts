/**
 * Appearance: theme, text size, line width and font. Kept in localStorage ('broadsheet:appearance')
 * because public/theme-init.js must read it synchronously before the first paint; applied at once as
 * data-* attributes on <html>, which styles.css turns into colours, sizes and measures.
 */

import { announce, onTabMessage } from '../shared/tab-channel';
import { createStore, type ReadableStore } from '../shared/store';
import type { TabPart, TabState } from '../shared/tab-state';

declare module '../shared/tab-channel' {
  interface TabTopics {
    /** The appearance changed (it is in localStorage; the message carries it too). */
    appearance: Appearance;
  }
}

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

/** An appearance from what was stored or sent, with defaults for anything missing or unknown. */
function checkAppearance(value: unknown): Appearance {
  const raw = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  return {
    theme: pick(raw.theme, CHOICES.theme.options, DEFAULT_APPEARANCE.theme),
    textSize: pick(raw.textSize, CHOICES.textSize.options, DEFAULT_APPEARANCE.textSize),
    lineWidth: pick(raw.lineWidth, CHOICES.lineWidth.options, DEFAULT_APPEARANCE.lineWidth),
    font: pick(raw.font, CHOICES.font.options, DEFAULT_APPEARANCE.font),
  };
}

/** The stored appearance, with defaults for anything missing or unknown. */
export function readAppearance(): Appearance {
  try {
    return checkAppearance(JSON.parse(localStorage.getItem(APPEARANCE_KEY) ?? '{}'));
  } catch {
    return DEFAULT_APPEARANCE; // unreadable: defaults
  }
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

/** The appearance in one tab: the one in use, and changes made here and in other tabs. */
export interface AppearanceState extends TabPart {
  /** The appearance in use. */
  current: ReadableStore<Appearance>;
  /** Stores and applies an appearance, and tells the other tabs. */
  save(a: Appearance): void;
  /** Applies what other tabs choose, at once (started with the app). */
  follow(): void;
}

function createAppearanceState(): AppearanceState {
  const current = createStore(readAppearance());
  let unfollow: (() => void) | null = null;
  return {
    current,
    save(a) {
      try {
        localStorage.setItem(APPEARANCE_KEY, JSON.stringify(a));
      } catch {
        /* storage unavailable: applies for this visit only */
      }
      applyAppearance(a);
      current.set(a);
      announce('appearance', a);
    },
    follow() {
      unfollow ??= onTabMessage('appearance', (sent) => {
        // From the message, not localStorage: another tab's write may not have reached this one's copy yet.
        const a = checkAppearance(sent);
        applyAppearance(a);
        current.set(a);
      });
    },
    close() {
      unfollow?.();
      unfollow = null;
    },
  };
}

/** The appearance of the tab `tab`. */
export function appearanceOf(tab: TabState): AppearanceState {
  return tab.part(createAppearanceState);
}
