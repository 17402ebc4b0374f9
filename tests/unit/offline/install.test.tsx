import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { InstallOfferBanner } from '../../../src/app/install-offer-banner';
import { holdInstallEvents, type InstallChoice } from '../../../src/offline/install-capture';
import { installOf, type InstallEnv } from '../../../src/offline/install';
import { savedListOf } from '../../../src/reading/saved-list';
import { InstallPanel } from '../../../src/routes/settings/install-panel';
import { TabStateProvider } from '../../../src/shared/tab-state';
import { countVisit, readInstallMarks } from '../../../src/storage/install-store';
import { putSaved } from '../../../src/storage/saved-store';
import { author, makeArticle, resetDb } from '../storage/helpers';
import { freshPage, inTab, type Page } from '../support/fresh-page';

// The install offer in a page: Chromium's prompt (a synthetic beforeinstallprompt on window), the
// visits counted on the (fake) device, dismissal, the iOS hint, and nothing at all in the installed app.

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ' +
  'Version/17.4 Mobile/15E148 Safari/604.1';
const CHROME_DESKTOP =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const FIREFOX_DESKTOP = 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0';

/** A MediaQueryList for display-mode standalone that the test switches. */
class FakeQuery extends EventTarget {
  constructor(public matches: boolean) {
    super();
  }
  readonly media = '(display-mode: standalone)';
  /** The page turns into the installed app's window (or back). */
  flip(matches: boolean) {
    this.matches = matches;
    this.dispatchEvent(new Event('change'));
  }
}

interface EnvOptions {
  ua?: string;
  touch?: number;
  standalone?: boolean;
  iosStandalone?: boolean;
  /** No matchMedia at all (an old browser). */
  noMatchMedia?: boolean;
}

/** The page's browser: events on the real window; user agent and display mode are the test's. */
function fakeEnv(opts: EnvOptions = {}) {
  const query = new FakeQuery(opts.standalone ?? false);
  const queries: string[] = [];
  const env: InstallEnv = {
    target: window,
    matchMedia: opts.noMatchMedia
      ? undefined
      : (q) => {
          queries.push(q);
          return query as unknown as MediaQueryList;
        },
    userAgent: opts.ua ?? CHROME_DESKTOP,
    maxTouchPoints: opts.touch ?? 0,
    iosStandalone: opts.iosStandalone,
  };
  return { env, query, queries };
}

/** A synthetic beforeinstallprompt: prompt() is counted, and the test answers the dialog. */
function promptEvent() {
  let answer: (choice: InstallChoice) => void = () => undefined;
  const userChoice = new Promise<InstallChoice>((resolve) => {
    answer = resolve;
  });
  const prompt = vi.fn(async () => undefined);
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt, userChoice });
  return { event, prompt, answer: (outcome: InstallChoice['outcome']) => answer({ outcome, platform: 'web' }) };
}

let page: Page;
beforeEach(async () => {
  page = await freshPage();
  await resetDb();
});
afterEach(async () => {
  page.tab.close(); // its listeners on window go with it
  await resetDb();
});

/** A new page load on the same device; nothing of the last page's memory is left. */
async function nextPage(): Promise<Page> {
  page = await freshPage();
  return page;
}

/**
 * Starts the install side of the running page as the app does (counting the visit) and waits until the
 * visit is counted; `live` also takes the page over.
 */
async function startPage(opts: EnvOptions & { live?: boolean } = {}) {
  const fake = fakeEnv(opts);
  const install = installOf(page.tab);
  install.start(undefined, fake.env);
  await waitFor(() => expect(install.current.get().visits).toBeGreaterThan(0));
  if (opts.live !== false) act(() => install.goLive());
  return { install, ...fake };
}

/** Pages loaded (and left) before the running one, each counting its visit. */
async function earlierVisits(n: number) {
  for (let i = 0; i < n; i++) await countVisit();
}

/** The layout's <main>, where focus goes when the banner goes from under it. */
const addMain = () =>
  document.body.appendChild(Object.assign(document.createElement('main'), { id: 'main', tabIndex: -1 }));

/** The reader saves an article on this page (no images to keep). */
const saveOne = () =>
  savedListOf(page.tab)
    .saveArticle({ article: makeArticle(1), authors: [author], tags: [] }, 'reader', null)
    .then(() => undefined);

const renderBanner = () => render(<InstallOfferBanner />, { wrapper: inTab(page.tab) });
const installRegion = () => screen.queryByRole('region', { name: 'Install Broadsheet' });
const hintRegion = () => screen.queryByRole('region', { name: 'Add Broadsheet to your Home Screen' });

