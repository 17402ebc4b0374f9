/**
 * Text helpers that need no DOM (they run in a Web Worker and in Node): HTML -> plain text,
 * HTML entity decoding, word counting and short-title derivation.
 */
import { wellFormed } from '../shared/paths';

/** The HTML named character references decoded here (the common set), by name without `&` and `;`. */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '', ensp: '\u2002',
  emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019',
  sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e', laquo: '\u00ab',
  raquo: '\u00bb', lsaquo: '\u2039', rsaquo: '\u203a', bull: '\u2022', middot: '\u00b7',
  prime: '\u2032', Prime: '\u2033', copy: '\u00a9', reg: '\u00ae', trade: '\u2122',
  deg: '\u00b0', plusmn: '\u00b1', times: '\u00d7', divide: '\u00f7', minus: '\u2212',
  frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be', sup2: '\u00b2', sup3: '\u00b3',
  para: '\u00b6', sect: '\u00a7', dagger: '\u2020', Dagger: '\u2021', permil: '\u2030',
  euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', curren: '\u00a4',
  iexcl: '\u00a1', iquest: '\u00bf', ordf: '\u00aa', ordm: '\u00ba', micro: '\u00b5',
  larr: '\u2190', rarr: '\u2192', uarr: '\u2191', darr: '\u2193', harr: '\u2194',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ',
  ccedil: 'ç', egrave: 'è', eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í',
  icirc: 'î', iuml: 'ï', eth: 'ð', ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô',
  otilde: 'õ', ouml: 'ö', oslash: 'ø', ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü',
  yacute: 'ý', thorn: 'þ', yuml: 'ÿ', szlig: 'ß', oelig: 'œ', scaron: 'š', zcaron: 'ž',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ',
  Ccedil: 'Ç', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í',
  Icirc: 'Î', Iuml: 'Ï', ETH: 'Ð', Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô',
  Otilde: 'Õ', Ouml: 'Ö', Oslash: 'Ø', Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û', Uuml: 'Ü',
  Yacute: 'Ý', THORN: 'Þ', OElig: 'Œ', Scaron: 'Š', Zcaron: 'Ž', Yuml: 'Ÿ',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', pi: 'π', sigma: 'σ', omega: 'ω', mu: 'μ',
};

/** Decodes named (common set) and numeric HTML entities; unknown names are left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));?/g, (match, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined || hex !== undefined) {
      const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
      // Surrogates, NUL and out-of-range code points are not characters: use the replacement char.
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    // Own names only: `&constructor;` is not a reference to Object.prototype.constructor.
    const decoded = name !== undefined && Object.hasOwn(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : undefined;
    return decoded ?? match;
  });
}

/**
 * The text of a plain-text feed field (a title, summary, name, tag, caption) as a reader should see it:
 * character references decoded exactly once (publishers such as WordPress write `&#8211;` and `&amp;`
 * into JSON fields that JSON Feed defines as plain text; `&amp;lt;` becomes `&lt;`, never `<`), lone
 * UTF-16 surrogates replaced, whitespace collapsed. The result is still text, rendered as text.
 */
export function plainTextField(value: string): string {
  return collapseWhitespace(wellFormed(decodeEntities(value)));
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'img', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'audio', 'video', 'iframe', 'picture', 'source',
]);

const SKIP_CONTENT_TAGS = new Set(['script', 'style', 'template', 'noscript']);

