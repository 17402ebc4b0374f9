import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { build } from 'vite';
import { sanitizeHtml } from '../../src/html/sanitize';
import { XSS_HOST, xssVectors } from '../fixtures/xss-vectors';
import { withSession } from './support/browser';
import { startServer, type TestServer } from '../../scripts/lib/server';

// The build sanitizes feed HTML in jsdom (scripts/prerender.ts) and writes the result into the page;
// the reader's browser parses that page. In the app, the same module sanitizes in the browser itself.
// For every vector of the corpus: the build's output (jsdom, as the prerender runs it) and the
// browser's (the same module bundled for and run in Chromium) give the same DOM when Chromium parses
// them, Chromium builds from the build's output exactly the DOM jsdom built (and checked), and that
// DOM, put into a live page with no Content-Security-Policy, holds nothing that can run.

type JsdomCtor = new (html: string, opts: { url: string }) => { window: Window };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomCtor };

const OPTS = { baseUrl: 'https://news.example/2026/11/story', appOrigin: 'https://reader.example', numberParagraphs: true };
const PAGE = '/__sanitize-parity/index.html';
const MODULE = '/__sanitize-parity/sanitize.js';

let server: TestServer;

/** src/html/sanitize.ts (with DOMPurify) as one ES module for the browser, built with Vite's own API. */
async function browserBundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, target: 'es2022', lib: { entry: resolve('src/html/sanitize.ts'), formats: ['es'], fileName: 'sanitize' } },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const o of outputs) {
    if (!('output' in o)) continue;
    for (const chunk of o.output) if (chunk.type === 'chunk' && chunk.isEntry) return chunk.code;
  }
  throw new Error('Vite built no entry chunk for src/html/sanitize.ts');
}

/**
 * Parses each string as the page does (innerHTML of a <div> in a no-quirks document) and writes the
 * DOM out canonically: tags, attributes sorted by name, text; serializer differences (Chromium escapes
 * `<` in attribute values, jsdom does not) do not show. Plain JavaScript source, so the very same
 * function runs in Node (on jsdom's document) and in the page (tsx would wrap TypeScript functions
 * in helpers the page does not have).
 */
const CANONICAL_DOMS = `(htmls, doc) => {
  const dump = (node) => {
    if (node.nodeType === 3) return JSON.stringify(node.nodeValue);
    if (node.nodeType === 8) return '<!--' + JSON.stringify(node.nodeValue) + '-->';
    if (node.nodeType !== 1) return '?' + node.nodeType;
    const ns = node.namespaceURI === 'http://www.w3.org/1999/xhtml' ? '' : node.namespaceURI + ':';
    const attrs = Array.from(node.attributes).map((a) => a.name + '=' + JSON.stringify(a.value)).sort().join(' ');
    return '<' + ns + node.localName + (attrs ? ' ' + attrs : '') + '>' + Array.from(node.childNodes).map(dump).join('') + '</>';
  };
  return htmls.map((html) => {
    const div = doc.createElement('div');
    div.innerHTML = html;
    return Array.from(div.childNodes).map(dump).join('');
  });
}`;
type CanonicalDoms = (htmls: string[], doc: Document) => string[];
const canonicalDoms = new Function(`return ${CANONICAL_DOMS}`)() as CanonicalDoms;

before(async () => {
  server = await startServer();
  server.override(PAGE, { contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sanitizer parity</title></head><body><main id="out"></main></body></html>' });
  server.override(MODULE, { contentType: 'text/javascript; charset=utf-8', body: await browserBundle() });
});
after(async () => {
  await server?.close();
});

test('the build (jsdom) and the browser (Chromium) sanitize every vector of the corpus to the same DOM', async () => {
  // The bare page has no icon, and the corpus's relative URLs resolve against the feed's (unreachable) site.
  const expectErrors = [/status of 404 .*\/favicon\.ico\]$/, /^console\.error: Failed to load resource: net::ERR_NAME_NOT_RESOLVED \[https:\/\/news\.example\//];
  await withSession({ viewport: { width: 1280, height: 900 }, expectErrors }, async (s) => {
    const { page } = s;
    const requests: string[] = [];
    const dialogs: string[] = [];
    s.context.on('request', (r) => {
      if (r.url().includes(XSS_HOST)) requests.push(r.url());
    });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(server.url + PAGE);
    const browserOut = await page.evaluate(
      async ({ src, vectors, opts }) => {
        const m = (await import(src)) as typeof import('../../src/html/sanitize');
        return vectors.map((v) => m.sanitizeHtml(v, opts));
      },
      { src: MODULE, vectors: xssVectors, opts: OPTS },
    );

    // The build's side, as scripts/prerender.ts runs it: a jsdom window on the site's origin.
    const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url: 'https://reader.example/' });
    const buildOut = xssVectors.map((v) => sanitizeHtml(v, { ...OPTS, win: dom.window }));
    const buildInJsdom = canonicalDoms(buildOut, dom.window.document);
    const [buildInChromium, browserInChromium] = await page.evaluate(
      ({ fn, build, browser }) => {
        const canonical = new Function(`return ${fn}`)() as (h: string[], d: Document) => string[];
        return [canonical(build, document), canonical(browser, document)] as const;
      },
      { fn: CANONICAL_DOMS, build: buildOut, browser: browserOut },
    );

    const differ: string[] = [];
    const mutate: string[] = [];
    xssVectors.forEach((v, i) => {
      const show = (h: string | undefined) => JSON.stringify((h ?? '').slice(0, 240));
      if (buildInChromium[i] !== browserInChromium[i]) differ.push(`#${i} ${show(v)}\n  build:   ${show(buildOut[i])}\n  browser: ${show(browserOut[i])}`);
      if (buildInJsdom[i] !== buildInChromium[i]) mutate.push(`#${i} ${show(v)}\n  jsdom:    ${show(buildInJsdom[i])}\n  chromium: ${show(buildInChromium[i])}`);
    });
    assert.deepEqual(differ, [], 'the build and the browser sanitize to the same DOM');
    assert.deepEqual(mutate, [], 'Chromium parses the build output into the DOM jsdom checked');

    // The build's output, live in a page without any CSP: no element can run or fetch anything hostile.
    const found = await page.evaluate(
      ({ html, host }) => {
        const out = document.getElementById('out');
        if (!out) throw new Error('no #out');
        const problems: string[] = [];
        html.forEach((h, i) => {
          const box = document.createElement('div');
          box.innerHTML = h;
          out.append(box);
          for (const el of Array.from(box.querySelectorAll('*'))) {
            const tag = el.localName;
            if (['script', 'style', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'form', 'template', 'noscript', 'svg', 'math', 'select', 'dialog'].includes(tag)) problems.push(`${i}: <${tag}>`);
            for (const a of Array.from(el.attributes)) {
              // eslint-disable-next-line no-control-regex -- browsers ignore control characters and spaces in URL schemes; so must this check
              const value = a.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
              if (a.name.startsWith('on') || a.name === 'style' || a.name === 'popover') problems.push(`${i}: ${tag}[${a.name}]`);
              if (/^(javascript|vbscript|data):/.test(value)) problems.push(`${i}: ${tag}[${a.name}=${value.slice(0, 30)}]`);
              if (a.name !== 'href' && a.value.includes(host)) problems.push(`${i}: ${tag}[${a.name}] reaches ${host}`);
            }
          }
        });
        return problems;
      },
      { html: buildOut, host: XSS_HOST },
    );
    assert.deepEqual(found, []);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), undefined, 'a payload ran');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(requests, []);
  });
});
