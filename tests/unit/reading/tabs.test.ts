import { waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { author, makeArticle, resetDb } from '../storage/helpers';
import { freshPage } from '../support/fresh-page';
import { feedUrl } from '../../../src/shared/env';
import type { Attachment } from '../../../src/shared/model';
import { feed } from '../support/feed-builder';

// Two tabs of the app: two instances of its modules (vi.resetModules between the imports), each with its
// own BroadcastChannel, IndexedDB connection and tab state, over one (fake) device. What one tab stores,
// the other shows; what a stale tab writes never undoes what the other wrote.

/** What closing each opened tab takes (its module state, channel and connection). */
const closers: (() => Promise<void>)[] = [];

async function openTab() {
  vi.resetModules();
  const tabState = (await import('../../../src/shared/tab-state')).createTabState();
  const tab = {
    state: tabState,
    channel: await import('../../../src/shared/tab-channel'),
    db: await import('../../../src/storage/db'),
    savedList: (await import('../../../src/reading/saved-list')).savedListOf(tabState),
    savedStore: await import('../../../src/storage/saved-store'),
    position: (await import('../../../src/reading/reading-position')).readStatesOf(tabState),
    readStore: await import('../../../src/storage/read-state-store'),
    appearance: (await import('../../../src/reading/appearance')).appearanceOf(tabState),
    settings: await import('../../../src/storage/settings-store'),
    download: (await import('../../../src/reading/download')).downloadsOf(tabState),
    jobs: await import('../../../src/storage/download-job-store'),
    episodes: (await import('../../../src/reading/episodes')).episodesOf(tabState),
    episodeStore: await import('../../../src/storage/episode-store'),
    feedStore: await import('../../../src/storage/feed-store'),
    session: (await import('../../../src/session/feed-session')).createFeedSession({ feedUrl: feedUrl() }),
    otherTabs: await import('../../../src/session/other-tabs'),
  };
  closers.push(async () => {
    tab.session.close();
    tabState.close();
    tab.channel.closeTabChannel();
    await tab.db.closeDb();
  });
  return tab;
}

/** No network for images here: saving keeps the record, and says its images are not all cached. */
const noCaches = null;
const input = (n: number) => ({ article: makeArticle(n), authors: [author], tags: [] });

beforeEach(async () => {
  await freshPage();
  await resetDb();
});
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  vi.resetModules();
  vi.unstubAllGlobals();
  await resetDb();
});

