import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { DEFAULT_SETTINGS, getSetting } from '../storage/settings-store';
import { cancelDownload, getDownloadState, startDownload, subscribeDownload } from './download';

/** The "Download for offline" control: start, progress ("12 of 30"), cancel, and the outcome. */
export function DownloadControl({ count: given, headingLevel = 2 }: { count?: number; headingLevel?: 2 | 3 }) {
  const [stored, setStored] = useState(DEFAULT_SETTINGS.downloadCount);
  useEffect(() => {
    if (given !== undefined) return;
    let live = true;
    void getSetting('downloadCount').then((n) => live && setStored(n));
    return () => {
      live = false;
    };
  }, [given]);
  const count = given ?? stored;
  const state = useSyncExternalStore(subscribeDownload, getDownloadState, getDownloadState);
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const active = state.status === 'running' || state.status === 'preparing';
  return (
    <section className="download-control" aria-labelledby={headingId}>
      <Heading id={headingId} className="section-heading">
        Download for offline
      </Heading>
      {!active && (
        <button type="button" className="button" onClick={() => void startDownload(count)}>
          Download the latest {count} articles
        </button>
      )}
      {active && (
        <div className="download-progress">
          <progress max={Math.max(1, state.total)} value={state.done} aria-labelledby={headingId} />
          <p aria-live="polite">
            {state.status === 'preparing' ? 'Preparing…' : `${state.done} of ${state.total}`}
          </p>
          <button type="button" className="button button-quiet" onClick={cancelDownload}>
            Cancel download
          </button>
        </div>
      )}
      {!active && state.message && (
        <p role={state.status === 'error' ? 'alert' : undefined} className={state.status === 'error' ? 'inline-error' : 'download-message'}>
          {state.message}
        </p>
      )}
    </section>
  );
}
