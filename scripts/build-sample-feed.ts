/**
 * Assembles the bundled sample feed (public/feed.json and public/feed-2.json) for
 * "The Harbour Ledger", a fictional newspaper. All text is original and fictional.
 * The article texts live in scripts/sample-content/; images are made by
 * scripts/build-sample-images.ts (run that first: this script reads image sizes from the files).
 *
 * Run: npx tsx scripts/build-sample-feed.ts
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { articlesCity } from './sample-content/articles-city';
import { articlesWorld } from './sample-content/articles-world';
import { articlesMore } from './sample-content/articles-more';
import { longRead } from './sample-content/long-read';
import type { SampleArticle } from './sample-content/types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const publicDir = join(root, 'public');
const SITE = 'https://harbour-ledger.invalid';

interface AuthorProfile {
  id: string;
  name: string;
  url: string;
  avatar: string;
  role: string;
  bio_html: string;
  links: { title: string; url: string }[];
}

const profile = (id: string, name: string, role: string, bio: string[], links: [string, string][]): AuthorProfile => ({
  id,
  name,
  url: `${SITE}/authors/${id}`,
  avatar: `/avatars/${id}.jpg`,
  role,
  bio_html: bio.map((p) => `<p>${p}</p>`).join(''),
  links: links.map(([title, url]) => ({ title, url })),
});

const authors: AuthorProfile[] = [
  profile(
    'mara-okafor',
    'Mara Okafor',
    'Europe correspondent',
    [
      'Mara Okafor is the Ledger’s Europe correspondent, based in Brussels since 2021. She covers the European institutions, fisheries and energy policy, and the long, late-night negotiations in which most of it is decided.',
      'Before moving to Brussels she spent six years on the Ledger’s business desk, where she reported on the port, the fishing fleet and the collapse of the Carrow shipyards’ last order book. She has a degree in economics from the University of Aldermouth and speaks French, Dutch and passable Portuguese.',
      'Her series on the quota system, <em>Who Owns the Catch</em>, won the regional press award for investigative reporting in 2024. She is a keen open-water swimmer and an unreliable judge of weather.',
    ],
    [
      ['Mastodon', 'https://social.harbour-ledger.invalid/@maraokafor'],
      ['Newsletter: Brussels Notebook', `${SITE}/newsletters/brussels-notebook`],
    ],
  ),
  profile(
    'tomasz-wren',
    'Tomasz Wren',
    'City hall reporter',
    [
      'Tomasz Wren has covered Aldermouth City Council for the Ledger since 2019: its budgets, its planning committee, its by-elections and the occasional eleven-hour sitting.',
      'He grew up in Westerholm, trained on a weekly paper in the Carrow valley and joined the Ledger as a general news reporter, covering courts and inquests before moving to local politics. He is the paper’s go-to person for anything involving a transport business case.',
      'Tomasz runs the Ledger’s council-meeting live blogs and reads every agenda so that readers do not have to. Story tips about the city are welcome by email or Signal.',
    ],
    [['Email', 'mailto:tomasz.wren@harbour-ledger.invalid']],
  ),
  profile(
    'aisha-haddad',
    'Aisha Haddad',
    'Middle East correspondent',
    [
      'Aisha Haddad is the Ledger’s Middle East correspondent. She reports in English and Arabic from across the region, with a focus on water, climate and the economies of coastal towns.',
      'She previously worked as a producer for a regional broadcaster and as a fixer for visiting foreign crews, an experience that, she says, taught her to distrust any story that arrives already finished.',
      'Aisha studied environmental engineering before turning to journalism, which is why her editors let her write about desalination membranes. She is based in Amman and travels widely.',
    ],
    [
      ['Mastodon', 'https://social.harbour-ledger.invalid/@aishahaddad'],
      ['Arabic edition', `${SITE}/ar/authors/aisha-haddad`],
    ],
  ),
  profile(
    'felix-achterberg',
    'Felix Achterberg',
    'Science and environment editor',
    [
      'Felix Achterberg edits the Ledger’s science and environment coverage. He writes about the estuary, the sea and the people who measure them, and about the gap between what a study found and what a press release says it found.',
      'He holds a doctorate in marine ecology and spent four years counting worms in the mudflats of the Carrow estuary before deciding that writing about research was more fun than waiting for it to be published.',
      'Felix has reported from research vessels in the North Sea and from a flooded basement in Saltmarket, and prefers the second kind of story. He lives in Fennick Hill with two children and a temperamental heat pump.',
    ],
    [
      ['Bluesky', 'https://bsky.harbour-ledger.invalid/felix-achterberg'],
      ['Research notes', `${SITE}/science/notes`],
    ],
  ),
  profile(
    'ruth-penhaligon',
    'Ruth Penhaligon',
    'Data editor',
    [
      'Ruth Penhaligon leads the Ledger’s data desk, which turns spreadsheets, freedom-of-information responses and sensor readings into stories and charts.',
      'She joined the paper from the city’s public health team, where she analysed hospital admissions, and still tends to answer questions with another question about the denominator.',
      'Ruth publishes the data and code behind the desk’s stories wherever she can, and runs an annual workshop for local charities on reading official statistics. She has strong views on pie charts.',
    ],
    [['Data repository', `${SITE}/data`]],
  ),
  profile(
    'daniel-oyelaran',
    'Daniel Oyelaran',
    'Business and ports reporter',
    [
      'Daniel Oyelaran reports on business for the Ledger, with a particular beat that the city cannot do without: the port, its terminals, its ferries and the companies that depend on them.',
      'He previously worked as a shipping analyst, which means he can read a charter party and will explain one to you at length if asked. He joined the Ledger in 2022.',
      'Daniel writes the weekly <em>Quay Figures</em> column on the regional economy. Outside work he coaches an under-twelves football team in Northgate with mixed results.',
    ],
    [
      ['Mastodon', 'https://social.harbour-ledger.invalid/@danieloyelaran'],
      ['Quay Figures column', `${SITE}/columns/quay-figures`],
    ],
  ),
  profile(
    'ines-marchetti',
    'Inès Marchetti',
    'Chief culture critic',
    [
      'Inès Marchetti is the Ledger’s chief culture critic. She reviews opera, theatre, film and books, and writes a fortnightly essay on the arts in a city that has always had more ambition than money.',
      'Born in Turin and raised in Aldermouth, she studied music at conservatoire before a brief career as a répétiteur taught her that she preferred listening to playing.',
      'She has chaired the jury of the Carrow Film Festival and is writing a history of the city’s music halls. Her reviews are starred out of five, reluctantly.',
    ],
    [['Instagram', 'https://photos.harbour-ledger.invalid/inesmarchetti']],
  ),
  profile(
    'sam-kilbride',
    'Sam Kilbride',
    'Sport reporter and podcast host',
    [
      'Sam Kilbride covers sport for the Ledger and hosts <em>Ledger Weekly</em>, the paper’s podcast about the week in Aldermouth.',
      'A former county-level rower, Sam reports on football, rowing and the grassroots clubs that keep both going, and has a soft spot for any match played in horizontal rain.',
      'Before joining the Ledger Sam produced radio documentaries and still believes every story sounds better with the right ambient noise. Listener questions for the podcast can be sent by voice note.',
    ],
    [
      ['Podcast feed', `${SITE}/podcast`],
      ['Mastodon', 'https://social.harbour-ledger.invalid/@samkilbride'],
    ],
  ),
];

const authorById = new Map(authors.map((a) => [a.id, a]));

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeHtml(s).replace(/"/g, '&quot;');

const inline = (s: string): string =>
  escapeHtml(s)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\*(.+?)\*/g, '<em>$1</em>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>');

