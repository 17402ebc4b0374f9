import { createContext, useContext, type ReactNode } from 'react';

/**
 * What one page load holds in memory of the reader's own things beside the feed session: the reading
 * list's flags, read states, the download, episodes, what is known of image hosts, the appearance, the
 * eviction marker's once-per-page check.
 * Each is a part made by its own module on first use (so a part whose module loads lazily, such as the
 * download, is not in the first load), kept for the page's life, and ended with it by close(). The app
 * makes one per tab (start-app.tsx); a test makes one per simulated page load.
 */

/** One module's state in a tab. */
export interface TabPart {
  /** Stops its work and its following of other tabs; the part is not used again. */
  close?(): void;
}

/** The parts of one page load. */
export interface TabState {
  /** The part `make` makes for this tab: made on first call, the same one after. */
  part<T extends TabPart>(make: (tab: TabState) => T): T;
  /** Ends every part made so far (a new page load starts with none). */
  close(): void;
}

/** A page load's state, with no part made yet. */
export function createTabState(): TabState {
  const parts = new Map<(tab: TabState) => TabPart, TabPart>();
  let closed = false;
  const tab: TabState = {
    part<T extends TabPart>(make: (tab: TabState) => T): T {
      if (closed) throw new Error('This tab state was closed: a new page load makes a new one.');
      let made = parts.get(make) as T | undefined;
      if (!made) {
        made = make(tab);
        parts.set(make, made);
      }
      return made;
    },
    close() {
      closed = true;
      for (const made of parts.values()) made.close?.();
      parts.clear();
    },
  };
  return tab;
}

const TabStateContext = createContext<TabState | null>(null);

/** Gives the components below it the page's tab state. */
export function TabStateProvider({ tab, children }: { tab: TabState; children: ReactNode }) {
  return <TabStateContext.Provider value={tab}>{children}</TabStateContext.Provider>;
}

/** The page's tab state (inside TabStateProvider). */
export function useTabState(): TabState {
  const tab = useContext(TabStateContext);
  if (!tab) throw new Error('useTabState() outside TabStateProvider');
  return tab;
}
