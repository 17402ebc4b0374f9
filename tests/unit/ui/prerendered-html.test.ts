import { afterEach, describe, expect, test } from 'vitest';
import { prerenderedHtml, sourceHash } from '../../../src/ui/prerendered-html';

afterEach(() => {
  document.documentElement.removeAttribute('data-prerendered');
  document.documentElement.removeAttribute('data-stale-prerender');
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
});

function page(path: string, block: string) {
  window.history.replaceState(null, '', path);
  document.documentElement.dataset.prerendered = path;
  document.body.innerHTML = `<div id="root">${block}</div><div data-source-hash="elsewhere"><p>outside</p></div>`;
}

describe('prerendered blocks', () => {
  test('the hash is stable and changes with the source', () => {
    expect(sourceHash('<p>a</p>')).toBe(sourceHash('<p>a</p>'));
    expect(sourceHash('<p>a</p>')).not.toBe(sourceHash('<p>b</p>'));
    expect(sourceHash('<p>a</p>')).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
  });
  test('a block of the page prerendered for this path is taken', () => {
    const hash = sourceHash('x');
    page('/articles/one', `<div data-source-hash="${hash}"><p id="p-1">Body</p></div>`);
    expect(prerenderedHtml(hash)).toBe('<p id="p-1">Body</p>');
    expect(prerenderedHtml(sourceHash('y'))).toBeUndefined();
  });
  test('nothing is taken from a page prerendered for another path, a stale one, or outside #root', () => {
    const hash = sourceHash('x');
    page('/articles/one', `<div data-source-hash="${hash}"><p>Body</p></div>`);
    window.history.replaceState(null, '', '/articles/two');
    expect(prerenderedHtml(hash)).toBeUndefined();
    window.history.replaceState(null, '', '/articles/one');
    document.documentElement.setAttribute('data-stale-prerender', '');
    expect(prerenderedHtml(hash)).toBeUndefined();
    document.documentElement.removeAttribute('data-stale-prerender');
    expect(prerenderedHtml('elsewhere')).toBeUndefined();
  });
});
