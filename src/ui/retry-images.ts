import { useEffect, type RefObject } from 'react';

/**
 * Images that failed (offline, say) are asked for again when the connection comes back (`online`) or
 * the reader returns to the tab (`focus`, `visibilitychange`: `online` never fires on a network that
 * reached nothing and then recovers). Only an answer (the worker's copy or the network's) brings an
 * image back, and always as a new element: WebKit keeps a failed image for the document's life, so
 * the same element asked again would fail again from its memory cache.
 */

/** Calls `retry` at each moment an image could be had again; returns the function that stops it. */
function onReachable(retry: () => void): () => void {
  const visible = () => {
    if (document.visibilityState === 'visible') retry();
  };
  window.addEventListener('online', visible);
  window.addEventListener('focus', visible);
  document.addEventListener('visibilitychange', visible);
  return () => {
    window.removeEventListener('online', visible);
    window.removeEventListener('focus', visible);
    document.removeEventListener('visibilitychange', visible);
  };
}

/** Resolves true when `src` can be had now (an opaque answer from an image host without CORS counts). */
async function answers(src: string): Promise<boolean> {
  try {
    // data: and blob: images cannot fail for want of a network (and fetch() of them breaks the CSP).
    if (!/^https?:$/i.test(new URL(src, location.href).protocol)) return false;
    const r = await fetch(src, { mode: 'no-cors' });
    return r.ok || r.type === 'opaque';
  } catch {
    return false;
  }
}

/** For a component that swaps a failed image for a stand-in: calls `setFailed(false)` once `src` answers. */
export function useRetryWhenReachable(failed: boolean, src: string, setFailed: (failed: boolean) => void): void {
  useEffect(() => {
    if (!failed) return;
    let done = false;
    const stop = onReachable(() => {
      void answers(src).then((ok) => {
        if (ok && !done) {
          done = true;
          setFailed(false);
        }
      });
    });
    return () => {
      done = true;
      stop();
    };
  }, [failed, src, setFailed]);
}

/** For a block of feed HTML: each <img> in it that failed is replaced by a fresh copy once it answers. */
export function useRetryFailedImages(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const failed = new Set<HTMLImageElement>();
    const retry = () => {
      for (const img of failed) {
        void answers(img.currentSrc || img.src).then((ok) => {
          if (!ok || !failed.delete(img) || !img.isConnected) return;
          img.replaceWith(img.cloneNode(true));
        });
      }
    };
    /** Listening for the network starts with the first failure: most blocks of HTML never have one. */
    let stop: (() => void) | undefined;
    // Image errors do not bubble: they are caught on the way down.
    const onError = (e: Event) => {
      if (!(e.target instanceof HTMLImageElement)) return;
      failed.add(e.target);
      stop ??= onReachable(retry);
    };
    root.addEventListener('error', onError, true);
    return () => {
      root.removeEventListener('error', onError, true);
      stop?.();
    };
  }, [container]);
}