describe('capturing the prompt', () => {
  test('a prompt sent before the app starts is held, its mini-infobar prevented, and handed over', () => {
    const held = holdInstallEvents(window);
    const { event } = promptEvent();
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    const install = installOf(page.tab);
    expect(install.current.get().promptAvailable).toBe(false);
    install.start(held, fakeEnv().env);
    expect(install.current.get().promptAvailable).toBe(true);
  });

  test('after the hand-over the app listens itself, and the early listener is gone', async () => {
    const held = holdInstallEvents(window);
    installOf(page.tab).start(held, fakeEnv().env);
    // Released: the hold keeps nothing that comes later.
    const { event } = promptEvent();
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(held.release().prompt).toBeNull();
    expect(installOf(page.tab).current.get().promptAvailable).toBe(true);
  });

  test('an appinstalled before the app started counts as installed from this page', () => {
    const held = holdInstallEvents(window);
    window.dispatchEvent(promptEvent().event);
    window.dispatchEvent(new Event('appinstalled'));
    const install = installOf(page.tab);
    install.start(held, fakeEnv().env);
    expect(install.current.get()).toMatchObject({ installedHere: true, promptAvailable: false });
  });

  test('an event without prompt() or userChoice is not taken for a prompt', () => {
    installOf(page.tab).start(undefined, fakeEnv().env);
    const bare = new Event('beforeinstallprompt', { cancelable: true });
    window.dispatchEvent(bare);
    expect(bare.defaultPrevented).toBe(false);
    expect(installOf(page.tab).current.get().promptAvailable).toBe(false);
  });
});

