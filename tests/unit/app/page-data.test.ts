import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createFeedSession } from '../../../src/session/feed-session';

// A prerendered page's own data is read from one place only, by element (the script right after the root
// element): feed HTML, which lives inside the root (and could carry id="broadsheet-page-data" or
// name="__staticRouterHydrationData"), can never stand in for it.
// It is read when asked (once, by the app's start) and handed to the router, whose loaders never read the page.

const DATA = { path: '/', loaderData: { home: { marker: 'from the page' } }, feed: { title: 'F', version: '1.1', expired: false } };

/** A page as the build writes it: the markup in the root element, then the page's data. */
const page = (data: unknown, root = '') =>
  (document.body.innerHTML = `<div id="root">${root}</div>\n<script type="application/json" id="broadsheet-page-data">${JSON.stringify(data)}</script>`);

beforeEach(() => {
  document.documentElement.dataset.prerendered = '/';
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  delete document.documentElement.dataset.prerendered;
});

const load = () => import('../../../src/app/page-data');

describe('readPageData', () => {
  test('reads the script after the root element', async () => {
    page(DATA);
    expect((await load()).readPageData()?.loaderData).toEqual(DATA.loaderData);
  });

  test('ignores look-alikes anywhere else, even placed first', async () => {
    const fake = { ...DATA, loaderData: { home: { marker: 'from the feed' } } };
    const lookAlikes = `<div id="broadsheet-page-data">${JSON.stringify(fake)}</div><script type="application/json" id="broadsheet-page-data">${JSON.stringify(fake)}</script><img name="__staticRouterHydrationData"><a id="__staticRouterHydrationData"></a>`;
    document.body.innerHTML = `<div id="root">${lookAlikes}</div>`;
    document.head.innerHTML = `<script type="application/json" id="broadsheet-page-data">${JSON.stringify(fake)}</script>`;
    expect((await load()).readPageData()).toBeNull();
    page(DATA, lookAlikes);
    expect((await load()).readPageData()?.loaderData).toEqual(DATA.loaderData);
  });

  test('a page prerendered for another path, or data naming another path, is not used', async () => {
    page({ ...DATA, path: '/articles/x' });
    expect((await load()).readPageData()).toBeNull();
    document.documentElement.dataset.prerendered = '/articles/x';
    expect((await load()).readPageData()).toBeNull(); // the reader is on '/'
  });

  test("an article's body marked as in the page is taken from the prerendered .article-body; without one the data is not used", async () => {
    const { BODY_IN_PAGE } = await load();
    const data = { ...DATA, loaderData: { article: { body: BODY_IN_PAGE, title: 'A' } } };
    page(data, '<div class="article-body prose"><p id="p-1">Body text</p></div>');
    expect(((await load()).readPageData()?.loaderData.article as { body: string }).body).toBe('<p id="p-1">Body text</p>');
    page(data, '<p>no body here</p>');
    expect((await load()).readPageData()).toBeNull();
  });

  test.each([
    ['home, in the entry chunk', '/', 'home'],
    ['an article, a lazy view', '/articles/x', 'article'],
  ])("the router takes a page's data as its hydration data (%s): the first load is the page's, no loader runs", async (_, path, id) => {
    const data = { ...DATA, path, loaderData: { [id]: { marker: 'from the page' } } };
    document.documentElement.dataset.prerendered = path;
    window.history.replaceState(null, '', path);
    page(data);
    const { readPageData } = await load();
    const { createRouter } = await import('../../../src/app/router');
    const session = createFeedSession({ feedUrl: 'http://localhost/feed.json' });
    // Every view's loader asks the session for the feed first.
    const asked = vi.spyOn(session, 'getFeed');
    const router = await createRouter(session, readPageData());
    try {
      expect(router.state.initialized).toBe(true);
      expect(router.state.loaderData).toEqual(data.loaderData);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(asked).not.toHaveBeenCalled();
      expect(router.state.loaderData).toEqual(data.loaderData);
    } finally {
      router.dispose();
    }
  });

  test('the router is given its hydration data, so it never reads window.__staticRouterHydrationData', async () => {
    const clobber = document.createElement('img');
    clobber.setAttribute('name', '__staticRouterHydrationData');
    document.body.append(clobber);
    (window as unknown as Record<string, unknown>).__staticRouterHydrationData = { loaderData: { home: { marker: 'clobbered' } } };
    try {
      const { createRouter } = await import('../../../src/app/router');
      const router = await createRouter(createFeedSession({ feedUrl: 'http://localhost/feed.json' }));
      expect(router.state.loaderData).toEqual({});
      router.dispose();
    } finally {
      delete (window as unknown as Record<string, unknown>).__staticRouterHydrationData;
    }
  });
});
