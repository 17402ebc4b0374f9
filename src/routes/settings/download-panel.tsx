import { useEffect, useId, useRef, useState } from 'react';
import { DownloadControl } from '../../reading/download-control';
import { connectionType } from '../../reading/download';
import { applyBackgroundRefresh } from '../../offline/background-refresh';
import { isStorageError } from '../../storage/errors';
import { DEFAULT_SETTINGS, getSetting, onSettingChanged, setSetting } from '../../storage/settings-store';

const MAX = 200;

/** Download settings (how many articles, Wi-Fi only, podcast episodes) and the download control itself. */
export function DownloadPanel() {
  const countId = useId();
  const [count, setCount] = useState(DEFAULT_SETTINGS.downloadCount);
  const [wifiOnly, setWifiOnly] = useState(DEFAULT_SETTINGS.downloadWifiOnly);
  const [episodes, setEpisodes] = useState(DEFAULT_SETTINGS.downloadEpisodes);
  const [error, setError] = useState<string | null>(null);
  const hasConnectionType = connectionType() !== undefined;
  // Set once the reader changes a field: the first read of the stored settings, if it answers later, must not undo it.
  const edited = useRef(false);

  useEffect(() => {
    let live = true;
    const load = (first: boolean) =>
      void Promise.all([getSetting('downloadCount'), getSetting('downloadWifiOnly'), getSetting('downloadEpisodes')]).then(([n, w, e]) => {
        if (!live || (first && edited.current)) return;
        setCount(n);
        setWifiOnly(w);
        setEpisodes(e);
      });
    load(true);
    // Another tab changed a setting: show it here too.
    const off = onSettingChanged(() => load(false));
    return () => {
      live = false;
      off();
    };
  }, []);

  const save = (write: Promise<void>) => {
    edited.current = true;
    setError(null);
    write.catch((e: unknown) => setError(isStorageError(e) ? e.message : 'The setting could not be saved.'));
  };

  return (
    <div className="settings-section download-panel">
      <DownloadControl count={count} />
      <div className="settings-row">
        <label htmlFor={countId}>Articles to download</label>
        <input
          id={countId}
          type="number"
          min={1}
          max={MAX}
          value={count}
          onChange={(e) => {
            const n = Math.min(MAX, Math.max(1, Math.round(Number(e.target.value) || 1)));
            setCount(n);
            save(setSetting('downloadCount', n));
          }}
        />
      </div>
      {hasConnectionType && (
        <div className="settings-row">
          <label>
            <input
              type="checkbox"
              checked={wifiOnly}
              onChange={(e) => {
                setWifiOnly(e.target.checked);
                // The background refresh follows the same rule: the worker's plan says so too.
                save(setSetting('downloadWifiOnly', e.target.checked).then(() => void applyBackgroundRefresh()));
              }}
            />{' '}
            Only on Wi-Fi
          </label>
        </div>
      )}
      <div className="settings-row">
        <label>
          <input
            type="checkbox"
            checked={episodes}
            onChange={(e) => {
              setEpisodes(e.target.checked);
              save(setSetting('downloadEpisodes', e.target.checked));
            }}
          />{' '}
          Include podcast episodes
        </label>
        <p className="settings-note">Episodes are large (often 30 to 80 MB each): off unless you turn it on.</p>
      </div>
      {error && (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
    </div>
  );
}
