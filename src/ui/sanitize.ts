import createDOMPurify, { type Config } from 'dompurify';

/**
 * Feed HTML -> HTML that is safe to put in the page. Loaded in its own chunk (only article,
 * author and related views import it) because DOMPurify is the heaviest thing an article needs.
 *
 * DOMPurify removes scripts, event handlers and dangerous URLs; on top of that:
 * - only http(s), mailto and tel links and http(s) images survive (no javascript:, data:, vbscript:);
 * - <style>, forms, objects, embeds, <base>, <meta>, SVG and MathML are dropped outright;
 * - iframes become a link to their source, so an embedded video is one tap away, not lost;
 * - relative URLs are resolved against the article's base URL (they would otherwise point at this app);
 * - external links open in a new tab with rel="noopener noreferrer";
 * - images are lazy and async; top-level paragraphs get `p-N` ids so a paragraph can be linked to.
 */

const SAFE_URL = /^(?:https?:|mailto:|tel:|#|\/|\.|[^:]*$)/i;

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  ADD_TAGS: ['iframe'], // kept only long enough to be turned into links below
  ADD_ATTR: ['target', 'loading', 'decoding'],
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'object', 'embed', 'base', 'meta', 'link', 'svg', 'math', 'template', 'frame', 'frameset'],
  FORBID_ATTR: ['style', 'srcdoc', 'formaction', 'action', 'ping', 'background'],
  ALLOWED_URI_REGEXP: SAFE_URL,
  ALLOW_DATA_ATTR: false,
};

const FINAL_CONFIG: Config = { ...CONFIG, ADD_TAGS: [], ADD_ATTR: ['target', 'loading', 'decoding', 'id'] };

type Purifier = ReturnType<typeof createDOMPurify>;
const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: Window): Purifier {
  let p = purifiers.get(win);
  if (!p) {
    p = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    purifiers.set(win, p);
  }
  return p;
}

function absolute(url: string, base: string): string | null {
  try {
    const u = new URL(url, base);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'mailto:' || u.protocol === 'tel:' ? u.href : null;
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

/** Sanitizes feed HTML for display; see the module comment for every rule. */
export function sanitizeHtml(html: string, opts: SanitizeOptions): string {
  const purifier = purifierFor(opts.win ?? window);
  return purifier.sanitize(postProcess(purifier.sanitize(html, CONFIG), opts), FINAL_CONFIG);
}

/** Resolves in a later task. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The same as sanitizeHtml, with the page free to run between its three passes: a long article takes
 * tens of milliseconds per pass on a slow phone, and one task for all three would hold up the reader's input.
 */
export async function sanitizeHtmlInSteps(html: string, opts: SanitizeOptions): Promise<string> {
  const purifier = purifierFor(opts.win ?? window);
  const clean = purifier.sanitize(html, CONFIG);
  await nextTask();
  const processed = postProcess(clean, opts);
  await nextTask();
  return purifier.sanitize(processed, FINAL_CONFIG);
}

/**
 * The rules DOMPurify has no option for, applied to its output in an inert DOMParser document.
 * DOMPurify's RETURN_DOM_FRAGMENT was tried and rejected: in Chromium it adopts nodes into the live
 * document while handlers are still on them, so `<img src=x onerror=…>` fires (the CSP blocked it; we
 * must not rely on that). The result goes through DOMPurify once more (FINAL_CONFIG): our edits only
 * touch attributes we set, but the HTML goes through one more parse in the page, and sanitizing the
 * final string keeps that parse safe too.
 */
function postProcess(clean: string, opts: SanitizeOptions): string {
  const win = opts.win ?? window;
  const doc = new (win as Window & typeof globalThis).DOMParser().parseFromString(`<!doctype html><body>${clean}`, 'text/html');
  const fragment = doc.body;
  const appOrigin = opts.appOrigin ?? win.location.origin;

  for (const iframe of Array.from(fragment.querySelectorAll('iframe'))) {
    const src = absolute(iframe.getAttribute('src') ?? '', opts.baseUrl);
    const p = doc.createElement('p');
    p.className = 'embed-link';
    if (src && /^https?:/.test(src)) {
      const a = doc.createElement('a');
      a.href = src;
      a.textContent = `Open the embedded content (${new URL(src).hostname})`;
      p.append(a);
    } else {
      p.textContent = 'Embedded content not shown.';
    }
    iframe.replaceWith(p);
  }

  for (const el of Array.from(fragment.querySelectorAll('[href]'))) {
    const href = el.getAttribute('href') ?? '';
    if (href.startsWith('#')) continue;
    const abs = absolute(href, opts.baseUrl);
    if (!abs) {
      el.removeAttribute('href');
      continue;
    }
    el.setAttribute('href', abs);
    if (/^https?:/.test(abs) && new URL(abs).origin !== appOrigin) {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    } else {
      el.removeAttribute('target');
    }
  }

  for (const el of Array.from(fragment.querySelectorAll('[src]'))) {
    const abs = absolute(el.getAttribute('src') ?? '', opts.baseUrl);
    if (abs && /^https?:/.test(abs)) el.setAttribute('src', abs);
    else el.removeAttribute('src');
  }

  for (const el of Array.from(fragment.querySelectorAll('[srcset]'))) {
    const candidates = (el.getAttribute('srcset') ?? '')
      .split(',')
      .map((c) => c.trim().split(/\s+/))
      .flatMap(([url, descriptor]) => {
        const abs = url ? absolute(url, opts.baseUrl) : null;
        return abs && /^https?:/.test(abs) ? [descriptor ? `${abs} ${descriptor}` : abs] : [];
      });
    if (candidates.length) el.setAttribute('srcset', candidates.join(', '));
    else el.removeAttribute('srcset');
  }

  for (const img of Array.from(fragment.querySelectorAll('img'))) {
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
    if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
  }

  for (const table of Array.from(fragment.querySelectorAll('table'))) {
    // Wide tables scroll inside their own box instead of widening the page on a phone.
    const wrap = doc.createElement('div');
    wrap.className = 'table-scroll';
    table.replaceWith(wrap);
    wrap.append(table);
  }

  // Feed ids could collide with the app's own (e.g. "main") or fake our paragraph anchors: drop them all.
  for (const el of Array.from(fragment.querySelectorAll('[id]'))) el.removeAttribute('id');
  if (opts.numberParagraphs) {
    let n = 0;
    for (const p of Array.from(fragment.querySelectorAll('p'))) p.id = `p-${++n}`;
  }

  return fragment.innerHTML;
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
