import { mergeFeedModels } from '../../../src/feed/load';
import { normalizeFeed } from '../../../src/feed/normalize';
import { parseFeedText } from '../../../src/feed/parse';
import type { Article, FeedModel } from '../../../src/shared/model';

/**
 * Small JSON Feed 1.1 documents for unit tests, written in a few lines:
 *
 *   const f = feed('The Test Gazette')
 *     .article({ title: 'Tram approved', authors: ['Ana Ruiz'], tags: ['Transport'] })
 *     .articles(3)
 *     .nextPage((p) => p.article({ title: 'An older story' }));
 *   await renderApp('/', f.bodies());
 *
 * Items get what a real feed would carry unless told otherwise (an id, a link, a date, a body), dated
 * newest first in the order they are added, so the order a view lists them in is the order written.
 * `model()` runs the real parser and normalizer over the document, as the app does.
 */

/** Where the app under test fetches its feed (src/shared/env.ts's default, on jsdom's origin). */
const TEST_FEED_PATH = '/feed.json';
const ORIGIN = 'https://news.example';
/** The newest default date; each further item is one hour older. */
const NEWEST = Date.parse('2026-11-27T09:00:00Z');

/** A JSON Feed author: a bare string is the name. */
type AuthorSpec = string | { name: string; url?: string; avatar?: string };

/** The item-level `_broadsheet` extension, as written on the wire. */
interface ItemExtensionSpec {
  author_ids?: string[];
  image_alt?: string;
  image_caption?: string;
  image_credit?: string;
  image_width?: number;
  image_height?: number;
  image_srcset?: { url: string; width: number }[];
  related?: string[];
  section?: string;
}

/** One `_broadsheet.authors[]` profile, as written on the wire. */
export interface AuthorProfileSpec {
  id: string;
  name: string;
  url?: string;
  avatar?: string;
  role?: string;
  bio_html?: string;
  links?: { title: string; url: string }[];
}

/** What a test says about one item; anything left out gets a plausible default. */
export interface ItemSpec {
  id?: string;
  title?: string;
  /** The article's link; its last path segment becomes the slug. Default: derived from the title; `null` leaves it out. */
  url?: string | null;
  external_url?: string;
  /** date_published; `null` for an undated item. Default: one hour older than the item before. */
  date?: string | null;
  date_modified?: string;
  summary?: string;
  /** content_html; default a one-paragraph body naming the title. `null` leaves it out. */
  content_html?: string | null;
  content_text?: string;
  image?: string;
  authors?: AuthorSpec[];
  tags?: string[];
  language?: string;
  attachments?: { url: string; mime_type: string; title?: string; size_in_bytes?: number; duration_in_seconds?: number }[];
  _broadsheet?: ItemExtensionSpec;
  /** Raw fields written over the item as given (odd shapes a schema test needs). */
  raw?: Record<string, unknown>;
}

/** Feed-level fields a test may set. */
export interface FeedSpec {
  title?: string;
  description?: string;
  home_page_url?: string;
  feed_url?: string;
  language?: string;
  icon?: string;
  favicon?: string;
  authors?: AuthorSpec[];
  expired?: boolean;
  /** Raw fields written over the document as given. */
  raw?: Record<string, unknown>;
}

type JsonObject = Record<string, unknown>;

const toAuthor = (a: AuthorSpec) => (typeof a === 'string' ? { name: a } : a);
const slugPart = (title: string) =>
  title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'story';

/** Builds one page of a feed, and the pages after it. */
export class FeedBuilder {
  private readonly items: ItemSpec[] = [];
  private readonly profiles: AuthorProfileSpec[] = [];
  private next: FeedBuilder | undefined;

  /** `path` is where the page is served (the first page: the app's feed URL); `counter` numbers items and pages across the feed. */
  constructor(
    private spec: FeedSpec = {},
    readonly path: string = TEST_FEED_PATH,
    private readonly counter: { n: number; pages: number } = { n: 0, pages: 1 },
  ) {}

  /** Sets feed-level fields (title, description, addresses…). */
  meta(spec: FeedSpec): this {
    this.spec = { ...this.spec, ...spec };
    return this;
  }

  /** Adds one item. */
  article(spec: ItemSpec = {}): this {
    const n = ++this.counter.n;
    this.items.push({ ...spec, raw: { ...spec.raw }, id: spec.id ?? `item-${n}`, title: spec.title ?? `Story number ${n}`, ...this.defaultsFor(n, spec) });
    return this;
  }

