import type { Attachment } from '../shared/model';
import { createStore, type ReadableStore } from '../shared/store';
import { CACHE_NAMES } from '../shared/cache-names';
import { episodesOfArticle, getEpisode, listEpisodes, putEpisodeDownload } from '../storage/episode-store';
import { isQuotaError, StorageError } from '../storage/errors';
import { announce, onTabMessage } from '../shared/tab-channel';
import type { TabPart, TabState } from '../shared/tab-state';
import type { SetState } from './episode-download';
import { episodeUrl, stateOf, type EpisodeState } from './episode-state';

declare module '../shared/tab-channel' {
  interface TabTopics {
    /** An episode's state as the tab downloading (or removing) it sees it, progress included. */
    episodeState: { url: string; state: EpisodeState };
  }
}

/**
 * Podcast episodes kept for offline, on the page side. Keeping an episode downloads it in chunks into
 * the 'broadsheet-episode-parts' cache, recording in IndexedDB after each chunk how far it got, so a
 * download cut off (network lost, app closed) resumes where it stopped with a `Range` request instead
 * of starting again; when the last chunk is in, the chunks become one whole response in
 * 'broadsheet-episodes', under the attachment's URL, which the service worker answers the player's
 * range requests from (src/sw/audio-cache.ts). An episode belongs to a saved article: removing the
 * article removes its episode (saved-list.ts).
 *
 * Hosts: redirects are followed (the episode is kept under the feed's URL, which the player asks for);
 * a host that allows no CORS cannot be read, so its episode is fetched as one opaque response: kept
 * and played offline, but with no progress, no resume, and seeking only as far as the browser can
 * without ranges.
 *
 * Several tabs: an episode downloads in one tab at a time (the Web Lock TAB_LOCKS.episode(url)); that tab
 * announces its state as it goes and the others show it. When it closes mid-download, a tab that showed
 * it gets the lock and reads the episode's record again: paused, to be resumed where it stopped.
 *
 * The download itself is episode-download.ts, loaded when an episode is first kept or removed.
 */

/** The download's code, loaded with the first episode kept or removed. */
const download = () => import('./episode-download');
type DownloadCode = Awaited<ReturnType<typeof download>>;
/** The Web Locks helpers, needed only once an episode downloads here or in another tab. */
const tabLocks = () => import('../shared/tab-lock');

/** Episodes in one tab: their states, this tab's downloads, and what other tabs download. */
export interface Episodes extends TabPart {
  /** The state of every episode read or kept so far, by absolute URL (episodeUrl). */
  states: ReadableStore<ReadonlyMap<string, EpisodeState>>;
  /** Reads an episode's state from storage (unless a download of it runs in this tab). */
  loadState(url: string): Promise<void>;
  /**
   * Keeps an article's episode on the device (resuming a download that stopped). Resolves when it is
   * kept; rejects with StorageError 'quota' on a full device (after taking this episode's bytes back
   * out: everything else stays), and with an Error saying why otherwise. A second call while a download
   * of it runs joins nothing and returns at once.
   */
  keepEpisode(att: Attachment, articleId: string, signal?: AbortSignal): Promise<void>;
  /** Stops a download of this episode under way; what it had fetched is dropped. */
  cancelEpisode(url: string): void;
  /** Removes one kept episode (or stops and drops its download). */
  removeEpisode(url: string, articleId: string): Promise<void>;
  /** Removes every episode of an article (it left the reading list). */
  removeEpisodesOf(articleId: string): Promise<void>;
  /** Removes every kept episode and every download under way; positions stay. */
  removeAllEpisodes(): Promise<void>;
}