describe('visits', () => {
  test('one per page load, however many times the app asks to start', async () => {
    const { install } = await startPage();
    install.start(undefined, fakeEnv().env);
    installOf(page.tab).start(undefined, fakeEnv().env);
    expect(install.current.get().visits).toBe(1);
    await nextPage();
    const second = (await startPage()).install;
    expect(second.current.get().visits).toBe(2);
    await nextPage();
    expect((await startPage()).install.current.get().visits).toBe(3);
    // What the device holds: three page loads, no more.
    expect(await countVisit()).toBe(4);
  });

  test('where storage is refused nothing is counted, and nothing fails', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      const install = installOf(page.tab);
      install.start(undefined, fakeEnv().env);
      await expect(countVisit()).rejects.toThrow(/not letting Broadsheet store data/);
      expect(install.current.get().visits).toBe(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('the banner, where the browser hands over its prompt', () => {
  test('not on a first visit, even with the prompt held', async () => {
    await startPage();
    act(() => void window.dispatchEvent(promptEvent().event));
    renderBanner();
    expect(installRegion()).toBeNull();
  });

  test('on a second visit, once live: Install calls prompt(), and an accepted choice hides it', async () => {
    await earlierVisits(1);
    const { install } = await startPage({ live: false });
    const { event, prompt, answer } = promptEvent();
    act(() => void window.dispatchEvent(event));
    renderBanner();
    expect(installRegion()).toBeNull(); // not before the app is live
    act(() => install.goLive());
    const region = installRegion();
    expect(region).not.toBeNull();
    // Polite: it takes no focus.
    expect(region?.contains(document.activeElement)).toBe(false);

    await userEvent.click(within(region as HTMLElement).getByRole('button', { name: 'Install' }));
    expect(prompt).toHaveBeenCalledTimes(1);
    // The browser's dialog is open: the banner waits for the answer.
    expect(within(installRegion() as HTMLElement).getByRole('button', { name: 'Install' })).toBeDisabled();
    await act(async () => answer('accepted'));
    await waitFor(() => expect(installRegion()).toBeNull());
    expect(install.current.get().installedHere).toBe(true);
    // Accepting is not dismissing: nothing is stored against the offer.
    expect((await readInstallMarks()).dismissed).toBe(false);
  });

  test('appinstalled hides it', async () => {
    await earlierVisits(1);
    await startPage();
    act(() => void window.dispatchEvent(promptEvent().event));
    renderBanner();
    expect(installRegion()).not.toBeNull();
    act(() => void window.dispatchEvent(new Event('appinstalled')));
    expect(installRegion()).toBeNull();
  });

  test('a first save on a first visit brings it', async () => {
    await startPage();
    act(() => void window.dispatchEvent(promptEvent().event));
    renderBanner();
    expect(installRegion()).toBeNull();
    await act(saveOne);
    expect(installRegion()).not.toBeNull();
  });

  test('a reading list already on the device counts as saved', async () => {
    const article = makeArticle(1);
    const entry = { id: article.id, article, authors: [author], savedAt: 1, imageUrls: [], imagesCached: false };
    await putSaved(entry);
    const { install } = await startPage();
    await waitFor(() => expect(install.current.get().savedEver).toBe(true));
    act(() => void window.dispatchEvent(promptEvent().event));
    renderBanner();
    expect(installRegion()).not.toBeNull();
  });

  test('"Not now" puts it away for good: not on the next page load, with a new prompt', async () => {
    await earlierVisits(1);
    await startPage();
    act(() => void window.dispatchEvent(promptEvent().event));
    const main = addMain();
    const { unmount } = renderBanner();
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(installRegion()).toBeNull();
    // The reader's focus goes to the page, not to nowhere.
    expect(document.activeElement).toBe(main);
    main.remove();
    await waitFor(async () => expect((await readInstallMarks()).dismissed).toBe(true));
    unmount();

    await nextPage();
    const { install } = await startPage();
    await waitFor(() => expect(install.current.get().dismissed).toBe(true));
    act(() => void window.dispatchEvent(promptEvent().event));
    expect(install.current.get()).toMatchObject({ visits: 3, promptAvailable: true });
    renderBanner();
    expect(installRegion()).toBeNull();
  });

  test('saying no in the browser\'s dialog answers the offer too', async () => {
    await earlierVisits(1);
    await startPage();
    const { event, answer } = promptEvent();
    act(() => void window.dispatchEvent(event));
    renderBanner();
    const main = addMain();
    await userEvent.click(screen.getByRole('button', { name: 'Install' }));
    await act(async () => answer('dismissed'));
    await waitFor(() => expect(installRegion()).toBeNull());
    expect(document.activeElement).toBe(main);
    main.remove();
    await waitFor(async () => expect((await readInstallMarks()).dismissed).toBe(true));
  });

  test('nothing where the browser sends no prompt and is not on iOS (Firefox, Safari on a Mac)', async () => {
    await earlierVisits(3);
    await startPage({ ua: FIREFOX_DESKTOP });
    renderBanner();
    expect(installRegion()).toBeNull();
    expect(hintRegion()).toBeNull();
  });

  test('never in the prerendered HTML, whatever the page knows', async () => {
    await earlierVisits(1);
    const { install } = await startPage();
    act(() => void window.dispatchEvent(promptEvent().event));
    expect(install.current.get()).toMatchObject({ visits: 2, promptAvailable: true, live: true });
    const html = renderToString(
      <TabStateProvider tab={page.tab}>
        <InstallOfferBanner />
      </TabStateProvider>,
    );
    expect(html).toBe('');
  });
});

describe('the iOS hint', () => {
  test('on a second visit in iPhone Safari: the Add to Home Screen steps, no Install button', async () => {
    await earlierVisits(1);
    await startPage({ ua: IPHONE_SAFARI, touch: 5 });
    renderBanner();
    const hint = hintRegion();
    expect(hint).not.toBeNull();
    expect(hint).toHaveTextContent(/Share button/);
    expect(hint).toHaveTextContent(/Add to Home Screen/);
    expect(within(hint as HTMLElement).queryByRole('button', { name: 'Install' })).toBeNull();
    expect(installRegion()).toBeNull();
  });

  test('not on the first visit; after a first save, yes', async () => {
    await startPage({ ua: IPHONE_SAFARI, touch: 5 });
    renderBanner();
    expect(hintRegion()).toBeNull();
    await act(saveOne);
    expect(hintRegion()).not.toBeNull();
  });

  test('shown on one visit only', async () => {
    await earlierVisits(1);
    await startPage({ ua: IPHONE_SAFARI, touch: 5 });
    const { unmount } = renderBanner();
    expect(hintRegion()).not.toBeNull();
    await waitFor(async () => expect((await readInstallMarks()).hintShown).toBe(true));
    unmount();
    await nextPage();
    await startPage({ ua: IPHONE_SAFARI, touch: 5 });
    await waitFor(() => expect(installOf(page.tab).current.get().hintShownBefore).toBe(true));
    renderBanner();
    expect(hintRegion()).toBeNull();
  });

  test('dismissed, it is gone', async () => {
    await earlierVisits(1);
    await startPage({ ua: IPHONE_SAFARI, touch: 5 });
    renderBanner();
    await userEvent.click(within(hintRegion() as HTMLElement).getByRole('button', { name: 'Not now' }));
    expect(hintRegion()).toBeNull();
    await waitFor(async () => expect((await readInstallMarks()).dismissed).toBe(true));
  });

  test('not in the Home Screen app (navigator.standalone)', async () => {
    await earlierVisits(1);
    await startPage({ ua: IPHONE_SAFARI, touch: 5, iosStandalone: true });
    renderBanner();
    expect(hintRegion()).toBeNull();
  });
});

describe('in the installed app (display-mode standalone)', () => {
  test('nothing at all, even with a prompt and a save', async () => {
    await earlierVisits(4);
    const { queries } = await startPage({ standalone: true });
    expect(queries).toEqual(['(display-mode: standalone)']);
    act(() => void window.dispatchEvent(promptEvent().event));
    await act(saveOne);
    renderBanner();
    expect(installRegion()).toBeNull();
    expect(hintRegion()).toBeNull();
  });

  test('the banner goes when the page turns into the app\'s window', async () => {
    await earlierVisits(1);
    const { query } = await startPage();
    act(() => void window.dispatchEvent(promptEvent().event));
    renderBanner();
    expect(installRegion()).not.toBeNull();
    act(() => query.flip(true));
    expect(installRegion()).toBeNull();
  });

  test('a browser without matchMedia is taken as not installed', async () => {
    await earlierVisits(1);
    await startPage({ noMatchMedia: true });
    act(() => void window.dispatchEvent(promptEvent().event));
    renderBanner();
    expect(installRegion()).not.toBeNull();
  });
});

describe('the Settings section', () => {
  const renderPanel = () => render(<InstallPanel />, { wrapper: inTab(page.tab) });
  const status = () => document.querySelector('.install-status');

  test('Install where the prompt is held, from the first visit on; accepted, it says installed', async () => {
    await startPage();
    const { event, prompt, answer } = promptEvent();
    act(() => void window.dispatchEvent(event));
    renderPanel();
    expect(screen.getByRole('heading', { name: 'Install Broadsheet' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Install' }));
    expect(prompt).toHaveBeenCalledTimes(1);
    await act(async () => answer('accepted'));
    await waitFor(() => expect(status()).toHaveTextContent('Broadsheet is installed'));
    expect(screen.queryByRole('button', { name: 'Install' })).toBeNull();
    // The reader's focus is kept on the section, not lost with the button.
    expect(document.activeElement).toBe(status());
  });

  test('declined, the button goes (a prompt shows once) and it says where the browser has it', async () => {
    await startPage();
    const { event, answer } = promptEvent();
    act(() => void window.dispatchEvent(event));
    renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Install' }));
    await act(async () => answer('dismissed'));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Install' })).toBeNull());
    expect(status()).toHaveTextContent(/install icon at the right of the address bar/);
    expect(status()).not.toHaveTextContent(/installed/);
    // Declining here is not dismissing the banner.
    expect((await readInstallMarks()).dismissed).toBe(false);
  });

  test('says it is installed in the installed app', async () => {
    await startPage({ standalone: true });
    renderPanel();
    expect(status()).toHaveTextContent('Broadsheet is installed: you are reading it as an app.');
    expect(screen.queryByRole('button', { name: 'Install' })).toBeNull();
  });

  test('gives the Add to Home Screen steps in iPhone Safari', async () => {
    await startPage({ ua: IPHONE_SAFARI, touch: 5 });
    renderPanel();
    const steps = screen.getByRole('list');
    expect(within(steps).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Tap the Share button/),
      expect.stringMatching(/^Choose “Add to Home Screen”/),
      'Tap “Add”.',
    ]);
  });

  test('elsewhere, where the browser menu has it', async () => {
    await startPage({ ua: FIREFOX_DESKTOP });
    renderPanel();
    expect(status()).toHaveTextContent(/Firefox on a computer does not install web apps/);
    expect(screen.queryByRole('button', { name: 'Install' })).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
  });

  test('in the prerendered page it says only that it is checking', async () => {
    await startPage({ standalone: true });
    const html = renderToString(
      <TabStateProvider tab={page.tab}>
        <InstallPanel />
      </TabStateProvider>,
    );
    expect(html).toContain('Checking whether this browser can install Broadsheet');
    expect(html).not.toContain('is installed');
  });
});
