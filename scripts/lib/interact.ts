import type { CDPSession, Page } from 'playwright-core';
import { openSession, type Session, type SessionOptions } from './browser';
import { startServer } from './server';

/**
 * The bench's `interact` section, one run at a time: what a reader feels while the app takes over a
 * prerendered page, in a fresh Chromium profile against a fresh server, with the CPU slowed 4x (CDP
 * `Emulation.setCPUThrottlingRate`, no network throttling). bench.ts repeats the runs and reports them.
 *
 * Times are in the measured document's own clock (ms since its navigation started) unless named `*Abs`
 * (epoch ms: `performance.timeOrigin + t`, to compare two documents).
 *
 * The page side is source text (PROBE, and strings built by the helpers below), never a function
 * handed to Playwright with named inner functions: tsx compiles with keepNames and would wrap those in
 * a `__name()` the page does not have.
 */

/** The CPU slowdown of every interact run. */
export const CPU_SLOWDOWN = 4;
/** How long after navigation start the taps go on. */
export const TAP_WINDOW_MS = 5_000;
/** Time between two taps (from the start of one to the start of the next, unless a tap is held up longer). */
export const TAP_EVERY_MS = 300;
/** The quiet time measured after the page is interactive and the network idle. */
export const SETTLE_MS = 5_000;
/** The mark the app sets once it has taken the page over (older builds: the head loses data-prerender). */
export const INTERACTIVE_MARK = 'broadsheet:interactive';

/**
 * Installed before any of the page's scripts (init script, on every document): buffered observers for
 * long tasks, long animation frames, event timing (interactions, duration >= 16 ms) and FCP, plus the
 * moment the last prerendered head element lost `data-prerender` (the takeover, for builds with no mark)
 * and the epoch time of the last pointerdown (kept in sessionStorage, so the next document can read it).
 */
const PROBE = `(() => {
  const b = (window.__bench = { longtasks: [], loafs: [], events: [], prerenderGone: undefined, fcp: undefined, loafSupported: false });
  // measureLinkTap: this tab's first document notes the first frame where the URL has changed and #main
  // has another heading than the one it had at the first URL, laid out (an in-app route change).
  let docs = 0;
  try { docs = Number(sessionStorage.getItem('__benchDocs') || 0); sessionStorage.setItem('__benchDocs', String(docs + 1)); } catch {}
  b.firstDoc = docs === 0;
  try { if (b.firstDoc) sessionStorage.setItem('__benchOrigin0', String(performance.timeOrigin)); } catch {}
  if (window.__benchWatchRoute && b.firstDoc) {
    const start = location.pathname;
    let first = '';
    const check = () => {
      const h = document.querySelector('#main h1');
      const text = h ? (h.textContent || '').trim() : '';
      if (location.pathname === start) first = text;
      else if (h && text !== first && h.getBoundingClientRect().height > 0) return void (b.viewAbs = performance.timeOrigin + performance.now());
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }
  const watch = (type, extra, keep) => {
    try {
      new PerformanceObserver((list) => { for (const e of list.getEntries()) keep(e); }).observe({ type, buffered: true, ...extra });
      return true;
    } catch { return false; }
  };
  watch('longtask', {}, (e) => b.longtasks.push({ start: e.startTime, duration: e.duration }));
  b.loafSupported = (PerformanceObserver.supportedEntryTypes || []).includes('long-animation-frame') && watch('long-animation-frame', {}, (e) =>
    b.loafs.push({ start: e.startTime, duration: e.duration, scripts: (e.scripts || []).map((s) => ({ sourceURL: s.sourceURL || '', invoker: s.invoker || '', invokerType: s.invokerType || '', fn: s.sourceFunctionName || '', duration: s.duration })) }));
  watch('event', { durationThreshold: 16 }, (e) => {
    if (!e.interactionId) return;
    const t = e.target;
    b.events.push({ name: e.name, id: e.interactionId, start: e.startTime, duration: e.duration, target: t && t.tagName ? t.tagName.toLowerCase() + (t.className && typeof t.className === 'string' ? '.' + t.className.trim().split(/\\s+/).join('.') : '') : '' });
  });
  watch('paint', {}, (e) => {
    if (e.name !== 'first-contentful-paint') return;
    b.fcp = e.startTime;
    try { if (b.firstDoc) sessionStorage.setItem('__benchFcp0', String(e.startTime)); } catch {}
  });
  addEventListener('pointerdown', (e) => { try { sessionStorage.setItem('__benchTapAbs', String(performance.timeOrigin + e.timeStamp)); } catch {} }, true);
  let seen = false;
  const headObs = new MutationObserver(() => {
    if (document.head && document.head.querySelector('[data-prerender]')) return;
    b.prerenderGone = performance.now();
    headObs.disconnect();
  });
  const docObs = new MutationObserver(() => {
    if (seen || !document.head || !document.head.querySelector('[data-prerender]')) return;
    seen = true;
    docObs.disconnect();
    headObs.observe(document.head, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-prerender'] });
  });
  docObs.observe(document, { childList: true, subtree: true });
})();`;

