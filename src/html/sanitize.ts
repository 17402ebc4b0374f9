import createDOMPurify, { type Config, type UponSanitizeAttributeHookEvent } from 'dompurify';
import type { FeedMeta } from '../shared/model';
import { parseSrcset } from './image-urls';

/**
 * Feed HTML -> HTML that is safe to put in the page and cannot pass for the app. Loaded in its own
 * chunk (only the views that show feed HTML, and saving an article, import it) because DOMPurify is
 * the heaviest thing an article needs.
 *
 * Three stages, each through DOMPurify with an allowlist of article markup (no scripts, handlers,
 * <style>, forms, objects, embeds, <base>, <meta>, SVG, MathML, templates, dialogs, popovers):
 * 1. `FEED` pass: what the feed wrote is reduced to the allowlist, and every name it chose moves
 *    into the feed's own namespace (`fh-`): classes, ids, `name`s and the references to them
 *    (`href="#x"`, aria-labelledby/-describedby/-details, `headers`). No app rule matches `fh-`, so
 *    `class="update-prompt"` or `class="button"` gets no app styling; a hyphenated name is never a
 *    JavaScript identifier, so `id`/`name` can never shadow a property of `document` or `window`
 *    (DOM clobbering) in jsdom, in Chromium or in a browser of next year, whatever names it adds; and
 *    `__staticRouterHydrationData`-style globals are out of reach. Ids and names that start with
 *    `__` are dropped outright. Roles that would make feed text pass for the app (alert, status,
 *    button, dialog, landmarks…) and live-region attributes are dropped.
 * 2. `postProcess`, the rules DOMPurify has no option for, in an inert DOMParser document: iframes
 *    become a link to their source; URL attributes (href, src, srcset candidates, poster, cite) are
 *    resolved against the article (relative ones would point at this app), limited to http(s)
 *    (links also mailto/tel) and stripped of `user:pass@`; a fragment link must name an id inside
 *    this block (footnotes keep working, nothing points at the app); external links open in a new
 *    tab with rel="noopener noreferrer" and nothing else keeps a `target`; an <h1> becomes an <h2>
 *    (the view has one <h1>, its own); images are lazy and async; media get controls; tables scroll
 *    in a `table-scroll` box; paragraphs get `p-N` ids (the app's own anchors, never the feed's).
 * 3. `FINAL` pass, repeated until it changes nothing: it re-parses the serialized result as the
 *    reader's browser will (an HTML document in no-quirks mode, as the page is), sanitizes it again
 *    and checks the output contract (`contractHook`). Only a fixed point is returned: a result that
 *    still changes after MAX_ROUNDS passes (markup that mutates on re-parsing, the root of mXSS) is
 *    given as plain text instead. So the build (jsdom) and the browser (Chromium) both return a
 *    string that parses to the DOM that was checked.
 */

/** The feed's namespace for every class, id and name it writes. */
const FEED_PREFIX = 'fh-';
/** Classes the sanitizer itself adds, and the only element each may be on (styled in styles.css). */
const OWN_CLASSES: ReadonlyMap<string, string> = new Map([
  ['table-scroll', 'div'],
  ['embed-link', 'p'],
]);
/** Re-parse passes allowed before a result that keeps changing is given up as text. */
const MAX_ROUNDS = 3;
/** Parsing with a doctype puts the HTML parser in no-quirks mode, as in the page itself. */
const DOCTYPE = '<!doctype html>';

const TAGS = [
  'a', 'abbr', 'address', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup',
  'data', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'picture', 'pre', 'q',
  'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'source', 'span', 'strong', 'sub', 'summary', 'sup', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'track', 'u', 'ul', 'var', 'video', 'audio', 'wbr',
];
/**
 * Elements dropped with everything inside them (others not in TAGS are unwrapped, their text kept).
 * What these hold is never shown as article content (fallbacks, closed dialogs, form options), and
 * parsers disagree about it: Chromium's customizable <select> keeps an <img> inside that jsdom's
 * parser drops, so keeping the content would make the build and the browser differ.
 */
