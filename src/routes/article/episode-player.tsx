import { useEffect, useId, useRef, useState } from 'react';
import { useClientValue } from '../../shared/use-client-value';
import type { Article, Attachment, Author, Tag } from '../../shared/model';
import type { Episodes } from '../../reading/episodes';
import { episodeUrl, UNKNOWN_EPISODE, type EpisodeState } from '../../reading/episode-state';
import { choosePlayable, playableEpisode } from '../../reading/playable';
import { saveWholeArticle } from '../../reading/save-button';
import { useFeedSession } from '../../session/session-context';
import { savedListOf, useSavedFlag } from '../../reading/saved-list';
import { createStore } from '../../shared/store';
import { useTabState } from '../../shared/tab-state';
import { useStore } from '../../shared/use-store';
import { useLater } from '../../ui/use-later';
import { isStorageError } from '../../storage/errors';
import { getEpisode, putEpisodePosition } from '../../storage/episode-store';
import { formatBytes, formatDuration } from '../../ui/format';
import { throttle } from '../../reading/reading-position';

/**
 * The episode of an article that carries audio, first: under the byline, before the show notes (a
 * podcast's notes run long, and the episode is what the reader came for). One player, for the one
 * attachment this browser can play (offline/playable.ts); where the reader got to is kept per episode
 * and restored, as the reading position is; and a row that keeps the episode on the device.
 */

/**
 * The episodes' states and downloads: loaded once the app is live (every episode's state is unknown
 * until then, as before its record is read), or at the first press on Keep.
 */
const episodesCode = () => import('../../reading/episodes');

/** What is shown before the episodes' code is here. */
const noStates = createStore<ReadonlyMap<string, EpisodeState>>(new Map());
const unknown = () => UNKNOWN_EPISODE;

/** This tab's episodes, once their code has loaded. */
function useEpisodes(): Episodes | null {
  const tab = useTabState();
  return useLater(episodesCode)?.episodesOf(tab) ?? null;
}

/** The state of the episode at `url`, read once the code is here and re-rendering as it changes. */
function useEpisodeState(episodes: Episodes | null, url: string): EpisodeState {
  useEffect(() => {
    if (episodes) void episodes.loadState(url);
  }, [episodes, url]);
  return useStore(episodes?.states ?? noStates, { select: (all) => all.get(episodeUrl(url)) ?? UNKNOWN_EPISODE, server: unknown });
}

/** The attachment to play: the first audio one on the server (no browser to ask), then the browser's choice. */
function useEpisode(attachments: Attachment[]): Attachment | undefined {
  return useClientValue(
    () => playableEpisode(attachments),
    () => choosePlayable(attachments),
  );
}

/** The file name of a URL, for an attachment without a title. */
export function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
  } catch {
    return url;
  }
}

/**
 * Keeps the listening position of `url` (seconds): restored before playback starts (a media element
 * that has loaded nothing takes currentTime as where to start), stored every few seconds while it
 * plays, on pause and seek, and when the page is hidden or left. A finished episode starts again.
 */
function useEpisodePosition(audio: React.RefObject<HTMLAudioElement | null>, given: string, articleId: string): void {
  useEffect(() => {
    const el = audio.current;
    if (!el) return;
    const url = episodeUrl(given);
    let live = true;
    let restored = false;
    const save = throttle((seconds: number) => void putEpisodePosition(url, articleId, seconds).catch(() => undefined), 3000);
    const now = () => {
      if (restored) save(el.ended ? 0 : el.currentTime);
    };
    const flushNow = () => {
      now();
      save.flush();
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') flushNow();
    };
    void getEpisode(url)
      .catch(() => undefined)
      .then((record) => {
        if (!live) return;
        const at = record?.position ?? 0;
        // Only if the reader has not started it meanwhile.
        if (at > 0 && el.currentTime === 0 && el.paused) el.currentTime = at;
        restored = true;
      });
    el.addEventListener('timeupdate', now);
    el.addEventListener('pause', flushNow);
    el.addEventListener('seeked', flushNow);
    el.addEventListener('ended', flushNow);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flushNow);
    return () => {
      live = false;
      flushNow();
      el.removeEventListener('timeupdate', now);
      el.removeEventListener('pause', flushNow);
      el.removeEventListener('seeked', flushNow);
      el.removeEventListener('ended', flushNow);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flushNow);
    };
  }, [audio, given, articleId]);
}

interface Props {
  article: Article;
  authors: Author[];
  tags: Tag[];
}

/** The episode player with its offline row, or nothing when the article carries no playable audio. */
export function EpisodePlayer({ article, authors, tags }: Props) {
  const episode = useEpisode(article.attachments);
  if (!episode) return null;
  return <Player key={episode.url} episode={episode} article={article} authors={authors} tags={tags} />;
}

