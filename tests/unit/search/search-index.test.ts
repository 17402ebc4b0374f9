import { render } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, test } from 'vitest';
import { indexFeed } from '../../../src/session/feed-index';
import { highlightParts, snippet } from '../../../src/search/highlight';
import { HighlightText } from '../../../src/search/highlight-text';
import { buildIndex, COMMON_MIN_DOCS, commonBodyTerms, indexSignature, loadIndex, queryTerms, runSearch, serializeIndex, toSearchDoc } from '../../../src/search/search-index';
import { model } from '../feed/helpers';

const feed = model(
  [
    { id: 'body', title: 'Quota talks collapse', content_html: '<p>Ministers met late.</p><p>Boats stayed in the harbour all week.</p>', tags: ['Fishing'] },
    { id: 'title', title: 'The harbour wall is rebuilt', content_text: 'Work finished on Tuesday after two years.', tags: ['Town'] },
    { id: 'tag', title: 'Council budget agreed', content_text: 'Spending on roads rises.', tags: ['Maritime'] },
    { id: 'author', title: 'Weather week ahead', content_text: 'Rain, then sun.', authors: [{ name: 'Ingrid Solberg' }] },
  ],
  { authors: [{ name: 'Desk' }] },
);
const ix = indexFeed(feed);
const docs = feed.articles.map((a) => toSearchDoc(a, ix.tagBySlug, ix.authorBySlug));
const index = buildIndex(docs);
const ids = (q: string) => runSearch(index, q).map((h) => h.id);

describe('search index', () => {
  test('a title match ranks above a body match', () => {
    expect(ids('harbour').slice(0, 2)).toEqual(['title', 'body']);
  });
  test('a prefix finds the whole word', () => {
    expect(ids('harb')).toEqual(expect.arrayContaining(['title', 'body']));
  });
  test('a misspelling finds the word (fuzzy)', () => {
    expect(ids('harbur')).toEqual(expect.arrayContaining(['title', 'body']));
  });
  test('tag names and author names are searchable', () => {
    expect(ids('maritime')).toEqual(['tag']);
    expect(ids('solberg')).toEqual(['author']);
  });
  test('an empty query finds nothing; a word in no article finds nothing', () => {
    expect(ids('  ')).toEqual([]);
    expect(ids('zeppelin')).toEqual([]);
  });
  test('hits carry the matched terms, and a serialised index answers the same', () => {
    const hit = runSearch(index, 'harb')[0];
    expect(hit?.terms).toContain('harbour');
    const again = loadIndex(serializeIndex(index));
    expect(runSearch(again, 'harbour').map((h) => h.id)).toEqual(ids('harbour'));
  });
  test('the signature changes when the articles change', () => {
    const sig = indexSignature(feed.articles);
    expect(indexSignature([...feed.articles])).toBe(sig);
    expect(indexSignature(feed.articles.slice(1))).not.toBe(sig);
    expect(indexSignature([{ id: 'new' }, ...feed.articles.slice(1)])).not.toBe(sig);
  });
});

describe('words in most bodies of a large feed', () => {
  // A feed past COMMON_MIN_DOCS where every body says "council" and one body ends with a rare word.
  const n = COMMON_MIN_DOCS + 100;
  const big = Array.from({ length: n }, (_, i) => ({
    id: `d${i}`,
    slug: `d${i}`,
    title: i === 1 ? 'Council votes on the ferry' : `Report ${i}`,
    summary: '',
    body: `The council met on day ${i}. ${'Notes follow. '.repeat(50)}${i === 7 ? 'Finally the zephyrine lamp was lit.' : ''}`,
    tags: '',
    authors: '',
  }));
  const bigIx = buildIndex(big);
  const bigIds = (q: string) => runSearch(bigIx, q).map((h) => h.id);

  test('are found common only past the size and share limits', () => {
    expect(commonBodyTerms(big).has('council')).toBe(true);
    expect(commonBodyTerms(big).has('zephyrine')).toBe(false);
    expect(commonBodyTerms(big.slice(0, COMMON_MIN_DOCS)).size).toBe(0);
    expect(commonBodyTerms(docs).size).toBe(0);
  });
  test('a rare word deep in a body is still found, alone or with a common word', () => {
    expect(bigIds('zephyrine')).toEqual(['d7']);
    expect(bigIds('council zephyrine')).toEqual(['d7']);
    expect(queryTerms(bigIx, 'the council zephyrine')).toEqual(['zephyrine']);
  });
  test('a query of common words only finds them in titles', () => {
    expect(bigIds('council')).toEqual(['d1']);
  });
  test('the common words survive serialisation', () => {
    const again = loadIndex(serializeIndex(bigIx));
    expect([...again.common].sort()).toEqual([...bigIx.common].sort());
    expect(runSearch(again, 'council zephyrine').map((h) => h.id)).toEqual(['d7']);
  });
});

describe('highlight and snippet', () => {
  test('marks exactly the matched words, case-insensitively', () => {
    const parts = highlightParts('Harbour lights: the harbour, harboured.', ['harbour']);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Harbour', 'harbour']);
    expect(parts.map((p) => p.text).join('')).toBe('Harbour lights: the harbour, harboured.');
  });
  test('renders <mark> elements as React nodes, escaping the rest', () => {
    const { container } = render(createElement(HighlightText, { text: '<b>Harbour</b> news', terms: ['harbour'] }));
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.querySelector('mark')?.textContent).toBe('Harbour');
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('<b>Harbour</b> news');
  });
  test('a snippet is a ~30-word window around the first match', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    words[60] = 'harbour';
    const s = snippet(words.join(' '), ['harbour']);
    expect(s).toContain('harbour');
    expect(s.startsWith('… ')).toBe(true);
    expect(s.endsWith(' …')).toBe(true);
    expect(s.replace(/…/g, '').trim().split(/\s+/)).toHaveLength(30);
  });
  test('a snippet of short text is the text; with no match it is the start', () => {
    expect(snippet('Boats in the harbour.', ['harbour'])).toBe('Boats in the harbour.');
    expect(snippet(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '), ['zzz']).startsWith('w0 ')).toBe(true);
  });
});
