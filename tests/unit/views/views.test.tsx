import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadStoredFeed } from '../../../src/storage/feed-store';
import { feed } from '../support/feed-builder';
import { renderApp } from './render-app';

// What these views need from a feed: two pages; an article with two authors (by name, one of them
// matching a profile with a role and a bio), two tags and a body with a script in it; another article
// sharing a tag and that author with it (so it is related); a tag carried on both pages.
const TRAM = 'Tram extension approved after an all-night sitting';
const FERRY = 'Ferry timetable changes from Monday';
const BUDGET = 'Council sets a budget with no new bins';
const DEPOT = 'The old tram depot is sold';
const WALL = 'Harbour wall repaired';

const gazette = () =>
  feed('The Test Gazette', { description: 'News from a harbour that does not exist.' })
    .profile({ id: 'ana', name: 'Ana Ruiz', role: 'Transport correspondent', bio_html: '<p>Ana has covered the port since 2019.</p>' })
    .article({
      title: TRAM,
      authors: ['Ana Ruiz', 'Ben Ode'],
      tags: ['Transport', 'Council'],
      content_html: '<p>The line was approved by four votes.</p><script>window.__pwned = true</script>',
    })
    .article({ title: FERRY, authors: ['Ana Ruiz'], tags: ['Transport'], _broadsheet: { author_ids: ['ana'] } })
    .article({ title: BUDGET, authors: ['Ben Ode'], tags: ['Council'] })
    .nextPage((p) => p.article({ title: DEPOT, tags: ['Transport'] }).article({ title: WALL }));

const UNFINISHED = '{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The path of a tag's page, by the tag's name. */
const tagPath = (f: ReturnType<typeof gazette>, name: string) => {
  const tag = f.model().tags.find((t) => t.name === name);
  if (!tag) throw new Error(`no tag ${name} on the first page`);
  return `/tags/${tag.slug}`;
};

/** The `<article>` a page's headline belongs to. */
const storyOf = (headline: HTMLElement) => {
  const story = headline.closest('article');
  if (!story) throw new Error('the headline is not inside an <article>');
  return story;
};