const imageSizes = new Map<string, { width: number; height: number }>();

const imageSize = async (name: string): Promise<{ width: number; height: number }> => {
  const cached = imageSizes.get(name);
  if (cached) return cached;
  const meta = await sharp(join(publicDir, 'images', `${name}.jpg`)).metadata();
  if (!meta.width || !meta.height) throw new Error(`no size for image ${name}`);
  const size = { width: meta.width, height: meta.height };
  imageSizes.set(name, size);
  return size;
};

/**
 * The smaller copies build-sample-images.ts wrote beside an image (`<name>-<width>.jpg`), as
 * `_broadsheet.image_srcset` entries, narrowest first; empty when it has none.
 */
const imageVariants = async (name: string): Promise<{ url: string; width: number }[]> => {
  const isVariant = (f: string): boolean => f.startsWith(`${name}-`) && /^\d+\.jpg$/.test(f.slice(name.length + 1));
  const files = (await readdir(join(publicDir, 'images'))).filter(isVariant);
  const variants = await Promise.all(
    files.map(async (f) => ({ url: `/images/${f}`, width: (await imageSize(f.replace(/\.jpg$/, ''))).width })),
  );
  return variants.sort((x, y) => x.width - y.width);
};

/** Converts the block markup described in SampleArticle.body into HTML. */
const renderBody = async (body: string): Promise<string> => {
  const blocks = body
    .trim()
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').map((l) => l.trim());
    if (block.startsWith('## ')) out.push(`<h2>${inline(block.slice(3))}</h2>`);
    else if (block.startsWith('<')) out.push(block);
    else if (block.startsWith('[[')) {
      const parts = block.replace(/^\[\[|\]\]$/g, '').split('|').map((p) => p.trim());
      const [name = '', alt = '', caption = '', credit = ''] = parts;
      const { width, height } = await imageSize(name);
      out.push(
        `<figure><img src="/images/${name}.jpg" alt="${escapeAttr(alt)}" width="${width}" height="${height}" loading="lazy"><figcaption>${inline(caption)}${credit ? ` <small>${inline(credit)}</small>` : ''}</figcaption></figure>`,
      );
    } else if (lines.every((l) => l.startsWith('> '))) {
      out.push(`<blockquote>${lines.map((l) => `<p>${inline(l.slice(2))}</p>`).join('')}</blockquote>`);
    } else if (lines.every((l) => l.startsWith('- '))) {
      out.push(`<ul>${lines.map((l) => `<li>${inline(l.slice(2))}</li>`).join('')}</ul>`);
    } else if (lines.every((l) => /^\d+\. /.test(l))) {
      out.push(`<ol>${lines.map((l) => `<li>${inline(l.replace(/^\d+\. /, ''))}</li>`).join('')}</ol>`);
    } else out.push(`<p>${inline(lines.join(' '))}</p>`);
  }
  return out.join('\n');
};

