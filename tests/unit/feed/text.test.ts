import { describe, expect, it } from 'vitest';
import { collapseWhitespace, countWords, decodeEntities, htmlToText, readingMinutes, shortTitle } from '../../../src/feed/text';

describe('htmlToText', () => {
  it.each([
    ['<p>One</p><p>Two</p>', 'One Two'],
    ['<b>bold</b>ly', 'boldly'],
    ['line<br>break<br/>here', 'line break here'],
    ['<img alt="a > b" src="x.png">after', 'after'],
    ["<a title='x>y' href=\"/\">link</a>", 'link'],
    ['<SCRIPT type="text/javascript">var a = "<p>no</p>";</SCRIPT>kept', 'kept'],
    ['<style>p { color: red }</style><p>kept</p>', 'kept'],
    ['<script>never closed <p>gone</p>', ''],
    ['before<!-- comment <p>x</p> -->after', 'before after'],
    ['<!DOCTYPE html><p>doc</p>', 'doc'],
    ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
    ['&lt;p&gt; is a tag &amp;c', '<p> is a tag &c'],
    ['<p>a&nbsp;&nbsp; b\n\t c</p>', 'a b c'],
    ['<ul><li>x</li><li>y</li></ul>', 'x y'],
  ])('%j -> %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&amp;&lt;&gt;&quot;&apos;', '&<>"\''],
    ['&eacute;&Eacute;&uuml;&ntilde;', 'éÉüñ'],
    ['&#233;&#xE9;&#X1F600;', 'éé😀'],
    ['&#0;&#xD800;&#x110000;', '\ufffd\ufffd\ufffd'],
    ['&unknownentity; &amp', '&unknownentity; &'],
    ['&mdash;&hellip;&rsquo;&ldquo;&rdquo;', '—…’“”'],
  ])('%j -> %j', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});

describe('countWords and reading time', () => {
  it.each([
    ['', 0],
    ['one two  three', 3],
    ["don't stop-start it's", 3],
    ['Ünïcödé wörds hére', 3],
    ['مرحبا بالعالم اليوم', 3],
    ['हिन्दी समाचार', 2],
    ['東京都', 2],
    ['東京 and Osaka', 3],
    ['😀 — 42', 1],
  ])('%j has %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
  });

  it('rounds reading time at 230 words a minute, minimum 1', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(345)).toBe(2);
    expect(readingMinutes(2300)).toBe(10);
  });
});

describe('shortTitle and collapseWhitespace', () => {
  it('cuts to words with an ellipsis only when something was cut', () => {
    expect(shortTitle('a b c', 12)).toBe('a b c');
    expect(shortTitle('a b c d,', 3)).toBe('a b c…');
    expect(shortTitle('Ends with a dot.', 12)).toBe('Ends with a dot.');
  });
  it('collapses every kind of whitespace', () => {
    expect(collapseWhitespace('\u00a0 a\u200b\u200bb \n c\u3000d ')).toBe('a b c d');
  });
});
