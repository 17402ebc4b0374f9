/**
 * Page assembly for the build (scripts/prerender.ts): the template cut at fixed places and filled in by
 * concatenation, every attribute value escaped for its context, JSON in scripts escaped so it can never
 * close its element. Nothing here uses feed-derived text as a `String.replace` replacement.
 */
import { BODY_IN_PAGE, PAGE_DATA_ID, type PageData } from '../src/app/page-data';

/** Marks head elements the client replaces (title, description, canonical): main.tsx removes them before rendering. */
const MARK = 'data-prerender';
/** Marks prerendered buttons that stay disabled until the client renders its own. */
const UNTIL_LIVE = 'data-until-live';

/** Escapes text for an HTML attribute value in double quotes, or for element text. */
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/**
 * JSON for a `<script>` element's text (JSON-LD, the page's data): `<`, `>` and `&` escaped, so no
 * string can close the element or open a comment, and U+2028/U+2029 escaped for old JSON readers.
 */
export const scriptJson = (v: unknown) =>
  JSON.stringify(v)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/**
 * Splits `text` at the one occurrence of `marker` (our own template's markup, never feed text). Page
 * assembly only ever cuts the template and concatenates: no `String.replace` with feed-derived text as
 * the replacement, whose `$&`, `$'` and `` $` `` patterns would copy other parts of the page into it.
 */
function cut(text: string, marker: string): [string, string] {
  const at = text.indexOf(marker);
  if (at < 0 || text.indexOf(marker, at + 1) >= 0) throw new Error(`The page template must contain ${marker} exactly once`);
  return [text.slice(0, at), text.slice(at + marker.length)];
}

export interface PageParts {
  path: string;
  /** Rendered by React (title, description, canonical): marked so the client replaces them. */
  reactHead: string;
  /** Extra head elements (Open Graph, Twitter, JSON-LD). */
  extraHead: string;
  body: string;
  /** What the page was rendered from: written just after the root element for the client to hydrate from. */
  data?: PageData;
}

/** Markup with URLs on `origin` made root-relative: attribute values that start with it, and every srcset candidate. */
function rootRelativeHtml(html: string, origin: string): string {
  return html
    .replaceAll(`="${origin}/`, '="/')
    .replace(/\b((?:image)?srcset)="([^"]*)"/gi, (_, name: string, list: string) => `${name}="${list.replaceAll(` ${origin}/`, ' /')}"`);
}

/**
 * The page's data with the same URLs made root-relative as its markup (rootRelativeHtml), so what the
 * client hydrates from renders exactly the markup on the page: URL strings on `origin` and HTML strings
 * (sanitized bodies and bios). The feed's own metadata (`feed`, and each model's `meta`) is kept as the
 * feed said it: the session compares it with what the network says.
 */
export function rootRelativeData(data: PageData, origin: string): PageData {
  const walk = (v: unknown, key = ''): unknown => {
    if (typeof v === 'string') return v.startsWith(origin + '/') ? v.slice(origin.length) : v.includes('="') ? rootRelativeHtml(v, origin) : v;
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === 'object' && key !== 'meta') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return { ...data, loaderData: walk(data.loaderData) as PageData['loaderData'] };
}

/** The page's data with an article's sanitized body left to the markup (page-data.ts BODY_IN_PAGE). */
function bodyInPage(data: PageData): PageData {
  const article = data.loaderData.article as { body?: unknown } | undefined;
  if (typeof article?.body !== 'string') return data;
  return { ...data, loaderData: { ...data.loaderData, article: { ...article, body: BODY_IN_PAGE } } };
}

/**
 * The template's entry module script fetched at low priority. The page is complete HTML and the module
 * only takes it over (a module script is deferred, it never holds the paint), so it should not compete
 * with the lead image. At its default (High) priority Lighthouse's simulated FCP also counts it, and its
 * evaluation, as render-blocking whenever it arrived before the observed first paint: a round trip after
 * the document on the simulated network. It still runs as soon as it has arrived and the page is parsed.
 */
function entryAtLowPriority(template: string): string {
  const [before, after] = cut(template, '<script type="module"');
  return `${before}<script type="module" fetchpriority="low"${after}`;
}

/** One whole HTML page: the template with the page's head elements, CSS, body and data put in. */
export function buildPage(template: string, css: string, origin: string, p: PageParts): string {
  // URLs on the site's own origin become root-relative, so the page works on whatever host serves it;
  // a srcset (an <img> or the image preload React adds) names one URL per candidate, not only at its start.
  // React escapes `"` in text and attribute values, so `="` and `srcset="` only ever start an attribute.
  const local = (s: string) => rootRelativeHtml(s, origin);
  const marked = local(p.reactHead)
    .replace(/<(title|meta|link)\b/g, (_, tag: string) => `<${tag} ${MARK}=""`)
    .replace(/<link data-prerender="" rel="canonical" href="\//, (m) => `${m.slice(0, -1)}${esc(origin)}/`);
  // The template (ours) is cut at fixed places; everything from the feed is concatenated in between.
  const [beforeHead, afterHead] = cut(
    entryAtLowPriority(template)
      .replace(/<title>[\s\S]*?<\/title>\s*/, '')
      .replace(/<meta name="description"[^>]*>\s*/, '')
      .replace(/<link rel="stylesheet"[^>]*>\s*/g, ''),
    '</head>',
  );
  const [htmlStart, htmlRest] = cut(beforeHead, '<html lang="en"');
  const [bodyStart, bodyEnd] = cut(afterHead, '<div id="root"></div>');
  // Buttons waiting for the app keep their normal look (no flash when it takes over), with a busy cursor.
  const style = `<style>${css}\nhtml[data-stale-prerender] #root{visibility:hidden}\n[${UNTIL_LIVE}]{opacity:1!important;cursor:progress}</style>`;
  // public/theme-init.js (already in the template's head) also hides a page prerendered for another path.
  // The data (26 KB on home) comes after the markup, not in the head: on a real network the document
  // arrives in round trips, and in the head it would push the first screen of the body a round trip
  // later. The client reads it once the document is parsed (page-data.ts), never before.
  const data = p.data ? `<script type="application/json" id="${PAGE_DATA_ID}">${scriptJson(bodyInPage(rootRelativeData(p.data, origin)))}</script>` : '';
  // A type="button" control does something only once the app runs: until then it is disabled, so a tap
  // is not silently lost (the client renders it enabled). Links and the GET search form work without JS.
  // Feed HTML never holds a <button> (the sanitizer drops them), and text never holds a raw "<".
  const body = local(p.body).replace(/<button type="button"/g, `<button type="button" disabled="" ${UNTIL_LIVE}=""`);
  return [
    htmlStart,
    '<html lang="en"',
    p.path ? ` data-prerendered="${esc(p.path)}"` : '',
    htmlRest,
    `    ${marked}\n    ${p.extraHead}\n    ${style}\n  </head>`,
    bodyStart,
    '<div id="root">',
    body,
    '</div>',
    data,
    bodyEnd,
  ].join('');
}

/** `<meta>` elements for the pairs that have a value, every value escaped. */
export function metaTags(kv: [string, string | undefined][], attr: 'property' | 'name'): string {
  return kv.flatMap(([k, v]) => (v ? [`<meta ${attr}="${esc(k)}" content="${esc(v)}" />`] : [])).join('');
}

