/** The longest the app waits for the prerendered page's lead image before starting anyway. */
const MAX_WAIT_MS = 1000;

const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function imageSettled(img: HTMLImageElement | null): Promise<void> {
  if (!img || img.complete) return Promise.resolve();
  return new Promise((resolve) => {
    img.addEventListener('load', () => resolve(), { once: true });
    img.addEventListener('error', () => resolve(), { once: true });
  });
}

/** Two frames (the second starts after the first was drawn); a hidden tab gets no frames, so a timer stands in. */
function painted(): Promise<void> {
  return Promise.race([new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))), later(100)]);
}

/**
 * Resolves once the prerendered page is on screen: its lead image (the largest paint) loaded or failed,
 * and drawn. At most MAX_WAIT_MS; at once for the shell or a page prerendered for another path.
 */
export async function whenPageShown(): Promise<void> {
  const html = document.documentElement;
  if (!html.hasAttribute('data-prerendered') || html.hasAttribute('data-stale-prerender')) return;
  const img = document.querySelector<HTMLImageElement>('#root img[fetchpriority="high"]');
  await Promise.race([imageSettled(img).then(painted), later(MAX_WAIT_MS)]);
}
