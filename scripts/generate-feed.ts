/**
 * Generates a large, synthetic but realistic JSON Feed 1.1 for tests and benchmarks.
 * Content is deterministic for a given seed (mulberry32 PRNG): varied headlines, 100–600-word
 * HTML bodies, 200 authors, 300 tags with a Zipf-like distribution, images from /images/,
 * and a few messy cases (numeric ids, missing titles, undated items, nulls in arrays).
 *
 * CLI:  npm run feed:generate -- --items 10000 [--out path] [--seed N] [--pages K]
 * API:  import { generateFeed } from './generate-feed';
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mulberry32, type Rng } from './lib/random';

export interface GeneratedAuthor {
  name: string;
  url: string;
  avatar: string;
}

export interface GeneratedProfile extends GeneratedAuthor {
  id: string;
  role: string;
  bio_html: string;
  links: { title: string; url: string }[];
}

export interface GeneratedItem {
  id: string | number;
  url: string;
  title?: string;
  summary: string;
  content_html?: string;
  content_text?: string;
  image: string;
  date_published?: string;
  authors: GeneratedAuthor[];
  tags: (string | null)[];
  _broadsheet: {
    author_ids: string[];
    image_alt: string;
    image_caption?: string;
    image_credit: string;
    image_width: number;
    image_height: number;
    section: string;
    related?: string[];
  };
}

export interface GeneratedFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  icon: string;
  favicon: string;
  language: string;
  next_url?: string;
  _broadsheet: { about: string; authors: GeneratedProfile[] };
  items: GeneratedItem[];
}

export interface GenerateOptions {
  items: number;
  seed?: number;
}


const SITE = 'https://synthetic-gazette.invalid';

const IMAGES = [
  'tram-harbour-line', 'tide-tables-podcast', 'desalination-coast', 'fishing-fleet-dusk', 'harbour-long-read',
  'flood-barrier-storm', 'container-terminal', 'rent-chart', 'seagrass-meadow', 'opera-salt-bride', 'hospital-night',
  'grid-pylons', 'rovers-floodlights', 'offshore-wind', 'school-hills', 'harbour-ward-skyline', 'reservoir-drought',
  'market-city', 'library-shelves', 'shellfish-study', 'cycle-count-chart', 'rowing-estuary', 'parliament-skyline',
  'heat-pump-terraces', 'ferry-harbour', 'film-festival', 'budget-donut', 'gulf-heat', 'ocean-buoys', 'turnout-chart',
  'seafront-storm', 'estuary-hills',
] as const;

const AVATARS = [
  'mara-okafor', 'tomasz-wren', 'aisha-haddad', 'felix-achterberg', 'ruth-penhaligon', 'daniel-oyelaran',
  'ines-marchetti', 'sam-kilbride',
] as const;

const FIRST = [
  'Amara', 'Bram', 'Carys', 'Dev', 'Elin', 'Farid', 'Greta', 'Hugo', 'Isla', 'Jonas', 'Kemi', 'Lior', 'Maeve', 'Nikhil',
  'Orla', 'Pavel', 'Quinn', 'Rosa', 'Soren', 'Tariq', 'Una', 'Viktor', 'Wren', 'Ximena', 'Yusuf', 'Zara', 'Aoife',
  'Benedict', 'Chiara', 'Dmitri', 'Esme', 'Femi', 'Gideon', 'Hana', 'Idris', 'Juno', 'Kasia', 'Leon', 'Mirela', 'Noor',
];
const LAST = [
  'Abernathy', 'Bakshi', 'Castell', 'Dunmore', 'Egan', 'Fairweather', 'Gallagher', 'Hartigan', 'Ibekwe', 'Jankowski',
  'Kowalczyk', 'Lindgren', 'Mbeki', 'Nakamura', 'Ostrowski', 'Pereira', 'Quigley', 'Rahman', 'Sandoval', 'Thorne',
  'Uddin', 'Varga', 'Whitlock', 'Yilmaz', 'Zielinski', 'Achterberg', 'Blackwood', 'Carmody', 'Delacroix', 'Eriksen',
];
const ROLES = [
  'Political correspondent', 'Health reporter', 'Transport correspondent', 'Business reporter', 'Education editor',
  'Environment correspondent', 'Courts reporter', 'Culture writer', 'Sport reporter', 'Data journalist',
  'Foreign correspondent', 'Science writer', 'Investigations reporter', 'Housing reporter', 'Technology editor',
];
const SECTIONS = ['City', 'Region', 'World', 'Business', 'Science', 'Culture', 'Sport', 'Data', 'Opinion', 'Travel'];

const PLACES = [
  'Northgate', 'Saltmarket', 'Westerholm', 'Fennick Hill', 'Gullet Point', 'the Strand', 'Quayside', 'Ropewalk',
  'Carrow Park', 'the Heights', 'Harbour Steps', 'Tanner’s Lane', 'Brackenfold', 'Dunhollow', 'Marram Bay', 'Kelderby',
  'Stonefold', 'Ashcombe', 'Lowmoor', 'Pellinor', 'Whitstrand', 'Oxley Cross', 'Fairhaven', 'Greyhythe', 'Holloway End',
  'Millbeck', 'Penmarrow', 'Rushby', 'Skelwick', 'Thornbury Vale', 'Upper Carrow', 'Vennford', 'Wyndham Quay',
];
const TOPIC_NOUNS = [
  'tram plan', 'ferry timetable', 'school budget', 'housing scheme', 'flood defence', 'wind farm', 'hospital ward',
  'library', 'bus route', 'harbour wall', 'cycle lane', 'rent cap', 'water supply', 'care home', 'fish market',
  'power cable', 'sea wall', 'recycling contract', 'parking charge', 'arts centre', 'football ground', 'rowing club',
  'night bus', 'port expansion', 'heat network', 'youth centre', 'film festival', 'bridge repair', 'market hall',
];
const HEADLINE_VP = [
  'faces fresh delay', 'wins approval', 'is scrapped after review', 'costs double the estimate', 'divides residents',
  'goes to public inquiry', 'gets a £{m}m boost', 'is back on the table', 'hit by staff shortages', 'opens to the public',
  'runs out of money', 'put on hold until {year}', 'draws record numbers', 'faces legal challenge', 'is cut by a third',
];
const HEADLINE_FRAMES = [
  'Why the {topic} in {place} keeps stalling', 'How {place} got its {topic} back', 'What the new {topic} means for {place}',
  'Inside the quiet fight over the {place} {topic}', 'Five things to know about the {place} {topic}',
  'Who pays for the {topic} in {place}?', 'The long road to a {topic} for {place}', 'Is the {place} {topic} worth £{m}m?',
  'A year on, has the {topic} changed {place}?', 'The {place} {topic}, explained',
];
const ORGS = [
  'The council', 'The port authority', 'The health trust', 'The transport authority', 'The estuary board',
  'The university', 'The water company', 'The regulator', 'Ministers', 'The ferry operator', 'The union',
  'The housing association', 'The police', 'The fire service', 'The chamber of commerce',
];
const ORG_VERBS = [
  'to review', 'to scrap', 'to expand', 'to delay', 'to consult on', 'to double funding for', 'to cut', 'to rebuild',
  'to investigate', 'to sell', 'to restore', 'to trial',
];
const EVENTS = [
  'storm damage', 'a funding row', 'complaints from residents', 'a damning report', 'a week of protests',
  'record demand', 'a safety scare', 'a surprise vote', 'an eleven-hour meeting', 'a leaked memo',
];
const SUBJECTS = [
  'The council', 'Residents', 'The port authority', 'Researchers at the university', 'A spokesperson for the operator',
  'Local traders', 'Ministers', 'The regulator', 'Campaigners', 'Union officials', 'The health trust', 'Engineers',
  'Analysts', 'Head teachers', 'The transport authority', 'Farmers', 'The chief executive', 'Opposition councillors',
  'Fishermen', 'Volunteers', 'Economists', 'Parents', 'Landlords', 'Tenants’ groups',
];
const SAY = ['said', 'warned', 'argued', 'confirmed', 'insisted', 'suggested', 'told the Gazette', 'admitted', 'claimed', 'noted'];
const NPS = [
  'the scheme', 'the new timetable', 'the budget', 'the proposed quay', 'the pilot', 'the review', 'the plan',
  'the contract', 'the consultation', 'the reservoir', 'the average wait', 'the typical rent', 'the fare',
  'the number of applications', 'the cost of repairs', 'the waiting list', 'the business case', 'the survey',
  'the passenger count', 'the final bill', 'the repair work', 'the funding gap', 'demand for places', 'the backlog',
];
const VPS = [
  'would cost about £{m}m', 'had risen by {p}% in a year', 'could be delayed until {month}', 'was expected to create {n} jobs',
  'needed further scrutiny', 'had been approved in principle', 'would be reviewed in {month}', 'fell short of expectations',
  'was unlikely to change before {year}', 'would affect about {n} households', 'had fallen by {p}% since {year}',
  'was the highest since records began', 'depended on a government grant', 'had been underestimated from the start',
  'would be published in {month}', 'was under pressure from rising costs', 'had doubled in five years',
  'would not be ready until {year}', 'was broadly on track', 'remained the subject of negotiations',
];
const TIME = [
  'Last week', 'On Tuesday', 'Earlier this year', 'Since the spring', 'In the past decade', 'By the end of the month',
  'Over the summer', 'At a meeting on Thursday', 'In a report published today', 'For the first time in years',
];
const CONNECT = [
  'However', 'Meanwhile', 'At the same time', 'Even so', 'In practice', 'By contrast', 'For now', 'In the meantime',
  'Crucially', 'Still',
];
const QUOTES = [
  'We have to be honest about the trade-offs', 'Nobody expected it to happen this quickly',
  'This is not a decision we take lightly', 'People deserve a straight answer', 'The figures speak for themselves',
  'We have been asking for this for years', 'It is simply not good enough', 'There is no easy fix here',
  'We will keep listening to residents', 'I have never seen anything like it', 'The money has to come from somewhere',
  'It is a good start, but only a start', 'We are doing everything we can', 'Nobody is pretending this is perfect',
  'You cannot run a city on goodwill alone', 'The details matter more than the headlines',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October', 'November'];

const TAG_BASE = [
  'Transport', 'Housing', 'Health', 'Education', 'Climate', 'Energy', 'Water', 'Shipping', 'Fishing', 'Economy',
  'Politics', 'Elections', 'Crime', 'Courts', 'Culture', 'Film', 'Music', 'Theatre', 'Books', 'Sport', 'Football',
  'Rowing', 'Science', 'Technology', 'Data', 'Europe', 'Middle East', 'Africa', 'Asia', 'Americas', 'Weather',
  'Floods', 'Wildlife', 'Farming', 'Food', 'Travel', 'Tourism', 'Jobs', 'Unions', 'Budget', 'Taxes', 'Planning',
  'Heritage', 'Religion', 'Migration', 'Policing', 'Libraries', 'Universities', 'Schools', 'Hospitals', 'Social care',
  'Pensions', 'Retail', 'Property', 'Ports', 'Rail', 'Buses', 'Cycling', 'Roads', 'Aviation',
];
const TAG_QUALIFIERS = ['funding', 'policy', 'strikes', 'reform', 'protests', 'investment', 'safety', 'inquiry'];

interface Profile {
  profile: GeneratedProfile;
  author: GeneratedAuthor;
}

const slugify = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Builds the generator's fixed vocabularies (authors, tags) for a seed. */
const buildWorld = (rng: Rng): { profiles: Profile[]; tags: string[]; tagCdf: Float64Array } => {
  const profiles: Profile[] = [];
  const used = new Set<string>();
  for (let i = 0; profiles.length < 200; i++) {
    const first = FIRST[Math.floor(rng() * FIRST.length)] as string;
    const last = LAST[Math.floor(rng() * LAST.length)] as string;
    let name = `${first} ${last}`;
    if (used.has(name)) name = `${first} ${String.fromCharCode(65 + (i % 26))}. ${last}`;
    if (used.has(name)) continue;
    used.add(name);
    const id = slugify(name);
    const role = ROLES[Math.floor(rng() * ROLES.length)] as string;
    const avatar = `/avatars/${AVATARS[i % AVATARS.length] as string}.jpg`;
    const url = `${SITE}/authors/${id}`;
    const place = PLACES[Math.floor(rng() * PLACES.length)] as string;
    const bio = `<p>${name} is a ${role.toLowerCase()} at the Gazette, based in ${place}.</p><p>Before joining the paper in ${2005 + Math.floor(rng() * 20)}, ${first} worked on regional titles and in broadcasting.</p>`;
    profiles.push({
      profile: { id, name, url, avatar, role, bio_html: bio, links: [{ title: 'Email', url: `mailto:${id}@synthetic-gazette.invalid` }] },
      author: { name, url, avatar },
    });
  }
  const tags: string[] = [...TAG_BASE];
  for (let q = 0; tags.length < 300; q++) {
    const base = TAG_BASE[q % TAG_BASE.length] as string;
    const qual = TAG_QUALIFIERS[Math.floor(q / TAG_BASE.length) % TAG_QUALIFIERS.length] as string;
    tags.push(`${base} ${qual}`);
  }
  // Zipf-like weights: the tag at rank r gets weight 1 / r^1.07.
  const cdf = new Float64Array(tags.length);
  let sum = 0;
  for (let r = 0; r < tags.length; r++) {
    sum += 1 / Math.pow(r + 1, 1.07);
    cdf[r] = sum;
  }
  for (let r = 0; r < tags.length; r++) cdf[r] = (cdf[r] ?? 0) / sum;
  return { profiles, tags, tagCdf: cdf };
};

