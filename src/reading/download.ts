import { authorsOf, indexFeed, tagsOf } from '../session/feed-index';
import type { FeedSession } from '../session/feed-session';
import { findInFeed } from '../session/find-in-feed';
import type { FeedModel } from '../shared/model';
import { createStore, type ReadableStore } from '../shared/store';
import type { DownloadJob } from '../storage/db';
import { clearDownloadJob, getDownloadJob, putDownloadJob, putDownloadProgress } from '../storage/download-job-store';
import { announce, onTabMessage } from '../shared/tab-channel';
import { hasTabLocks, TAB_LOCKS, withTabLock } from '../shared/tab-lock';
import type { TabPart, TabState } from '../shared/tab-state';
import { isStorageError } from '../storage/errors';
import { getSaved } from '../storage/saved-store';
import { getSetting } from '../storage/settings-store';
import { imageHostsOf, OPAQUE_QUOTA_BYTES, OPAQUE_WARN_BYTES, type ImageHosts } from './cors-images';
import { playableEpisode } from './playable';
import { articleImageUrls } from './saved-images';
import { savedListOf } from './saved-list';

/**
 * "Download for offline": save the latest N articles with their images (and their podcast episodes,
 * when the reader turned that on: they are large, so it is off by default). The job (which ids, which are
 * done) is kept in IndexedDB after every article, so closing the app pauses it and the next start
 * resumes it (resume). Cancelling stops it and forgets the job; what was saved stays saved.
 *
 * Several tabs: one runs the download, holding the Web Lock TAB_LOCKS.download, and announces its state;
 * the others show that state (their Cancel and "Download anyway" are sent to it) and wait for the lock,
 * so when the running tab closes, one of them gets it and resumes the stored job.
 */

declare module '../shared/tab-channel' {
  interface TabTopics {
    /** The state of the download, from the tab running it. */
    download: DownloadState;
    /** Asked of the tab running the download by another: stop, go on after the question, or say where it is. */
    downloadCommand: { command: 'cancel' | 'confirm' | 'report' };
  }
}

type DownloadStatus = 'idle' | 'preparing' | 'confirm' | 'running' | 'done' | 'cancelled' | 'paused' | 'error';

const ACTIVE: readonly DownloadStatus[] = ['preparing', 'confirm', 'running'];

/** What a download would store as opaque entries (images on hosts without CORS), before it starts. */
export interface OpaqueEstimate {
  images: number;
  /** Their hosts, as shown to the reader. */
  hosts: string[];
  /** What the browser would count them as: images x OPAQUE_QUOTA_BYTES. */
  bytes: number;
  /** Quota left to this origin, when the browser says. */
  quotaLeft?: number;
}

export interface DownloadState {
  status: DownloadStatus;
  done: number;
  total: number;
  message?: string;
  /** Opaque images this download has stored so far (each counted as about 7 MB by Chrome). */
  opaque?: number;
  /** Set while status is 'confirm': why the reader is asked first. */
  estimate?: OpaqueEstimate;
}

interface NetworkInformationLike {
  type?: string;
}

/** The connection type when the browser reports one ("wifi", "cellular"...), else undefined. */
export function connectionType(): string | undefined {
  return (navigator as Navigator & { connection?: NetworkInformationLike }).connection?.type;
}

async function wifiBlocked(): Promise<boolean> {
  const type = connectionType();
  if (!type || type === 'wifi' || type === 'ethernet') return false;
  return getSetting('downloadWifiOnly');
}

/** Episodes taken along by one run: how many were kept, failed, and whether a full device stopped them. */
interface EpisodeTally {
  on: boolean;
  kept: number;
  failed: number;
  /** The quota message once the device is full: no further episode is tried, articles still are. */
  full?: string;
}

/** What a finished run says about episodes ('' when it took none along). */
function episodeSummary(t: EpisodeTally): string {
  if (!t.on) return '';
  const parts: string[] = [];
  if (t.kept) parts.push(` ${t.kept === 1 ? '1 episode' : `${t.kept} episodes`} kept.`);
  if (t.failed) parts.push(` ${t.failed === 1 ? '1 episode' : `${t.failed} episodes`} could not be downloaded.`);
  if (t.full) parts.push(' No more episodes were kept: there is no room left on this device for them. The articles and their images were saved.');
  return parts.join('');
}