describe('views rendered through the router with their real loaders', () => {
  test('home: the feed title is the one h1, every article is an <article> with its title as a heading link, and "Load more" brings the next page', async () => {
    const f = gazette();
    await renderApp('/', f.bodies());
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('The Test Gazette');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const main = screen.getByRole('main');
    const cards = within(main).getAllByRole('article');
    expect(cards).toHaveLength(3);
    for (const [card, title] of cards.map((c, i) => [c, [TRAM, FERRY, BUDGET][i] ?? ''] as const)) {
      const heading = within(card).getByRole('heading', { name: title });
      expect(within(heading).getByRole('link', { name: title })).toHaveAttribute('href', f.pathOf(title));
    }
    expect(within(main).queryByRole('link', { name: DEPOT })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await within(main).findByRole('link', { name: DEPOT })).toBeInTheDocument();
    expect(within(main).getByRole('link', { name: WALL })).toBeInTheDocument();
  });

  test('article: headline, byline links to authors, tags link to tag pages, Related region, no script from the body', async () => {
    const f = gazette();
    await renderApp(f.pathOf(TRAM), f.bodies());
    const story = storyOf(await screen.findByRole('heading', { level: 1, name: TRAM }));
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    for (const name of ['Ana Ruiz', 'Ben Ode']) {
      expect(within(story).getByRole('link', { name })).toHaveAttribute('href', expect.stringMatching(/^\/authors\//));
    }
    const tags = within(story).getByRole('navigation', { name: 'Tags' });
    const tagLinks = within(tags).getAllByRole('link');
    expect(tagLinks.map((l) => l.textContent)).toEqual(['Transport', 'Council']);
    for (const l of tagLinks) expect(l).toHaveAttribute('href', expect.stringMatching(/^\/tags\//));
    const related = screen.getByRole('region', { name: 'Related' });
    expect(within(related).getAllByRole('article').length).toBeGreaterThan(0);
    expect(within(related).getByRole('link', { name: FERRY })).toBeInTheDocument();
    expect(within(story).getByText('The line was approved by four votes.')).toBeInTheDocument();
    // A script has no role to find it by: look for the element itself.
    expect(story.querySelector('script')).toBeNull();
  });

  test('author page: the author name is the h1, with the profile, and their articles are listed', async () => {
    const f = gazette();
    const page = await renderApp(f.pathOf(TRAM), f.bodies());
    const story = storyOf(await screen.findByRole('heading', { level: 1, name: TRAM }));
    const href = within(story).getByRole('link', { name: 'Ana Ruiz' }).getAttribute('href') ?? '';
    page.unmount();
    await renderApp(href, f.bodies());
    await screen.findByRole('heading', { level: 1, name: 'Ana Ruiz' });
    expect(screen.getByText('Transport correspondent')).toBeInTheDocument();
    expect(screen.getByText('Ana has covered the port since 2019.')).toBeInTheDocument();
    const list = screen.getByRole('region', { name: '2 articles' });
    expect(within(list).getAllByRole('article')).toHaveLength(2);
    for (const title of [TRAM, FERRY]) expect(within(list).getByRole('link', { name: title })).toBeInTheDocument();
  });

  test('tag page: the tag is the h1 and every article with it is listed', async () => {
    const f = gazette();
    const page = await renderApp(f.pathOf(BUDGET), f.bodies());
    await screen.findByRole('heading', { level: 1, name: BUDGET });
    const tagHref = within(screen.getByRole('navigation', { name: 'Tags' })).getByRole('link', { name: 'Council' }).getAttribute('href') ?? '';
    page.unmount();
    await renderApp(tagHref, f.bodies());
    await screen.findByRole('heading', { level: 1, name: 'Council' });
    const cards = within(screen.getByRole('main')).getAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual([TRAM, BUDGET]);
  });

  test('tag page: articles from every page of the feed are listed', async () => {
    const f = gazette();
    await renderApp(tagPath(f, 'Transport'), f.bodies());
    await screen.findByRole('heading', { level: 1, name: 'Transport' });
    const main = screen.getByRole('main');
    for (const title of [TRAM, FERRY, DEPOT]) expect(within(main).getByRole('link', { name: title })).toBeInTheDocument();
    expect(within(main).getAllByRole('article')).toHaveLength(3);
  });

  test('tag page with the next feed page unreadable: the articles that could be read are listed', async () => {
    const f = gazette();
    const page2 = f.pages()[1]?.path ?? '';
    await renderApp(tagPath(f, 'Transport'), { ...f.bodies(), [page2]: UNFINISHED });
    await screen.findByRole('heading', { level: 1, name: 'Transport' });
    const main = screen.getByRole('main');
    for (const title of [TRAM, FERRY]) expect(within(main).getByRole('link', { name: title })).toBeInTheDocument();
    expect(within(main).queryByRole('link', { name: DEPOT })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('related page lists ranked posts with reasons', async () => {
    const f = gazette();
    await renderApp(`${f.pathOf(TRAM)}/related`, f.bodies());
    await screen.findByRole('heading', { level: 1, name: /Related to/ });
    const list = within(screen.getByRole('region', { name: 'Related articles' })).getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    const ferry = items.find((li) => within(li).queryByRole('link', { name: FERRY }));
    expect(ferry).toBeDefined();
    expect(within(ferry as HTMLElement).getByText(/Also tagged Transport/)).toHaveTextContent(/Also by Ana Ruiz/);
  });

  test('unknown article and unknown path show the not-found view', async () => {
    await renderApp('/articles/definitely-not-here', gazette().bodies());
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });

  test('a broken feed shows an alert naming the problem', async () => {
    await renderApp('/', { '/feed.json': UNFINISHED });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/cut off|ended|truncated|incomplete/i);
  });

  test('a broken feed with a copy on the device: the copy is shown, and the status names the problem', async () => {
    const f = gazette();
    const first = await renderApp('/', f.bodies());
    await screen.findByRole('heading', { level: 1, name: 'The Test Gazette' });
    await vi.waitFor(async () => expect((await loadStoredFeed())?.model.articles.length).toBe(3), { timeout: 10_000 });
    first.unmount();
    await renderApp('/', { ...f.bodies(), '/feed.json': UNFINISHED }, { keepDevice: true });
    await screen.findByRole('heading', { level: 1, name: 'The Test Gazette' });
    const main = screen.getByRole('main');
    for (const title of [TRAM, FERRY, BUDGET]) expect(within(main).getByRole('link', { name: title })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await screen.findByRole('status')).toHaveTextContent(/The feed could not be refreshed: the feed ended before it was complete.*Showing articles fetched at/);
  });
});