/** Generates one synthetic feed with `items` items, deterministic for `seed`. */
export function generateFeed(opts: GenerateOptions): GeneratedFeed {
  const count = Math.max(0, Math.floor(opts.items));
  const rng = mulberry32(opts.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  const int = (lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
  const { profiles, tags, tagCdf } = buildWorld(rng);

  const pickTag = (): string => {
    const x = rng();
    let lo = 0;
    let hi = tagCdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tagCdf[mid] ?? 1) < x) lo = mid + 1;
      else hi = mid;
    }
    return tags[lo] as string;
  };

  const fill = (s: string): string =>
    s
      .replace('{m}', String(int(2, 480)))
      .replace('{p}', String(int(2, 64)))
      .replace('{n}', String(int(3, 90) * 10))
      .replace('{year}', String(int(2027, 2034)))
      .replace('{month}', pick(MONTHS));

  const person = (): string => `${pick(FIRST)} ${pick(LAST)}`;

  const sentence = (): string => {
    switch (int(0, 6)) {
      case 0:
        return `${pick(SUBJECTS)} ${pick(SAY)} that ${pick(NPS)} ${fill(pick(VPS))}.`;
      case 1:
        return `${pick(TIME)}, ${pick(NPS)} in ${pick(PLACES)} ${fill(pick(VPS))}.`;
      case 2:
        return `${pick(CONNECT)}, ${pick(NPS)} ${fill(pick(VPS))}, and ${pick(NPS)} ${fill(pick(VPS))}.`;
      case 3:
        return `“${pick(QUOTES)},” said ${person()}, who lives in ${pick(PLACES)}.`;
      case 4: {
        const np = pick(NPS);
        return `${np.charAt(0).toUpperCase()}${np.slice(1)} ${fill(pick(VPS))}, according to ${pick(SUBJECTS).toLowerCase()}.`;
      }
      case 5:
        return `In ${pick(PLACES)}, ${pick(SUBJECTS).toLowerCase()} ${pick(SAY)} the ${pick(TOPIC_NOUNS)} ${fill(pick(VPS))}.`;
      default:
        return `${pick(SUBJECTS)} ${pick(SAY)} that ${pick(NPS)} ${fill(pick(VPS))}, but ${pick(NPS)} ${fill(pick(VPS))}.`;
    }
  };

  const headline = (place: string, topic: string): string => {
    switch (int(0, 6)) {
      case 0:
      case 5:
      case 6:
        return `${place} ${topic} ${fill(pick(HEADLINE_VP))}`;
      case 1:
        return `${pick(ORGS)} ${pick(ORG_VERBS)} ${place} ${topic} after ${pick(EVENTS)}`;
      case 2:
        return fill(pick(HEADLINE_FRAMES)).replace('{place}', place).replace('{topic}', topic);
      case 3:
        return `${int(2, 40) * 10} ${pick(['jobs', 'homes', 'places', 'families', 'stalls', 'boats'])} at risk as ${place} ${topic} ${fill(pick(HEADLINE_VP))}`;
      default:
        return `‘${pick(QUOTES)}’: ${place} ${topic} ${fill(pick(HEADLINE_VP))}`;
    }
  };

  const body = (words: number, place: string, topic: string): string => {
    const parts: string[] = [];
    let n = 0;
    let para = 0;
    while (n < words) {
      const sentences: string[] = [];
      const len = int(2, 4);
      for (let s = 0; s < len; s++) sentences.push(sentence());
      let text = sentences.join(' ');
      para++;
      if (para === 3 && rng() < 0.35) {
        text = `${pick(QUOTES)}. ${sentence()}`;
        parts.push(`<blockquote><p>${text}</p></blockquote>`);
      } else if (para === 4 && rng() < 0.25) {
        parts.push(`<h2>${pick(['What happens next in', 'The view from', 'What it means for', 'The numbers behind'])} ${place}</h2>`);
        parts.push(`<p>${text}</p>`);
      } else parts.push(`<p>${text}</p>`);
      n += text.split(' ').length;
    }
    if (rng() < 0.1) parts.push(`<p>More on the ${topic}: <a href="${SITE}/topics/${slugify(topic)}">our coverage</a>.</p>`);
    return parts.join('');
  };

  const items: GeneratedItem[] = [];
  let t = Date.parse('2026-11-27T08:00:00Z');
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    t -= int(4, 95) * 60_000;
    const place = pick(PLACES);
    const topic = pick(TOPIC_NOUNS);
    const raw = headline(place, topic);
    const title = raw.charAt(0).toUpperCase() + raw.slice(1);
    const a1 = pick(profiles);
    const authorsList = rng() < 0.12 ? [a1, pick(profiles)].filter((a, k, arr) => arr.indexOf(a) === k) : [a1];
    const tagSet = new Set<string>();
    const nTags = int(3, 5);
    while (tagSet.size < nTags) tagSet.add(pickTag());
    const img = pick(IMAGES);
    const words = 100 + Math.floor(Math.pow(rng(), 2.9) * 450);
    const id = `gen-${(opts.seed ?? 1).toString(36)}-${i.toString(36).padStart(5, '0')}`;
    const slug = `${slugify(title).slice(0, 60).replace(/-$/, '')}-${i.toString(36)}`;
    const d = new Date(t);
    const item: GeneratedItem = {
      id,
      url: `${SITE}/${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${slug}`,
      title,
      summary: sentence(),
      content_html: body(words, place, topic),
      image: `/images/${img}.jpg`,
      date_published: d.toISOString().replace('.000Z', '+00:00'),
      authors: authorsList.map((a) => a.author),
      tags: [...tagSet],
      _broadsheet: {
        author_ids: authorsList.map((a) => a.profile.id),
        image_alt: `Illustration accompanying: ${topic} in ${place}`,
        image_credit: 'Illustration: Gazette graphics desk',
        image_width: 1200,
        image_height: 675,
        section: pick(SECTIONS),
      },
    };
    if (rng() < 0.3) item._broadsheet.image_caption = sentence();
    if (i > 10 && rng() < 0.05) item._broadsheet.related = [ids[int(0, i - 1)] as string, ids[int(0, i - 1)] as string];
    // Messy cases, sprinkled deterministically.
    if (i % 97 === 13) item.id = 900000 + i; // numeric id
    if (i % 211 === 50) delete item.title; // missing title
    if (i % 503 === 77) delete item.date_published; // undated
    if (i % 331 === 5) item.tags.push(null); // null inside an array
    if (i % 149 === 21) {
      // text-only item
      item.content_text = (item.content_html ?? '').replace(/<[^>]+>/g, '\n').replace(/\n+/g, '\n\n').trim();
      delete item.content_html;
    }
    ids.push(String(item.id));
    items.push(item);
  }

  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'The Synthetic Gazette',
    home_page_url: `${SITE}/`,
    feed_url: `${SITE}/feed.json`,
    description: `Generated test feed (${count} items, seed ${opts.seed ?? 1}). Not real news.`,
    icon: '/icon-feed.png',
    favicon: '/favicon.svg',
    language: 'en-GB',
    _broadsheet: {
      about: 'https://broadsheet.invalid/docs#the-_broadsheet-extension',
      authors: profiles.map((p) => p.profile),
    },
    items,
  };
}

