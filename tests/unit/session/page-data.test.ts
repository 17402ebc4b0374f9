import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createRouter } from '../../../src/app/router';
import { BODY_IN_PAGE, readPageData, resetPageData, withPageData } from '../../../src/session/page-data';

// A prerendered page's own data is read from its <head> only, by element: feed HTML in the body (which
// could carry id="broadsheet-page-data" or name="__staticRouterHydrationData") can never stand in for it.

const DATA = { path: '/', loaderData: { home: { marker: 'from the head' } }, feed: { title: 'F', version: '1.1', expired: false } };

beforeEach(() => {
  resetPageData(); // page-data reads the document once per page load
  document.documentElement.dataset.prerendered = '/';
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  delete document.documentElement.dataset.prerendered;
});

describe('readPageData', () => {
  test('reads the script in the head', async () => {
    document.head.innerHTML = `<script type="application/json" id="broadsheet-page-data">${JSON.stringify(DATA)}</script>`;
    expect(readPageData()?.loaderData).toEqual(DATA.loaderData);
  });

  test('ignores look-alikes in the body, even placed first', async () => {
    const fake = { ...DATA, loaderData: { home: { marker: 'from the feed' } } };
    document.body.innerHTML = `<div id="broadsheet-page-data">${JSON.stringify(fake)}</div><script type="application/json" id="broadsheet-page-data">${JSON.stringify(fake)}</script><img name="__staticRouterHydrationData"><a id="__staticRouterHydrationData"></a>`;
    expect(readPageData()).toBeNull();
    document.head.innerHTML = `<script type="application/json" id="broadsheet-page-data">${JSON.stringify(DATA)}</script>`;
    resetPageData();
    expect(readPageData()?.loaderData).toEqual(DATA.loaderData);
  });

  test('a page prerendered for another path, or data naming another path, is not used', async () => {
    document.head.innerHTML = `<script type="application/json" id="broadsheet-page-data">${JSON.stringify({ ...DATA, path: '/articles/x' })}</script>`;
    expect(readPageData()).toBeNull();
    resetPageData();
    document.documentElement.dataset.prerendered = '/articles/x';
    expect(readPageData()).toBeNull(); // the reader is on '/'
  });

  test("an article's body marked as in the page is taken from the prerendered .article-body; without one the data is not used", async () => {
    const data = { ...DATA, loaderData: { article: { body: BODY_IN_PAGE, title: 'A' } } };
    document.head.innerHTML = `<script type="application/json" id="broadsheet-page-data">${JSON.stringify(data)}</script>`;
    document.body.innerHTML = '<div id="root"><div class="article-body prose"><p id="p-1">Body text</p></div></div>';
    expect((readPageData()?.loaderData.article as { body: string }).body).toBe('<p id="p-1">Body text</p>');
    resetPageData();
    document.body.innerHTML = '<div id="root"><p>no body here</p></div>';
    expect(readPageData()).toBeNull();
  });

  test('withPageData answers the first load of its route from the data, then runs the loader', async () => {
    document.head.innerHTML = `<script type="application/json" id="broadsheet-page-data">${JSON.stringify(DATA)}</script>`;
    const loader = vi.fn(async () => ({ marker: 'from the loader' }));
    const wrapped = withPageData('home', loader);
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
      const router = createRouter();
      expect(router.state.loaderData).toEqual({});
      router.dispose();
    } finally {
      delete (window as unknown as Record<string, unknown>).__staticRouterHydrationData;
    }
  });
});
