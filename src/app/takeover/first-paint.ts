/**
 * When the app may start loading: after the page's first contentful paint. A script requested and run
 * before it competes with the page for the network and the main thread, and Lighthouse's simulation
 * counts it as delaying that paint (docs/performance.md has the runs).
 */

/** Longest wait for the first paint: a page that paints nothing contentful still gets its app. */
export const FIRST_PAINT_CAP_MS = 1000;

/**
 * Runs `go` once, after the first contentful paint, or at once where nothing will paint (a tab in the
 * background, a page prerendered for another path, which is kept hidden), and within FIRST_PAINT_CAP_MS.
 */
export function afterFirstPaint(go: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    go();
  };
  if (document.visibilityState === 'hidden' || document.documentElement.hasAttribute('data-stale-prerender')) return once();
  setTimeout(once, FIRST_PAINT_CAP_MS);
  if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      setTimeout(once, 0);
    }).observe({ type: 'paint', buffered: true });
  } else {
    // No Paint Timing: after the next frame, which has been drawn by the time its timer runs.
    requestAnimationFrame(() => setTimeout(once, 0));
  }
}
