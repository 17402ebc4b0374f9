import { useEffect } from 'react';
import type { Article } from '../shared/model';
import { createStore, type ReadableStore } from '../shared/store';
import { useStore } from '../shared/use-store';
import { onTabMessage } from '../shared/tab-channel';
import { useTabState, type TabPart, type TabState } from '../shared/tab-state';
import { getReadState, listReadState, putReadState, type ReadState } from '../storage/read-state-store';

/**
 * Reading state on the page side: which articles were opened (cards say "Read"), and how far down each
 * one the reader got (restored when it is opened again, and offered as "Continue reading" on home).
 * A cache over the `readState` store, so lists render it without waiting on IndexedDB per card.
 */

/** Half-read: at least this far in, and not past the end. */
const CONTINUE_MIN = 0.05;
const CONTINUE_MAX = 0.9;

/** Read states in one tab: a cache over the `readState` store that follows other tabs' changes. */
export interface ReadStates extends TabPart {
  /** Every known read state by article id. */
  states: ReadableStore<ReadonlyMap<string, ReadState>>;
  /** Loads every stored read state (once; `force` reloads), then follows other tabs' changes. Storage failures leave it empty. */
  load(force?: boolean): Promise<void>;
  /** Marks an article read now; resolves with its stored state (with any saved position). */
  markRead(id: string): Promise<ReadState | undefined>;
  /** Stores how far down an article the reader is (a fraction, 0..1). */
  savePosition(id: string, position: number): Promise<void>;
  /** The stored read state of one article, read through to IndexedDB. */
  readStateOf(id: string): Promise<ReadState | undefined>;
}

function createReadStates(): ReadStates {
  const states = createStore<ReadonlyMap<string, ReadState>>(new Map());
  let loading: Promise<void> | null = null;
  let unfollow: (() => void) | null = null;
  const remember = (state: ReadState) => states.update((all) => new Map(all).set(state.id, state));
  // Re-reads the read states another tab changed, so read marks and "Continue reading" follow.
  const followOtherTab = async (ids: string[]) => {
    for (const id of ids) {
      const state = await getReadState(id).catch(() => undefined);
      if (state) remember(state);
    }
  };
  return {
    states,
    load(force = false) {
      unfollow ??= onTabMessage('readState', ({ ids }) => void followOtherTab(ids));
      if (!loading || force) {
        loading = listReadState().then(
          (list) => {
            if (list.length > 0 || states.get().size > 0) states.set(new Map(list.map((s) => [s.id, s])));
          },
          () => undefined,
        );
      }
      return loading;
    },
    async markRead(id) {
      try {
        const state = await putReadState(id, { readAt: Date.now() });
        remember(state);
        return state;
      } catch {
        return states.get().get(id);
      }
    },
    async savePosition(id, position) {
      try {
        remember(await putReadState(id, { position }));
      } catch {
        /* storage is full or gone: the position is simply not kept */
      }
    },
    readStateOf(id) {
      return getReadState(id).catch(() => states.get().get(id));
    },
    close() {
      unfollow?.();
      unfollow = null;
    },
  };
}

/** The read states of the tab `tab`. */
export function readStatesOf(tab: TabState): ReadStates {
  return tab.part(createReadStates);
}

/** Whether an article has been read, by id; re-renders as articles are read. */
export function useIsRead(): (id: string) => boolean {
  const states = useReadStates();
  return (id) => states.get(id)?.readAt !== undefined;
}

/** Every known read state by article id; re-renders as articles are read. */
export function useReadStates(): ReadonlyMap<string, ReadState> {
  const reads = readStatesOf(useTabState());
  useEffect(() => {
    void reads.load();
  }, [reads]);
  return useStore(reads.states);
}

/** Articles left half-read (position 5%–90%), most recently read first. */
export function continueReading(articles: readonly Article[], read: ReadonlyMap<string, ReadState>, limit = 3): Article[] {
  return articles
    .flatMap((a) => {
      const s = read.get(a.id);
      return s?.position !== undefined && s.position >= CONTINUE_MIN && s.position <= CONTINUE_MAX ? [{ a, at: s.updatedAt }] : [];
    })
    .sort((x, y) => y.at - x.at)
    .slice(0, limit)
    .map((x) => x.a);
}

/** How far down the page the reader is, 0..1 (1 when the page does not scroll). */
export function scrollFraction(scrollY: number, scrollHeight: number, viewportHeight: number): number {
  const range = scrollHeight - viewportHeight;
  if (range <= 0) return 1;
  return Math.min(1, Math.max(0, scrollY / range));
}

/** The scrollY that shows a given fraction of the page. */
export function scrollTopFor(fraction: number, scrollHeight: number, viewportHeight: number): number {
  return Math.max(0, Math.round(fraction * (scrollHeight - viewportHeight)));
}

/** A function that runs `fn` at most once every `ms`, and once more after the last call. */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, ms: number): ((...args: A) => void) & { flush(): void; cancel(): void } {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: A | null = null;
  const run = () => {
    timer = undefined;
    last = Date.now();
    const args = pending;
    pending = null;
    if (args) fn(...args);
  };
  const throttled = (...args: A) => {
    pending = args;
    const wait = ms - (Date.now() - last);
    if (wait <= 0) run();
    else if (timer === undefined) timer = setTimeout(run, wait);
  };
  throttled.flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    run();
  };
  throttled.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = null;
  };
  return throttled;
}

/**
 * On the article page: marks the article read, scrolls back to where the reader left it (unless the link
 * points at a paragraph), and keeps the position as they scroll, throttled, and when the page is hidden.
 */
export function useReadingPosition(articleId: string, hash: string): void {
  const reads = readStatesOf(useTabState());
  useEffect(() => {
    let cancelled = false;
    let restored = false;
    const doc = document.documentElement;
    const save = throttle((fraction: number) => void reads.savePosition(articleId, fraction), 800);
    const onScroll = () => {
      if (!restored) return; // do not overwrite the stored position before it has been applied
      save(scrollFraction(window.scrollY, doc.scrollHeight, window.innerHeight));
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') save.flush();
    };
    void reads.markRead(articleId).then((state) => {
      if (cancelled) return;
      const position = state?.position;
      if (!hash && position !== undefined && position > 0.01 && position < 0.995) {
        requestAnimationFrame(() => {
          if (cancelled) return;
          window.scrollTo({ top: scrollTopFor(position, doc.scrollHeight, window.innerHeight), behavior: 'instant' });
          restored = true;
        });
      } else {
        restored = true;
      }
    });
    window.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', save.flush);
    return () => {
      cancelled = true;
      save.flush();
      window.removeEventListener('scroll', onScroll);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', save.flush);
    };
  }, [reads, articleId, hash]);
}
