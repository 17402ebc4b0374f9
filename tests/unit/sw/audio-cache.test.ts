import { Blob as NodeBlob } from 'node:buffer';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import type { answerRange as AnswerRange, parseByteRange as ParseByteRange } from '../../../src/sw/audio-cache';

// The worker answers a media element's Range requests from a kept episode (src/sw/audio-cache.ts).
// Request, Response and Blob here are Node's own fetch classes, as a worker's are the browser's: jsdom's
// Blob (which this environment puts in the global scope) is not one Node's Response can read.
vi.stubGlobal('Blob', NodeBlob);

let answerRange: typeof AnswerRange;
let parseByteRange: typeof ParseByteRange;
beforeAll(async () => {
  ({ answerRange, parseByteRange } = await import('../../../src/sw/audio-cache'));
});

/** A kept episode of 1000 bytes: byte i is i % 251, so every slice is told apart from every other. */
const SIZE = 1000;
const bytes = Uint8Array.from({ length: SIZE }, (_, i) => i % 251);
const kept = () => new Response(new Blob([bytes]), { status: 200, headers: { 'Content-Type': 'audio/mpeg', 'Content-Length': String(SIZE), 'Accept-Ranges': 'bytes' } });
const ask = (range?: string) => new Request('https://cdn.example/ep.mp3', range ? { headers: { Range: range } } : {});

async function answer(range?: string) {
  const res = await answerRange(ask(range), kept());
  return { status: res.status, body: new Uint8Array(await res.arrayBuffer()), contentRange: res.headers.get('Content-Range'), length: res.headers.get('Content-Length'), type: res.headers.get('Content-Type') };
}

describe('answering Range requests from a kept episode', () => {
  test('from the start (what a player asks first): 206 with the whole body and its Content-Range', async () => {
    const r = await answer('bytes=0-');
    expect(r).toMatchObject({ status: 206, contentRange: 'bytes 0-999/1000', length: '1000', type: 'audio/mpeg' });
    expect(r.body).toEqual(bytes);
  });

  test('a window in the middle (a seek): exactly those bytes, both ends included', async () => {
    const r = await answer('bytes=400-499');
    expect(r).toMatchObject({ status: 206, contentRange: 'bytes 400-499/1000', length: '100' });
    expect(r.body).toEqual(bytes.slice(400, 500));
  });

  test('open-ended from the middle: to the end', async () => {
    const r = await answer('bytes=750-');
    expect(r).toMatchObject({ status: 206, contentRange: 'bytes 750-999/1000', length: '250' });
    expect(r.body).toEqual(bytes.slice(750));
  });

  test('a suffix: the last N bytes, and all of them when N is larger than the file', async () => {
    const last = await answer('bytes=-100');
    expect(last).toMatchObject({ status: 206, contentRange: 'bytes 900-999/1000', length: '100' });
    expect(last.body).toEqual(bytes.slice(900));
    const more = await answer('bytes=-5000');
    expect(more).toMatchObject({ status: 206, contentRange: 'bytes 0-999/1000', length: '1000' });
    expect(more.body).toEqual(bytes);
  });

  test('a last byte past the end is read as "to the end"', async () => {
    const r = await answer('bytes=990-5000');
    expect(r).toMatchObject({ status: 206, contentRange: 'bytes 990-999/1000' });
    expect(r.body).toEqual(bytes.slice(990));
  });

  test('a range that starts past the end gets 416 with the size, and no body', async () => {
    for (const range of ['bytes=1000-', 'bytes=5000-6000', 'bytes=-0']) {
      const r = await answer(range);
      expect(r.status, range).toBe(416);
      expect(r.contentRange, range).toBe('bytes */1000');
      expect(r.body.length, range).toBe(0);
    }
  });

  test('no Range, or one that cannot be honoured (several ranges, 5-2, another unit): the whole file as 200', async () => {
    for (const range of [undefined, 'bytes=0-1,5-6', 'bytes=5-2', 'items=0-1', 'bytes=abc']) {
      const r = await answer(range);
      expect(r.status, String(range)).toBe(200);
      expect(r.body, String(range)).toEqual(bytes);
    }
  });

  test('the parser alone, at the edges', () => {
    expect(parseByteRange('bytes=0-0', SIZE)).toEqual({ start: 0, end: 0 });
    expect(parseByteRange('bytes=999-', SIZE)).toEqual({ start: 999, end: 999 });
    expect(parseByteRange(' Bytes = 10 - 20 ', SIZE)).toEqual({ start: 10, end: 20 });
    expect(parseByteRange('bytes=0-', 0)).toBe('unsatisfiable');
    expect(parseByteRange(null, SIZE)).toBeNull();
  });
});
