import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import type { Session } from '../../scripts/lib/browser';
import { serveAndOpen } from './support/fixture';
import type { TestServer } from '../../scripts/lib/server';

// A feed shaped like a WordPress JSON Feed plugin's: no item has an id, titles and names carry HTML
// character references, one item has nothing in it. Served as the app's feed by the preview server.

let server: TestServer;
let s: Session;
serveAndOpen({ server: (v) => (server = v), session: (v) => (s = v) });

const FEED_TITLE = 'Blog – Timeseries Notes';
const TITLES = [
  'Retention policies, explained – and why they’re not backups',
  'Q&A: “Should I downsample?”',
  'Release notes 2.9 — faster compaction, fewer surprises',
];

async function serveWordPressFeed(): Promise<void> {
  server.override('/feed.json', { body: await readFile('tests/fixtures/wordpress-idless-feed.json', 'utf8') });
}

describe('a WordPress-shaped feed without ids', () => {
  test('renders its articles with decoded titles, opens them by click, and the home note says what was made up', async () => {
    await serveWordPressFeed();
    const { page } = s;
    await page.goto(server.url + '/');
    // The page prerendered from the sample feed shows first; wait for this feed's own heading.
    await page.getByRole('heading', { level: 1, name: FEED_TITLE, exact: true }).waitFor();
    for (const title of TITLES) await page.getByRole('article').getByRole('link', { name: title }).first().waitFor();
    assert.equal(await page.getByText('&#8211;').count(), 0, 'no character reference is shown as written');
    assert.equal(await page.getByText('Notes on storing & querying time series').count(), 1, 'the description is decoded');
    assert.equal(await page.getByText('This feed has no articles yet.').count(), 0);

    const note = page.locator('details.notice');
    await note.getByText('1 item in the feed could not be shown. 3 items had no id and were given one.').click();
    await note.getByRole('listitem').filter({ hasText: '3 items had no id; their links were used instead.' }).waitFor();
    await note.getByRole('listitem').filter({ hasText: '1 item had nothing to show.' }).waitFor();

    await page.getByRole('article').getByRole('link', { name: TITLES[1] }).first().click();
    await page.getByRole('heading', { level: 1, name: TITLES[1], exact: true }).waitFor();
    assert.match(page.url(), /\/articles\/downsampling-with-tasks$/);
    await page.getByRole('link', { name: 'Tomás Ruiz' }).first().waitFor();
    assert.match((await page.locator('.article-body').textContent()) ?? '', /ten-second points/);

    await page.goBack();
    await page.getByRole('article').getByRole('link', { name: TITLES[2] }).first().click();
    await page.getByRole('heading', { level: 1, name: TITLES[2], exact: true }).waitFor();
    // Body HTML is decoded once, by the HTML parser, as HTML: an escaped-twice reference stays a reference.
    assert.match((await page.locator('.article-body code').textContent()) ?? '', /^&lt;tag&gt;$/);
  });

  test('an article of the feed opens by deep link, and so do its tag and author pages', async () => {
    await serveWordPressFeed();
    const { page } = s;
    await page.goto(server.url + '/articles/retention-policies-explained');
    await page.getByRole('heading', { level: 1, name: TITLES[0], exact: true }).waitFor();
    assert.match((await page.locator('.article-body').textContent()) ?? '', /It is not a backup/);
    const tag = page.getByRole('navigation', { name: 'Tags' }).getByRole('link', { name: 'Retention & Storage' });
    await tag.click();
    await page.getByRole('heading', { level: 1, name: 'Retention & Storage' }).waitFor();
    await page.getByRole('link', { name: TITLES[0] }).first().waitFor();

    await page.goto(server.url + '/articles/release-notes-2-9');
    await page.getByRole('heading', { level: 1, name: TITLES[2], exact: true }).waitFor();
    await page.locator('.article-head .byline').getByRole('link', { name: 'Priya Anand' }).click();
    await page.getByRole('heading', { level: 1, name: 'Priya Anand' }).waitFor();
    for (const title of [TITLES[0], TITLES[2]]) await page.getByRole('link', { name: title }).first().waitFor();
  });
});
