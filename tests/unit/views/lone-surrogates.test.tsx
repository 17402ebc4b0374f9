import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { feed } from '../support/feed-builder';
import { renderApp } from './render-app';

// One odd item never breaks a page of good ones: a lone UTF-16 surrogate in a slug (a title, a tag,
// an author name cut in the middle of a character outside the BMP) used to make link building throw,
// and home, the article and the tag page showed "Something went wrong" to every reader.

const HALF = '\uD83D';
/** 'a' then 60 CJK ideographs of plane 2 (two UTF-16 units each): cut at any even length, it ends in half a character. */
const LONG = `a${'\u{20000}'.repeat(60)}`;
const surrogates = feed('Surrogate Gazette')
  .article({ id: 'good', url: 'https://news.example/2026/11/good-news', title: 'Good news', content_html: '<p>Fine.</p>', tags: ['harbour'], authors: ['Ana Ruiz'] })
  .article({ id: 'bad', url: null, title: `Odd ${HALF} item ${LONG}`, content_html: `<p>Half ${HALF} an emoji.</p>`, tags: ['harbour', LONG], authors: [LONG] })
  .bodies();

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a lone surrogate in one item', () => {
  test('home lists both items', async () => {
    await renderApp('/', surrogates);
    expect(await screen.findByRole('heading', { level: 1, name: 'Surrogate Gazette' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Good news' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Odd / })).toBeInTheDocument();
  });

  test('the odd article itself renders, with its tag and author links', async () => {
    const home = await renderApp('/', surrogates);
    const href = (await screen.findByRole('link', { name: /^Odd / })).getAttribute('href') ?? '/';
    home.unmount();
    await renderApp(href, surrogates);
    expect(await screen.findByRole('heading', { level: 1, name: /^Odd / })).toBeInTheDocument();
    const tags = screen.getByRole('navigation', { name: 'Tags' });
    expect(within(tags).getAllByRole('link')).toHaveLength(2);
  });

  test('the tag page both items share lists both', async () => {
    await renderApp('/tags/harbour', surrogates);
    expect(await screen.findByRole('link', { name: 'Good news' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Odd / })).toBeInTheDocument();
  });
});
