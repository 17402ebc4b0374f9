import type { Attachment } from '../shared/model';

/**
 * Which attachment of an article is its episode. Feeds send one file in several formats (NPR sends an
 * MP3, an AAC and an Opus copy of each story): the player plays, and the device keeps, only the one
 * this browser can play, asked with `canPlayType`. Real feeds also name types loosely (`audio/mp3`,
 * `audio/x-m4a`), or not at all (`application/octet-stream` with an `.mp3` file), so a loose name is
 * also asked under its standard one, and a generic one is read from the file's extension.
 */

/** What HTMLMediaElement.canPlayType answers. */
export type CanPlay = (type: string) => CanPlayTypeResult;

/** Loose names real feeds use, and the standard type a browser knows them by. */
const STANDARD: Record<string, string> = {
  'audio/mp3': 'audio/mpeg',
  'audio/x-mp3': 'audio/mpeg',
  'audio/mpeg3': 'audio/mpeg',
  'audio/x-mpeg': 'audio/mpeg',
  'audio/mpg': 'audio/mpeg',
  'audio/x-m4a': 'audio/mp4',
  'audio/m4a': 'audio/mp4',
  'audio/x-mp4': 'audio/mp4',
  'audio/aacp': 'audio/aac',
  'audio/x-aac': 'audio/aac',
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/vnd.wave': 'audio/wav',
  'audio/x-ogg': 'audio/ogg',
  'audio/opus': 'audio/ogg; codecs=opus',
  'audio/x-flac': 'audio/flac',
};

/** Types read from the file name when the feed's type says nothing (octet-stream, empty). */
const BY_EXTENSION: Record<string, string> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg; codecs=opus',
  wav: 'audio/wav',
  flac: 'audio/flac',
  weba: 'audio/webm',
};

const GENERIC = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/binary', 'application/download', 'application/x-download']);

function extensionType(url: string): string | undefined {
  try {
    const ext = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
    return ext ? BY_EXTENSION[ext] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The types to ask the browser about for an attachment, most specific first, or [] when it is not
 * audio. Parameters (`; codecs=…`) are kept: they are what tells an Opus Ogg from a Vorbis one.
 */
export function audioTypes(att: Attachment): string[] {
  const given = att.mimeType.trim().toLowerCase();
  const bare = given.split(';')[0]?.trim() ?? '';
  if (bare.startsWith('audio/')) {
    const standard = STANDARD[bare];
    return standard && standard !== bare ? [given, standard] : [given];
  }
  if (GENERIC.has(bare)) {
    const guessed = extensionType(att.url);
    return guessed ? [guessed] : [];
  }
  return [];
}

/** True when the attachment is audio (by its type, or by its file name when the type is generic). */
export function isAudioAttachment(att: Attachment): boolean {
  return audioTypes(att).length > 0;
}

const RANK: Record<CanPlayTypeResult, number> = { '': 0, maybe: 1, probably: 2 };

/**
 * The episode: among the audio attachments, the one `canPlay` rates best ('probably' over 'maybe'),
 * the feed's order breaking ties; undefined when there is no audio or the browser can play none.
 * Without `canPlay` (the build, rendering pages with no browser) the first audio attachment.
 */
export function choosePlayable(attachments: readonly Attachment[], canPlay?: CanPlay): Attachment | undefined {
  const audio = attachments.filter(isAudioAttachment);
  if (!canPlay) return audio[0];
  let best: Attachment | undefined;
  let bestRank = 0;
  for (const att of audio) {
    const rank = Math.max(...audioTypes(att).map((t) => RANK[canPlay(t)] ?? 0));
    if (rank > bestRank) {
      best = att;
      bestRank = rank;
    }
  }
  return best;
}

let probe: HTMLAudioElement | null = null;

/** This browser's `canPlayType`, or undefined where there is no DOM (the build). */
function browserCanPlay(): CanPlay | undefined {
  if (typeof document === 'undefined') return undefined;
  probe ??= document.createElement('audio');
  const el = probe;
  return (type) => el.canPlayType(type);
}

/** The episode of an article for this browser (see choosePlayable). */
export function playableEpisode(attachments: readonly Attachment[]): Attachment | undefined {
  return choosePlayable(attachments, browserCanPlay());
}