const DROP_WITH_CONTENT = ['object', 'embed', 'applet', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'dialog', 'map', 'canvas', 'noembed', 'noframes', 'frameset', 'button', 'meter', 'progress', 'output'];
/** Attributes that hold a URL: the only ones the URL rules apply to. */
const URL_ATTRS = ['href', 'src', 'srcset', 'poster', 'cite'];
/** Attributes holding a list of ids. */
const IDREF_ATTRS = ['aria-labelledby', 'aria-describedby', 'aria-details', 'headers'];
/** Everything else the feed may set; none is a URL, so a colon in the value is fine. */
const PLAIN_ATTRS = [
  'alt', 'title', 'lang', 'dir', 'translate', 'hidden', 'width', 'height', 'sizes', 'media', 'type', 'datetime', 'value',
  'start', 'reversed', 'colspan', 'rowspan', 'span', 'scope', 'abbr', 'align', 'valign', 'open', 'kind', 'srclang',
  'label', 'default', 'controls', 'loop', 'muted', 'playsinline', 'preload', 'aria-label', 'aria-hidden',
];
const NAME_ATTRS = ['class', 'id', 'name', 'role'];
/** Set by postProcess only; the FEED pass drops them (a feed's `target`/`rel` is replaced, not kept). */
const OWN_ATTRS = ['target', 'rel', 'loading', 'decoding'];
/**
 * Roles feed HTML may keep: document structure only. Live regions (alert, status, log…), widgets
 * (button, dialog, tab…), landmarks and headings would let feed text be announced, found and
 * operated as the app's own controls (a fake "Reload" alert), so they are dropped.
 */
const SAFE_ROLES = new Set([
  'presentation', 'none', 'img', 'figure', 'note', 'list', 'listitem', 'table', 'row', 'rowgroup', 'cell', 'columnheader',
  'rowheader', 'term', 'definition', 'separator', 'math', 'doc-abstract', 'doc-acknowledgments', 'doc-afterword',
  'doc-appendix', 'doc-backlink', 'doc-bibliography', 'doc-biblioref', 'doc-chapter', 'doc-colophon', 'doc-conclusion',
  'doc-cover', 'doc-credit', 'doc-credits', 'doc-dedication', 'doc-endnotes', 'doc-epigraph', 'doc-epilogue',
  'doc-errata', 'doc-example', 'doc-footnote', 'doc-foreword', 'doc-glossary', 'doc-glossref', 'doc-introduction',
  'doc-noteref', 'doc-notice', 'doc-part', 'doc-preface', 'doc-prologue', 'doc-pullquote', 'doc-qna', 'doc-subtitle', 'doc-tip',
]);

/**
 * A URL attribute may start with http(s):, mailto: or tel:, or with no scheme at all (a relative URL,
 * which may have a colon further on: `photo.jpg?t=10:30`); anything else with a scheme is dropped
 * here. postProcess then resolves each URL with the URL parser and keeps only http(s) (and, for
 * links, mailto/tel): this check is the first of two.
 */
const SAFE_URL = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
const CLASS_TOKEN = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_CLASSES = 8;

