import { readFileSync } from 'node:fs';

/** The bundled sample feed (public/feed.json), which the build prerenders and the preview server serves. */

export interface SampleItem {
  id: string;
  url: string;
  title: string;
  content_html?: string;
  [k: string]: unknown;
}

export interface SampleFeed {
  title: string;
  items: SampleItem[];
  [k: string]: unknown;
}

/** Reads public/feed.json as it is on disk. */
export function sampleFeed(): SampleFeed {
  return JSON.parse(readFileSync('public/feed.json', 'utf8')) as SampleFeed;
}

/** The app's slug for an item: the last segment of its URL's path. */
export function slugOf(url: string): string {
  return new URL(url, 'http://x/').pathname.split('/').filter(Boolean).pop() ?? '';
}

/** The item at `index` of the sample feed, failing the test if there is none. */
export function sampleItem(feed: SampleFeed, index: number): SampleItem {
  const item = feed.items[index];
  if (!item) throw new Error(`the sample feed has no item ${index}`);
  return item;
}