  /** Adds `count` items; `spec(i)` (0-based) says what is particular about each. */
  articles(count: number, spec: (i: number) => ItemSpec = () => ({})): this {
    for (let i = 0; i < count; i++) this.article(spec(i));
    return this;
  }

  /** Adds a `_broadsheet.authors[]` profile (role, bio, avatar, links). */
  profile(spec: AuthorProfileSpec): this {
    this.profiles.push(spec);
    return this;
  }

  /** Gives this page a `next_url` and fills that page; `path` defaults to /feed-<n>.json. */
  nextPage(fill: (page: FeedBuilder) => FeedBuilder, path?: string): this {
    const page = new FeedBuilder({ title: this.spec.title }, path ?? `/feed-${++this.counter.pages}.json`, this.counter);
    this.lastPage().next = fill(page);
    return this;
  }

  /** This page's JSON Feed document. */
  json(): JsonObject {
    const { raw, title, ...top } = this.spec;
    const items = this.items.map(({ raw: itemRaw, date, content_html, url, ...rest }) => ({
      ...rest,
      ...(url === null || url === undefined ? {} : { url }),
      ...(date === null || date === undefined ? {} : { date_published: date }),
      ...(content_html === null || content_html === undefined ? {} : { content_html }),
      ...itemRaw,
    }));
    return {
      version: 'https://jsonfeed.org/version/1.1',
      title: title ?? 'The Test Gazette',
      home_page_url: `${ORIGIN}/`,
      ...top,
      ...(top.authors ? { authors: top.authors.map(toAuthor) } : {}),
      ...(this.next ? { next_url: this.next.path } : {}),
      ...(this.profiles.length > 0 ? { _broadsheet: { authors: this.profiles } } : {}),
      items,
      ...raw,
    };
  }

  /** This page's document as the server sends it. */
  text(): string {
    return JSON.stringify(this.json());
  }

  /** This page and every page after it, in order. */
  pages(): FeedBuilder[] {
    const out: FeedBuilder[] = [this];
    for (let p = this.next; p; p = p.next) out.push(p);
    return out;
  }

  /** Every page's body by path, for tests/unit/views/render-app.tsx and `serveFeed`. */
  bodies(): Record<string, string> {
    return Object.fromEntries(this.pages().map((p) => [p.path, p.text()]));
  }

  /**
   * The model the app builds from this page (parse + normalize, on the feed URL the app uses), or with
   * `allPages` from every page merged in order, as paging does.
   */
  model(opts: { allPages?: boolean; origin?: string } = {}): FeedModel {
    const origin = opts.origin ?? window.location.origin;
    const pageModel = (p: FeedBuilder) => normalizeFeed(parseFeedText(p.text()), { feedUrl: new URL(p.path, origin).href });
    const [first, ...rest] = this.pages().map(pageModel);
    if (!first) throw new Error('no pages');
    return opts.allPages ? rest.reduce(mergeFeedModels, first) : first;
  }

  /** The article with this title in the model of every page; throws if the feed skipped it. */
  find(title: string): Article {
    const found = this.model({ allPages: true }).articles.find((a) => a.title === title);
    if (!found) throw new Error(`no article titled ${JSON.stringify(title)} in the feed`);
    return found;
  }

  /** The path of the article with this title (/articles/<slug>). */
  pathOf(title: string): string {
    return `/articles/${this.find(title).slug}`;
  }

  private lastPage(): FeedBuilder {
    const pages = this.pages();
    return pages[pages.length - 1] ?? this;
  }

  private defaultsFor(n: number, spec: ItemSpec): ItemSpec {
    const title = spec.title ?? `Story number ${n}`;
    return {
      url: spec.url === undefined ? `${ORIGIN}/articles/${slugPart(title)}-${n}` : spec.url,
      date: spec.date === undefined ? new Date(NEWEST - n * 3_600_000).toISOString() : spec.date,
      content_html: spec.content_html === undefined && spec.content_text === undefined ? `<p>The body of “${title}”.</p>` : spec.content_html,
    };
  }
}

/** A new feed; `title` is its publication name. */
export function feed(title = 'The Test Gazette', spec: FeedSpec = {}): FeedBuilder {
  return new FeedBuilder({ ...spec, title });
}

/**
 * A fetch stand-in serving the given bodies by path (JSON Feed content type), 404 for anything else,
 * counting the requests per path.
 */
export function serveFeed(bodies: Record<string, string>) {
  const requests: string[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, window.location.href);
    requests.push(url.pathname);
    const body = bodies[url.pathname];
    if (body === undefined) return new Response('Not found', { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/plain' } });
    return new Response(body, { headers: { 'content-type': 'application/feed+json' } });
  };
  return { fetch, requests };
}
