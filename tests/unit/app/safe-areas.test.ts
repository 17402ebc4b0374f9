import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// The installed app on a notched phone: the page is laid under the notch, the status bar and the home
// indicator (viewport-fit=cover), so what sits at the screen's edges is padded by the safe areas, and
// the status bar takes the header's colour in either theme.

const css = readFileSync('src/app/styles.css', 'utf8');
const html = new DOMParser().parseFromString(readFileSync('index.html', 'utf8'), 'text/html');

/** The declarations of the rule whose selector is exactly `selector` (the first one). */
function rule(selector: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?:^|\\n)${escaped} \\{([^}]*)\\}`).exec(css);
  if (!m?.[1]) throw new Error(`no rule for ${selector} in styles.css`);
  return m[1];
}

/** The value `name` is given in the rule for `selector`. */
function value(selector: string, name: string): string {
  const m = new RegExp(`(?:^|[;\\s])${name}:\\s*([^;]+)`).exec(rule(selector));
  if (!m?.[1]) throw new Error(`${selector} sets no ${name}`);
  return m[1].trim();
}

describe('safe areas', () => {
  test('the page is laid under the notch and the home indicator', () => {
    const viewport = html.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '';
    expect(viewport.split(/,\s*/)).toContain('viewport-fit=cover');
  });

  test('the header pads the status bar with its own background, and its sides the notch', () => {
    expect(value('.site-header', 'padding-top')).toBe('env(safe-area-inset-top)');
    expect(value('.site-header', 'background')).toContain('var(--bg)');
    expect(value('.site-header-inner', 'padding')).toBe('0.5rem var(--gap-right) 0.5rem var(--gap-left)');
  });

  test('the side gaps are the usual gap, or the safe area where that is wider', () => {
    expect(value(':root', '--gap-left')).toBe('max(var(--gap), env(safe-area-inset-left))');
    expect(value(':root', '--gap-right')).toBe('max(var(--gap), env(safe-area-inset-right))');
    expect(value('main', 'padding')).toBe('0 var(--gap-right) 3rem var(--gap-left)');
  });

  test('the footer and what is fixed at the bottom stay clear of the home indicator', () => {
    expect(value('.site-footer', 'padding')).toMatch(/max\(1\.5rem, env\(safe-area-inset-bottom\)\)/);
    expect(value('.update-prompt', 'inset')).toContain('max(1rem, env(safe-area-inset-bottom))');
    expect(value('.update-prompt', 'inset')).toContain('max(1rem, env(safe-area-inset-right))');
    expect(value('.install-offer', 'bottom')).toBe('max(1rem, env(safe-area-inset-bottom))');
    expect(value('.install-offer', 'left')).toBe('max(1rem, env(safe-area-inset-left))');
    expect(value('.new-articles', 'bottom')).toBe('max(1rem, env(safe-area-inset-bottom))');
  });

  test('the status bar takes the header\'s colour in both themes (theme-color per colour scheme)', () => {
    const light = /:root \{[^}]*--bg: (#[0-9a-f]{6})/.exec(css)?.[1];
    const dark = /:root\[data-theme='dark'\] \{[^}]*--bg: (#[0-9a-f]{6})/.exec(css)?.[1];
    const meta = (selector: string) => html.querySelector(`meta${selector}`)?.getAttribute('content');
    const color = (scheme: string) => meta(`[name="theme-color"][media="(prefers-color-scheme: ${scheme})"]`);
    expect(light).toBeDefined();
    expect(dark).toBeDefined();
    expect(color('light')).toBe(light);
    expect(color('dark')).toBe(dark);
    // "default" lets iOS colour the status bar from theme-color with dark or light text to match;
    // "black-translucent" would put white text over the light theme's header.
    expect(meta('[name="apple-mobile-web-app-status-bar-style"]')).toBe('default');
  });
});
