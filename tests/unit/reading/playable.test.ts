import { describe, expect, test } from 'vitest';
import type { Attachment } from '../../../src/shared/model';
import { audioTypes, choosePlayable, type CanPlay } from '../../../src/reading/playable';

// One episode per article: of several attachments (formats of one story, a PDF, a video), the one
// this browser can play. canPlay tables stand for browsers' canPlayType answers.

const att = (url: string, mimeType: string, extra: Partial<Attachment> = {}): Attachment => ({ url, mimeType, ...extra });
const npr = [
  att('https://ondemand.npr.example/story.mp3', 'audio/mpeg'),
  att('https://ondemand.npr.example/story.aac', 'audio/aac'),
  att('https://ondemand.npr.example/story.opus', 'audio/ogg; codecs=opus'),
];

/** A browser that answers from a table (anything else: ''). */
const browser = (table: Record<string, CanPlayTypeResult>): CanPlay => (type) => table[type] ?? '';

describe('choosing the one playable attachment', () => {
  test('three formats of one story: the best the browser rates, the feed order breaking ties', () => {
    const chromium = browser({ 'audio/mpeg': 'probably', 'audio/aac': 'probably', 'audio/ogg; codecs=opus': 'probably' });
    expect(choosePlayable(npr, chromium)?.url).toBe('https://ondemand.npr.example/story.mp3');
    const noOpusMaybeMp3 = browser({ 'audio/mpeg': 'maybe', 'audio/aac': 'probably' });
    expect(choosePlayable(npr, noOpusMaybeMp3)?.url).toBe('https://ondemand.npr.example/story.aac');
    const opusOnly = browser({ 'audio/ogg; codecs=opus': 'probably' });
    expect(choosePlayable(npr, opusOnly)?.url).toBe('https://ondemand.npr.example/story.opus');
  });

  test('loose type names are asked under their standard name too (audio/x-m4a as audio/mp4, audio/mp3 as audio/mpeg)', () => {
    const strict = browser({ 'audio/mp4': 'maybe', 'audio/mpeg': 'probably' });
    expect(choosePlayable([att('https://cdn.example/a.m4a', 'audio/x-m4a')], strict)?.url).toBe('https://cdn.example/a.m4a');
    expect(choosePlayable([att('https://cdn.example/a.m4a', 'audio/x-m4a'), att('https://cdn.example/a.mp3', 'audio/mp3')], strict)?.url).toBe('https://cdn.example/a.mp3');
    expect(audioTypes(att('https://cdn.example/a.mp3', 'Audio/MP3'))).toEqual(['audio/mp3', 'audio/mpeg']);
  });

  test('a generic type is read from the file name; other types are not audio', () => {
    const chromium = browser({ 'audio/mpeg': 'probably', 'video/mp4': 'probably' });
    expect(choosePlayable([att('https://cdn.example/ep.mp3?x=1', 'application/octet-stream')], chromium)?.url).toBe('https://cdn.example/ep.mp3?x=1');
    expect(choosePlayable([att('https://cdn.example/notes.pdf', 'application/pdf'), att('https://cdn.example/clip.mp4', 'video/mp4')], chromium)).toBeUndefined();
    expect(audioTypes(att('https://cdn.example/file', 'application/octet-stream'))).toEqual([]);
  });

  test('nothing the browser can play: no episode (the files stay downloadable)', () => {
    expect(choosePlayable(npr, browser({}))).toBeUndefined();
    expect(choosePlayable([], browser({ 'audio/mpeg': 'probably' }))).toBeUndefined();
  });

  test('with no browser to ask (the build): the first audio attachment, past a PDF', () => {
    expect(choosePlayable([att('https://cdn.example/notes.pdf', 'application/pdf'), ...npr])?.url).toBe('https://ondemand.npr.example/story.mp3');
  });
});
