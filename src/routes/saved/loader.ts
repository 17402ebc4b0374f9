import type { SavedArticle } from '../../storage/db';
import { isStorageError } from '../../storage/errors';
import { listSavedWithSkipped } from '../../storage/saved-store';

/**
 * The reading list from IndexedDB (no network needed); a storage failure is reported, not thrown, and
 * so are entries that could not be read (they are skipped).
 */
export async function loader() {
  try {
    return { ...(await listSavedWithSkipped()), error: null };
  } catch (e) {
    return { entries: [] as SavedArticle[], skipped: 0, error: isStorageError(e) ? e.message : 'The reading list could not be read.' };
  }
}

/** What the view gets (useViewData). */
export type ViewData = Awaited<ReturnType<typeof loader>>;
