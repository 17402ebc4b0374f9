/**
 * Background work one tab at a time, through Web Locks: the tab holding a lock leads that work; a lock is
 * let go when its work ends or its tab closes, and a tab waiting for it then gets it.
 *
 * Where the browser has no Web Locks (before Safari 15.4 and Firefox 96, or a page not served over
 * HTTPS), a stand-in keeps the same rules as well as storage allows: within the tab, requests for a
 * name queue as Web Locks would; across tabs, the holder keeps a lease in localStorage (renewed while
 * it works, dropped when the work ends or the page is hidden) that the other tabs respect, and an
 * abandoned lease lapses after LEASE_MS. Without localStorage either, only the in-tab queue remains.
 */

/** The locks the app takes (one per kind of background work). */
export const TAB_LOCKS = {
  download: 'broadsheet:download',
  backgroundRefresh: 'broadsheet:background-refresh',
  episode: (url: string) => `broadsheet:episode:${url}`,
} as const;

interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable?: boolean; signal?: AbortSignal }, work: (lock: unknown) => Promise<T>): Promise<T>;
}

type LockResult<T> = { ran: true; value: T } | { ran: false };

function lockManager(): LockManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManagerLike }).locks;
}

/** True where the browser has Web Locks (a tab can then queue to take over from one that closes). */
export function hasTabLocks(): boolean {
  return lockManager() !== undefined;
}

/**
 * Runs `work` while this tab holds lock `name`, waiting for it; with `ifAvailable`, resolves
 * { ran: false } at once when another tab (or this one) holds it.
 */
export async function withTabLock<T>(
  name: string,
  options: { ifAvailable?: boolean },
  work: () => Promise<T>,
): Promise<LockResult<T>> {
  const locks = lockManager();
  if (!locks) return withLease(name, options.ifAvailable ?? false, work);
  let started = false;
  try {
    return await locks.request(name, { ifAvailable: options.ifAvailable ?? false }, async (lock) => {
      started = true;
      return lock ? { ran: true as const, value: await work() } : { ran: false as const };
    });
  } catch (e) {
    // A page the browser refuses locks to (a sandboxed frame, an opaque origin) rejects before any work.
    if (!started) return withLease(name, options.ifAvailable ?? false, work);
    throw e;
  }
}

// ---- The stand-in where there are no Web Locks ----

/** How long a lease holds without being renewed: the most a tab that crashed can keep the others out. */
export const LEASE_MS = 60_000;
const RENEW_MS = 15_000;
/** How often a tab waiting for another's lease looks again (a 'storage' event may tell it sooner). */
export const RETRY_MS = 500;
/** How long a claim settles before it is trusted: another tab's write of the same key may be on its way. */
const SETTLE_MS = 50;
const LEASE_PREFIX = 'broadsheet:lease:';

interface Lease {
  tab: string;
  until: number;
}

/** This page's id in the leases it writes. */
const TAB_ID = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/**
 * The names this tab holds, each with the requests of this tab queued behind it, and (once its lease
 * is taken) the timer that renews the lease.
 */
const held = new Map<string, { queue: (() => void)[]; renew?: ReturnType<typeof setInterval> }>();

function local(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage blocked: reading it throws a SecurityError
  }
}

function readLease(name: string): Lease | undefined {
  try {
    const v = JSON.parse(local()?.getItem(LEASE_PREFIX + name) ?? 'null') as Partial<Lease> | null;
    if (typeof v?.tab !== 'string' || typeof v.until !== 'number') return undefined;
    return { tab: v.tab, until: v.until };
  } catch {
    return undefined;
  }
}

function writeLease(name: string): void {
  try {
    const lease: Lease = { tab: TAB_ID, until: Date.now() + LEASE_MS };
    local()?.setItem(LEASE_PREFIX + name, JSON.stringify(lease));
  } catch {
    // full or refused: the other tabs cannot be told, and the work goes on here
  }
}

function dropLease(name: string): void {
  try {
    if (readLease(name)?.tab === TAB_ID) local()?.removeItem(LEASE_PREFIX + name);
  } catch {
    // refused: it lapses by itself
  }
}

/** Writes this tab's lease on `name` again, unless another tab took it meanwhile (this one's had lapsed). */
function renewLease(name: string): void {
  if (!leasedElsewhere(name)) writeLease(name);
}

/** True when another tab holds a lease on `name` that has not lapsed. */
function leasedElsewhere(name: string): boolean {
  const lease = readLease(name);
  return lease !== undefined && lease.tab !== TAB_ID && lease.until > Date.now();
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves once `name` looks free of other tabs' leases: at the next 'storage' event for it, or RETRY_MS. */
function nextLook(name: string): Promise<void> {
  if (typeof window === 'undefined') return sleep(RETRY_MS);
  return new Promise((resolve) => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === LEASE_PREFIX + name) done();
    };
    const timer = setTimeout(() => done(), RETRY_MS);
    function done() {
      clearTimeout(timer);
      window.removeEventListener('storage', onStorage);
      resolve();
    }
    window.addEventListener('storage', onStorage);
  });
}

/** Takes the lease on `name` for this tab: false when another tab holds it (and `wait` is off). */
async function claim(name: string, wait: boolean): Promise<boolean> {
  for (;;) {
    if (!leasedElsewhere(name)) {
      writeLease(name);
      await sleep(SETTLE_MS);
      // Two tabs that claimed at once: the last write stands, and the other backs off.
      if (!leasedElsewhere(name)) return true;
    }
    if (!wait) return false;
    await nextLook(name);
  }
}

let pageWatched = false;

/** A page hidden (closed, or put in the back/forward cache) lets its leases go; shown again, takes them back. */
function watchPage(): void {
  if (pageWatched || typeof window === 'undefined') return;
  pageWatched = true;
  window.addEventListener('pagehide', () => {
    for (const name of held.keys()) dropLease(name);
  });
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) for (const name of held.keys()) renewLease(name);
  });
}

/** Gives `name` to the next request of this tab, or lets it go. */
function release(name: string): void {
  const entry = held.get(name);
  if (!entry) return;
  const next = entry.queue.shift();
  if (next) return next();
  clearInterval(entry.renew);
  held.delete(name);
  dropLease(name);
}

/** withTabLock where the browser has no Web Locks. */
async function withLease<T>(name: string, ifAvailable: boolean, work: () => Promise<T>): Promise<LockResult<T>> {
  let entry = held.get(name);
  if (entry) {
    if (ifAvailable) return { ran: false };
    const waitFor = entry;
    await new Promise<void>((resolve) => waitFor.queue.push(resolve));
  } else {
    // Taken in this tab before the claim settles, so this tab's next requests queue behind it.
    entry = { queue: [] };
    held.set(name, entry);
    watchPage();
  }
  if (!entry.renew) {
    // Not leased yet: the first request here, or the one before this gave up its claim (ifAvailable).
    if (!(await claim(name, !ifAvailable))) {
      release(name);
      return { ran: false };
    }
    entry.renew = setInterval(() => renewLease(name), RENEW_MS);
  }
  try {
    return { ran: true, value: await work() };
  } finally {
    release(name);
  }
}
