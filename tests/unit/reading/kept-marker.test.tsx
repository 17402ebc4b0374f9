import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ClearedNotice, clearedText } from '../../../src/reading/cleared-notice';
import {
  askToKeep,
  keptMarkerCookie,
  KEPT_COOKIE,
  KEPT_MAX_AGE,
  keptMarkerOf,
  parseKeptMarker,
  PERSIST_ASKED_KEY,
  vanishedCount,
  type KeptDeps,
} from '../../../src/reading/kept-marker';
import type { CacheDeps } from '../../../src/reading/saved-images';
import { savedListOf } from '../../../src/reading/saved-list';
import { author, makeArticle, resetDb } from '../storage/helpers';
import { freshPage, inTab, type Page } from '../support/fresh-page';

// The eviction marker: a cookie recording how many articles the reading list held, read at start to
// tell the reader, once, that the browser cleared them; and persistent storage asked again after that.

function clearCookie() {
  document.cookie = `${KEPT_COOKIE}=; Max-Age=0; Path=/`;
}

let page: Page;
/** The eviction marker of the running test's page. */
const marker = () => keptMarkerOf(page.tab);
beforeEach(async () => {
  clearCookie();
  localStorage.clear();
  page = await freshPage();
  await resetDb();
});
afterEach(async () => {
  clearCookie();
  localStorage.clear();
  await resetDb();
});

/** A StorageManager stand-in that counts persist() calls and never grants. */
function fakeStorage(persisted = false) {
  const calls = { persist: 0 };
  return {
    calls,
    storage: {
      persist: async () => {
        calls.persist++;
        return false;
      },
      persisted: async () => persisted,
    },
  };
}

/** Deps over a cookie string held here, a reading list of `count` records and a fake StorageManager. */
function fakeDeps(cookie: string, count: number | Error, opts: { persisted?: boolean } = {}) {
  const jar = { cookie, written: [] as string[] };
  const { calls, storage } = fakeStorage(opts.persisted);
  const store = new Map<string, string>();
  const deps: KeptDeps = {
    getCookies: () => jar.cookie,
    setCookie: (c) => {
      jar.written.push(c);
      const value = /^[^=]+=([^;]*)/.exec(c)?.[1] ?? '';
      jar.cookie = /Max-Age=0/.test(c) ? '' : `${KEPT_COOKIE}=${value}`;
    },
    secure: false,
    countSaved: async () => {
      if (count instanceof Error) throw count;
      return count;
    },
    storage,
    local: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) },
  };
  return { deps, jar, calls, store };
}

function fakeCaches(): CacheDeps {
  const map = new Map<string, Response>();
  return {
    caches: {
      open: async () =>
        ({
          match: async (url: string) => map.get(url),
          put: async (url: string, res: Response) => void map.set(url, res),
          delete: async (url: string) => map.delete(url),
        }) as unknown as Cache,
    },
    fetch: (async () => new Response('img')) as typeof fetch,
    origin: 'https://example.test',
  };
}