const FEED_CONFIG: Config = {
  ALLOWED_TAGS: [...TAGS, 'iframe'], // an iframe is kept only long enough to become a link
  ALLOWED_ATTR: [...URL_ATTRS, ...IDREF_ATTRS, ...PLAIN_ATTRS, ...NAME_ATTRS],
  ADD_URI_SAFE_ATTR: [...PLAIN_ATTRS, ...IDREF_ATTRS],
  ADD_FORBID_CONTENTS: DROP_WITH_CONTENT,
  ALLOWED_URI_REGEXP: SAFE_URL,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

const FINAL_CONFIG: Config = {
  ...FEED_CONFIG,
  ALLOWED_TAGS: TAGS.filter((t) => t !== 'h1'),
  ALLOWED_ATTR: [...URL_ATTRS, ...IDREF_ATTRS, ...PLAIN_ATTRS, 'class', 'id', 'role', ...OWN_ATTRS],
  ADD_URI_SAFE_ATTR: [...PLAIN_ATTRS, ...IDREF_ATTRS, ...OWN_ATTRS],
};

type Purifier = ReturnType<typeof createDOMPurify>;
type Win = Window & typeof globalThis;
interface Purifiers {
  feed: Purifier;
  final: Purifier;
}
const purifiers = new WeakMap<object, Purifiers>();

function purifiersFor(win: Win): Purifiers {
  let p = purifiers.get(win);
  if (!p) {
    const make = () => createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    p = { feed: make(), final: make() };
    // Hooks belong to a DOMPurify instance, so each stage has its own.
    p.feed.addHook('uponSanitizeAttribute', feedNamesHook);
    p.final.addHook('uponSanitizeAttribute', contractHook);
    p.final.addHook('afterSanitizeAttributes', targetContractHook);
    purifiers.set(win, p);
  }
  return p;
}

const prefixed = (name: string) => FEED_PREFIX + name;
const tokens = (value: string) => value.split(/[\t\n\f\r ]+/).filter(Boolean);

/** The FEED pass: moves every name the feed chose into its namespace, with the references to it. */
function feedNamesHook(_node: Element, ev: UponSanitizeAttributeHookEvent): void {
  const value = ev.attrValue;
  switch (ev.attrName) {
    case 'id':
    case 'name':
      if (!value || value.startsWith('__') || /[\t\n\f\r ]/.test(value)) ev.keepAttr = false;
      else ev.attrValue = prefixed(value);
      return;
    case 'class': {
      const kept = tokens(value).filter((t) => CLASS_TOKEN.test(t)).slice(0, MAX_CLASSES);
      if (kept.length) ev.attrValue = kept.map(prefixed).join(' ');
      else ev.keepAttr = false;
      return;
    }
    case 'role': {
      // A role attribute is a fallback list: the first role the browser knows wins, so keep only that one.
      const role = tokens(value.toLowerCase())[0];
      if (role && SAFE_ROLES.has(role)) ev.attrValue = role;
      else ev.keepAttr = false;
      return;
    }
    case 'href':
      if (value.startsWith('#')) {
        const id = fragmentId(value);
        if (id && !id.startsWith('__')) ev.attrValue = '#' + prefixed(id);
        else ev.keepAttr = false;
      }
      return;
    default:
      if (IDREF_ATTRS.includes(ev.attrName)) {
        const ids = tokens(value).filter((t) => !t.startsWith('__'));
        if (ids.length) ev.attrValue = ids.map(prefixed).join(' ');
        else ev.keepAttr = false;
      }
  }
}

/** The id a fragment (`#x`, percent-encoded or not) points at, as browsers look it up. */
function fragmentId(hash: string): string {
  const raw = hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const isFeedName = (v: string) => v.startsWith(FEED_PREFIX) && v.length > FEED_PREFIX.length;
const isParagraphId = (tag: string, v: string) => tag === 'p' && /^p-[1-9][0-9]*$/.test(v);
const isHttp = (v: string) => /^https?:\/\//i.test(v);

/**
 * The FINAL pass: the output contract, checked on every attribute of the re-parsed result. It only
 * removes, so on a result that already meets the contract it changes nothing (the fixed point).
 */
function contractHook(node: Element, ev: UponSanitizeAttributeHookEvent): void {
  const tag = node.localName;
  const v = ev.attrValue;
  switch (ev.attrName) {
    case 'id':
      ev.keepAttr = isFeedName(v) || isParagraphId(tag, v);
      return;
    case 'class': {
      const kept = tokens(v).filter((t) => isFeedName(t) || OWN_CLASSES.get(t) === tag);
      if (kept.length) ev.attrValue = kept.join(' ');
      else ev.keepAttr = false;
      return;
    }
    case 'role':
      ev.keepAttr = SAFE_ROLES.has(v);
      return;
    case 'href':
      ev.keepAttr = v.startsWith('#') ? isFeedName(v.slice(1)) : /^(?:https?:\/\/|mailto:|tel:)/i.test(v);
      return;
    case 'src':
    case 'poster':
    case 'cite':
      ev.keepAttr = isHttp(v);
      return;
    case 'srcset': {
      const candidates = parseSrcset(v);
      ev.keepAttr = candidates.length > 0 && candidates.every((c) => isHttp(c.url));
      return;
    }
    case 'target':
      ev.keepAttr = v === '_blank';
      return;
    case 'rel':
      ev.keepAttr = v === 'noopener noreferrer';
      return;
    default:
      if (IDREF_ATTRS.includes(ev.attrName)) ev.keepAttr = tokens(v).every(isFeedName);
  }
}

/** A new tab only for an external link, and always with rel="noopener noreferrer". */
function targetContractHook(node: Element): void {
  if (node.nodeType !== 1) return;
  const hasTarget = node.hasAttribute('target');
  const external = node.localName === 'a' && isHttp(node.getAttribute('href') ?? '');
  if (hasTarget && (!external || node.getAttribute('rel') !== 'noopener noreferrer')) node.removeAttribute('target');
  if (node.hasAttribute('rel') && !node.hasAttribute('target')) node.removeAttribute('rel');
}

/** `url` resolved against `base`, if it is http(s) (or, for links, mailto/tel), without `user:pass@`. */
function absolute(url: string, base: string, links: boolean): string | null {
  try {
    const u = new URL(url.trim(), base);
    const ok = u.protocol === 'http:' || u.protocol === 'https:' || (links && (u.protocol === 'mailto:' || u.protocol === 'tel:'));
    if (!ok) return null;
    // Credentials in a URL hide where it really goes (https://bank.example@evil.example/) and make
    // fetch and Cache.match throw for images: the URL without them names the same resource.
    u.username = '';
    u.password = '';
    return u.href;
  } catch {
    return null;
  }
}

export interface SanitizeOptions {
  /** The article's base URL, for resolving relative links and images. */
  baseUrl: string;
  /** The origin the app runs on: links there stay in the same tab. */
  appOrigin?: string;
  /** Number top-level paragraphs with p-N ids. */
  numberParagraphs?: boolean;
  /** A Window to sanitize in (jsdom's at build time); the page's by default. */
  win?: Window;
}

const windowOf = (opts: SanitizeOptions) => (opts.win ?? window) as Win;

/** Sanitizes feed HTML for display; see the module comment for every rule. */
export function sanitizeHtml(html: string, opts: SanitizeOptions): string {
  const win = windowOf(opts);
  const p = purifiersFor(win);
  try {
    const clean = p.feed.sanitize(DOCTYPE + html, FEED_CONFIG);
    return settle(p.final, p.final.sanitize(DOCTYPE + postProcess(clean, opts, win), FINAL_CONFIG), opts, win);
  } catch {
    return fallback(html, opts, win);
  }
}

/**
 * The base URL for feed HTML that belongs to the feed rather than to one item (an author's bio): the
 * feed's home page, else the feed's own URL, the same fallbacks an item's base has after its own URL
 * (src/feed/normalize.ts). So a bio is the same markup on the author page and under every article.
 */
function feedBaseUrl(meta: FeedMeta): string {
  return meta.homePageUrl ?? meta.feedUrl ?? '';
}

/** An author's bio, sanitized against the feed's base URL (feedBaseUrl). */
export function sanitizeBio(bioHtml: string, meta: FeedMeta, win?: Window): string {
  return sanitizeHtml(bioHtml, { baseUrl: feedBaseUrl(meta), ...(win ? { win } : {}) });
}

/**
 * Re-parses and re-sanitizes the FINAL pass's output until nothing changes, and returns that fixed
 * point; a result that will not settle is shown as text.
 */
function settle(final: Purifier, finalOut: string, opts: SanitizeOptions, win: Win): string {
  let out = finalOut;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const again = final.sanitize(DOCTYPE + out, FINAL_CONFIG);
    if (again === out) return out;
    out = again;
  }
  return fallback(out, opts, win);
}

/** Elements whose text is not article text (code, styles, fallbacks), left out of the text fallback. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'iframe', 'object', 'select', 'textarea', 'title', 'svg', 'math']);
/** Elements after which the text fallback starts a new paragraph. */
const BLOCKS = /^(?:p|div|li|dd|dt|h[1-6]|blockquote|pre|figure|figcaption|tr|table|section|article|aside|header|footer|ul|ol|dl|hr)$/;

/**
 * The text of `html` as escaped paragraphs: what is shown when sanitizing cannot give a stable
 * result. The text is read from an inert DOMParser document and escaped, so none of it is markup.
 */
function fallback(html: string, opts: SanitizeOptions, win: Win): string {
  try {
    const doc = new win.DOMParser().parseFromString(`${DOCTYPE}<body>${html}`, 'text/html');
    let text = '';
    // Depth-first without recursion (a feed can nest thousands deep); a string on the stack is text to add.
    const stack: (Node | string)[] = [doc.body];
    while (stack.length) {
      const item = stack.pop() ?? '';
      if (typeof item === 'string') text += item;
      else if (item.nodeType === 3) text += item.nodeValue ?? '';
      else if (item.nodeType === 1) {
        const tag = (item as Element).localName;
        if (NOT_TEXT.has(tag)) continue;
        if (tag === 'br') text += '\n';
        if (BLOCKS.test(tag)) stack.push('\n\n');
        const children = Array.from(item.childNodes);
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] ?? '');
      }
    }
    return purifiersFor(win).final.sanitize(DOCTYPE + postProcess(textToHtml(text), opts, win), FINAL_CONFIG);
  } catch {
    return '';
  }
}

