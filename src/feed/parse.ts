/**
 * Bytes or text -> RawFeed, or a FeedError that names what is wrong with the document.
 * Field-level messiness is the schema's business (schema.ts); this module decides whether the
 * document is a JSON Feed at all.
 */
import * as v from 'valibot';
import { FeedError } from './errors';
import { feedSchema, type RawFeed } from './schema';

const VERSION_RE = /^https?:\/\/(?:www\.)?jsonfeed\.org\/version\/(1|1\.1)\/?$/i;
/**
 * Versions seen in generators and in other parsers' fixtures that name JSON Feed 1 or 1.1 loosely:
 * "1.1", "1", "1.0", "v1.1", "jsonfeed.org/version/1.1" (no scheme), ".../version/1.0". Trusted only
 * when the items look like JSON Feed items (looseShape).
 */
const LOOSE_VERSION_RE = /^(?:(?:https?:\/\/)?(?:www\.)?jsonfeed\.org\/version\/)?v?(1)(?:\.([01]))?(?:\.0)?\/?$/i;
/** Item fields only JSON Feed has (a `title` is in RSS too, so it says nothing). */
const JSON_FEED_ITEM_KEYS = ['id', 'url', 'external_url', 'content_html', 'content_text', 'date_published', 'date_modified', 'banner_image'];
/** Item fields of RSS (and Atom) written as JSON. */
const RSS_ITEM_KEYS = ['link', 'description', 'pubDate', 'guid', 'content:encoded', 'published', 'updated', 'dc:creator'];
/** How many items are looked at to tell a loose JSON Feed from RSS as JSON. */
const SHAPE_SAMPLE = 50;
const XML_RE = /^<(?:\?xml|rss\b|feed\b|rdf:RDF\b)/i;

/** Parses the text of a feed (a leading UTF-8 BOM is ignored). Throws FeedError. */
export function parseFeedText(text: string): RawFeed {
  const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).trim();
  if (body === '') {
    throw new FeedError('truncated', 'The feed is empty — the server sent no content');
  }
  if (body.startsWith('<')) {
    throw XML_RE.test(body)
      ? new FeedError('not-json-feed', 'This is not a JSON Feed: the server sent an RSS or Atom (XML) feed')
      : new FeedError('not-json-feed', 'This is not a JSON Feed: the server sent an HTML page instead of the feed');
  }

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    throw jsonError(e, body);
  }
  return toRawFeed(json);
}

/** Decodes feed bytes as UTF-8 (BOM handled; UTF-16 with a BOM also accepted) and parses them. */
export function parseFeedBytes(bytes: ArrayBuffer | Uint8Array): RawFeed {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let encoding = 'utf-8';
  if (view[0] === 0xff && view[1] === 0xfe) encoding = 'utf-16le';
  else if (view[0] === 0xfe && view[1] === 0xff) encoding = 'utf-16be';
  // TextDecoder strips the BOM itself (ignoreBOM defaults to false); invalid bytes become U+FFFD.
  return parseFeedText(new TextDecoder(encoding).decode(view));
}

