import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { EARLY_TAPS, holdEarlyClicks, type HeldClicks } from '../../../src/app/takeover/early-clicks';

/** The prerendered page as the build writes it: a script-only button disabled until live, and links. */
function prerendered() {
  document.body.innerHTML = `<div id="root">
    <a id="home" href="/">Home</a>
    <a id="article" href="/articles/one">One</a>
    <a id="away" href="https://elsewhere.example/x">Away</a>
    <button type="button" disabled="" data-until-live="" id="save">Save for offline</button>
    <button type="submit" id="search">Search</button>
  </div>`;
  const byId = (id: string) => document.getElementById(id) as HTMLElement;
  return { save: byId('save') as HTMLButtonElement, article: byId('article'), home: byId('home'), away: byId('away') };
}

describe('taps before the app takes the page over', () => {
  let held: HeldClicks | undefined;
  afterEach(() => {
    held?.release(() => undefined, false);
    held = undefined;
    vi.useRealTimers();
  });

  test('a press on a script-only button is held, marked, and pressed again once released', () => {
    vi.useFakeTimers();
    const { save } = prerendered();
    held = holdEarlyClicks();
    expect(save.disabled).toBe(false);
    const pressed: number[] = [];
    // What the app attaches by hydration: a handler on the button's ancestors, as React does on the root.
    document.getElementById('root')?.addEventListener('click', (e) => {
      if (e.target === save) pressed.push(Date.now());
    });
    save.click();
    save.click();
    expect(pressed).toEqual([]);
    expect(save.hasAttribute('data-held')).toBe(true);
    const navigate = vi.fn();
    held.release(navigate);
    expect(save.hasAttribute('data-held')).toBe(false);
    expect(pressed).toHaveLength(0); // after the commit that took the page over, not inside it
    vi.runAllTimers();
    expect(pressed).toHaveLength(2);
    expect(navigate).not.toHaveBeenCalled();
    save.click();
    expect(pressed).toHaveLength(3);
  });

  test('the last same-origin link tapped is followed, and wins over held presses', () => {
    vi.useFakeTimers();
    const { save, article, home, away } = prerendered();
    held = holdEarlyClicks();
    const pressed = vi.fn();
    save.addEventListener('click', pressed);
    save.click();
    article.click();
    home.click();
    expect(home.hasAttribute('data-held')).toBe(true);
    expect(article.hasAttribute('data-held')).toBe(false);
    // A link to another origin is left to the browser (held no further; jsdom cannot follow it).
    let leftAlone = false;
    document.addEventListener('click', (e) => ((leftAlone = !e.defaultPrevented), e.preventDefault()), { once: true });
    away.click();
    expect(leftAlone).toBe(true);
    const navigate = vi.fn();
    held.release(navigate);
    vi.runAllTimers();
    expect(navigate).toHaveBeenCalledWith('/');
    expect(pressed).not.toHaveBeenCalled();
    expect(home.hasAttribute('data-held')).toBe(false);
  });

  test('with no app to answer them, held presses are dropped', () => {
    vi.useFakeTimers();
    const { save } = prerendered();
    held = holdEarlyClicks();
    save.click();
    const afterRelease = vi.fn();
    held.release(() => undefined, false);
    save.addEventListener('click', afterRelease);
    vi.runAllTimers();
    expect(afterRelease).not.toHaveBeenCalled();
    expect(save.hasAttribute('data-held')).toBe(false);
    expect(save.disabled).toBe(true); // as for a reader with no JavaScript
  });

  test('while the page is still parsed, the head script enables such buttons and holds presses for the first script', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div id="root"></div>';
    // The real head script, as the page runs it before the body is parsed.
    new Function(readFileSync('public/theme-init.js', 'utf8'))();
    const later = document.createElement('div');
    later.innerHTML = '<button type="button" disabled="" data-until-live="">Save for offline</button>';
    document.getElementById('root')?.append(later); // the parser reaches the button
    await Promise.resolve(); // mutation records are delivered at the next microtask checkpoint
    const save = later.querySelector('button') as HTMLButtonElement;
    expect(save.disabled).toBe(false);
    const pressed = vi.fn();
    document.getElementById('root')?.addEventListener('click', pressed);
    save.click();
    expect(save.hasAttribute('data-held')).toBe(true);
    expect(pressed).not.toHaveBeenCalled();
    held = holdEarlyClicks(); // the first module script takes the held press over
    held.release(() => undefined);
    vi.runAllTimers();
    expect(pressed).toHaveBeenCalledTimes(1);
    expect(save.hasAttribute('data-held')).toBe(false);
    delete (window as unknown as Record<symbol, unknown>)[EARLY_TAPS];
  });
});
