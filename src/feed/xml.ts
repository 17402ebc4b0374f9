/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds -> RawFeed, the same raw shape a JSON Feed parses to, so
 * normalizing, slugs, related posts, search, offline and prerendering work unchanged. Loaded only when
 * a feed is XML (a dynamic import from load.ts), so the XML parser is a chunk of its own.
 */
import { rawFeedFrom } from './parse';
import type { RawFeed } from './schema';
import { formatName, formatOf, mapXmlFeed } from './xml-map';
import { parseXmlTree } from './xml-tree';

export interface XmlFeedOptions {
  /** The URL the feed was read from: the base of relative `xml:base` values and links. */
  feedUrl?: string;
  /** The response's Content-Type, for its charset. */
  contentType?: string;
}

/** Decodes and parses an XML feed. Throws FeedError naming the format and the problem. */
export function parseXmlFeed(bytes: Uint8Array, opts: XmlFeedOptions = {}): RawFeed {
  const text = decodeXml(bytes, opts.contentType);
  const root = parseXmlTree(text, formatName, opts.feedUrl);
  const format = formatOf(root);
  const mapped = mapXmlFeed(root, format);
  const raw = rawFeedFrom(mapped.doc, 'https://jsonfeed.org/version/1.1');
  for (const item of raw.items) {
    const base = mapped.contentBases[item.index];
    if (base) item.contentBase = base;
  }
  return { ...raw, version: format };
}

/**
 * XML bytes -> text: a byte-order mark decides, else the XML declaration's `encoding` (the generator
 * knows its bytes better than a server's default charset does), else the Content-Type's charset, else
 * UTF-8. An encoding TextDecoder does not know is read as UTF-8; invalid bytes become U+FFFD.
 */
function decodeXml(bytes: Uint8Array, contentType?: string): string {
  let label: string | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) label = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  if (!label) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256));
    label = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1] ?? /charset\s*=\s*"?([A-Za-z0-9._:-]+)/i.exec(contentType ?? '')?.[1];
  }
  try {
    return new TextDecoder(label ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