/** The page has been taken over: the app's mark, else (older builds) the takeover seen by PROBE. */
const INTERACTIVE_NOW = `performance.getEntriesByName(${JSON.stringify(INTERACTIVE_MARK)}, 'mark').length > 0 || (window.__bench && window.__bench.prerenderGone !== undefined)`;

interface ProbeData {
  firstDoc: boolean;
  viewAbs: number | undefined;
  longtasks: { start: number; duration: number }[];
  loafs: { start: number; duration: number; scripts: { sourceURL: string; invoker: string; invokerType: string; fn: string; duration: number }[] }[];
  events: { name: string; id: number; start: number; duration: number; target: string }[];
  prerenderGone: number | undefined;
  fcp: number | undefined;
  loafSupported: boolean;
}

/** What PROBE collected, with the mark and the resources fetched so far. */
interface Collected extends ProbeData {
  mark: number | undefined;
  resources: { name: string; start: number }[];
  clickEvents: number;
}

const COLLECT = `(() => {
  const mark = performance.getEntriesByName(${JSON.stringify(INTERACTIVE_MARK)}, 'mark')[0];
  const counts = performance.eventCounts;
  return {
    ...window.__bench,
    mark: mark ? mark.startTime : undefined,
    resources: performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime })),
    clickEvents: counts ? (counts.get('click') || 0) : -1,
  };
})()`;

/** The centre of an element on screen, and its href (links). */
export type Box = { x: number; y: number; href: string } | null;

const sleep = (msec: number) => new Promise<void>((r) => setTimeout(r, msec));

