import { useEffect, useId, useState } from 'react';
import { DEFAULT_SETTINGS, getSetting, onSettingChanged } from '../storage/settings-store';
import { formatBytes } from '../ui/format';
import { OPAQUE_QUOTA_BYTES } from './opaque-quota';
import type { DownloadState, OpaqueEstimate } from './download';
import { createStore } from '../shared/store';
import { useLater } from '../ui/use-later';
import { useStore } from '../shared/use-store';
import { useFeedSession } from '../session/session-context';
import { useTabState } from '../shared/tab-state';

/** "3 images … about 21 MB", or null when the download stored none without CORS. */
function opaqueNote(n: number | undefined, done: boolean): string | null {
  if (!n) return null;
  const images = n === 1 ? '1 image' : `${n} images`;
  const counted = `counted by Chrome as about ${formatBytes(n * OPAQUE_QUOTA_BYTES)} of storage, whatever their size`;
  return `${images} ${done ? 'were' : 'so far'} stored from sites that do not allow CORS: ${counted}.`;
}

/** The question asked before a download whose images without CORS would take much of the quota. */
function estimateText(e: OpaqueEstimate, total: number): string {
  const hosts = e.hosts.length <= 2 ? e.hosts.join(' and ') : `${e.hosts.slice(0, 2).join(', ')} and ${e.hosts.length - 2} more`;
  const left = e.quotaLeft !== undefined ? ` This browser has ${formatBytes(e.quotaLeft)} left for this app.` : '';
  return (
    `These ${total} articles have ${e.images} images on ${hosts}, which ${e.hosts.length === 1 ? 'does' : 'do'} not allow CORS. ` +
    `The browser cannot see the size of such images, so it counts each as about ${formatBytes(OPAQUE_QUOTA_BYTES)} of storage ` +
    `(in Chrome): about ${formatBytes(e.bytes)} in all.${left}`
  );
}

/** The download's code: loaded once the app is live or at the first press, so the page that shows the control does not bring it. */
const downloadCode = () => import('./download');

/** What the control shows until that code is here: nothing under way (a download another tab runs shows once it is). */
const notLoaded = createStore<DownloadState>({ status: 'idle', done: 0, total: 0 });

/** The "Download for offline" control: start, progress ("12 of 30"), cancel, and the outcome. */
export function DownloadControl({ count: given, headingLevel = 2 }: { count?: number; headingLevel?: 2 | 3 }) {
  const [stored, setStored] = useState(DEFAULT_SETTINGS.downloadCount);
  useEffect(() => {
    if (given !== undefined) return;
    let live = true;
    const load = () => void getSetting('downloadCount').then((n) => live && setStored(n));
    load();
    const off = onSettingChanged((key) => key === 'downloadCount' && load());
    return () => {
      live = false;
      off();
    };
  }, [given]);
  const count = given ?? stored;
  const session = useFeedSession();
  const tab = useTabState();
  const downloads = useLater(downloadCode)?.downloadsOf(tab) ?? null;
  const [failed, setFailed] = useState(false);
  // A download another tab runs shows here too.
  useEffect(() => downloads?.follow(session), [downloads, session]);
  const state = useStore(downloads?.state ?? notLoaded);
  const start = () => {
    setFailed(false);
    downloadCode().then(
      (m) => m.downloadsOf(tab).start(session, count),
      () => setFailed(true),
    );
  };
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const active = state.status === 'running' || state.status === 'preparing';
  const asking = state.status === 'confirm' && state.estimate;
  const opaque = opaqueNote(state.opaque, state.status === 'done');
  return (
    <section className="download-control" aria-labelledby={headingId}>
      <Heading id={headingId} className="section-heading">
        Download for offline
      </Heading>
      {failed && !active && (
        <p role="alert" className="inline-error">
          The download could not start: part of the app did not load. Check the connection and try again.
        </p>
      )}
      {!active && !asking && (
        <button type="button" className="button" onClick={start}>
          Download the latest {count} articles
        </button>
      )}
      {asking && (
        <div className="download-confirm">
          <p role="alert">{estimateText(asking, state.total)}</p>
          <button type="button" className="button" onClick={() => downloads?.confirm()}>
            Download anyway
          </button>{' '}
          <button type="button" className="button button-quiet" onClick={() => downloads?.cancel()}>
            Cancel
          </button>
        </div>
      )}
      {active && (
        <div className="download-progress">
          <progress max={Math.max(1, state.total)} value={state.done} aria-labelledby={headingId} />
          <p aria-live="polite">
            {state.status === 'preparing' ? 'Preparing…' : `${state.done} of ${state.total}`}
          </p>
          <button type="button" className="button button-quiet" onClick={() => downloads?.cancel()}>
            Cancel download
          </button>
        </div>
      )}
      {active && opaque && <p className="download-message download-opaque">{opaque}</p>}
      {!active && state.message && (
        <p role={state.status === 'error' ? 'alert' : undefined} className={state.status === 'error' ? 'inline-error' : 'download-message'}>
          {state.message}
        </p>
      )}
      {!active && state.message && opaque && <p className="download-message download-opaque">{opaque}</p>}
    </section>
  );
}
