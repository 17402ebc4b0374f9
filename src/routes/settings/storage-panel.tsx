import { useCallback, useEffect, useId, useState } from 'react';
import { episodesOf, episodeUsage } from '../../reading/episodes';
import { savedListOf, type SavedFlag } from '../../reading/saved-list';
import { useTabState } from '../../shared/tab-state';
import { useStorageProblem } from '../../reading/storage-status';
import { StoredImagesNote } from '../../reading/stored-images-note';
import { skippedCount, skippedRecords, type SkippedRecords } from '../../storage/corrupt-records';
import { scanStoredRecords } from '../../storage/record-scan';
import { CACHE_NAMES } from '../../shared/cache-names';
import { isStorageError } from '../../storage/errors';
import { clearStoredFeed } from '../../storage/feed-store';
import { formatBytes } from '../../ui/format';
import { useStore } from '../../shared/use-store';

interface Estimate {
  usage: number;
  quota: number;
}

/** What the browser says of the space used and available; 'unsupported' where it says nothing. */
async function readEstimate(): Promise<Estimate | 'unsupported'> {
  // No StorageManager at all in WebKitGTK and old Safari (and a page not on HTTPS), no estimate() in some.
  if (typeof navigator.storage?.estimate !== 'function') return 'unsupported';
  try {
    const e = await navigator.storage.estimate();
    return { usage: e.usage ?? 0, quota: e.quota ?? 0 };
  } catch {
    return 'unsupported';
  }
}

/** True where the browser lets a site ask to keep its data (not WebKitGTK, nor older Safari). */
const canAskToKeep = () => typeof navigator.storage?.persist === 'function';

/** "On this device: 12 saved articles, 10 of them with their images.": what the app knows it keeps. */
function savedText(flags: ReadonlyMap<string, SavedFlag>): string {
  const all = [...flags.values()].filter((f) => f.saved);
  if (all.length === 0) return 'No saved articles are kept on this device.';
  const n = all.length;
  const withImages = all.filter((f) => f.imagesCached).length;
  let images = `, ${withImages} of them with their images`;
  if (withImages === 0) images = n === 1 ? ', without its images' : ', without their images';
  else if (withImages === n) images = n === 1 ? ', with its images' : ', with their images';
  return `On this device: ${n === 1 ? '1 saved article' : `${n} saved articles`}${images}.`;
}

/** "2 saved items and 1 reading position could not be read and were skipped", or null. */
function skippedSummary(records: SkippedRecords): string | null {
  const parts: string[] = [];
  const saved = skippedCount('saved', records);
  const read = skippedCount('readState', records);
  if (saved) parts.push(`${saved} saved item${saved === 1 ? '' : 's'}`);
  if (read) parts.push(`${read} reading position${read === 1 ? '' : 's'}`);
  if (skippedCount('feed', records)) parts.push('part of the stored copy of the feed');
  if (parts.length === 0) return null;
  const one = parts.length === 1 && saved + read <= 1;
  return `${parts.join(' and ')} could not be read and ${one ? 'was' : 'were'} skipped.`;
}

type EpisodeUsage = Awaited<ReturnType<typeof episodeUsage>>;

/** "2 episodes kept (68 MB)", with one part-way when there is one. */
function episodesText(u: EpisodeUsage): string {
  if (u.kept === 0 && u.partial === 0) return 'No podcast episodes are kept on this device.';
  const kept = u.kept === 1 ? '1 episode' : `${u.kept} episodes`;
  const partial = u.partial ? `, and ${u.partial === 1 ? '1 download' : `${u.partial} downloads`} part-way` : '';
  return `Podcast episodes: ${kept} kept${partial}, using ${formatBytes(u.bytes)}.`;
}

/**
 * Offline storage: whether the browser lets the app store anything, used and quota (or, where the
 * browser does not say, what the app knows it keeps), a request for persistent storage (or, where
 * there is none, what the browser may clear), "Clear cached articles", podcast episodes (shown and
 * cleared on their own: they are most of the bytes), and stored records that could not be read.
 */