describe('reading list', () => {
  test('a save in one tab shows in the other (its saved flags, which the button, badges and /saved read)', async () => {
    const a = await openTab();
    const b = await openTab();
    await b.savedList.load();
    expect(b.savedList.flags.get().get('id-1')).toBeUndefined();
    await a.savedList.saveArticle(input(1), 'reader', noCaches);
    await waitFor(() => expect(b.savedList.flags.get().get('id-1')).toEqual({ saved: true, imagesCached: false }), { timeout: 1000 });
  });

  test('a tab whose page was left (its tab state closed) follows the others no more', async () => {
    const a = await openTab();
    const b = await openTab();
    const c = await openTab();
    await Promise.all([b.savedList.load(), b.position.load(), c.savedList.load(), c.position.load()]);
    b.state.close();
    await a.savedList.saveArticle(input(1), 'reader', noCaches);
    await a.position.markRead('id-1');
    // C, still open, hears both: the messages went out, and reached every open tab by now.
    await waitFor(() => expect(c.savedList.flags.get().get('id-1')?.saved).toBe(true), { timeout: 1000 });
    await waitFor(() => expect(c.position.states.get().has('id-1')).toBe(true), { timeout: 1000 });
    expect(b.savedList.flags.get().has('id-1')).toBe(false);
    expect(b.position.states.get().has('id-1')).toBe(false);
  });

  test('a removal in one tab shows in the other', async () => {
    const a = await openTab();
    const b = await openTab();
    await a.savedList.saveArticle(input(1), 'reader', noCaches);
    await b.savedList.load();
    expect(b.savedList.flags.get().get('id-1')?.saved).toBe(true);
    await a.savedList.removeArticle('id-1', noCaches);
    await waitFor(() => expect(b.savedList.flags.get().get('id-1')).toBeUndefined(), { timeout: 1000 });
  });

  test('saving builds on the entry stored now: a stale tab keeps when it was first saved, and the reader\'s own save', async () => {
    const a = await openTab();
    const b = await openTab();
    const first = await a.savedList.saveArticle(input(1), 'reader', noCaches);
    // Tab B, which never read the list, saves the same article through "Download for offline".
    await b.savedList.saveArticle(input(1), 'download', noCaches);
    const stored = await a.savedStore.getSaved('id-1');
    expect(stored?.savedAt).toBe(first.savedAt);
    expect(stored?.via).toBe('reader');
  });

  test('a save whose images arrive after the other tab removed the article does not bring it back', async () => {
    const a = await openTab();
    const b = await openTab();
    // A's images arrive only when the test lets them.
    let arrive: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const kept = new Map<string, Response>();
    const cache = { match: async (u: string) => kept.get(u), put: async (u: string, r: Response) => void kept.set(u, r), delete: async (u: string) => kept.delete(u) };
    const deps = {
      caches: { open: async () => cache as unknown as Cache },
      fetch: (async () => (await arrived, new Response('img'))) as typeof fetch,
      origin: 'https://example.test',
    };
    const saving = a.savedList.saveArticle(input(1), 'reader', deps);
    await waitFor(async () => expect(await b.savedStore.getSaved('id-1')).toBeDefined());
    await b.savedList.removeArticle('id-1', noCaches);
    arrive();
    await saving;
    expect(await b.savedStore.getSaved('id-1')).toBeUndefined();
  });

  test('removing resolves with the entry it removed, read in the same transaction', async () => {
    const a = await openTab();
    await a.savedList.saveArticle(input(1), 'reader', noCaches);
    expect((await a.savedStore.deleteSaved('id-1'))?.id).toBe('id-1');
    expect(await a.savedStore.deleteSaved('id-1')).toBeUndefined();
  });
});

describe('read state and positions', () => {
  test('an article marked read in one tab is read in the other', async () => {
    const a = await openTab();
    const b = await openTab();
    await b.position.load();
    await a.position.markRead('id-1');
    // The cache every list reads (read marks, "Continue reading") has it, without a reload.
    await waitFor(() => expect(b.position.states.get().get('id-1')?.readAt).toEqual(expect.any(Number)), { timeout: 1000 });
  });

  test('a position kept in one tab is not lost when the other (stale) marks the article read', async () => {
    const a = await openTab();
    const b = await openTab();
    await b.position.load(); // B has nothing for id-1 in memory
    await a.position.savePosition('id-1', 0.5);
    await b.position.markRead('id-1');
    expect(await a.readStore.getReadState('id-1')).toMatchObject({ position: 0.5, readAt: expect.any(Number) });
  });
});