/** Splits a generated feed into `pages` feeds linked by next_url (relative file names). */
export function paginateFeed(feed: GeneratedFeed, pages: number, fileName: (page: number) => string): GeneratedFeed[] {
  const k = Math.max(1, Math.floor(pages));
  const per = Math.ceil(feed.items.length / k);
  const out: GeneratedFeed[] = [];
  for (let p = 0; p < k; p++) {
    const page: GeneratedFeed = { ...feed, items: feed.items.slice(p * per, (p + 1) * per) };
    delete page.next_url;
    if (p < k - 1) page.next_url = fileName(p + 1);
    out.push(page);
  }
  return out;
}

const parseArgs = (argv: string[]): { items: number; seed: number; pages: number; out?: string } => {
  const get = (name: string): string | undefined => {
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i] as string;
      if (a === `--${name}`) return argv[i + 1];
      if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
    }
    return undefined;
  };
  const num = (name: string, dflt: number): number => {
    const v = get(name);
    if (v === undefined) return dflt;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number, got "${v}"`);
    return Math.floor(n);
  };
  const out = get('out');
  return { items: num('items', 1000), seed: num('seed', 1), pages: Math.max(1, num('pages', 1)), ...(out ? { out } : {}) };
};

const main = (): void => {
  const args = parseArgs(process.argv.slice(2));
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const out = resolve(args.out ?? join(root, 'tests', 'fixtures', 'generated', `feed-${args.items}.json`));
  const started = performance.now();
  const feed = generateFeed({ items: args.items, seed: args.seed });
  const stem = basename(out).replace(/\.json$/, '');
  const fileName = (page: number): string => (page === 0 ? basename(out) : `${stem}-${page + 1}.json`);
  const pages = paginateFeed(feed, args.pages, fileName);
  mkdirSync(dirname(out), { recursive: true });
  let bytes = 0;
  pages.forEach((page, p) => {
    const file = join(dirname(out), fileName(p));
    const json = JSON.stringify(page);
    writeFileSync(file, json);
    bytes += Buffer.byteLength(json);
    console.log(`${file}: ${page.items.length} items, ${(Buffer.byteLength(json) / 1e6).toFixed(2)} MB`);
  });
  console.log(
    `${args.items} items in ${pages.length} file(s), ${(bytes / 1e6).toFixed(2)} MB total, ${(bytes / Math.max(1, args.items)).toFixed(0)} B/item, ${(performance.now() - started).toFixed(0)} ms`,
  );
};

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
