/**
 * XML text -> a small element tree, with saxes (a well-formedness-checking XML parser in plain
 * JavaScript: no DOM, so it runs in the page, a worker and Node). Only what feed mapping needs: names
 * with their namespace, attributes, text and child elements in order, and each element's `xml:base`
 * and `xml:lang` as inherited.
 *
 * Safety: saxes never reads a DTD's entity declarations, so an internal subset cannot expand
 * (billion laughs) and an external entity is never fetched: such a reference stays as its literal
 * text. The HTML named entities that feeds use without declaring them (`&nbsp;`, `&mdash;`) are read.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { FeedError } from './errors';
import { NAMED_ENTITIES } from './text';

export interface XmlElement {
  /** Local name, e.g. "item", "content" (without prefix). */
  local: string;
  /** Namespace URI; '' when none. */
  uri: string;
  /** The qualified name as written, e.g. "media:content". */
  name: string;
  /** Attribute values by qualified name as written ("href", "xml:base") and by "{uri}local". */
  attrs: Map<string, string>;
  children: (XmlElement | string)[];
  /** The effective xml:base (absolute when the document URL was known), else the document URL. */
  base: string | undefined;
  /** True when an `xml:base` on this element or an ancestor set `base`. */
  baseSet: boolean;
  /** The effective xml:lang. */
  lang: string | undefined;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/**
 * Namespaces feeds use under conventional prefixes, sometimes without declaring them (which makes
 * the document not namespace-well-formed): resolved here instead of failing the whole feed.
 */
const KNOWN_PREFIXES: Record<string, string> = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  media: 'http://search.yahoo.com/mrss/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  slash: 'http://purl.org/rss/1.0/modules/slash/',
  wfw: 'http://wellformedweb.org/CommentAPI/',
  sy: 'http://purl.org/rss/1.0/modules/syndication/',
  georss: 'http://www.georss.org/georss',
  googleplay: 'http://www.google.com/schemas/play-podcasts/1.0',
  podcast: 'https://podcastindex.org/namespace/1.0',
  xhtml: 'http://www.w3.org/1999/xhtml',
};

/**
 * Deeper elements are not kept as elements (their text goes to the deepest kept one): no feed nests
 * this deep, and the tree is walked recursively.
 */
const MAX_DEPTH = 256;

/** Errors of documents that are still readable: a reference the document never defined stays literal. */
const TOLERATED = /undefined entity|unbound namespace prefix/i;

/** Parses XML text into a tree; throws FeedError naming the problem when it is not well-formed. */
export function parseXmlTree(text: string, formatName: (root: string) => string, documentUrl?: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true, resolvePrefix: (prefix: string) => KNOWN_PREFIXES[prefix] });
  // A table without a prototype (saxes' own inherits from Object: `&constructor;` would be "defined").
  parser.ENTITIES = Object.assign(Object.create(null) as Record<string, string>, NAMED_ENTITIES);
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let closing = false;
  let tooDeep = 0;

  parser.on('error', (err) => {
    if (TOLERATED.test(err.message)) return;
    const detail = err.message.replace(/^(?:[^:]*:)?(\d+):(\d+): /, 'line $1, column $2: ').replace(/\.$/, '');
    const what = root ? formatName(root.name) : 'feed';
    if (closing && /unclosed tag|unexpected end/i.test(err.message)) {
      throw new FeedError('truncated', `The ${what} ended before it was complete — the download was probably cut off (${detail})`, { cause: err });
    }
    throw new FeedError('invalid-xml', `The ${what} is not well-formed XML (${detail})`, { cause: err });
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length >= MAX_DEPTH) {
      tooDeep++;
      return;
    }
    const parent = stack[stack.length - 1];
    const attrs = new Map<string, string>();
    for (const a of Object.values(tag.attributes)) {
      attrs.set(a.name, a.value);
      attrs.set(`{${a.uri}}${a.local}`, a.value);
    }
    const baseAttr = attrs.get(`{${XML_NS}}base`);
    const el: XmlElement = {
      local: tag.local,
      uri: tag.uri,
      name: tag.name,
      attrs,
      children: [],
      base: baseAttr === undefined ? (parent?.base ?? documentUrl) : resolveBase(baseAttr, parent?.base ?? documentUrl),
      baseSet: baseAttr !== undefined || parent?.baseSet === true,
      lang: attrs.get(`{${XML_NS}}lang`)?.trim() || parent?.lang,
    };
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    if (tooDeep > 0) tooDeep--;
    else stack.pop();
  });
  const onText = (t: string) => {
    const parent = stack[stack.length - 1];
    if (!parent) return;
    const last = parent.children[parent.children.length - 1];
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + t;
    else parent.children.push(t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  parser.write(text);
  closing = true;
  parser.close();
  if (!root) throw new FeedError('invalid-xml', 'The feed is not well-formed XML (it has no root element)');
  return root;
}

function resolveBase(value: string, base: string | undefined): string | undefined {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return base;
  }
}

/** The text content of an element (all descendant text, in order). */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return '';
  let out = '';
  for (const c of el.children) out += typeof c === 'string' ? c : textOf(c);
  return out;
}

/** Child elements named `local` in namespace `uri`. */
export function childrenNamed(el: XmlElement | undefined, uri: string, local: string): XmlElement[] {
  if (!el) return [];
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.local === local && c.uri === uri);
}

/** The first child element named `local` in namespace `uri`. */
export function childNamed(el: XmlElement | undefined, uri: string, local: string): XmlElement | undefined {
  return childrenNamed(el, uri, local)[0];
}

/** An attribute by its local name, unprefixed ("href") or in a namespace ("{uri}local"). */
export function attr(el: XmlElement | undefined, name: string): string | undefined {
  return el?.attrs.get(name);
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** The children of an element serialized as HTML (Atom `type="xhtml"` content), prefixes dropped. */
export function innerHtml(el: XmlElement): string {
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') {
      out += escapeText(c);
      continue;
    }
    const name = c.local.toLowerCase();
    let attrs = '';
    for (const [k, v] of c.attrs) {
      // Each attribute is in the map twice; the written name (no "{") is the one to serialize.
      if (k.startsWith('{') || k.startsWith('xmlns') || k.startsWith('xml:')) continue;
      attrs += ` ${k.replace(/^[^:]*:/, '')}="${escapeAttr(v)}"`;
    }
    out += VOID.has(name) ? `<${name}${attrs}>` : `<${name}${attrs}>${innerHtml(c)}</${name}>`;
  }
  return out;
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
