import { describe, expect, test } from 'vitest';
import { looksLikeWholeFeed } from '../../../src/sw/feed-cache';

// What the worker keeps as "the last good copy" of the feed: whole JSON Feed, RSS, RDF and Atom
// documents; never an HTML page or an answer cut off mid-way.
const big = 'x'.repeat(5000);

describe('looksLikeWholeFeed', () => {
  test.each([
    ['JSON Feed', `{"version":"https://jsonfeed.org/version/1.1","items":[{"title":"${big}"}]}`],
    ['JSON with a BOM and whitespace', `\uFEFF \n {"items":[]} \n`],
    ['RSS 2.0', `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>${big}</title></channel></rss>\n`],
    ['RSS 1.0 (RDF)', `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><item/></rdf:RDF>`],
    ['Atom', `\uFEFF<feed xmlns="http://www.w3.org/2005/Atom"><title>${big}</title></feed>`],
    ['Atom with a prefix', `<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"></atom:feed >`],
  ])('keeps %s', async (_name, body) => {
    expect(await looksLikeWholeFeed(new Blob([body]))).toBe(true);
  });

  test.each([
    ['JSON cut off', `{"items":[{"title":"${big}`],
    ['RSS cut off', `<?xml version="1.0"?><rss version="2.0"><channel><title>${big}</title>`],
    ['Atom cut off inside the closing tag', `<feed xmlns="http://www.w3.org/2005/Atom"><title>${big}</title></fe`],
    ['an HTML page', `<!DOCTYPE html><html><body>${big}</body></html>`],
    ['an HTML page without a doctype', `<html lang="en"><body>Sign in</body></html>`],
    ['an empty body', ''],
    ['plain text', 'Service unavailable'],
  ])('refuses %s', async (_name, body) => {
    expect(await looksLikeWholeFeed(new Blob([body]))).toBe(false);
  });
});