/**
 * Plain text of an HTML fragment without a DOM: drops comments and the contents of script, style,
 * template and noscript; block-level tags become spaces (so paragraphs do not run together, while
 * inline tags like <b> do not split words); entities are decoded; whitespace collapsed.
 * A single forward scan (quoted attribute values may contain '>'), so 50,000-character bodies
 * and 10,000-article feeds stay cheap.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const len = html.length;
  let i = 0;
  while (i < len) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    if (lt > i) out.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      out.push(' ');
      i = close < 0 ? len : close + 3;
      continue;
    }
    const closing = html.charCodeAt(lt + 1) === 47; // '/'
    const nameStart = closing ? lt + 2 : lt + 1;
    let j = nameStart;
    while (j < len && isTagNameChar(html.charCodeAt(j), j === nameStart)) j++;
    if (j === nameStart) {
      // Not a tag ("a < b", "<!doctype", "<?xml"): a declaration is dropped, a bare '<' is text.
      const c = html.charCodeAt(lt + 1);
      if (c === 33 || c === 63) {
        const close = html.indexOf('>', lt + 2);
        i = close < 0 ? len : close + 1;
      } else {
        out.push('<');
        i = lt + 1;
      }
      continue;
    }
    const name = html.slice(nameStart, j).toLowerCase();
    // Find the end of the tag, skipping quoted attribute values.
    let k = j;
    let quote = 0;
    for (; k < len; k++) {
      const c = html.charCodeAt(k);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) {
        quote = c;
      } else if (c === 62) {
        break;
      }
    }
    i = k >= len ? len : k + 1;
    if (!closing && SKIP_CONTENT_TAGS.has(name)) {
      const end = indexOfCloseTag(html, name, i);
      out.push(' ');
      i = end;
      continue;
    }
    if (BLOCK_TAGS.has(name)) out.push(' ');
  }
  return collapseWhitespace(decodeEntities(out.join('')));
}

function isTagNameChar(c: number, first: boolean): boolean {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return first ? letter : letter || (c >= 48 && c <= 57) || c === 45;
}

/** Index just after `</name ...>` (case-insensitive) from `from`, or the end of the text. */
function indexOfCloseTag(html: string, name: string, from: number): number {
  const re = new RegExp(`</${name}\\s*>`, 'gi');
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index + m[0].length : html.length;
}

/** Collapses runs of whitespace (including no-break spaces) into one space and trims. */
export function collapseWhitespace(text: string): string {
  // \s already covers no-break spaces; zero-width spaces are rare, so only pay for them when present.
  const spaced = text.includes('\u200b') ? text.replace(/\u200b/g, ' ') : text;
  // Only runs that are not already a single plain space are rewritten (most spaces are), which
  // keeps this cheap on long bodies.
  return spaced.replace(/ \s+|[^\S ]\s*/g, ' ').trim();
}

// Scripts written without spaces between words: Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar.
const NO_SPACE_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

const SEPARATOR = 0;
const WORD_CHAR = 1;
const NO_SPACE = 2;
/** Continues a word it is inside of (apostrophes, hyphens, combining marks), else separates. */
const JOINER = 3;
type CharKind = 0 | 1 | 2 | 3;
const kindCache = new Map<number, CharKind>();

function kindOf(code: number): CharKind {
  if (code < 128) {
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return WORD_CHAR;
    return code === 39 || code === 45 || code === 95 ? JOINER : SEPARATOR;
  }
  let kind = kindCache.get(code);
  if (kind === undefined) {
    const ch = String.fromCodePoint(code);
    kind = NO_SPACE_CHAR.test(ch) ? NO_SPACE : LETTER_OR_DIGIT.test(ch) ? WORD_CHAR : MARK.test(ch) || code === 0x2019 ? JOINER : SEPARATOR;
    kindCache.set(code, kind);
  }
  return kind;
}

/**
 * Counts words. Text in scripts written without spaces (Chinese, Japanese, Thai…) counts as one
 * word per two characters: a rough but common equivalence that gives sensible reading times
 * (a Chinese "word" averages about 1.5–2 characters). Korean uses spaces and is counted normally.
 * A single pass over the text, without regex matches per word (10,000 long articles stay cheap).
 */
export function countWords(text: string): number {
  let words = 0;
  let noSpaceChars = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      code = text.codePointAt(i) ?? code;
      i++;
    }
    const kind = kindOf(code);
    if (kind === WORD_CHAR) {
      if (!inWord) words++;
      inWord = true;
    } else if (kind === NO_SPACE) {
      noSpaceChars++;
      inWord = false;
    } else if (kind === SEPARATOR) {
      inWord = false;
    }
  }
  return words + Math.ceil(noSpaceChars / 2);
}

/** Reading time in whole minutes at 230 words a minute, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

/**
 * A short title from longer text: the first `maxWords` words (or, for text without spaces, the
 * first `maxChars` characters), with an ellipsis when something was cut.
 */
export function shortTitle(text: string, maxWords = 12, maxChars = 80): string {
  const clean = collapseWhitespace(text);
  if (!clean) return '';
  const words = clean.split(' ');
  let out = words.slice(0, maxWords).join(' ');
  let cut = words.length > maxWords;
  if (out.length > maxChars) {
    const chars = Array.from(out);
    if (chars.length > maxChars) {
      out = chars.slice(0, maxChars).join('');
      const lastSpace = out.lastIndexOf(' ');
      if (lastSpace > maxChars / 2) out = out.slice(0, lastSpace);
      cut = true;
    }
  }
  return cut ? `${out.replace(/[\s,;:.\-–—]+$/u, '')}…` : out;
}