/**
 * What saving `ids` would store as opaque entries: the images of the articles not saved yet that
 * are on hosts without CORS (each host unknown so far is tried with one image).
 */
async function estimateOpaque(model: FeedModel, ids: string[], hosts: ImageHosts): Promise<OpaqueEstimate | null> {
  if (typeof caches === 'undefined') return null;
  const index = indexFeed(model);
  const urls: string[] = [];
  for (const id of ids) {
    if ((await getSaved(id).catch(() => undefined))?.imagesCached) continue;
    const article = index.articleById.get(id);
    // The same list saving caches (saved-list.ts).
    if (article) urls.push(...(await articleImageUrls(article, authorsOf(index, article))));
  }
  const found = await hosts.opaqueToBe(urls, { fetch: globalThis.fetch.bind(globalThis), origin: window.location.origin, caches });
  const estimate: OpaqueEstimate = { images: found.urls.length, hosts: found.hosts, bytes: found.urls.length * OPAQUE_QUOTA_BYTES };
  const storage = await navigator.storage?.estimate?.().catch(() => undefined);
  if (storage?.quota !== undefined) estimate.quotaLeft = Math.max(0, storage.quota - (storage.usage ?? 0));
  return estimate;
}

/** The download in one tab: its state, run here or shown from the tab that runs it. */
export interface Downloads extends TabPart {
  /** The download's current state. */
  state: ReadableStore<DownloadState>;
  /** Starts a new download of the latest `count` articles of `session`'s feed (the setting when omitted), unless another tab runs one. */
  start(session: FeedSession, count?: number): Promise<void>;
  /** Shows the download other tabs run (the download control calls it when it shows). */
  follow(session: FeedSession): void;
  /**
   * Continues an unfinished download left by an earlier visit, or by a tab that closed; does nothing when
   * there is none. While another tab runs the download this waits for it (its lock) and then looks again.
   */
  resume(session: FeedSession): Promise<void>;
  /** Stops the download (or declines it while it asks); articles already saved stay saved. */
  cancel(): void;
  /** Goes on with a download that asked first (status 'confirm'). */
  confirm(): void;
}

