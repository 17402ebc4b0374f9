import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

// A prerendered page's own data is read from its <head> only, by element: feed HTML in the body (which
// could carry id="broadsheet-page-data" or name="__staticRouterHydrationData") can never stand in for it.
// It is read when asked (once, by the app's start) and handed to the loaders, which never read the page.

const DATA = { path: '/', loaderData: { home: { marker: 'from the head' } }, feed: { title: 'F', version: '1.1', expired: false } };

beforeEach(() => {
  document.documentElement.dataset.prerendered = '/';
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  delete document.documentElement.dataset.prerendered;
});

const load = () => import('../../../src/session/page-data');

describe('readPageData', () => {
  test('reads the script in the head', async () => {
    document.head.innerHTML = `<script type="application/json" id="broadsheet-page-data">${JSON.stringify(DATA)}</script>`;
    expect((await load()).readPageData()?.loaderData).toEqual(DATA.loaderData);
  });

  test('ignores look-alikes in the body, even placed first', async () => {
    const fake = { ...DATA, loaderData: { home: { marker: 'from the feed' } } };
    document.body.innerHTML = `<div id="broadsheet-page-data">${JSON.stringify(fake)}</div><script type="application/json" id="broadsheet-page-data">${JSON.stringify(fake)}</script><img name="__staticRouterHydrationData"><a id="__staticRouterHydrationData"></a>`;
    expect((await load()).readPageData()).toBeNull();
    document.head.innerHTML = `<script type="application/json" id="broadsheet-page-data">${JSON.stringify(DATA)}</script>`;
    expect((await load()).readPageData()?.loaderData).toEqual(DATA.loaderData);
  });

  test('a page prerendered for another path, or data naming another path, is not used', async () => {
    document.head.innerHTML = `<script type="application/json" id="broadsheet-page-data">${JSON.stringify({ ...DATA, path: '/articles/x' })}</script>`;
    expect((await load()).readPageData()).toBeNull();
    document.documentElement.dataset.prerendered = '/articles/x';
    expect((await load()).readPageData()).toBeNull(); // the reader is on '/'
  });

  test("an article's body marked as in the page is taken from the prerendered .article-body; without one the data is not used", async () => {
    const { BODY_IN_PAGE } = await load();
    const data = { ...DATA, loaderData: { article: { body: BODY_IN_PAGE, title: 'A' } } };
    document.head.innerHTML = `<script type="application/json" id="broadsheet-page-data">${JSON.stringify(data)}</script>`;
    document.body.innerHTML = '<div id="root"><div class="article-body prose"><p id="p-1">Body text</p></div></div>';
    expect(((await load()).readPageData()?.loaderData.article as { body: string }).body).toBe('<p id="p-1">Body text</p>');
    document.body.innerHTML = '<div id="root"><p>no body here</p></div>';
    expect((await load()).readPageData()).toBeNull();
  });

  test('withPageData answers the first load of its route from the data, then runs the loader', async () => {
    document.head.innerHTML = `<script type="application/json" id="broadsheet-page-data">${JSON.stringify(DATA)}</script>`;
    const { readPageData, withPageData } = await load();
    const loader = vi.fn(async () => ({ marker: 'from the loader' }));
    const wrapped = withPageData(readPageData(), 'home', loader);
    const args = { request: new Request('http://localhost/'), params: {}, context: undefined } as unknown as Parameters<typeof wrapped>[0];
    expect(await wrapped(args)).toEqual({ marker: 'from the head' });
    expect(loader).not.toHaveBeenCalled();
    expect(await wrapped(args)).toEqual({ marker: 'from the loader' });
  });

  test('the router is given its hydration data, so it never reads window.__staticRouterHydrationData', async () => {
    const clobber = document.createElement('img');
    clobber.setAttribute('name', '__staticRouterHydrationData');
    document.body.append(clobber);
    (window as unknown as Record<string, unknown>).__staticRouterHydrationData = { loaderData: { home: { marker: 'clobbered' } } };
    try {
      const { createRouter } = await import('../../../src/app/router');
      const router = createRouter();
      expect(router.state.loaderData).toEqual({});
      router.dispose();
    } finally {
      delete (window as unknown as Record<string, unknown>).__staticRouterHydrationData;
    }
  });
});
