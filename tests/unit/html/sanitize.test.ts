import { describe, expect, test } from 'vitest';
import { sanitizeBio, sanitizeHtml, textToHtml } from '../../../src/html/sanitize';
import { XSS_HOST, xssVectors } from '../../fixtures/xss-vectors';

const BASE = 'https://news.example.com/2026/11/story';
const FORBIDDEN_TAGS = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'link', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'template', 'noscript', 'isindex', 'keygen'];
/** The classes the sanitizer itself adds, on the elements it adds them to. */
const APP_OWN = new Set(['div.table-scroll', 'p.embed-link']);
const URL_ATTRS = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data', 'ping', 'cite'];

function render(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = sanitizeHtml(html, { baseUrl: BASE, appOrigin: 'https://reader.example.org', numberParagraphs: true });
  return div;
}

/** Everything that would let a payload run or reach the network without a click. */
function problems(root: HTMLElement): string[] {
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (FORBIDDEN_TAGS.includes(tag)) found.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      // eslint-disable-next-line no-control-regex -- browsers ignore control characters and spaces in URL schemes; so must this check
      const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      if (name === 'style') found.push(`${tag}[style]`);
      if (URL_ATTRS.includes(name) && /^(javascript|vbscript|data):/.test(value)) found.push(`${tag}[${name}=${value.slice(0, 30)}]`);
      if (name !== 'href' && attr.value.includes(XSS_HOST)) found.push(`${tag}[${name}] reaches ${XSS_HOST}`);
      // Nothing of the feed's may pass for the app: names only in the feed's namespace, no `name`s.
      if (name === 'id' && !/^fh-./.test(attr.value) && !(tag === 'p' && /^p-\d+$/.test(attr.value))) found.push(`${tag}[id=${attr.value}]`);
      if (name === 'class' && attr.value.split(' ').some((c) => !c.startsWith('fh-') && !APP_OWN.has(`${tag}.${c}`))) found.push(`${tag}[class=${attr.value}]`);
      if (name === 'name') found.push(`${tag}[name]`);
    }
    if (el.hasAttribute('target') && el.getAttribute('rel') !== 'noopener noreferrer') found.push(`${tag}[target] without rel`);
  }
  return found;
}

describe('sanitizeHtml against the XSS corpus', () => {
  test('the corpus has at least 150 vectors', () => {
    expect(xssVectors.length).toBeGreaterThanOrEqual(150);
  });

  // Named by their start: a vector of 600 nested <div>s would make an unreadable test name.
  test.each(xssVectors.map((v, i) => [i, v.length > 120 ? `${v.slice(0, 120)}…` : v, v] as const))('#%i %s', (_i, _name, vector) => {
    const root = render(vector);
    expect(problems(root)).toEqual([]);
    for (const a of Array.from(root.querySelectorAll('a[target="_blank"]'))) {
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  test('every output is a fixed point: parsing and serializing it again as a browser does changes nothing', { timeout: 60_000 }, () => {
    const opts = { baseUrl: BASE, appOrigin: 'https://reader.example.org', numberParagraphs: true };
    const unstable = xssVectors.filter((v) => {
      const out = sanitizeHtml(v, opts);
      return new DOMParser().parseFromString(`<!doctype html><body>${out}`, 'text/html').body.innerHTML !== out;
    });
    expect(unstable).toEqual([]);
  });
});

describe('sanitizeHtml rules', () => {
  test('the problem detector itself flags an unsanitized payload', () => {
    const div = document.createElement('div');
    div.innerHTML = '<img src=x onerror="x()"><a href="javascript:x()">a</a>';
    expect(problems(div)).toEqual(['img[onerror]', 'a[href=javascript:x()]']);
  });

  test('keeps ordinary article markup', () => {
    const root = render('<h2>Sub</h2><p>One <em>two</em> <strong>three</strong></p><blockquote><p>Quote</p></blockquote><ul><li>a</li></ul><figure><img src="/i.jpg" alt="A pier" width="10" height="5"><figcaption>Cap</figcaption></figure><table><tr><th>h</th></tr><tr><td>d</td></tr></table>');
    expect(root.querySelector('h2')?.textContent).toBe('Sub');
    expect(root.querySelector('em')?.textContent).toBe('two');
    expect(root.querySelector('blockquote p')?.textContent).toBe('Quote');
    expect(root.querySelector('figcaption')?.textContent).toBe('Cap');
    expect(root.querySelector('.table-scroll > table')).not.toBeNull();
    const img = root.querySelector('img');
    expect(img?.getAttribute('src')).toBe('https://news.example.com/i.jpg');
    expect(img?.getAttribute('loading')).toBe('lazy');
    expect(img?.getAttribute('alt')).toBe('A pier');
  });

  test('an iframe becomes a link to its source', () => {
    const root = render('<p>Watch:</p><iframe src="https://video.example.net/embed/42" width="560"></iframe>');
    expect(root.querySelector('iframe')).toBeNull();
    const link = root.querySelector('.embed-link a');
    expect(link?.getAttribute('href')).toBe('https://video.example.net/embed/42');
    expect(link?.textContent).toContain('video.example.net');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  test('relative and protocol-relative URLs resolve against the article', () => {
    const root = render('<p><a href="../10/older">older</a> <a href="//cdn.example.com/x">cdn</a></p>');
    const [older, cdn] = Array.from(root.querySelectorAll('a'));
    expect(older?.getAttribute('href')).toBe('https://news.example.com/2026/10/older');
    expect(cdn?.getAttribute('href')).toBe('https://cdn.example.com/x');
  });

  test('links to the app itself stay in the same tab; others open a new one safely', () => {
    const root = render('<p><a href="https://reader.example.org/tags/x">in app</a><a href="https://elsewhere.example/">out</a></p>');
    const [inApp, out] = Array.from(root.querySelectorAll('a'));
    expect(inApp?.hasAttribute('target')).toBe(false);
    expect(out?.getAttribute('target')).toBe('_blank');
    expect(out?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  test('paragraphs are numbered p-N; a paragraph with an id of the feed keeps it (in the feed namespace) and its number is skipped', () => {
    const root = render('<p>one</p><p id="main">two</p><div><p id="p-9">three</p><p>four</p></div>');
    expect(Array.from(root.querySelectorAll('p')).map((p) => p.id)).toEqual(['p-1', 'fh-main', 'fh-p-9', 'p-4']);
    expect(root.querySelector('#main')).toBeNull();
    expect(root.querySelector('#p-9')).toBeNull();
  });

  test('text-only content is escaped into paragraphs', () => {
    const html = textToHtml('First <b>not bold</b>\nline two\n\nSecond & last');
    expect(html).toBe('<p>First &lt;b&gt;not bold&lt;/b&gt;<br>line two</p><p>Second &amp; last</p>');
  });

  test("an author's bio resolves against the feed's home page, else the feed's URL, whatever page shows it", () => {
    const bio = '<p>Writes for <a href="/about">us</a>.</p>';
    const meta = { title: 'F', version: '1.1', expired: false };
    const href = (html: string) => new DOMParser().parseFromString(html, 'text/html').querySelector('a')?.getAttribute('href');
    expect(href(sanitizeBio(bio, { ...meta, homePageUrl: 'https://news.example.com/', feedUrl: 'https://feeds.example.net/feed.json' }))).toBe('https://news.example.com/about');
    expect(href(sanitizeBio(bio, { ...meta, feedUrl: 'https://feeds.example.net/feed.json' }))).toBe('https://feeds.example.net/about');
  });
});