export function StoragePanel() {
  const headingId = useId();
  const [estimate, setEstimate] = useState<Estimate | null | 'unsupported'>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [persistResult, setPersistResult] = useState<string | null>(null);
  const [cleared, setCleared] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [episodes, setEpisodes] = useState<EpisodeUsage | null>(null);
  const [episodesCleared, setEpisodesCleared] = useState<string | null>(null);

  const problem = useStorageProblem();
  const tab = useTabState();
  const savedList = savedListOf(tab);
  const savedFlags = useStore(savedList.flags);
  const [savedLoaded, setSavedLoaded] = useState(false);
  const skipped = skippedSummary(useStore(skippedRecords));

  const refresh = useCallback(() => readEstimate().then(setEstimate), []);

  useEffect(() => {
    void readEstimate().then(setEstimate);
    void episodeUsage().then(setEpisodes);
    void navigator.storage?.persisted?.().then(setPersisted, () => setPersisted(null));
    // A fresh load of /settings has read neither the reading list nor the read states: the note on
    // unreadable records covers them only once they are scanned.
    void scanStoredRecords();
  }, []);

  // Where the browser reports no usage, the reading list is counted instead.
  useEffect(() => {
    if (estimate !== 'unsupported') return;
    let live = true;
    void savedList.load().then(() => live && setSavedLoaded(true));
    return () => {
      live = false;
    };
  }, [estimate, savedList]);

  const persist = async () => {
    try {
      const granted = await navigator.storage.persist();
      setPersisted(granted);
      setPersistResult(
        granted
          ? 'Done: this browser will keep your articles unless you remove them.'
          : 'The browser did not agree this time: it may still remove cached articles when space runs low. Installing the app usually helps.',
      );
    } catch {
      setPersistResult('This browser cannot promise to keep stored articles.');
    }
  };

  const clear = async () => {
    setError(null);
    setCleared(null);
    try {
      if (typeof caches !== 'undefined') {
        // The prerendered pages the worker kept (one cache per code version) hold articles too.
        const pages = (await caches.keys()).filter((name) => name.startsWith(`${CACHE_NAMES.pages}-`));
        await Promise.all([caches.delete(CACHE_NAMES.images), caches.delete(CACHE_NAMES.feed), ...pages.map((name) => caches.delete(name))]);
      }
      await clearStoredFeed();
      setCleared('Cached articles and images were cleared. Your reading list, its episodes and your settings were kept.');
    } catch (e) {
      setError(isStorageError(e) ? e.message : 'The cached articles could not be cleared.');
    }
    void refresh();
  };

  const clearEpisodes = async () => {
    setError(null);
    setEpisodesCleared(null);
    try {
      await episodesOf(tab).removeAllEpisodes();
      setEpisodesCleared('The episodes were removed. Your saved articles, their images and your listening positions were kept.');
    } catch {
      setError('The episodes could not be removed.');
    }
    setEpisodes(await episodeUsage());
    void refresh();
  };

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-heading">
        Offline storage
      </h2>
      {problem && <p className="settings-note storage-problem">{problem}</p>}
      {skipped && <p className="settings-note storage-skipped">{skipped}</p>}
      <p className="storage-usage">
        {estimate === null && 'Measuring storage…'}
        {estimate === 'unsupported' && (
          <>
            This browser does not say how much space Broadsheet uses or has left.{' '}
            {savedLoaded ? savedText(savedFlags) : 'Counting saved articles…'}
          </>
        )}
        {estimate && estimate !== 'unsupported' && (
          <>
            Using <strong>{formatBytes(estimate.usage)}</strong> of {formatBytes(estimate.quota)} available to this app.
          </>
        )}
      </p>
      <StoredImagesNote when={estimate} usageShown={estimate !== null && estimate !== 'unsupported'} />
      {canAskToKeep() ? (
        <div className="settings-row">
          <button type="button" className="button button-quiet" onClick={() => void persist()} disabled={persisted === true}>
            Keep articles on this device
          </button>
          <p aria-live="polite" className="settings-note">
            {persistResult ?? (persisted ? 'Storage is persistent: the browser will not remove your articles on its own.' : '')}
          </p>
        </div>
      ) : (
        <p className="settings-note storage-eviction">
          This browser cannot be asked to keep your articles. It may clear them when the device runs low on
          space, and Safari clears them after 7 days without a visit unless Broadsheet is on the Home Screen.
          If your reading list is cleared, Broadsheet tells you.
        </p>
      )}
      <div className="settings-row">
        <button type="button" className="button button-quiet" onClick={() => void clear()}>
          Clear cached articles
        </button>
        <p aria-live="polite" className="settings-note">
          {cleared}
        </p>
        {error && (
          <p role="alert" className="inline-error">
            {error}
          </p>
        )}
      </div>
      <div className="settings-row storage-episodes">
        <p className="storage-usage">{episodes ? episodesText(episodes) : 'Counting podcast episodes…'}</p>
        {episodes && episodes.kept + episodes.partial > 0 && (
          <button type="button" className="button button-quiet" onClick={() => void clearEpisodes()}>
            Remove downloaded episodes
          </button>
        )}
        <p aria-live="polite" className="settings-note">
          {episodesCleared}
        </p>
      </div>
    </section>
  );
}
