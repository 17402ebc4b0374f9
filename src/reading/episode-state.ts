import type { EpisodeRecord } from '../storage/db';

/** Where an episode's bytes are on this device ('unknown' until its record is read). */
export type EpisodeStatus = 'unknown' | 'none' | 'downloading' | 'paused' | 'kept' | 'error';

/** What is known of one episode's bytes on this device: the player and the download both speak it. */
export interface EpisodeState {
  status: EpisodeStatus;
  receivedBytes: number;
  totalBytes?: number;
  /** What went wrong, in words (status 'error'), or why it paused. */
  message?: string;
}

/** An episode whose record has not been read yet. */
export const UNKNOWN_EPISODE: EpisodeState = { status: 'unknown', receivedBytes: 0 };

/**
 * The key an episode is known by: its absolute URL. A prerendered page's data carries root-relative
 * URLs and the feed's copy on the device absolute ones; the worker sees the player's absolute one.
 */
export function episodeUrl(url: string): string {
  try {
    return new URL(url, location.href).href;
  } catch {
    return url;
  }
}

/** An episode's state from its record of bytes kept. */
export function stateOf(record: EpisodeRecord | undefined): EpisodeState {
  const d = record?.download;
  if (!d) return { status: 'none', receivedBytes: 0 };
  const sizes = { receivedBytes: d.receivedBytes, ...(d.totalBytes !== undefined ? { totalBytes: d.totalBytes } : {}) };
  return d.status === 'complete' ? { status: 'kept', ...sizes } : { status: 'paused', ...sizes, message: 'The download stopped before the end.' };
}