const wordCount = (s: string): number => s.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;

const articles: SampleArticle[] = [...articlesCity, ...articlesWorld, ...articlesMore, longRead];

const buildItem = async (a: SampleArticle, idBySlug: Map<string, string>): Promise<Record<string, unknown>> => {
  const month = a.published.slice(0, 7).replace('-', '/');
  const itemAuthors = a.authorIds.map((id) => {
    const p = authorById.get(id);
    if (!p) throw new Error(`unknown author ${id} in ${a.slug}`);
    return p;
  });
  const item: Record<string, unknown> = {
    id: a.id,
    // Root-relative, like the images: the feed is served by the reader's own host, and JSON Feed
    // resolves an item's relative URLs against the item url first.
    url: `/${month}/${a.slug}`,
    title: a.title,
    summary: a.summary,
  };
  if (a.text !== undefined) item.content_text = a.text.trim();
  else if (a.body !== undefined) item.content_html = await renderBody(a.body);
  else throw new Error(`${a.slug} has no body`);
  const ext: Record<string, unknown> = { author_ids: a.authorIds };
  if (a.image) {
    const { width, height } = await imageSize(a.image.name);
    item.image = `/images/${a.image.name}.jpg`;
    Object.assign(ext, {
      image_alt: a.image.alt,
      image_caption: a.image.caption,
      image_credit: a.image.credit,
      image_width: width,
      image_height: height,
    });
    const variants = await imageVariants(a.image.name);
    if (variants.length > 0) ext.image_srcset = variants;
  }
  item.date_published = a.published;
  if (a.modified) item.date_modified = a.modified;
  item.authors = itemAuthors.map((p) => ({ name: p.name, url: p.url, avatar: p.avatar }));
  item.tags = a.tags;
  if (a.language) item.language = a.language;
  if (a.attachments) {
    item.attachments = await Promise.all(
      a.attachments.map(async (att) => {
        const file = join(publicDir, att.url);
        const size = (await stat(file)).size;
        const out: Record<string, unknown> = { ...att, size_in_bytes: size };
        if (att.mime_type === 'audio/wav') {
          const buf = await readFile(file);
          const byteRate = buf.readUInt32LE(28);
          out.duration_in_seconds = Math.round((size - 44) / byteRate);
        }
        return out;
      }),
    );
  }
  if (a.related) {
    ext.related = a.related.map((slug) => {
      const id = idBySlug.get(slug);
      if (!id) throw new Error(`related slug ${slug} not found (from ${a.slug})`);
      return id;
    });
  }
  ext.section = a.section;
  item._broadsheet = ext;
  return item;
};