/** Validates a parsed JSON value as a JSON Feed and runs the lenient schema over it. */
function toRawFeed(json: unknown): RawFeed {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    const what = Array.isArray(json) ? 'a list' : json === null ? 'null' : `a ${typeof json}`;
    throw new FeedError('not-json-feed', `This is not a JSON Feed: the document is ${what}, not an object`);
  }
  const obj = json as Record<string, unknown>;
  const version = typeof obj.version === 'string' ? obj.version.trim() : typeof obj.version === 'number' ? String(obj.version) : undefined;
  const strict = version === undefined ? null : VERSION_RE.exec(version);
  const loose = strict || version === undefined ? null : LOOSE_VERSION_RE.exec(version);
  const looseVersion = loose && looseShape(obj) ? (loose[2] === '1' ? '1.1' : '1') : undefined;
  const versionNumber = strict ? (strict[1] ?? '1.1') : looseVersion;

  if (versionNumber === undefined) {
    const rss = rssShape(obj);
    if (rss) {
      throw new FeedError(
        'not-json-feed',
        `This is not a JSON Feed: it looks like RSS converted to JSON (it has ${rss} instead of "version" and "items")`,
      );
    }
    if (version === undefined) {
      throw new FeedError('not-json-feed', 'This is not a JSON Feed: it has no "version" naming jsonfeed.org');
    }
    const rssItems = loose ? rssItemFields(obj) : undefined;
    if (rssItems) {
      throw new FeedError(
        'not-json-feed',
        `This is not a JSON Feed: it looks like RSS converted to JSON (its items have ${rssItems} instead of JSON Feed's "id", "url" and "content_html")`,
      );
    }
    if (loose) {
      throw new FeedError(
        'not-json-feed',
        `This is not a JSON Feed: its "version" (${JSON.stringify(version)}) is not a jsonfeed.org address and its "items" do not look like JSON Feed items`,
      );
    }
    throw new FeedError(
      'not-json-feed',
      `This is not a JSON Feed: its "version" (${JSON.stringify(version.slice(0, 80))}) does not name jsonfeed.org/version/1 or /1.1`,
    );
  }
  if (!('items' in obj) || obj.items === null || obj.items === undefined) {
    throw new FeedError('not-json-feed', 'This is not a JSON Feed: it has no "items" list');
  }
  if (!Array.isArray(obj.items)) {
    throw new FeedError('not-json-feed', 'This is not a JSON Feed: its "items" is not a list');
  }

  return rawFeedFrom(obj, `https://jsonfeed.org/version/${versionNumber}`);
}

/** Runs the lenient schema over a document of JSON Feed's shape (a JSON Feed, or an XML feed mapped to one). */
export function rawFeedFrom(obj: Record<string, unknown>, version: string): RawFeed {
  const result = v.safeParse(feedSchema, obj);
  if (!result.success) {
    // Every field schema has a fallback, so this is not expected; still never crash on it.
    throw new FeedError('not-json-feed', `This is not a JSON Feed: ${result.issues[0]?.message ?? 'unreadable'}`);
  }
  const parsed = result.output;
  return { ...parsed, version, title: feedTitle(parsed.title, parsed.home_page_url), items: parsed.items ?? [] };
}

export type FeedFormat = 'json' | 'xml' | 'html';

/**
 * What a feed's bytes are, from the bytes themselves (and the Content-Type only where they do not
 * tell): JSON starts with `{` or `[`; an XML feed's root is <rss>, <feed> or <rdf:RDF> after an XML
 * declaration, comments, processing instructions and a doctype; a page whose root is <html> (or
 * whose doctype is html) is HTML. Anything else starting with `<` is handed to the XML reader when
 * the server calls it XML, so that its error can name the root element; otherwise it is HTML.
 */
export function sniffFeedFormat(bytes: Uint8Array, contentType = ''): FeedFormat {
  let head: string;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    head = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(0, 2048));
  } else {
    head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  }
  head = head.replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF)/, '').trimStart();
  if (!head.startsWith('<')) return 'json';
  // Skip what may come before the root element.
  const prolog = /^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE\s+([A-Za-z_:][\w:.-]*)(?:[^[>]|\[[\s\S]*?\])*>|\s+)*/i.exec(head);
  const doctype = /<!DOCTYPE\s+([A-Za-z_:][\w:.-]*)/i.exec(prolog?.[0] ?? '')?.[1]?.toLowerCase();
  const root = /^<([A-Za-z_][\w:.-]*)/.exec(head.slice(prolog?.[0].length ?? 0))?.[1]?.toLowerCase();
  if (root === 'rss' || root === 'feed' || root === 'rdf:rdf' || root?.endsWith(':feed') || root?.endsWith(':rss')) return 'xml';
  if (doctype === 'html' || root === 'html' || root === 'head' || root === 'body') return 'html';
  if (/xml/i.test(contentType) && !/html/i.test(contentType)) return 'xml';
  // A cut-off prolog (a doctype longer than the sample) of a document the server calls XML.
  return root === undefined && /^<\?xml/i.test(head) ? 'xml' : 'html';
}

