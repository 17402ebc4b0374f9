import { read, writeTx } from './db';
import { announce, onTabMessage } from '../shared/tab-channel';

declare module '../shared/tab-channel' {
  interface TabTopics {
    /** A setting changed (its key). */
    settings: { key: string };
  }
}

/** App settings (store `settings`, string key -> value). Reading-list independent; cleared by nothing. */

export interface Settings {
  /** How many of the latest articles "Download for offline" saves. */
  downloadCount: number;
  /** Download only when the connection reports Wi-Fi (or ethernet). */
  downloadWifiOnly: boolean;
  /** "Download for offline" also keeps each article's podcast episode (off: episodes are large). */
  downloadEpisodes: boolean;
  /** Refresh the edition in the background where the browser allows it (Periodic Background Sync). */
  backgroundRefresh: boolean;
}

export const DEFAULT_SETTINGS: Settings = { downloadCount: 30, downloadWifiOnly: false, downloadEpisodes: false, backgroundRefresh: true };

/** One setting, or its default when unset or unreadable. */
export async function getSetting<K extends keyof Settings>(key: K): Promise<Settings[K]> {
  try {
    const value = await read('Reading settings', (db) => db.get('settings', key));
    return value === undefined || typeof value !== typeof DEFAULT_SETTINGS[key] ? DEFAULT_SETTINGS[key] : (value as Settings[K]);
  } catch {
    return DEFAULT_SETTINGS[key];
  }
}

/** Stores one setting. */
export async function setSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await writeTx('settings', 'Saving the setting', async (tx) => {
    await tx.objectStore('settings').put(value, key);
  });
  announce('settings', { key });
}

/** Calls `fn` when another tab changes a setting; returns the unsubscribe function. */
export function onSettingChanged(fn: (key: keyof Settings) => void): () => void {
  return onTabMessage('settings', ({ key }) => {
    if (key in DEFAULT_SETTINGS) fn(key as keyof Settings);
  });
}