const main = async (): Promise<void> => {
  const idBySlug = new Map(articles.map((a) => [a.slug, a.id]));
  if (idBySlug.size !== articles.length) throw new Error('duplicate slugs');
  if (new Set(articles.map((a) => a.id)).size !== articles.length) throw new Error('duplicate ids');
  const sorted = [...articles].sort((x, y) => Date.parse(y.published) - Date.parse(x.published));
  const top = (page: 1 | 2): Record<string, unknown> => ({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'The Harbour Ledger',
    home_page_url: '/',
    feed_url: page === 1 ? '/feed.json' : '/feed-2.json',
    description:
      'News, analysis and culture from Aldermouth and the Carrow estuary, and the world seen from its quays. A fictional newspaper: every article in this feed is sample content written for Broadsheet.',
    icon: '/icon-feed.png',
    favicon: '/favicon.svg',
    language: 'en-GB',
    authors: [{ name: 'The Harbour Ledger newsroom', url: `${SITE}/contact` }],
    ...(page === 1 ? { next_url: '/feed-2.json' } : {}),
    _broadsheet: {
      about: 'https://github.com/broadsheet-reader/broadsheet#the-_broadsheet-extension',
      authors,
    },
  });
  const report: string[] = [];
  for (const page of [1, 2] as const) {
    const items: Record<string, unknown>[] = [];
    for (const a of sorted.filter((s) => s.page === page)) {
      const item = await buildItem(a, idBySlug);
      items.push(item);
      const words = wordCount(String(item.content_html ?? item.content_text ?? ''));
      report.push(`p${page} ${a.published.slice(0, 10)} ${String(words).padStart(5)}w ${a.slug}`);
    }
    const feed = { ...top(page), items };
    const file = join(publicDir, page === 1 ? 'feed.json' : 'feed-2.json');
    await writeFile(file, `${JSON.stringify(feed, null, 2)}\n`);
    console.log(`${file}: ${items.length} items`);
  }
  console.log(report.join('\n'));
  const tagCounts = new Map<string, number>();
  for (const a of articles) for (const t of a.tags) tagCounts.set(t, (tagCounts.get(t) ?? 0) + 1);
  console.log(
    `${articles.length} articles, ${authors.length} authors, ${tagCounts.size} tags:`,
    [...tagCounts].sort((x, y) => y[1] - x[1]).map(([t, n]) => `${t}(${n})`).join(' '),
  );
};

await main();
