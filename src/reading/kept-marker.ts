import type { TabPart, TabState } from '../shared/tab-state';
import { read } from '../storage/db';

/**
 * Telling the reader when the browser threw their reading list away. Browsers evict an origin's
 * script-written storage (IndexedDB, Cache Storage, localStorage, the service worker) as one: Chromium
 * under disk pressure, Safari after 7 days without a visit (for sites not added to the Home Screen).
 * Neither touches cookies, so a first-party cookie records how many articles the reading list held
 * (a count and a format version, nothing personal), rewritten on every save and removal. At start, a
 * cookie that says "N saved" beside an empty reading list means the list was taken: the reader is told
 * once, and the cookie is brought in line so it is not said again. The same storage loss also drops
 * the record that the app asked for persistent storage, so the next save asks again.
 */

/** The cookie's name. */
export const KEPT_COOKIE = 'broadsheet-kept';
/** The format of the cookie's value, `<version>.<count>`; a value of another version is ignored. */
export const KEPT_VERSION = 1;
/** About 400 days: the longest lifetime Chromium and Firefox allow a cookie. */
export const KEPT_MAX_AGE = 400 * 24 * 60 * 60;
/** localStorage key saying persistent storage was asked for since the storage was last cleared. */
export const PERSIST_ASKED_KEY = 'broadsheet:persist-asked';

/** What the cookie says: how many articles were in the reading list when it was last written. */
export interface KeptMarker {
  version: number;
  count: number;
}

/** Reads the marker out of a `document.cookie` string; null when absent, malformed or of another version. */
export function parseKeptMarker(cookies: string): KeptMarker | null {
  for (const pair of cookies.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() !== KEPT_COOKIE) continue;
    const m = /^(\d{1,4})\.(\d{1,9})$/.exec(pair.slice(eq + 1).trim());
    if (!m) return null;
    const version = Number(m[1]);
    return version === KEPT_VERSION ? { version, count: Number(m[2]) } : null;
  }
  return null;
}

/** The `document.cookie` assignment recording `count` saved articles (a count of 0 deletes the cookie). */
export function keptMarkerCookie(count: number, { secure }: { secure: boolean }): string {
  const n = Math.max(0, Math.floor(count));
  const value = n > 0 ? `${KEPT_VERSION}.${n}` : '';
  const age = n > 0 ? KEPT_MAX_AGE : 0;
  return `${KEPT_COOKIE}=${value}; Max-Age=${age}; Path=/; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** How many saved articles vanished: the marker's count when the stored list is empty, else 0. */
export function vanishedCount(marker: KeptMarker | null, storedCount: number): number {
  return marker && marker.count > 0 && storedCount === 0 ? marker.count : 0;
}

/** Where the marker and the persistence request live: the browser's, or stand-ins in tests. */
export interface KeptDeps {
  getCookies(): string;
  setCookie(cookie: string): void;
  secure: boolean;
  /** How many records the reading list holds (readable or not); rejects when storage cannot be opened. */
  countSaved(): Promise<number>;
  /** Where the browser lets a site ask to keep its data; `persisted` is missing in some that do. */
  storage: (Pick<StorageManager, 'persist'> & Partial<Pick<StorageManager, 'persisted'>>) | undefined;
  local: Pick<Storage, 'getItem' | 'setItem'> | undefined;
}

function browserDeps(): KeptDeps {
  let local: Storage | undefined;
  try {
    local = window.localStorage;
  } catch {
    local = undefined; // storage blocked: reading it throws a SecurityError
  }
  return {
    getCookies: () => document.cookie,
    setCookie: (c) => {
      document.cookie = c;
    },
    secure: window.location.protocol === 'https:',
    countSaved: () => read('Counting the reading list', (db) => db.count('saved')),
    storage: typeof navigator.storage?.persist === 'function' ? navigator.storage : undefined,
    local,
  };
}

async function rewrite(deps: KeptDeps): Promise<number | null> {
  let count: number;
  try {
    count = await deps.countSaved();
  } catch {
    return null; // storage refused: what the cookie says can be neither confirmed nor replaced
  }
  deps.setCookie(keptMarkerCookie(count, { secure: deps.secure }));
  return count;
}

/**
 * Asks for persistent storage, once for as long as the origin's storage lasts: the note that it asked
 * lives in localStorage, which goes when the browser clears the rest, so the next save after that asks again.
 */
export async function askToKeep(deps: Pick<KeptDeps, 'storage' | 'local'> = browserDeps()): Promise<boolean> {
  const { storage, local } = deps;
  if (!storage) return false;
  if (typeof storage.persisted === 'function' && (await storage.persisted().catch(() => false))) return true;
  try {
    if (local?.getItem(PERSIST_ASKED_KEY)) return false;
    local?.setItem(PERSIST_ASKED_KEY, String(Date.now()));
  } catch {
    // localStorage full or refused: ask anyway (Chromium and Safari decide without a prompt)
  }
  return storage.persist().catch(() => false);
}

/** The eviction marker in one tab: its once-per-page check, and its writes in order. */
export interface KeptMarkerWriter extends TabPart {
  /**
   * Once per page: how many saved articles the browser cleared since the last visit (0 when none, or
   * when it cannot tell). The cookie is rewritten with what the list now holds, so it is said once and
   * the cookie's lifetime is renewed.
   */
  checkVanished(deps?: KeptDeps): Promise<number>;
  /**
   * Called after the reading list changed (`saved`: an article was added): records the new count in the
   * cookie, and after a save asks for persistent storage if that was not asked since storage was cleared.
   * Never throws; writes are queued so the last count written is the latest.
   */
  changed(change: { saved: boolean }, deps?: KeptDeps): Promise<void>;
}

function createKeptMarker(): KeptMarkerWriter {
  let checked: Promise<number> | null = null;
  let writes: Promise<void> = Promise.resolve();
  return {
    checkVanished(deps = browserDeps()) {
      if (checked) return checked;
      // Read before anything rewrites it.
      const marker = parseKeptMarker(deps.getCookies());
      const run = async () => {
        const count = await rewrite(deps);
        return count === null ? 0 : vanishedCount(marker, count);
      };
      checked = writes.then(run).catch(() => 0);
      writes = checked.then(() => undefined);
      return checked;
    },
    changed({ saved }, deps = browserDeps()) {
      const done = writes.then(() => rewrite(deps)).then(
        () => undefined,
        () => undefined,
      );
      writes = done;
      if (!saved) return done;
      const asked = askToKeep(deps).then(
        () => undefined,
        () => undefined,
      );
      return Promise.all([done, asked]).then(() => undefined);
    },
  };
}

/** The eviction marker of the tab `tab`. */
export function keptMarkerOf(tab: TabState): KeptMarkerWriter {
  return tab.part(createKeptMarker);
}