function createDownloads(tab: TabState): Downloads {
  const tabSaved = savedListOf(tab);
  const hosts = imageHostsOf(tab);
  const state = createStore<DownloadState>({ status: 'idle', done: 0, total: 0 });
  let controller: AbortController | null = null;
  /** hosts.opaqueSavedCount() when the running download began: the difference is this download's. */
  let opaqueBase = 0;
  /** Answers the 'confirm' question: true to go on. */
  let answer: ((go: boolean) => void) | null = null;

  /** Sets and announces this tab's download state. */
  function set(next: DownloadState) {
    const value = { ...next, opaque: hosts.opaqueSavedCount() - opaqueBase };
    state.set(value);
    announce('download', value);
  }

  /** True while a request for the download lock is queued in this tab (it takes over when it is granted). */
  let waiting = false;
  /** True while a start asked for here waits for the lock. */
  let starting = false;
  let unfollow: (() => void) | null = null;
  /** Set by close(): a lock granted after it starts nothing. */
  let closed = false;

  /** Shows the download other tabs run, and answers their commands when this tab runs it. */
  function followOtherTabs(session: FeedSession): void {
    if (unfollow) return;
    const offs = [
      onTabMessage('download', (theirs) => {
        if (controller) return; // this tab runs the download: its own state is the truth
        state.set(theirs);
        // Queued for the lock, this tab takes over if that one closes (without Web Locks, nothing would wait).
        if (ACTIVE.includes(theirs.status) && hasTabLocks()) void resumeDownload(session);
      }),
      onTabMessage('downloadCommand', ({ command }) => {
        if (!controller) return;
        if (command === 'cancel') cancelDownload();
        else if (command === 'confirm') confirmDownload();
        else announce('download', state.get());
      }),
    ];
    unfollow = () => offs.forEach((off) => off());
    // A tab opened during another's download shows its progress at once, not at its next article.
    announce('downloadCommand', { command: 'report' });
  }

  async function startDownload(session: FeedSession, count?: number): Promise<void> {
    followOtherTabs(session);
    // Another tab runs a download: its progress shows here (followOtherTabs), and this one waits its turn.
    if (controller || starting || ACTIVE.includes(state.get().status)) return;
    starting = true;
    try {
      // Waited for, not ifAvailable: another tab may hold the lock a moment to look for a job to resume.
      await withTabLock(TAB_LOCKS.download, {}, () => {
        starting = false;
        return startHere(session, count);
      });
    } finally {
      starting = false;
    }
  }

  async function startHere(session: FeedSession, count?: number): Promise<void> {
    if (controller || closed) return;
    if (await wifiBlocked()) {
      set({ status: 'paused', done: 0, total: 0, message: 'Waiting for Wi-Fi: "Only on Wi-Fi" is on and this connection is not Wi-Fi.' });
      return;
    }
    const mine = new AbortController();
    controller = mine;
    const signal = mine.signal;
    const n = count ?? (await getSetting('downloadCount'));
    set({ status: 'preparing', done: 0, total: n });
    try {
      let model = await session.getFeed();
      while (model.articles.length < n && session.hasMorePages(model) && !signal.aborted) model = await session.loadNextPage();
      const ids = model.articles.slice(0, n).map((a) => a.id);
      opaqueBase = hosts.opaqueSavedCount();
      const estimate = await estimateOpaque(model, ids, hosts).catch(() => null);
      if (signal.aborted) return;
      if (estimate && (estimate.bytes >= OPAQUE_WARN_BYTES || (estimate.quotaLeft !== undefined && estimate.bytes > estimate.quotaLeft))) {
        const go = await new Promise<boolean>((resolve) => {
          answer = resolve;
          set({ status: 'confirm', done: 0, total: ids.length, estimate });
        });
        answer = null;
        if (!go || signal.aborted) return;
      }
      const now = Date.now();
      const job: DownloadJob = { id: 'current', articleIds: ids, doneIds: [], total: ids.length, startedAt: now, updatedAt: now };
      await putDownloadJob(job);
      await run(session, job, signal);
    } catch (e) {
      fail(e);
    } finally {
      if (controller === mine) controller = null; // a reset or a new start may have replaced it
    }
  }

  async function resumeDownload(session: FeedSession): Promise<void> {
    followOtherTabs(session);
    if (controller || waiting) return;
    waiting = true;
    try {
      await withTabLock(TAB_LOCKS.download, {}, async () => {
        waiting = false;
        await resumeHere(session);
      });
    } finally {
      waiting = false;
    }
  }

  async function resumeHere(session: FeedSession): Promise<void> {
    if (controller || closed) return;
    const job = await getDownloadJob().catch(() => undefined);
    if (!job) {
      // The tab whose progress this one showed closed before it stored a job: nothing runs any more.
      if (ACTIVE.includes(state.get().status) && hasTabLocks()) set({ status: 'idle', done: 0, total: 0 });
      return;
    }
    if (!navigator.onLine || (await wifiBlocked())) {
      set({ status: 'paused', done: job.doneIds.length, total: job.total, message: 'Download paused: it continues when you are back on the network.' });
      window.addEventListener('online', () => void resumeDownload(session), { once: true });
      return;
    }
    const mine = new AbortController();
    controller = mine;
    opaqueBase = hosts.opaqueSavedCount();
    try {
      await run(session, job, mine.signal);
    } catch (e) {
      fail(e);
    } finally {
      if (controller === mine) controller = null;
    }
  }

  function cancelDownload(): void {
    const current = state.get();
    const asking = current.status === 'confirm';
    if (!controller) announce('downloadCommand', { command: 'cancel' }); // another tab may be running it
    controller?.abort();
    controller = null;
    answer?.(false);
    void clearDownloadJob().catch(() => undefined);
    set({ ...current, status: 'cancelled', message: asking ? 'Download cancelled: nothing was saved.' : `Download cancelled: ${current.done} of ${current.total} saved.` });
  }

  function confirmDownload(): void {
    if (answer) answer(true);
    else announce('downloadCommand', { command: 'confirm' }); // the question was another tab's
  }

  function fail(e: unknown) {
    const { done, total } = state.get();
    // A full device: say how far it got, since what it saved stays saved.
    const full = isStorageError(e) && e.kind === 'quota' ? `There is no room left on this device: the download stopped with ${done} of ${total} articles saved. Nothing already saved was lost; remove some saved articles or free up space, then try again.` : null;
    const message = full ?? (isStorageError(e) ? e.message : e instanceof Error ? `The download stopped: ${e.message}` : 'The download stopped.');
    set({ ...state.get(), status: 'error', message });
  }

  /** Keeps the episode of saved article `id`, if it has one; a full device stops episodes, not articles. */
  async function keepEpisodeOf(id: string, signal: AbortSignal, tally: EpisodeTally): Promise<void> {
    if (!tally.on || tally.full || signal.aborted) return;
    const article = (await getSaved(id).catch(() => undefined))?.article;
    const episode = article ? playableEpisode(article.attachments) : undefined;
    if (!article || !episode) return;
    try {
      // The episodes' module comes with the first episode to keep, not with the download's control.
      const { episodesOf } = await import('./episodes');
      await episodesOf(tab).keepEpisode(episode, article.id, signal);
      if (!signal.aborted) tally.kept++;
    } catch (e) {
      if (isStorageError(e) && e.kind === 'quota') tally.full = e.message;
      else tally.failed++;
    }
  }

  async function run(session: FeedSession, job: DownloadJob, signal: AbortSignal): Promise<void> {
    const done = new Set(job.doneIds);
    const episodes: EpisodeTally = { on: await getSetting('downloadEpisodes'), kept: 0, failed: 0 };
    let failed = 0;
    set({ status: 'running', done: done.size, total: job.total });
    for (const id of job.articleIds) {
      if (signal.aborted) return;
      if (done.has(id)) continue;
      if (!navigator.onLine) {
        set({ ...state.get(), status: 'paused', message: 'Download paused: it continues when you are back on the network.' });
        window.addEventListener('online', () => void resumeDownload(session), { once: true });
        return;
      }
      const existing = await getSaved(id).catch(() => undefined);
      if (!existing?.imagesCached) {
        const { index, found } = await findInFeed(session, (ix) => ix.articleById.get(id));
        // An article that left the feed since the job started is skipped, not an error.
        try {
          if (found) await tabSaved.saveArticle({ article: found, authors: authorsOf(index, found), tags: tagsOf(index, found) }, 'download');
        } catch (e) {
          // A full device stops the job (every next article would fail the same way); anything else
          // is that one article's problem: it is counted, and the others are still saved.
          if (isStorageError(e) && e.kind === 'quota') throw e;
          failed++;
        }
      }
      if (signal.aborted) return;
      await keepEpisodeOf(id, signal, episodes);
      if (signal.aborted) return;
      done.add(id);
      job.doneIds = [...done];
      job.updatedAt = Date.now();
      // False when the job was cancelled (or replaced) in another tab meanwhile: it is not brought back.
      if (!(await putDownloadProgress(job))) return;
      set({ status: 'running', done: done.size, total: job.total });
    }
    await clearDownloadJob();
    const saved = done.size - failed;
    const skipped = failed ? ` ${failed === 1 ? '1 article' : `${failed} articles`} could not be saved.` : '';
    set({ status: 'done', done: done.size, total: job.total, message: `${saved} of ${job.total} articles are available offline.${skipped}${episodeSummary(episodes)}` });
  }

  return {
    state,
    start: startDownload,
    follow: followOtherTabs,
    resume: resumeDownload,
    cancel: cancelDownload,
    confirm: confirmDownload,
    close() {
      // The stored job stays: the next page load resumes it.
      closed = true;
      controller?.abort();
      controller = null;
      answer?.(false);
      answer = null;
      unfollow?.();
      unfollow = null;
    },
  };
}

/** The download of the tab `tab`. */
export function downloadsOf(tab: TabState): Downloads {
  return tab.part(createDownloads);
}