describe('the cookie', () => {
  test('is read among other cookies, with or without spaces', () => {
    expect(parseKeptMarker('a=1; broadsheet-kept=1.3; b=2')).toEqual({ version: 1, count: 3 });
    expect(parseKeptMarker('broadsheet-kept=1.12')).toEqual({ version: 1, count: 12 });
    expect(parseKeptMarker('x=y;broadsheet-kept= 1.2 ')).toEqual({ version: 1, count: 2 });
  });

  test('absent, malformed or of another version reads as no marker', () => {
    expect(parseKeptMarker('')).toBeNull();
    expect(parseKeptMarker('other-broadsheet-kept=1.3; broadsheet-kept2=1.4')).toBeNull();
    expect(parseKeptMarker('broadsheet-kept=3')).toBeNull();
    expect(parseKeptMarker('broadsheet-kept=1.-2')).toBeNull();
    expect(parseKeptMarker('broadsheet-kept=1.3x')).toBeNull();
    expect(parseKeptMarker('broadsheet-kept=2.3')).toBeNull();
  });

  test('is written with a count only, Lax, for the whole site, about 400 days, Secure on https', () => {
    expect(keptMarkerCookie(4, { secure: false })).toBe(`broadsheet-kept=1.4; Max-Age=${KEPT_MAX_AGE}; Path=/; SameSite=Lax`);
    expect(KEPT_MAX_AGE).toBe(34_560_000);
    expect(keptMarkerCookie(4, { secure: true })).toMatch(/; Secure$/);
  });

  test('a count of 0 deletes it', () => {
    expect(keptMarkerCookie(0, { secure: false })).toMatch(/^broadsheet-kept=; Max-Age=0;/);
  });

  test('round-trips through document.cookie', () => {
    document.cookie = keptMarkerCookie(7, { secure: false });
    expect(parseKeptMarker(document.cookie)).toEqual({ version: 1, count: 7 });
    document.cookie = keptMarkerCookie(0, { secure: false });
    expect(parseKeptMarker(document.cookie)).toBeNull();
  });
});

describe('telling that the reading list vanished', () => {
  test('only an empty list beside a marker counting articles is a loss', () => {
    expect(vanishedCount({ version: 1, count: 3 }, 0)).toBe(3);
    expect(vanishedCount({ version: 1, count: 3 }, 1)).toBe(0);
    expect(vanishedCount({ version: 1, count: 0 }, 0)).toBe(0);
    expect(vanishedCount(null, 0)).toBe(0);
  });

  test('said once: the cookie is brought in line at once, so the next page says nothing', async () => {
    const { deps, jar } = fakeDeps('broadsheet-kept=1.3', 0);
    expect(await marker().checkVanished(deps)).toBe(3);
    expect(await marker().checkVanished(deps)).toBe(3); // the same page asks again: the same answer, no new check
    expect(jar.written).toHaveLength(1);
    expect(parseKeptMarker(jar.cookie)).toBeNull();
    page = await freshPage(); // the next page load
    expect(await marker().checkVanished(deps)).toBe(0);
  });

  test('a list still there renews the cookie with its count and says nothing', async () => {
    const { deps, jar } = fakeDeps('broadsheet-kept=1.3', 2);
    expect(await marker().checkVanished(deps)).toBe(0);
    expect(jar.written).toEqual([keptMarkerCookie(2, { secure: false })]);
  });

  test('storage that cannot be opened says nothing and leaves the cookie as it was', async () => {
    const { deps, jar } = fakeDeps('broadsheet-kept=1.3', new Error('refused'));
    expect(await marker().checkVanished(deps)).toBe(0);
    expect(jar.written).toEqual([]);
    expect(jar.cookie).toBe('broadsheet-kept=1.3');
  });

  test('with the real reading list: saves and removals keep the cookie in step; a cleared database is told once', async () => {
    const deps = fakeCaches();
    await savedListOf(page.tab).saveArticle({ article: makeArticle(1), authors: [author], tags: [] }, 'reader', deps);
    await savedListOf(page.tab).saveArticle({ article: makeArticle(2), authors: [author], tags: [] }, 'reader', deps);
    await waitFor(() => expect(parseKeptMarker(document.cookie)?.count).toBe(2));
    await savedListOf(page.tab).removeArticle('id-1', deps);
    await waitFor(() => expect(parseKeptMarker(document.cookie)?.count).toBe(1));
    await savedListOf(page.tab).saveArticle({ article: makeArticle(3), authors: [author], tags: [] }, 'reader', deps);
    await waitFor(() => expect(parseKeptMarker(document.cookie)?.count).toBe(2));

    // The browser clears the origin's storage (not its cookies); the reader comes back.
    await resetDb();
    page = await freshPage();
    expect(await marker().checkVanished()).toBe(2);
    page = await freshPage();
    expect(await marker().checkVanished()).toBe(0);
  });

  test('writes are queued: a slow count cannot overwrite a later one', async () => {
    const { deps, jar } = fakeDeps('', 0);
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    let n = 0;
    deps.countSaved = async () => {
      const mine = ++n;
      if (mine === 1) await slow;
      return mine;
    };
    const first = marker().changed({ saved: false }, deps);
    const second = marker().changed({ saved: false }, deps);
    release();
    await Promise.all([first, second]);
    expect(parseKeptMarker(jar.cookie)?.count).toBe(2);
  });
});