/**
 * The rules DOMPurify has no option for, applied to the FEED pass's output in an inert DOMParser
 * document (nothing loads or runs there). That output has no feed name outside `fh-`, so nothing
 * in it can shadow the document's own properties used here. DOMPurify's RETURN_DOM_FRAGMENT was
 * tried and rejected: in Chromium it adopts nodes into the live document while handlers are still
 * on them, so `<img src=x onerror=…>` fires.
 */
function postProcess(clean: string, opts: SanitizeOptions, win: Win): string {
  const doc = new win.DOMParser().parseFromString(`${DOCTYPE}<body>${clean}`, 'text/html');
  const root = doc.body;
  const all = (selector: string) => Array.from(root.querySelectorAll(selector));
  const appOrigin = opts.appOrigin ?? win.location.origin;
  flattenDeepNesting(root);
  const baseNoHash = absolute(opts.baseUrl, appOrigin, false)?.replace(/#.*$/, '');

  for (const iframe of all('iframe')) {
    const src = absolute(iframe.getAttribute('src') ?? '', opts.baseUrl, false);
    const p = doc.createElement('p');
    p.className = 'embed-link';
    if (src) {
      const a = doc.createElement('a');
      a.href = src;
      a.textContent = `Open the embedded content (${new URL(src).hostname})`;
      p.append(a);
    } else {
      p.textContent = 'Embedded content not shown.';
    }
    // A paragraph cannot hold another: the link goes after the paragraph the iframe was in.
    const inParagraph = iframe.parentElement?.closest('p');
    if (inParagraph) {
      inParagraph.after(p);
      iframe.remove();
    } else {
      iframe.replaceWith(p);
    }
  }

  // The view's only <h1> is its own headline.
  for (const h1 of all('h1')) {
    const h2 = doc.createElement('h2');
    for (const attr of Array.from(h1.attributes)) h2.setAttribute(attr.name, attr.value);
    h2.append(...Array.from(h1.childNodes));
    h1.replaceWith(h2);
  }

  // Ids: one element per id (the first), old-style <a name> anchors become ids, no other `name` stays.
  const ids = new Set<string>();
  for (const el of all('[id], a[name]')) {
    const name = el.getAttribute('name');
    el.removeAttribute('name');
    const id = el.getAttribute('id') ?? name ?? '';
    if (!id || ids.has(id)) el.removeAttribute('id');
    else {
      el.setAttribute('id', id);
      ids.add(id);
    }
  }
  for (const el of all('[name]')) el.removeAttribute('name');
  for (const attr of IDREF_ATTRS) {
    for (const el of all(`[${attr}]`)) {
      const kept = tokens(el.getAttribute(attr) ?? '').filter((t) => ids.has(t));
      if (kept.length) el.setAttribute(attr, kept.join(' '));
      else el.removeAttribute(attr);
    }
  }

  for (const el of all('[href]')) {
    const href = el.getAttribute('href') ?? '';
    el.removeAttribute('target');
    el.removeAttribute('rel');
    if (href.startsWith('#')) {
      // A fragment link stays inside this block: to an id here, or nowhere.
      if (!ids.has(href.slice(1))) el.removeAttribute('href');
      continue;
    }
    const abs = absolute(href, opts.baseUrl, true);
    if (!abs) {
      el.removeAttribute('href');
      continue;
    }
    const url = new URL(abs);
    // A link to a footnote of this very article, written out in full, is the in-page link it means.
    const hashId = url.hash ? prefixed(fragmentId(url.hash)) : '';
    if (hashId && abs.replace(/#.*$/, '') === baseNoHash && ids.has(hashId)) {
      el.setAttribute('href', '#' + hashId);
      continue;
    }
    el.setAttribute('href', abs);
    if (/^https?:/.test(abs) && url.origin !== appOrigin && el.localName === 'a') {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
  }
  for (const el of all('[target], [rel]')) {
    if (!el.hasAttribute('href')) {
      el.removeAttribute('target');
      el.removeAttribute('rel');
    }
  }

  for (const attr of ['src', 'poster', 'cite']) {
    for (const el of all(`[${attr}]`)) {
      const abs = absolute(el.getAttribute(attr) ?? '', opts.baseUrl, false);
      if (abs) el.setAttribute(attr, abs);
      else el.removeAttribute(attr);
    }
  }

  for (const el of all('[srcset]')) {
    const candidates = parseSrcset(el.getAttribute('srcset') ?? '').flatMap(({ url, descriptor }) => {
      // A URL that ends in a comma would lose it when the browser splits the list: encode it.
      const abs = absolute(url, opts.baseUrl, false)?.replace(/,+$/, (m) => '%2C'.repeat(m.length));
      return abs ? [descriptor ? `${abs} ${descriptor}` : abs] : [];
    });
    if (candidates.length) el.setAttribute('srcset', candidates.join(', '));
    else el.removeAttribute('srcset');
  }

  for (const img of all('img')) {
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
    if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
  }
  // The parser drops one newline right after <pre>, and the serializer does not add one back, so a
  // <pre> starting with a newline would lose one on every parse: the result would never settle.
  for (const pre of all('pre')) {
    const first = pre.firstChild;
    if (first?.nodeType === 3) first.nodeValue = (first.nodeValue ?? '').replace(/^[\r\n]+/, '');
  }
  // Media the reader cannot start would be dead boxes; they never start by themselves (no autoplay).
  for (const media of all('video, audio')) media.setAttribute('controls', '');

  for (const table of all('table')) {
    // Wide tables scroll inside their own box instead of widening the page on a phone.
    const wrap = doc.createElement('div');
    wrap.className = 'table-scroll';
    table.replaceWith(wrap);
    wrap.append(table);
  }

  if (opts.numberParagraphs) {
    // The Nth paragraph is p-N whatever the feed wrote; one that has an id of the feed's (a footnote
    // target, say) keeps it, and its number is skipped rather than given to the next paragraph.
    let n = 0;
    for (const p of all('p')) {
      n++;
      if (!p.hasAttribute('id')) p.id = `p-${n}`;
    }
  }

  return root.innerHTML;
}

/**
 * Markup nested deeper than this (relative to the article body) is reduced to its text. Browsers cap
 * the DOM depth their parser builds (Chromium and WebKit at 512 from the document root, and the
 * article sits a dozen levels down) and hang deeper elements elsewhere, which jsdom does not: past
 * the cap, the build and the reader's browser would hold different trees. No real article nests
 * this deep.
 */
const MAX_DEPTH = 100;

function flattenDeepNesting(root: Element): void {
  const stack: [Element, number][] = Array.from(root.children).map((c) => [c, 1]);
  while (stack.length) {
    const [el, depth] = stack.pop() ?? [root, 0];
    if (depth >= MAX_DEPTH) {
      // Text in document order is the same whichever way a parser hung the elements past its cap.
      if (el.firstElementChild) el.replaceChildren(el.textContent ?? '');
      continue;
    }
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
}

/** Turns plain text into paragraphs of escaped HTML (for text-only items). */
export function textToHtml(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n\s*\n/)
    .map((para) => para.trim())
    .filter(Boolean)
    .map((para) => `<p>${esc(para).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