describe('appearance', () => {
  test('a change in one tab is applied in the other, and its settings panel reads it', async () => {
    const a = await openTab();
    const b = await openTab();
    b.appearance.follow();
    const before = b.appearance.current.get();
    a.appearance.save({ ...before, theme: 'dark', textSize: 'x-large' });
    // Both tabs share this jsdom document: B's own store shows it followed, and it applies it again.
    document.documentElement.removeAttribute('data-theme');
    await waitFor(() => expect(b.appearance.current.get()).toMatchObject({ theme: 'dark', textSize: 'x-large' }), { timeout: 1000 });
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  test('a message with unknown values is checked like stored ones', async () => {
    const b = await openTab();
    b.appearance.follow();
    const other = new BroadcastChannel(b.channel.TAB_CHANNEL);
    other.postMessage({ v: 1, topic: 'appearance', data: { theme: 'neon', textSize: 'large', lineWidth: 'wide', font: 'sans' } });
    await waitFor(() => expect(b.appearance.current.get()).toEqual({ theme: 'system', textSize: 'large', lineWidth: 'wide', font: 'sans' }), { timeout: 1000 });
    other.close();
  });
});

describe('settings', () => {
  test('a setting stored in one tab is announced to the other, which reads it', async () => {
    const a = await openTab();
    const b = await openTab();
    const heard: string[] = [];
    b.settings.onSettingChanged((key) => heard.push(key));
    await a.settings.setSetting('downloadCount', 12);
    await waitFor(() => expect(heard).toEqual(['downloadCount']), { timeout: 1000 });
    expect(await b.settings.getSetting('downloadCount')).toBe(12);
  });
});

describe('downloads', () => {
  test('the tab running a download announces its state; another tab shows it', async () => {
    const a = await openTab();
    const b = await openTab();
    await b.download.resume(b.session); // what every tab does at start: no job, but it now follows
    const other = new BroadcastChannel(a.channel.TAB_CHANNEL);
    const heard: unknown[] = [];
    other.onmessage = (e) => heard.push(e.data);
    a.download.cancel(); // a state change in A (no download there: it says cancelled)
    await waitFor(() => expect(b.download.state.get().status).toBe('cancelled'), { timeout: 1000 });
    expect(heard).toContainEqual({ v: 1, topic: 'download', data: expect.objectContaining({ status: 'cancelled' }) });
    other.close();
  });

  test('a progress report from the running tab shows here; Cancel here is sent to it', async () => {
    const b = await openTab();
    await b.download.resume(b.session);
    const other = new BroadcastChannel(b.channel.TAB_CHANNEL);
    const commands: unknown[] = [];
    other.onmessage = (e) => {
      if ((e.data as { topic?: string }).topic === 'downloadCommand') commands.push(e.data.data);
    };
    other.postMessage({ v: 1, topic: 'download', data: { status: 'running', done: 2, total: 5 } });
    await waitFor(() => expect(b.download.state.get()).toMatchObject({ status: 'running', done: 2, total: 5 }), { timeout: 1000 });
    b.download.cancel();
    await waitFor(() => expect(commands).toContainEqual({ command: 'cancel' }), { timeout: 1000 });
    other.close();
  });

  test('a tab that starts following asks the running tab where it is', async () => {
    const other = new BroadcastChannel('broadsheet');
    const commands: unknown[] = [];
    other.onmessage = (e) => commands.push(e.data);
    const b = await openTab();
    await b.download.resume(b.session);
    await waitFor(() => expect(commands).toContainEqual({ v: 1, topic: 'downloadCommand', data: { command: 'report' } }), { timeout: 1000 });
    other.close();
  });

  test('progress of a job cancelled in another tab is not recorded (the job does not come back)', async () => {
    const a = await openTab();
    const b = await openTab();
    const job = { id: 'current' as const, articleIds: ['id-1', 'id-2'], doneIds: [], total: 2, startedAt: 5, updatedAt: 5 };
    await a.jobs.putDownloadJob(job);
    expect(await a.jobs.putDownloadProgress({ ...job, doneIds: ['id-1'], updatedAt: 6 })).toBe(true);
    await b.jobs.clearDownloadJob();
    expect(await a.jobs.putDownloadProgress({ ...job, doneIds: ['id-1', 'id-2'], updatedAt: 7 })).toBe(false);
    expect(await b.jobs.getDownloadJob()).toBeUndefined();
  });
});

/**
 * A stand-in for Web Locks (jsdom has none), shared by the tabs as the browser's is: exclusive locks,
 * granted in the order asked; `closeHolder` lets go of a held lock as the browser does when its tab closes.
 */
class TabLocks {
  private held = new Map<string, () => void>();
  private queues = new Map<string, (() => void)[]>();
  request<T>(name: string, options: { ifAvailable?: boolean }, work: (lock: unknown) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const grant = () => {
        let done = false;
        const release = () => {
          if (done) return;
          done = true;
          this.held.delete(name);
          this.queues.get(name)?.shift()?.();
        };
        this.held.set(name, release);
        void Promise.resolve()
          .then(() => work({ name }))
          .then(
            (v) => (release(), resolve(v)),
            (e: unknown) => (release(), reject(e)),
          );
      };
      if (!this.held.has(name)) grant();
      else if (options.ifAvailable) work(null).then(resolve, reject);
      else this.queues.set(name, [...(this.queues.get(name) ?? []), grant]);
    });
  }
  isHeld(name: string): boolean {
    return this.held.has(name);
  }
  closeHolder(name: string): void {
    this.held.get(name)?.();
  }
}