function Player({ episode, article, authors, tags }: Props & { episode: Attachment }) {
  const headingId = useId();
  const audio = useRef<HTMLAudioElement>(null);
  const episodes = useEpisodes();
  const state = useEpisodeState(episodes, episode.url);
  useEpisodePosition(audio, episode.url, article.id);
  const label = episode.title ?? fileName(episode.url);
  const facts = [
    episode.durationInSeconds ? formatDuration(episode.durationInSeconds) : null,
    episode.sizeInBytes ? formatBytes(episode.sizeInBytes, article.language) : null,
  ].filter(Boolean);
  return (
    <section className="episode" aria-labelledby={headingId}>
      <h2 id={headingId} className="episode-heading">
        Episode
      </h2>
      <p className="episode-title">
        {label}
        {facts.length > 0 && <span className="attachment-facts"> ({facts.join(', ')})</span>}
      </p>
      {/* Nothing is fetched before the reader presses play (a phone's data), unless it is on the device. */}
      <audio ref={audio} controls preload={state.status === 'kept' ? 'metadata' : 'none'} src={episode.url} aria-label={`Play ${label}`}>
        <a href={episode.url}>Download {label}</a>
      </audio>
      <EpisodeOffline episode={episode} article={article} authors={authors} tags={tags} episodes={episodes} state={state} />
    </section>
  );
}

/** "12.3 MB of 34 MB", or "12.3 MB" when the size is unknown. */
function progressText(received: number, total: number | undefined): string {
  return total ? `${formatBytes(received)} of ${formatBytes(total)}` : formatBytes(received);
}

/** Keep, progress with Cancel, Resume, or "on this device" with Remove: the episode's offline state. */
function EpisodeOffline({ episode, article, authors, tags, episodes, state }: Props & { episode: Attachment; episodes: Episodes | null; state: EpisodeState }) {
  const session = useFeedSession();
  const tab = useTabState();
  /** This tab's episodes, their code loaded now if a press came first. */
  const ready = async () => episodes ?? (await episodesCode()).episodesOf(tab);
  const { saved } = useSavedFlag(article.id);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const progressId = useId();
  const size = state.totalBytes ?? episode.sizeInBytes;
  const sized = size ? ` (${formatBytes(size)})` : '';

  const keep = async () => {
    setError(null);
    setBusy(true);
    try {
      // The episode stays as long as the article is saved: keeping it saves the article first.
      if (!saved) await saveWholeArticle(session, savedListOf(tab), { article, authors, tags });
      setBusy(false);
      await (await ready()).keepEpisode(episode, article.id);
    } catch (e) {
      setError(isStorageError(e) || e instanceof Error ? e.message : 'The episode could not be kept on this device.');
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setError(null);
    await ready()
      .then((e) => e.removeEpisode(episode.url, article.id))
      .catch(() => setError('The episode could not be removed.'));
  };

  let row: React.ReactNode;
  if (state.status === 'downloading') {
    row = (
      <>
        <progress id={progressId} max={Math.max(1, size ?? 0)} value={size ? state.receivedBytes : undefined} aria-label="Downloading the episode" />
        <span aria-live="polite">Downloading the episode: {progressText(state.receivedBytes, size)}</span>
        <button type="button" className="button button-quiet button-small" onClick={() => episodes?.cancelEpisode(episode.url)}>
          Cancel download
        </button>
      </>
    );
  } else if (state.status === 'paused') {
    row = (
      <>
        <span>The download stopped at {progressText(state.receivedBytes, size)}.</span>
        <button type="button" className="button button-quiet button-small" onClick={() => void keep()}>
          Resume download
        </button>
        <button type="button" className="button button-quiet button-small" onClick={() => void remove()}>
          Cancel download
        </button>
      </>
    );
  } else if (state.status === 'kept') {
    row = (
      <>
        <span className="offline-badge">On this device{sized}</span>
        <button type="button" className="button button-quiet button-small" onClick={() => void remove()}>
          Remove episode
        </button>
      </>
    );
  } else {
    row = (
      <button type="button" className="button button-quiet button-small" disabled={busy} aria-busy={busy || undefined} onClick={() => void keep()}>
        {saved ? 'Keep the episode too' : 'Keep the episode offline'}
        {sized}
      </button>
    );
  }
  const message = error ?? (state.status === 'error' || state.status === 'paused' ? state.message : undefined);
  return (
    <div className="episode-offline" dir="ltr" lang="en">
      <div className="episode-offline-row">{row}</div>
      {message && (
        <p role={state.status === 'paused' ? undefined : 'alert'} className={state.status === 'paused' ? 'settings-note' : 'inline-error'}>
          {message}
        </p>
      )}
    </div>
  );
}
