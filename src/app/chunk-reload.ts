/**
 * After a deploy, a tab still running the old version asks for route chunks that no longer exist.
 * Reloading once fetches the new version; a flag in sessionStorage stops a reload loop when the
 * chunk is missing for another reason (offline with nothing cached).
 */
const KEY = 'broadsheet:chunk-reload-at';

/** True for the errors browsers raise when a dynamic import fails to load. */
export function isChunkLoadError(error: unknown): boolean {
  const msg = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Failed to fetch dynamically/i.test(msg);
}

/** Reloads the page unless it already did so for this reason in the last minute; returns whether it did. */
export function reloadOnceForChunkError(): boolean {
  try {
    const last = Number(sessionStorage.getItem(KEY) ?? 0);
    if (Date.now() - last < 60_000) return false;
    sessionStorage.setItem(KEY, String(Date.now()));
  } catch {
    return false;
  }
  window.location.reload();
  return true;
}
