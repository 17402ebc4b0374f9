import { useEffect, useId, useState } from 'react';
import { applyBackgroundRefresh, type BackgroundRefreshStatus } from '../../offline/background-refresh';
import { isStorageError } from '../../storage/errors';
import { DEFAULT_SETTINGS, getSetting, onSettingChanged, setSetting } from '../../storage/settings-store';
import type { RefreshRun } from '../../shared/refresh-plan';

const OUTCOME_TEXT: Record<RefreshRun['outcome'], string> = {
  page: 'the latest articles were downloaded',
  'feed-only': 'the latest edition was kept; its new images are downloaded when Broadsheet next runs online',
  failed: 'the feed could not be fetched',
  'skipped-off': 'skipped: background refresh was off',
  'skipped-metered': 'skipped: the connection was not Wi-Fi',
};

const when = (at: number) => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(new Date(at));

/** What happens instead where there is no background refresh (src/routes/home/new-articles.ts). */
const WHILE_OPEN =
  'Broadsheet fetches the latest edition when you open it, and on its home page every few minutes and ' +
  'whenever you come back to it.';
const BEFORE_OFFLINE = 'Before you go offline, use “Download for offline” above.';

/** The status in words: on (and the last run), off, or why the browser does not do it. */
function statusText(status: BackgroundRefreshStatus, wifiOnly: boolean, count: number): string {
  switch (status.kind) {
    case 'unsupported':
      return `This browser cannot refresh your edition in the background. ${WHILE_OPEN} ${BEFORE_OFFLINE}`;
    case 'not-allowed':
      return (
        'This browser has not allowed Broadsheet to refresh in the background (Chromium-based browsers allow ' +
        `it for an installed app that is used regularly). ${WHILE_OPEN} ${BEFORE_OFFLINE}`
      );
    case 'failed':
      return `The browser would not schedule the background refresh (${status.message}). ${BEFORE_OFFLINE}`;
    case 'off':
      return 'Off: the edition is refreshed only while Broadsheet is open.';
    case 'on': {
      const base = `On: a few times a day, when the browser allows it${wifiOnly ? ' and only on Wi-Fi' : ''}, Broadsheet fetches the latest edition and downloads the latest ${count} articles with their images.`;
      const last = status.lastRun ? ` Last background refresh: ${when(status.lastRun.at)}, ${OUTCOME_TEXT[status.lastRun.outcome]}.` : '';
      return base + last;
    }
  }
}

/**
 * Background refresh (Periodic Background Sync): a switch where the browser allows it, and otherwise
 * why not, pointing at the manual download above.
 */
export function BackgroundRefreshPanel() {
  const headingId = useId();
  const [status, setStatus] = useState<BackgroundRefreshStatus | null>(null);
  const [enabled, setEnabled] = useState(DEFAULT_SETTINGS.backgroundRefresh);
  const [wifiOnly, setWifiOnly] = useState(DEFAULT_SETTINGS.downloadWifiOnly);
  const [count, setCount] = useState(DEFAULT_SETTINGS.downloadCount);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      void Promise.all([getSetting('backgroundRefresh'), getSetting('downloadWifiOnly'), getSetting('downloadCount'), applyBackgroundRefresh()]).then(([on, w, n, s]) => {
        if (!live) return;
        setEnabled(on);
        setWifiOnly(w);
        setCount(n);
        setStatus(s);
      });
    load();
    // Another tab changed a setting (and registered or dropped the schedule): show it here too.
    const off = onSettingChanged(load);
    return () => {
      live = false;
      off();
    };
  }, []);

  const toggle = async (on: boolean) => {
    setError(null);
    setEnabled(on);
    try {
      await setSetting('backgroundRefresh', on);
    } catch (e) {
      setError(isStorageError(e) ? e.message : 'The setting could not be saved.');
    }
    setStatus(await applyBackgroundRefresh());
  };

  const available = status !== null && (status.kind === 'on' || status.kind === 'off' || status.kind === 'failed');
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-heading">
        Background refresh
      </h2>
      {available && (
        <div className="settings-row">
          <label>
            <input type="checkbox" checked={enabled} onChange={(e) => void toggle(e.target.checked)} /> Refresh the edition in the background
          </label>
        </div>
      )}
      <p className="settings-note background-refresh-status" aria-live="polite">
        {status === null ? 'Checking what this browser allows…' : statusText(status, wifiOnly, count)}
      </p>
      {error && (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
    </section>
  );
}