describe('asking for persistent storage', () => {
  test('the first save asks, later saves do not, and after the storage is cleared the next save asks again', async () => {
    const { deps, calls, store } = fakeDeps('', 1);
    await marker().changed({ saved: true }, deps);
    expect(calls.persist).toBe(1);
    await marker().changed({ saved: true }, deps);
    await marker().changed({ saved: false }, deps);
    expect(calls.persist).toBe(1);
    expect(store.has(PERSIST_ASKED_KEY)).toBe(true);
    store.clear(); // the browser cleared localStorage with the rest
    await marker().changed({ saved: true }, deps);
    expect(calls.persist).toBe(2);
  });

  test('storage already persistent is not asked again; no StorageManager asks nothing', async () => {
    const { deps, calls } = fakeDeps('', 1, { persisted: true });
    expect(await askToKeep(deps)).toBe(true);
    expect(calls.persist).toBe(0);
    expect(await askToKeep({ storage: undefined, local: undefined })).toBe(false);
  });

  test('a StorageManager with persist() but no persisted(): it asks once, as for any other', async () => {
    let asked = 0;
    const store = new Map<string, string>();
    const deps = {
      storage: { persist: async () => (asked++, false) },
      local: {
        getItem: (k: string) => store.get(k) ?? null,
        setItem: (k: string, v: string) => void store.set(k, v),
      },
    };
    expect(await askToKeep(deps)).toBe(false);
    expect(await askToKeep(deps)).toBe(false);
    expect(asked).toBe(1);
  });

  test('a save with a StorageManager that cannot be asked (no persist()) asks nothing and saves', async () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'storage');
    Object.defineProperty(navigator, 'storage', { value: { estimate: async () => ({}) }, configurable: true });
    try {
      const input = { article: makeArticle(1), authors: [author], tags: [] };
      await savedListOf(page.tab).saveArticle(input, 'reader', fakeCaches());
      await waitFor(() => expect(document.cookie).toContain(`${KEPT_COOKIE}=1.1`));
      expect(localStorage.getItem(PERSIST_ASKED_KEY)).toBeNull();
    } finally {
      if (original) Object.defineProperty(navigator, 'storage', original);
      else delete (navigator as { storage?: unknown }).storage;
    }
  });

  test('a save through the reading list asks the browser', async () => {
    const { calls, storage } = fakeStorage();
    const original = Object.getOwnPropertyDescriptor(navigator, 'storage');
    Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
    try {
      await savedListOf(page.tab).saveArticle({ article: makeArticle(1), authors: [author], tags: [] }, 'reader', fakeCaches());
      await waitFor(() => expect(calls.persist).toBe(1));
      expect(localStorage.getItem(PERSIST_ASKED_KEY)).not.toBeNull();
    } finally {
      if (original) Object.defineProperty(navigator, 'storage', original);
      else delete (navigator as { storage?: unknown }).storage;
    }
  });
});

describe('the notice', () => {
  test('says how many were cleared, in words, and goes when dismissed', async () => {
    document.cookie = keptMarkerCookie(3, { secure: false });
    render(<ClearedNotice />, { wrapper: inTab(page.tab) });
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent(clearedText(3));
    expect(clearedText(3)).toBe('Your browser cleared the 3 articles you had saved for offline. Save them again to read them offline.');
    expect(clearedText(1)).toBe('Your browser cleared the article you had saved for offline. Save it again to read it offline.');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  test('says nothing when nothing was kept before', async () => {
    render(<ClearedNotice />, { wrapper: inTab(page.tab) });
    expect(await marker().checkVanished()).toBe(0);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
