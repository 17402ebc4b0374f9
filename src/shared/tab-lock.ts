/**
 * Background work one tab at a time, through Web Locks: the tab holding a lock leads that work; a lock is
 * let go when its work ends or its tab closes, and a tab waiting for it then gets it. Where the browser
 * has no Web Locks, the work runs at once in every tab, as before.
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

function lockManager(): LockManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManagerLike }).locks;
}

/** True where the browser has Web Locks. */
export function hasTabLocks(): boolean {
  return lockManager() !== undefined;
}

/**
 * Runs `work` while this tab holds lock `name`, waiting for it; with `ifAvailable`, resolves
 * { ran: false } at once when another tab holds it. Without Web Locks, runs `work` at once.
 */
export async function withTabLock<T>(name: string, options: { ifAvailable?: boolean }, work: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
  const locks = lockManager();
  if (!locks) return { ran: true, value: await work() };
  return locks.request(name, { ifAvailable: options.ifAvailable ?? false }, async (lock) => (lock ? { ran: true as const, value: await work() } : { ran: false as const }));
}
