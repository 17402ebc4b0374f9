import { useEffect, useId, useState } from 'react';
import { DownloadControl } from '../../offline/download-control';
import { connectionType } from '../../offline/download';
import { isStorageError } from '../../storage/errors';
import { DEFAULT_SETTINGS, getSetting, setSetting } from '../../storage/settings-store';

const MAX = 200;

/** Download settings (how many articles, Wi-Fi only) and the download control itself. */
export function DownloadPanel() {
  const countId = useId();
  const [count, setCount] = useState(DEFAULT_SETTINGS.downloadCount);
  const [wifiOnly, setWifiOnly] = useState(DEFAULT_SETTINGS.downloadWifiOnly);
  const [error, setError] = useState<string | null>(null);
  const hasConnectionType = connectionType() !== undefined;

  useEffect(() => {
    let live = true;
    void Promise.all([getSetting('downloadCount'), getSetting('downloadWifiOnly')]).then(([n, w]) => {
      if (!live) return;
      setCount(n);
      setWifiOnly(w);
    });
    return () => {
      live = false;
    };
  }, []);

  const save = (write: Promise<void>) => {
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
                save(setSetting('downloadWifiOnly', e.target.checked));
              }}
            />{' '}
            Only on Wi-Fi
          </label>
        </div>
      )}
      {error && (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
    </div>
  );
}