describe('one tab leads the download (Web Locks)', () => {
  function installLocks(): TabLocks {
    const locks = new TabLocks();
    Object.defineProperty(navigator, 'locks', { configurable: true, value: locks });
    return locks;
  }
  /**
   * Tab A runs a download (holds the lock, its last article done, the job still stored); tab B opens
   * behind it.
   */
  async function tabBehindADownload() {
    const locks = installLocks();
    const a = await openTab();
    const job = { id: 'current' as const, articleIds: ['id-1'], doneIds: ['id-1'], total: 1, startedAt: 5, updatedAt: 5 };
    await a.jobs.putDownloadJob(job);
    void locks.request('broadsheet:download', {}, () => new Promise<never>(() => undefined));
    return { locks, b: await openTab() };
  }
  afterEach(() => {
    delete (navigator as { locks?: unknown }).locks;
  });

  test('a tab waits while another runs the download, and resumes the stored job when that tab closes', async () => {
    const { locks, b } = await tabBehindADownload();
    void b.download.resume(b.session); // what every tab does at start
    await new Promise((r) => setTimeout(r, 50));
    expect(b.download.state.get().status).toBe('idle');
    expect(await b.jobs.getDownloadJob()).toMatchObject({ startedAt: 5 });
    locks.closeHolder('broadsheet:download');
    await waitFor(() => expect(b.download.state.get()).toMatchObject({ status: 'done', done: 1, total: 1 }), { timeout: 1000 });
    expect(await b.jobs.getDownloadJob()).toBeUndefined();
  });

  test('a tab whose page was left while it waited for the download lock runs nothing when it is granted', async () => {
    const { locks, b } = await tabBehindADownload();
    const resumed = b.download.resume(b.session); // queued behind A's lock
    b.state.close();
    locks.closeHolder('broadsheet:download');
    await resumed;
    // The job is left for the next page load, untouched.
    expect(await b.jobs.getDownloadJob()).toMatchObject({ startedAt: 5, doneIds: ['id-1'] });
    expect(b.download.state.get().status).toBe('idle');
  });

  test('"Download" in a tab showing another\'s download starts nothing there; elsewhere it waits for the lock', async () => {
    const locks = installLocks();
    void locks.request('broadsheet:download', {}, () => new Promise<never>(() => undefined));
    const b = await openTab();
    b.download.follow(b.session);
    const other = new BroadcastChannel(b.channel.TAB_CHANNEL);
    other.postMessage({ v: 1, topic: 'download', data: { status: 'running', done: 1, total: 4 } });
    await waitFor(() => expect(b.download.state.get().status).toBe('running'), { timeout: 1000 });
    await b.download.start(b.session, 3); // returns at once
    expect(await b.jobs.getDownloadJob()).toBeUndefined();
    other.close();
  });

  test('a tab shown another\'s running download queues for the lock, to take over', async () => {
    const locks = installLocks();
    const b = await openTab();
    await b.download.resume(b.session); // at start: no job, the lock is let go at once
    expect(locks.isHeld('broadsheet:download')).toBe(false);
    // Then tab A starts a download.
    void locks.request('broadsheet:download', {}, () => new Promise<never>(() => undefined));
    const other = new BroadcastChannel(b.channel.TAB_CHANNEL);
    other.postMessage({ v: 1, topic: 'download', data: { status: 'running', done: 1, total: 4 } });
    await waitFor(() => expect(b.download.state.get().status).toBe('running'), { timeout: 1000 });
    // The holder closes before storing any job: B gets the lock, finds none, and stops showing a download.
    locks.closeHolder('broadsheet:download');
    await waitFor(() => expect(b.download.state.get().status).toBe('idle'), { timeout: 1000 });
    other.close();
  });
  test('a background refresh another tab is catching up is left to it', async () => {
    const locks = installLocks();
    const opened: string[] = [];
    vi.stubGlobal('caches', { open: async (name: string) => (opened.push(name), { match: async () => undefined }) });
    void locks.request('broadsheet:background-refresh', {}, () => new Promise<never>(() => undefined));
    const { catchUpBackgroundRefresh } = await import('../../../src/offline/background-refresh');
    const { session, tab } = await freshPage();
    await catchUpBackgroundRefresh(session, tab);
    expect(opened).toEqual([]); // it did not even look at the last run
    locks.closeHolder('broadsheet:background-refresh');
    await catchUpBackgroundRefresh(session, tab);
    expect(opened).toEqual(['broadsheet-background-refresh']);
  });

  test('an episode another tab is downloading is not downloaded here too', async () => {
    const locks = installLocks();
    const url = 'https://example.test/audio/3.mp3';
    void locks.request(`broadsheet:episode:${url}`, {}, () => new Promise<never>(() => undefined));
    const b = await openTab();
    let fetched = 0;
    vi.stubGlobal('fetch', async () => {
      fetched++;
      return new Response('audio');
    });
    const cache = { match: async () => undefined, put: async () => undefined, delete: async () => false, keys: async () => [] };
    vi.stubGlobal('caches', { open: async () => cache, delete: async () => true });
    await b.episodes.keepEpisode({ url, mimeType: 'audio/mpeg' } as Attachment, 'id-3').catch(() => undefined);
    expect(fetched).toBe(0);
  });
});

