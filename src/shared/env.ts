import * as v from 'valibot';

/**
 * Build-time settings, checked once. The feed URL is fixed when the app is built so that
 * nothing in a page URL can point the reader at another feed.
 */
const EnvSchema = v.object({
  VITE_FEED_URL: v.optional(v.pipe(v.string(), v.minLength(1)), '/feed.json'),
});

const parsed = v.parse(EnvSchema, { VITE_FEED_URL: import.meta.env.VITE_FEED_URL || undefined });

let resolved: string | undefined;

/**
 * Absolute URL of the feed's first page. A relative setting is taken against the address the page
 * was loaded at (the first call comes before any in-app navigation), and stays that for the tab.
 */
export function feedUrl(): string {
  resolved ??= new URL(parsed.VITE_FEED_URL, window.location.href).href;
  return resolved;
}
