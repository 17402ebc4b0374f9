import { useId, useState } from 'react';
import type { FeedSession } from '../session/feed-session';
import { useFeedSession } from '../session/session-context';
import { useTabState } from '../shared/tab-state';
import { isCardArticle } from '../session/view-data';
import { isStorageError } from '../storage/errors';
import { savedListOf, useSavedFlag, type SavedList, type SaveInput } from './saved-list';
import { useStorageProblem } from './storage-status';

/**
 * Saves the whole article: lists and pages show trimmed copies (no body), so the whole one is asked of
 * the session; the trimmed one is saved only when the session no longer has it. `saved` is the tab's
 * reading list.
 */
export async function saveWholeArticle(session: FeedSession, saved: SavedList, input: SaveInput): Promise<void> {
  if (!isCardArticle(input.article)) {
    await saved.saveArticle(input);
    return;
  }
  const full = await session.fullArticle(input.article.id).catch(() => undefined);
  await saved.saveArticle(full ?? input);
}

interface Props extends SaveInput {
  /** The small form used on cards. */
  compact?: boolean;
}

/**
 * "Save for offline" / "Remove from saved" toggle (aria-pressed), with a storage failure shown beside it.
 * The full-size button also says, quietly and before any click, when the browser refuses storage.
 */
export function SaveButton({ article, authors, tags, compact = false }: Props) {
  const session = useFeedSession();
  const list = savedListOf(useTabState());
  const { saved } = useSavedFlag(article.id);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const noteId = useId();
  const storageProblem = useStorageProblem();
  const note = !compact && !error ? storageProblem : null;

  const toggle = async () => {
    setBusy(true);
    setError(null);
    try {
      if (saved) await list.removeArticle(article.id);
      else await saveWholeArticle(session, list, { article, authors, tags });
    } catch (e) {
      setError(isStorageError(e) ? e.message : 'The article could not be saved on this device.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className={`save-control ${compact ? 'save-control-compact' : ''}`}>
      <button
        type="button"
        className={`button button-quiet save-button ${compact ? 'button-small' : ''}`}
        aria-pressed={saved}
        // The "s" shortcut (src/app/keyboard-shortcuts.tsx) presses the save button of the focused card or the article.
        aria-keyshortcuts="s"
        aria-busy={busy || undefined}
        aria-describedby={error ? errorId : note ? noteId : undefined}
        disabled={busy}
        onClick={() => void toggle()}
      >
        {saved ? 'Remove from saved' : 'Save for offline'}
      </button>
      {note && (
        <span id={noteId} className="settings-note save-note">
          {note}
        </span>
      )}
      {error && (
        <span id={errorId} role="alert" className="inline-error save-error">
          {error}
        </span>
      )}
    </span>
  );
}