describe('episodes', () => {
  test('the state of an episode another tab downloads shows here, progress included', async () => {
    const b = await openTab();
    const url = 'https://example.test/audio/1.mp3';
    const shown = () => b.episodes.states.get().get(url);
    await b.episodes.loadState(url); // what the player does when it shows
    expect(shown()?.status).toBe('none');
    const other = new BroadcastChannel(b.channel.TAB_CHANNEL);
    other.postMessage({ v: 1, topic: 'episodeState', data: { url, state: { status: 'downloading', receivedBytes: 100, totalBytes: 400 } } });
    await waitFor(() => expect(shown()).toEqual({ status: 'downloading', receivedBytes: 100, totalBytes: 400 }), { timeout: 1000 });
    other.close();
  });

  test('an episode record stored in one tab is announced, and another tab showing it reads it again', async () => {
    const a = await openTab();
    const b = await openTab();
    const url = 'https://example.test/audio/2.mp3';
    const shown = () => b.episodes.states.get().get(url);
    await b.episodes.loadState(url); // what the player does when it shows
    expect(shown()?.status).toBe('none');
    await a.episodeStore.putEpisodeDownload(url, 'id-2', { status: 'complete', receivedBytes: 400, totalBytes: 400, parts: 0, contentType: 'audio/mpeg', updatedAt: 1 });
    await waitFor(() => expect(shown()).toEqual({ status: 'kept', receivedBytes: 400, totalBytes: 400 }), { timeout: 1000 });
  });
});

describe('feed copy', () => {
  test('a newer copy stored by one tab is merged into the other, as a background refresh is', async () => {
    // No network: the session's own refresh fails quietly; only the other tab's copy brings news.
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const f = feed().article({ id: 'one' });
    const b = await openTab();
    b.otherTabs.followOtherTabsFeed(b.session);
    await b.feedStore.saveStoredFeed({ model: f.model(), fetchedAt: 1_000, feedUrl: feedUrl() });
    await b.session.getFeed();
    expect(b.session.feedSource.get().fetchedAt).toBe(1_000);
    const a = await openTab();
    f.article({ id: 'two' });
    await a.feedStore.saveStoredFeed({ model: f.model(), fetchedAt: 2_000, feedUrl: feedUrl() });
    await waitFor(() => expect(b.session.peekFeed()?.articles.map((x) => x.id)).toContain('two'), { timeout: 1000 });
    expect(b.session.feedSource.get().fetchedAt).toBe(2_000);
  });

  test('an older copy never overwrites a newer one stored by another tab', async () => {
    const f = feed().article({ id: 'one' });
    const a = await openTab();
    expect(await a.feedStore.saveStoredFeed({ model: f.model(), fetchedAt: 2_000, feedUrl: '/feed.json' })).toBe(true);
    const b = await openTab();
    f.article({ id: 'stale' });
    expect(await b.feedStore.saveStoredFeed({ model: f.model(), fetchedAt: 1_000, feedUrl: '/feed.json' })).toBe(false);
    expect((await a.feedStore.loadStoredFeed())?.fetchedAt).toBe(2_000);
  });
});