/**
 * DESIGN lists `title` as required, but a missing title is not worth a blank page: we tolerate it
 * and use the home page's host name, else "Untitled feed".
 */
function feedTitle(title: string | undefined, homePageUrl: string | undefined): string {
  const t = title?.trim();
  if (t) return t;
  if (homePageUrl) {
    try {
      const host = new URL(homePageUrl).hostname.replace(/^www\./, '');
      if (host) return host;
    } catch {
      // not an absolute URL: fall through
    }
  }
  return 'Untitled feed';
}

function itemObjects(obj: Record<string, unknown>): Record<string, unknown>[] {
  if (!Array.isArray(obj.items)) return [];
  return (obj.items as unknown[])
    .slice(0, SHAPE_SAMPLE)
    .filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x));
}

/**
 * True when a document with a loose `version` has JSON Feed's shape: an `items` list in which items
 * with JSON Feed's own fields are at least as many as items with only RSS fields, and at least one.
 */
function looseShape(obj: Record<string, unknown>): boolean {
  if (rssShape(obj)) return false;
  let jsonFeed = 0;
  let rss = 0;
  for (const item of itemObjects(obj)) {
    if (JSON_FEED_ITEM_KEYS.some((k) => k in item)) jsonFeed++;
    else if (RSS_ITEM_KEYS.some((k) => k in item)) rss++;
  }
  return jsonFeed > 0 && jsonFeed >= rss;
}

/** The RSS fields its items carry ('"link" and "pubDate"'), when the items look like RSS items. */
function rssItemFields(obj: Record<string, unknown>): string | undefined {
  const found = new Set<string>();
  for (const item of itemObjects(obj)) for (const k of RSS_ITEM_KEYS) if (k in item) found.add(k);
  if (found.size === 0) return undefined;
  const names = [...found].slice(0, 3).map((k) => `"${k}"`);
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** Describes the RSS/Atom shape of a JSON object, or undefined when it has none. */
function rssShape(obj: Record<string, unknown>): string | undefined {
  const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
  if (isObj(obj.rss)) return 'an "rss" object';
  if ('channel' in obj) return 'a "channel" object';
  if (isObj(obj.feed) && ('entry' in obj.feed || 'entries' in obj.feed)) return 'a "feed" object with "entry"';
  if ('entry' in obj || 'entries' in obj) return 'an "entry" list';
  if (isObj(obj['rdf:RDF'])) return 'an "rdf:RDF" object';
  return undefined;
}

/** Maps a JSON.parse error to 'truncated' (input ended early) or 'invalid-json'. */
function jsonError(e: unknown, body: string): FeedError {
  const message = e instanceof Error ? e.message : String(e);
  const posMatch = /position (\d+)/i.exec(message);
  const pos = posMatch ? Number(posMatch[1]) : undefined;
  // With a position (V8) the error is at the very end iff the input was cut off; without one
  // (other engines) trust the wording, else look at the structure.
  const endOfInput =
    pos !== undefined
      ? pos >= body.length
      : /end of (?:json )?(?:input|data)|unexpected eof|unterminated/i.test(message) || endsOpen(body);
  if (endOfInput) {
    return new FeedError('truncated', 'The feed ended before it was complete — the download was probably cut off', {
      cause: e,
    });
  }
  const where = pos !== undefined ? `unexpected token at position ${pos}` : message.replace(/\.$/, '');
  return new FeedError('invalid-json', `The feed is not valid JSON (${where})`, { cause: e });
}

/**
 * True when the text is well-formed so far but stops inside an object, list or string: the
 * signature of a cut-off download. Engines word this error differently, so we check ourselves.
 */
function endsOpen(text: string): boolean {
  const stack: string[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') stack.push(c);
    else if (c === '}' || c === ']') {
      const open = stack.pop();
      if ((c === '}' && open !== '{') || (c === ']' && open !== '[')) return false;
      if (stack.length === 0 && text.slice(i + 1).trim() !== '') return false;
    }
  }
  return inString || stack.length > 0;
}
