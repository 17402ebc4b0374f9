import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { applyAppearance, APPEARANCE_KEY, appearanceOf, CHOICES, readAppearance, type Appearance } from '../../../src/reading/appearance';
import { createTabState } from '../../../src/shared/tab-state';

// public/theme-init.js applies the stored appearance before first paint, without the app; the app
// applies it with applyAppearance. Both read one stored record and must set the same attributes.
const themeInit = readFileSync('public/theme-init.js', 'utf8');

/** The data-* attributes of a fresh <html> after `apply` ran on it. */
function attributesAfter(apply: (root: HTMLElement) => void): Record<string, string> {
  const root = document.createElement('html');
  apply(root);
  return { ...root.dataset } as Record<string, string>;
}

/** Runs theme-init.js against `root` as if it were the document's element. */
function runThemeInit(root: HTMLElement) {
  new Function('document', 'location', themeInit)({ documentElement: root }, { pathname: '/' });
}

afterEach(() => localStorage.clear());

/** Saves `a` as the settings panel does, in a page of its own. */
const saveAppearance = (a: Appearance) => appearanceOf(createTabState()).save(a);

describe('appearance', () => {
  const every: Appearance[] = [];
  for (const theme of CHOICES.theme.options) {
    for (const textSize of CHOICES.textSize.options) {
      every.push({ theme: theme.value, textSize: textSize.value, lineWidth: CHOICES.lineWidth.options[0]!.value, font: CHOICES.font.options.at(-1)!.value });
    }
  }
  for (const lineWidth of CHOICES.lineWidth.options) {
    for (const font of CHOICES.font.options) every.push({ theme: 'dark', textSize: 'large', lineWidth: lineWidth.value, font: font.value });
  }

  test.each(every)('theme-init.js and the app set the same attributes for %o', (a) => {
    saveAppearance(a);
    expect(attributesAfter(runThemeInit)).toEqual(attributesAfter((root) => applyAppearance(a, root)));
  });

  test('what is saved is read back; a stored record with unknown values falls back to the defaults per field', () => {
    const a: Appearance = { theme: 'light', textSize: 'large', lineWidth: 'wide', font: 'sans' };
    saveAppearance(a);
    expect(readAppearance()).toEqual(a);
    localStorage.setItem(APPEARANCE_KEY, JSON.stringify({ theme: 'neon', textSize: 'large', font: 42 }));
    expect(readAppearance()).toEqual({ theme: 'system', textSize: 'large', lineWidth: 'normal', font: 'serif' });
    localStorage.setItem(APPEARANCE_KEY, '{not json');
    expect(readAppearance().theme).toBe('system');
  });
});