function createEpisodes(): Episodes {
  const states = createStore<ReadonlyMap<string, EpisodeState>>(new Map());
  /** Downloads under way in this tab, by episode URL. */
  const running = new Map<string, { controller: AbortController; articleId: string }>();
  /** URLs whose download this tab waits to take over (their lock is held by another tab). */
  const watching = new Set<string>();
  let unfollow: (() => void) | null = null;

  /** Shows a state read from storage or another tab (not announced). */
  const showState = (url: string, state: EpisodeState) => states.update((all) => new Map(all).set(url, state));
  /** Sets the state of an episode this tab works on, and announces it to the other tabs. */
  const setState: SetState = (url, state) => {
    showState(url, state);
    announce('episodeState', { url, state });
  };

  /** Shows the episodes other tabs download or change; started once an episode's state is first read. */
  const followOtherTabs = () => {
    if (unfollow) return;
    const offs = [
      onTabMessage('episodeState', ({ url, state }) => {
        if (running.has(url)) return;
        showState(url, state);
        if (state.status === 'downloading' && !watching.has(url)) {
          watching.add(url);
          // Granted once that tab ends the download or closes: what is stored then is what shows.
          void tabLocks()
            .then(({ hasTabLocks, withTabLock, TAB_LOCKS }) => (hasTabLocks() ? withTabLock(TAB_LOCKS.episode(url), {}, () => episodes.loadState(url)) : undefined))
            .catch(() => undefined) // no lock to wait on: the next announcement shows the state
            .finally(() => watching.delete(url));
        }
      }),
      onTabMessage('episodes', ({ urls }) => {
        for (const url of urls) {
          // A download another tab runs writes its record at every chunk: its announced state shows meanwhile.
          if (states.get().has(url) && !watching.has(url)) void episodes.loadState(url);
        }
      }),
    ];
    unfollow = () => offs.forEach((off) => off());
  };

  const keepHere = async (dl: DownloadCode, att: Attachment, url: string, articleId: string, signal?: AbortSignal): Promise<void> => {
    if (running.has(url)) return;
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    running.set(url, { controller, articleId });
    try {
      await dl.run(att, articleId, controller.signal, setState);
    } catch (e) {
      const total = states.get().get(url)?.totalBytes ?? att.sizeInBytes;
      if (controller.signal.aborted) {
        await dl.forgetBytes(url, articleId);
        setState(url, { status: 'none', receivedBytes: 0 });
        return;
      }
      if (isQuotaError(e) || (e instanceof StorageError && e.kind === 'quota')) {
        await dl.forgetBytes(url, articleId);
        const message = dl.episodeQuotaMessage(total);
        setState(url, { status: 'error', receivedBytes: 0, message });
        throw new StorageError('quota', message, { cause: e });
      }
      const record = await getEpisode(url).catch(() => undefined);
      const at = stateOf(record);
      const message = e instanceof Error && e.message ? e.message : 'The episode could not be downloaded.';
      setState(url, at.status === 'paused' ? { ...at, message } : { status: 'error', receivedBytes: 0, message });
      throw e instanceof dl.Interrupted ? new Error(message) : e;
    } finally {
      if (running.get(url)?.controller === controller) running.delete(url); // a close may have dropped it
      signal?.removeEventListener('abort', onAbort);
    }
  };

  const episodes: Episodes = {
    states,
    async loadState(given) {
      followOtherTabs();
      const url = episodeUrl(given);
      if (running.has(url)) return;
      const record = await getEpisode(url).catch(() => undefined);
      if (!running.has(url)) showState(url, stateOf(record));
    },
    async keepEpisode(att, articleId, signal) {
      const url = episodeUrl(att.url);
      if (running.has(url) || typeof caches === 'undefined') return;
      followOtherTabs();
      const [dl, { withTabLock, TAB_LOCKS }] = await Promise.all([download(), tabLocks()]);
      // Another tab downloading this episode holds its lock: its progress shows here instead.
      await withTabLock(TAB_LOCKS.episode(url), { ifAvailable: true }, () => keepHere(dl, att, url, articleId, signal));
    },
    cancelEpisode(url) {
      running.get(episodeUrl(url))?.controller.abort();
    },
    async removeEpisode(given, articleId) {
      const url = episodeUrl(given);
      running.get(url)?.controller.abort();
      await (await download()).forgetBytes(url, articleId);
      setState(url, { status: 'none', receivedBytes: 0 });
    },
    async removeEpisodesOf(articleId) {
      if (typeof caches === 'undefined') return;
      const records = await episodesOfArticle(articleId).catch(() => []);
      // A download that has not written its first chunk has no record of its bytes yet: stop it too.
      const urls = new Set([...records.filter((r) => r.download).map((r) => r.url), ...[...running].filter(([, r]) => r.articleId === articleId).map(([url]) => url)]);
      await Promise.all([...urls].map((url) => episodes.removeEpisode(url, articleId)));
    },
    async removeAllEpisodes() {
      for (const { controller } of running.values()) controller.abort();
      const records = await listEpisodes().catch(() => []);
      await Promise.all(records.filter((r) => r.download).map((r) => putEpisodeDownload(r.url, r.articleId, undefined).catch(() => undefined)));
      if (typeof caches !== 'undefined') await Promise.all([caches.delete(CACHE_NAMES.episodes), caches.delete(CACHE_NAMES.episodeParts)]);
      states.set(new Map([...states.get()].map(([url]) => [url, { status: 'none', receivedBytes: 0 }] as const)));
    },
    close() {
      for (const { controller } of running.values()) controller.abort();
      running.clear();
      watching.clear();
      unfollow?.();
      unfollow = null;
    },
  };
  return episodes;
}

/** The episodes of the tab `tab`. */
export function episodesOf(tab: TabState): Episodes {
  return tab.part(createEpisodes);
}

/** How many episodes are kept whole and their bytes (as recorded), and how many are part-way. */
export async function episodeUsage(): Promise<{ kept: number; partial: number; bytes: number }> {
  const records = await listEpisodes().catch(() => []);
  let kept = 0;
  let partialCount = 0;
  let bytes = 0;
  for (const r of records) {
    if (!r.download) continue;
    if (r.download.status === 'complete') kept++;
    else partialCount++;
    bytes += r.download.receivedBytes;
  }
  return { kept, partial: partialCount, bytes };
}
