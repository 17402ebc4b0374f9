/**
 * Valibot schemas for JSON Feed 1.1 and 1.0 and the `_broadsheet` extension.
 *
 * Every schema here is lenient on purpose: real feeds are messy, and one bad field must never
 * cost the reader the whole feed or another item. A field of the wrong type is coerced when its
 * meaning is clear (numeric id -> string, a single tag string -> [tag], "123" size -> 123,
 * `null` entries in lists dropped) and otherwise dropped (becomes undefined).
 * `v.object` strips unknown keys, so extensions other than `_broadsheet` (`_foo`) are ignored.
 * Whether the document is a JSON Feed at all (version, items) is decided in parse.ts.
 */
import * as v from 'valibot';

/** A string field; anything else is dropped. */
const str = v.fallback(v.optional(v.string()), undefined);

/** A textual value where a number means the same thing (ids, titles, tag names). */
const textLike = v.union([v.string(), v.pipe(v.number(), v.finite(), v.transform((n) => String(n)))]);
const optText = v.fallback(v.optional(textLike), undefined);

/** A non-negative number; a numeric string ("1234", " 12.5 ") is accepted. */
const nonNegative = v.union([
  v.pipe(v.number(), v.finite(), v.minValue(0)),
  v.pipe(v.string(), v.trim(), v.regex(/^\d+(?:\.\d+)?$/), v.transform((s) => Number(s))),
]);
const optNonNegative = v.fallback(v.optional(nonNegative), undefined);

/** A boolean; the strings "true"/"false" are accepted. */
const optBoolean = v.fallback(
  v.optional(
    v.union([v.boolean(), v.pipe(v.picklist(['true', 'false']), v.transform((s) => s === 'true'))]),
  ),
  undefined,
);

/**
 * A lenient list: a single value is treated as a one-element list, `null`/undefined entries and
 * entries that do not match `schema` are dropped. Absent (or null) stays undefined, so callers can
 * tell "absent" from "empty" (JSON Feed 1.1 `authors` vs 1.0 `author`).
 */
function list<const TSchema extends v.GenericSchema>(schema: TSchema) {
  return v.fallback(
    v.optional(
      v.pipe(
        v.unknown(),
        v.transform((input): v.InferOutput<TSchema>[] | undefined => {
          if (input === undefined || input === null) return undefined;
          const entries: unknown[] = Array.isArray(input) ? input : [input];
          const out: v.InferOutput<TSchema>[] = [];
          for (const entry of entries) {
            if (entry === null || entry === undefined) continue;
            const result = v.safeParse(schema, entry);
            if (result.success) out.push(result.output);
          }
          return out;
        }),
      ),
    ),
    undefined,
  );
}

/** JSON Feed author (1.1 `authors[]`, 1.0 `author`). A bare string is read as the name. */
const authorSchema = v.union([
  v.object({ name: optText, url: str, avatar: str }),
  v.pipe(
    v.string(),
    v.transform((name): { name?: string; url?: string; avatar?: string } => ({ name })),
  ),
]);
export type RawAuthor = v.InferOutput<typeof authorSchema>;

/** JSON Feed attachment. Whether it is usable (url, mime type) is decided in normalize.ts. */
const attachmentSchema = v.object({
  url: str,
  mime_type: str,
  title: optText,
  size_in_bytes: optNonNegative,
  duration_in_seconds: optNonNegative,
});
export type RawAttachment = v.InferOutput<typeof attachmentSchema>;

/** JSON Feed hub (WebSub etc.); kept for completeness, not used by the reader. */
const hubSchema = v.object({ type: str, url: str });

/** One `_broadsheet.authors[]` profile. */
const authorProfileSchema = v.object({
  id: optText,
  name: optText,
  url: str,
  avatar: str,
  role: str,
  bio_html: str,
  links: list(v.object({ title: optText, url: str })),
});
export type RawAuthorProfile = v.InferOutput<typeof authorProfileSchema>;

/** Top-level `_broadsheet` extension. */
const feedExtensionSchema = v.object({
  about: str,
  authors: list(authorProfileSchema),
});

/** One `_broadsheet.image_srcset` entry; whether its url and width are usable is decided in normalize.ts. */
const imageSourceSchema = v.object({ url: str, width: optNonNegative });
export type RawImageSource = v.InferOutput<typeof imageSourceSchema>;

/** Item-level `_broadsheet` extension. */
const itemExtensionSchema = v.object({
  author_ids: list(textLike),
  image_alt: str,
  image_caption: str,
  image_credit: str,
  image_width: optNonNegative,
  image_height: optNonNegative,
  image_srcset: list(imageSourceSchema),
  related: list(textLike),
  section: optText,
});

/** JSON Feed item (1.1 and 1.0 fields). `id` is kept raw-ish; normalize.ts decides if it is usable. */
const itemSchema = v.object({
  id: optText,
  url: str,
  external_url: str,
  title: optText,
  content_html: str,
  content_text: str,
  summary: optText,
  image: str,
  banner_image: str,
  date_published: str,
  date_modified: str,
  authors: list(authorSchema),
  author: v.fallback(v.optional(authorSchema), undefined),
  tags: list(textLike),
  language: str,
  attachments: list(attachmentSchema),
  _broadsheet: v.fallback(v.optional(itemExtensionSchema), undefined),
});

/**
 * A parsed item plus its position in the page's `items` array; `invalid` when it was not an object;
 * `contentBase` when an XML feed's `xml:base` says what relative URLs in its content are relative to.
 */
export type RawItem = v.InferOutput<typeof itemSchema> & { index: number; invalid?: true; contentBase?: string };

/**
 * `items`: every non-null entry keeps its position; an entry that is not an object is kept as
 * `{ index, invalid: true }` so normalize.ts can count it as skipped. `null` entries are dropped.
 */
const itemsSchema = v.fallback(
  v.optional(
    v.pipe(
      v.unknown(),
      v.transform((input): RawItem[] | undefined => {
        if (!Array.isArray(input)) return undefined;
        const out: RawItem[] = [];
        input.forEach((entry: unknown, index) => {
          if (entry === null || entry === undefined) return;
          const result =
            typeof entry === 'object' && !Array.isArray(entry) ? v.safeParse(itemSchema, entry) : undefined;
          if (result?.success) out.push({ ...result.output, index });
          else out.push({ index, invalid: true });
        });
        return out;
      }),
    ),
  ),
  undefined,
);

/** JSON Feed top level (1.1 and 1.0). */
export const feedSchema = v.object({
  version: str,
  title: optText,
  home_page_url: str,
  feed_url: str,
  description: optText,
  icon: str,
  favicon: str,
  language: str,
  authors: list(authorSchema),
  author: v.fallback(v.optional(authorSchema), undefined),
  next_url: str,
  expired: optBoolean,
  hubs: list(hubSchema),
  items: itemsSchema,
  _broadsheet: v.fallback(v.optional(feedExtensionSchema), undefined),
});

type ParsedFeed = v.InferOutput<typeof feedSchema>;

/**
 * The feed as parse.ts hands it to normalize.ts: schema output with the required parts guaranteed
 * (`version` checked and normalised, `title` non-empty, `items` a list).
 */
export type RawFeed = Omit<ParsedFeed, 'version' | 'title' | 'items'> & {
  version: string;
  title: string;
  items: RawItem[];
};