/** A fresh server of `dist` and a fresh profile with the probe installed (`watchRoute`: its route-change watcher armed) and the CPU slowed; closes both after `fn`. */
async function withThrottledPage<T>(dist: string, measuring: SessionOptions, fn: (page: Page, url: string, cdp: CDPSession, s: Session) => Promise<T>, watchRoute = false): Promise<T> {
  const server = await startServer({ outDir: dist });
  const s = await openSession(measuring);
  try {
    const cdp = await s.context.newCDPSession(s.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    // Init scripts run in the order added: the flag first, for the probe to see.
    if (watchRoute) await s.page.addInitScript({ content: 'window.__benchWatchRoute = true;' });
    await s.page.addInitScript({ content: PROBE });
    return await fn(s.page, server.url, cdp, s);
  } finally {
    await s.close();
    await server.close();
  }
}

/**
 * Evaluates the expression `expr` every `every` ms until it gives something truthy, and returns that.
 * Not page.waitForFunction: a string predicate there is eval'd in the page, which the app's CSP forbids
 * (page.evaluate of a string is not). A call that fails while a page is being replaced counts as "not yet".
 */
async function pollPage<T>(page: Page, expr: string, what: string, timeout = 60_000, every = 50): Promise<T> {
  const end = Date.now() + timeout;
  let last = '';
  for (;;) {
    try {
      const v = (await page.evaluate(expr)) as T | null | false | undefined;
      if (v) return v;
    } catch (e) {
      last = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? ` (last error: ${last})` : ''}`);
    await sleep(every);
  }
}

/** Waits until the page is interactive (the mark, or the takeover seen by the probe). */
async function waitInteractive(page: Page): Promise<void> {
  await pollPage<boolean>(page, INTERACTIVE_NOW, 'the page to be interactive', 60_000, 100);
}

/** The interactive moment of a collected run: the mark when the build sets it, else the takeover. */
function interactiveOf(c: Collected): { at: number | undefined; from: 'mark' | 'data-prerender' | 'none' } {
  if (c.mark !== undefined) return { at: c.mark, from: 'mark' };
  if (c.prerenderGone !== undefined) return { at: c.prerenderGone, from: 'data-prerender' };
  return { at: undefined, from: 'none' };
}

/** The file name of a URL ("start-app-BR37LJr_.js"), or the text itself when it is no URL. */
const fileOf = (s: string) => (/^https?:\/\//.test(s) ? (new URL(s).pathname.split('/').pop() ?? s) : s);

/** The page's own JS files (/assets/*.js, not workers) among resource entries. */
const pageJs = (resources: { name: string; start: number }[]) => resources.filter((r) => /\/assets\/[^/]+\.js$/.test(new URL(r.name).pathname) && !/worker/.test(r.name));

// ---------------------------------------------------------------- long tasks, JS
/** One run's long tasks, long animation frames and JS fetched (see measureLoad). */
export interface LoadRun {
  fcp: number | undefined;
  interactive: number | undefined;
  interactiveFrom: 'mark' | 'data-prerender' | 'none';
  /** Sum over long tasks starting after FCP of (duration - 50). */
  tbt: number;
  longest: number;
  count: number;
  /** Page JS files whose fetch started before the interactive moment, and all fetched in the window. */
  jsBefore: string[];
  jsAll: string[];
  /** Script time in long animation frames, summed by "file invoker", longest first (undefined: no LoAF). */
  loafScripts: { key: string; ms: number; frames: number }[] | undefined;
  /** Window measured: navigation start to interactive + network idle + SETTLE_MS. */
  windowMs: number;
  /** Where `link` is on screen at the end of the run (measureLinkTap taps there without asking the page). */
  linkBox: Box;
}

/** Measures long tasks (TBT-like), long animation frames and the JS fetched, from navigation to interactive + network idle + SETTLE_MS. */
export async function measureLoad(dist: string, measuring: SessionOptions, path: string, link?: TapTarget): Promise<LoadRun> {
  return withThrottledPage(dist, measuring, async (page, url) => {
    await page.goto(url + path, { waitUntil: 'commit' });
    await waitInteractive(page);
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    await sleep(SETTLE_MS);
    const c = (await page.evaluate(COLLECT)) as Collected;
    const windowMs = (await page.evaluate('performance.now()')) as number;
    const linkBox = link ? ((await page.evaluate(boxOf(link.find))) as Box) : null;
    const { at: interactive, from } = interactiveOf(c);
    const fcp = c.fcp;
    const tbt = c.longtasks.filter((t) => fcp !== undefined && t.start >= fcp).reduce((n, t) => n + Math.max(0, t.duration - 50), 0);
    const js = pageJs(c.resources);
    const names = (list: typeof js) => [...new Set(list.map((r) => fileOf(r.name)))];
    let loafScripts: LoadRun['loafScripts'];
    if (c.loafSupported) {
      const byKey = new Map<string, { ms: number; frames: number }>();
      for (const f of c.loafs) {
        for (const s of f.scripts) {
          const key = `${fileOf(s.sourceURL) || '(no source)'} ${s.invokerType}${s.invoker && fileOf(s.invoker) !== fileOf(s.sourceURL) ? ` ${fileOf(s.invoker)}` : ''}${s.fn ? ` ${s.fn}()` : ''}`;
          const k = byKey.get(key) ?? { ms: 0, frames: 0 };
          k.ms += s.duration;
          k.frames++;
          byKey.set(key, k);
        }
      }
      loafScripts = [...byKey].map(([key, v]) => ({ key, ...v })).sort((a, b) => b.ms - a.ms);
    }
    return {
      fcp,
      interactive,
      interactiveFrom: from,
      tbt,
      longest: Math.max(0, ...c.longtasks.map((t) => t.duration)),
      count: c.longtasks.length,
      jsBefore: names(js.filter((r) => interactive !== undefined && r.start < interactive)),
      jsAll: names(js),
      loafScripts,
      windowMs,
      linkBox,
    };
  });
}

// ---------------------------------------------------------------- taps during the takeover
/**
 * A tap at `box`'s centre: page.mouse.click's down and up, the pointer moved there first only if it is
 * not there yet (`moveOnly`: just move). Not page.mouse.click itself: its move waits for the page to
 * take it, so on a busy page the press would be sent (and stamped) only after the busy task, hiding the
 * very delay measured. Returns where the pointer is.
 */
async function tap(page: Page, box: NonNullable<Box>, at: { x: number; y: number } | undefined, moveOnly = false): Promise<{ x: number; y: number }> {
  if (!at || at.x !== box.x || at.y !== box.y) await page.mouse.move(box.x, box.y);
  if (!moveOnly) {
    await page.mouse.down();
    await page.mouse.up();
  }
  return { x: box.x, y: box.y };
}

/** What is tapped: a button or a field, found in the page by `find` (an expression giving the element or null). */
export interface TapTarget {
  label: string;
  find: string;
}

/** The article's "Save for offline" toggle (it reads "Remove from saved" once saved). */
export const SAVE_BUTTON: TapTarget = {
  label: '"Save for offline" button',
  find: `[...document.querySelectorAll('#main .article-head button, #main button.save-button')].find((b) => /^(Save for offline|Remove from saved)/.test((b.textContent || '').trim())) || null`,
};

/** The masthead's search box. */
export const HEADER_SEARCH: TapTarget = {
  label: 'header search box',
  find: `document.querySelector('.site-header form[role="search"] input[type="search"], .site-header input[type="search"], #site-search')`,
};

/** The first article link in home's main list. */
export const FIRST_CARD_LINK: TapTarget = {
  label: 'first article link in the list',
  find: `document.querySelector('#main article .card-title a[href^="/articles/"], #main article a[href^="/articles/"]')`,
};

/** The masthead's link to home. */
export const HEADER_HOME_LINK: TapTarget = {
  label: 'header link to home',
  find: `document.querySelector('.site-header a.brand[href="/"], .site-header a[href="/"]')`,
};

/** The centre of `find`'s element when it is on screen (in the viewport, with a size), else null; plus its href. */
const boxOf = (find: string) => `(() => {
  const el = ${find};
  if (!el) return null;
  const r = el.getBoundingClientRect();
  if (r.width <= 0 || r.height <= 0 || r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) return null;
  const style = getComputedStyle(el);
  if (style.visibility === 'hidden' || style.display === 'none') return null;
  return { x: r.left + r.width / 2, y: r.top + r.height / 2, href: el.getAttribute('href') || '' };
})()`;


/** One run of taps (see measureTaps). */
export interface TapRun {
  /** The longest interaction (Event Timing, interactionId > 0, >= 16 ms); 0 when none was recorded. */
  inp: number;
  taps: number;
  /** Taps dispatched before the page was interactive. */
  tapsBeforeInteractive: number;
  /** Distinct interactions of 16 ms or more recorded. */
  interactions: number;
  /** `click` events the document dispatched (performance.eventCounts, any duration; -1 if unknown). */
  clickEvents: number;
  interactive: number | undefined;
  /** The first tap, ms after navigation start. */
  firstTap: number | undefined;
  /** The longest interaction's events, for the JSON. */
  worst: { name: string; duration: number; start: number; target: string }[];
}

/**
 * Taps `target` with page.mouse.click at its centre every TAP_EVERY_MS from the moment it is on screen
 * until TAP_WINDOW_MS after navigation start (no actionability waits: a disabled or busy element is
 * tapped too), then reads Event Timing: the longest interaction, how many were recorded, how many
 * clicks the document dispatched.
 */
export async function measureTaps(dist: string, measuring: SessionOptions, path: string, target: TapTarget): Promise<TapRun> {
  return withThrottledPage(dist, measuring, async (page, url) => {
    await page.goto(url + path, { waitUntil: 'commit' });
    const origin = (await page.evaluate('performance.timeOrigin')) as number;
    const end = origin + TAP_WINDOW_MS;
    // Looking for the element blocks on the page's main thread, so it is looked for until first found
    // only; after that the taps go at that spot without waiting for the page (a finger does not wait),
    // and the spot is refreshed in the background.
    let box: Box = null;
    while (!box && Date.now() < end) {
      box = (await page.evaluate(boxOf(target.find)).catch(() => null)) as Box;
      if (!box) await sleep(20);
    }
    const tapTimes: number[] = [];
    let at: { x: number; y: number } | undefined;
    while (box && Date.now() < end) {
      const t = Date.now();
      tapTimes.push(t - origin);
      at = await tap(page, box, at);
      void page.evaluate(boxOf(target.find)).then(
        (b) => {
          if (b) box = b as Box;
        },
        () => undefined,
      );
      const wait = t + TAP_EVERY_MS - Date.now();
      if (wait > 0) await sleep(wait);
    }
    await waitInteractive(page);
    // Event Timing entries are reported after the next paint: give the last tap time to land.
    await sleep(1_000);
    const c = (await page.evaluate(COLLECT)) as Collected;
    const { at: interactive } = interactiveOf(c);
    const byId = new Map<number, Collected['events']>();
    for (const e of c.events) byId.set(e.id, [...(byId.get(e.id) ?? []), e]);
    let worst: Collected['events'] = [];
    let inp = 0;
    for (const events of byId.values()) {
      const d = Math.max(...events.map((e) => e.duration));
      if (d > inp) {
        inp = d;
        worst = events;
      }
    }
    return {
      inp,
      taps: tapTimes.length,
      tapsBeforeInteractive: interactive === undefined ? tapTimes.length : tapTimes.filter((t) => t < interactive).length,
      interactions: byId.size,
      clickEvents: c.clickEvents,
      interactive,
      firstTap: tapTimes[0],
      worst: worst.map(({ name, duration, start, target: t }) => ({ name, duration, start, target: t })),
    };
  });
}

// ---------------------------------------------------------------- a link tapped at first paint
/** One link tap at FCP (see measureLinkTap). */
export interface LinkRun {
  /** Tap (pointerdown) to the next view on screen; undefined when it never came. */
  ms: number | undefined;
  /** 'app': the same document changed route; 'load': a new document painted; 'lost': neither within 20 s. */
  how: 'app' | 'load' | 'lost';
  /** FCP of the first page, and the tap (its pointerdown), ms after its navigation start. */
  fcp: number | undefined;
  tapAt: number | undefined;
  /** What set the tap off: the browser's FCP event, or the time FCP was expected (whichever came first). */
  trigger: 'event' | 'expected';
  /** A lost tap: where the page was 20 s later (its path, whether still the first document, its clicks). */
  left?: { path: string; firstDoc: boolean; tapAbs: number | undefined; origin: number; fcp: number | undefined; clicks: number } | undefined;
  to: string;
}

/**
 * Taps `target` (a link) as soon as the page has its first contentful paint (see `fcpHint` below), then times tap -> the next
 * view: the next document's FCP if the tap loaded a page, else (in-app route change) the first frame
 * with the URL changed and a new `#main h1` laid out (a rAF loop in the first document notes it).
 */
export async function measureLinkTap(dist: string, measuring: SessionOptions, path: string, target: TapTarget, fcpHint: number | undefined, boxHint: Box): Promise<LinkRun> {
  return withThrottledPage(dist, measuring, async (page, url, cdp) => {
    await cdp.send('Page.enable');
    await cdp.send('Page.setLifecycleEventsEnabled', { enabled: true });
    const fcpSeen = new Promise<void>((resolve) => {
      cdp.on('Page.lifecycleEvent', (e: { name: string }) => {
        if (e.name === 'firstContentfulPaint') resolve();
      });
    });
    // Navigation start as this process sees it, to time the tap: asking the page could wait for its parser.
    const navStart = Date.now();
    await page.goto(url + path, { waitUntil: 'commit' });
    // Where to tap: known from the load runs, else asked of the page (which answers only between its tasks).
    const box = boxHint ?? (await pollPage<NonNullable<Box>>(page, boxOf(target.find), `the ${target.label}`, 60_000, 10));
    // The page's main thread is often busy right after its first paint (the app's chunk runs), which
    // also holds up the browser's FCP event by as long: so the tap goes at the page's expected FCP
    // (`fcpHint`, from the load runs) or at the FCP event, whichever comes first. The browser dispatches
    // it then even if the page is busy (its pointerdown is stamped then).
    const hint = fcpHint === undefined ? undefined : sleep(Math.max(0, navStart + fcpHint - Date.now())).then(() => 'expected' as const);
    // The pointer goes there at once, not waited for (the page takes it between its tasks).
    page.mouse.move(box.x, box.y).catch(() => undefined);
    const trigger = await Promise.race([fcpSeen.then(() => 'event' as const), ...(hint ? [hint] : [])]);
    await tap(page, box, box);
    const to = new URL(box.href, url).pathname;
    // Either the first document saw its route change, or a new document at the link's path painted.
    const done = `(() => {
      const b = window.__bench;
      if (!b) return false;
      const tapAbs = Number(sessionStorage.getItem('__benchTapAbs'));
      const origin = Number(sessionStorage.getItem('__benchOrigin0'));
      const fcp = Number(sessionStorage.getItem('__benchFcp0')) || undefined;
      if (b.firstDoc) return b.viewAbs !== undefined && { same: true, atAbs: b.viewAbs, tapAbs, fcp, origin };
      if (location.pathname !== ${JSON.stringify(to)} || b.fcp === undefined) return false;
      return { same: false, atAbs: performance.timeOrigin + b.fcp, tapAbs, fcp, origin };
    })()`;
    const result = await pollPage<{ same: boolean; atAbs: number; tapAbs: number; fcp?: number; origin: number }>(page, done, 'the next view', 20_000, 20).catch(() => undefined);
    const tapAt = result && result.tapAbs > 0 ? result.tapAbs - result.origin : undefined;
    // The first page's FCP, as it recorded it (unknown if it was left before it could).
    const fcp = result?.fcp;
    if (!result || !(result.tapAbs > 0)) {
      // Where the reader was left: for the JSON (and whoever wonders why).
      const left = (await page
        .evaluate(`({ path: location.pathname, firstDoc: !!(window.__bench && window.__bench.firstDoc), tapAbs: Number(sessionStorage.getItem('__benchTapAbs')) || undefined, origin: Number(sessionStorage.getItem('__benchOrigin0')), fcp: Number(sessionStorage.getItem('__benchFcp0')) || undefined, clicks: performance.eventCounts.get('click') })`)
        .catch(() => undefined)) as LinkRun['left'];
      return { ms: undefined, how: 'lost', fcp: left?.fcp, tapAt: left?.tapAbs ? left.tapAbs - left.origin : undefined, trigger, to, left };
    }
    return { ms: result.atAbs - result.tapAbs, how: result.same ? 'app' : 'load', fcp, tapAt, trigger, to };
  }, true);
}
