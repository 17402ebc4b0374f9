import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { normalizeFeed } from '../../../src/feed/normalize';
import { parseFeedText } from '../../../src/feed/parse';
import { loadStoredFeed } from '../../../src/storage/feed-store';
import { resetDb } from '../storage/helpers';
import { renderApp } from './render-app';

interface SampleItem {
  id: string;
  url?: string;
  title?: string;
  tags?: string[];
  authors?: { name: string }[];
}
const sample = JSON.parse(readFileSync(join(process.cwd(), 'public/feed.json'), 'utf8')) as { title: string; items: SampleItem[] };
const slugOf = (item: SampleItem) => new URL(item.url ?? '', 'https://x.invalid').pathname.split('/').filter(Boolean).pop() ?? '';
const withTags = sample.items.find((i) => i.url && i.title && (i.tags?.length ?? 0) > 0 && (i.authors?.length ?? 0) > 0);
if (!withTags) throw new Error('the sample feed needs an article with a url, title, tags and authors');

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('views rendered through the router with their real loaders', () => {
  test('home: the feed title is the one h1, articles are <article>s with title links', async () => {
    const { container } = await renderApp('/');
    const h1 = await screen.findByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent(sample.title);
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    const articles = container.querySelectorAll('article');
    expect(articles.length).toBeGreaterThan(10);
    for (const a of Array.from(articles).slice(0, 5)) {
      const link = within(a as HTMLElement).getAllByRole('link').find((l) => l.closest('h2, h3'));
      expect(link?.textContent?.length).toBeGreaterThan(0);
    }
    expect(screen.getByRole('button', { name: 'Load more' })).toBeInTheDocument();
  });

  test('article: headline, byline links to authors, tags link to tag pages, Related region', async () => {
    const { container } = await renderApp(`/articles/${slugOf(withTags)}`);
    await screen.findByRole('heading', { level: 1, name: withTags.title });
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    const byline = container.querySelector('.article-head .byline');
    expect(byline).not.toBeNull();
    const authorLinks = within(byline as HTMLElement).getAllByRole('link');
    expect(authorLinks[0]).toHaveAttribute('href', expect.stringMatching(/^\/authors\//));
    const tags = screen.getByRole('navigation', { name: 'Tags' });
    for (const l of within(tags).getAllByRole('link')) expect(l).toHaveAttribute('href', expect.stringMatching(/^\/tags\//));
    const related = screen.getByRole('region', { name: /Related/ });
    expect(within(related).getAllByRole('article').length).toBeGreaterThan(0);
    expect(container.querySelector('.article-body script')).toBeNull();
  });

  test('author page: the author name is the h1 and their articles are listed', async () => {
    const name = withTags.authors?.[0]?.name ?? '';
    const { container } = await renderApp(`/articles/${slugOf(withTags)}`);
    await screen.findByRole('heading', { level: 1, name: withTags.title });
    const href = container.querySelector('.article-head .byline a')?.getAttribute('href') ?? '';
    await renderApp(href);
    await screen.findByRole('heading', { level: 1, name });
    expect(screen.getAllByRole('link', { name: withTags.title }).length).toBeGreaterThan(0);
  });

  test('tag page: the tag is the h1 and every article with it is listed', async () => {
    const tag = withTags.tags?.[0] ?? '';
    const expected = sample.items.filter((i) => i.tags?.some((t) => t.toLowerCase() === tag.toLowerCase()));
    const { container } = await renderApp(`/articles/${slugOf(withTags)}`);
    await screen.findByRole('heading', { level: 1, name: withTags.title });
    const tagHref = within(screen.getByRole('navigation', { name: 'Tags' })).getAllByRole('link')[0]?.getAttribute('href') ?? '';
    container.remove();
    const view = await renderApp(tagHref);
    await screen.findByRole('heading', { level: 1, name: tag });
    expect(view.container.querySelectorAll('main article').length).toBeGreaterThanOrEqual(expected.length);
  });

  // A tag on both pages of the sample feed, with the articles carrying it on each page.
  const page2 = JSON.parse(readFileSync(join(process.cwd(), 'public/feed-2.json'), 'utf8')) as { items: SampleItem[] };
  const tagged = (items: SampleItem[], name: string) => items.filter((i) => i.title && i.tags?.includes(name));
  const bothPages = [...new Set(sample.items.flatMap((i) => i.tags ?? []))].find((t) => tagged(page2.items, t).length > 0 && tagged(sample.items, t).length > 0) ?? '';
  const tagSlug = normalizeFeed(parseFeedText(readFileSync(join(process.cwd(), 'public/feed.json'), 'utf8')), { feedUrl: 'http://localhost/feed.json' }).tags.find((t) => t.name === bothPages)?.slug ?? '';

  test('tag page: articles from every page of the feed are listed', async () => {
    expect(tagSlug).not.toBe('');
    await renderApp(`/tags/${tagSlug}`);
    await screen.findByRole('heading', { level: 1, name: bothPages });
    for (const item of [...tagged(sample.items, bothPages), ...tagged(page2.items, bothPages)]) {
      expect(screen.getAllByRole('link', { name: item.title }).length).toBeGreaterThan(0);
    }
  });

  test('tag page with the next feed page unreadable: the articles that could be read are listed', async () => {
    await renderApp(`/tags/${tagSlug}`, { '/feed-2.json': '{"version":"https://jsonfeed.org/version/1.1","items":[' });
    await screen.findByRole('heading', { level: 1, name: bothPages });
    for (const item of tagged(sample.items, bothPages)) expect(screen.getAllByRole('link', { name: item.title }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('related page lists ranked posts with reasons', async () => {
    const { container } = await renderApp(`/articles/${slugOf(withTags)}/related`);
    await screen.findByRole('heading', { level: 1, name: /Related to/ });
    expect(container.querySelectorAll('ol article').length).toBeGreaterThan(0);
    expect(container.querySelector('.reasons')?.textContent).toMatch(/\w/);
  });

  test('unknown article and unknown path show the not-found view', async () => {
    await renderApp('/articles/definitely-not-here');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });

  test('a broken feed shows an alert naming the problem', async () => {
    await resetDb(); // no copy on the device (earlier tests stored one)
    await renderApp('/', { '/feed.json': '{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/cut off|ended|truncated|incomplete/i);
  });

  test('a broken feed with a copy on the device: the copy is shown, and the status names the problem', async () => {
    await resetDb();
    const first = await renderApp('/');
    await screen.findByRole('heading', { level: 1, name: sample.title });
    await vi.waitFor(async () => expect((await loadStoredFeed())?.model.articles.length).toBeGreaterThan(0), { timeout: 10_000 });
    first.unmount();
    const { container } = await renderApp('/', { '/feed.json': '{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[' }, { keepDevice: true });
    await screen.findByRole('heading', { level: 1, name: sample.title });
    expect(container.querySelectorAll('main article').length).toBeGreaterThan(10);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(/The feed could not be refreshed: the feed ended before it was complete.*Showing articles fetched at/);
  });
});
