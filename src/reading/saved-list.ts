import { useEffect } from 'react';
import type { Article, Author, Tag } from '../shared/model';
import { createStore, type ReadableStore } from '../shared/store';
import { useStore } from '../shared/use-store';
import type { SavedArticle } from '../storage/db';
import { onTabMessage } from '../shared/tab-channel';
import { useTabState, type TabPart, type TabState } from '../shared/tab-state';
import { deleteSaved, getSaved, listSaved, putSaved, updateSaved, upsertSaved } from '../storage/saved-store';
import type { CacheDeps } from './saved-images';

/**
 * The reading list as the page sees it: which article ids are saved (and whether their images are
 * on the device), kept in memory so every card's button and badge can read it at render time.
 */

export interface SavedFlag {
  saved: boolean;
  imagesCached: boolean;
}

const NOT_SAVED: SavedFlag = { saved: false, imagesCached: false };

export interface SaveInput {
  article: Article;
  authors: Author[];
  tags: Tag[];
}

/** The reading list in one tab: its flags in memory, following other tabs, and saving and removing. */
export interface SavedList extends TabPart {
  /** Which article ids are saved, and whether their images are kept. */
  flags: ReadableStore<ReadonlyMap<string, SavedFlag>>;
  /** Loads the saved ids once (and again after `force`), then follows what other tabs change. */
  load(force?: boolean): Promise<void>;
  /**
   * Saves an article and its images. The record is written first (a full device throws StorageError
   * 'quota' with nothing changed); if the images then hit the quota, the new record and its images
   * are taken back out, so the reading list is exactly what it was.
   */
  saveArticle(input: SaveInput, via?: 'reader' | 'download', deps?: CacheDeps | null): Promise<SavedArticle>;
  /**
   * Removes an article from the reading list, with its kept episode, and its images unless another
   * saved article shows them.
   */
  removeArticle(id: string, deps?: CacheDeps | null): Promise<void>;
}

/**
 * Storing a saved article's images: loaded with the first save or removal, not with the reading
 * list's flags, which every page shows.
 */
const savedImages = () => import('./saved-images');

function createSavedList(tab: TabState): SavedList {
  /**
   * Tells the eviction marker (kept-marker.ts) of a change; its module loads with the first. A tab
   * closed meanwhile (a new page load) has no marker to tell: the next one reads the list itself.
   */
  const tellKeptMarker = (change: { saved: boolean }) =>
    void import('./kept-marker')
      .then((m) => m.keptMarkerOf(tab).changed(change))
      .catch(() => undefined);
  const flags = createStore<ReadonlyMap<string, SavedFlag>>(new Map());
  let loading: Promise<void> | null = null;
  let unfollow: (() => void) | null = null;
  const setFlag = (id: string, flag: SavedFlag | undefined) =>
    flags.update((all) => {
      const next = new Map(all);
      if (flag) next.set(id, flag);
      else next.delete(id);
      return next;
    });
  // Re-reads the entries another tab changed, so this tab's buttons, badges and /saved follow.
  const followOtherTab = async (ids: string[]) => {
    for (const id of ids) {
      const entry = await getSaved(id).catch(() => undefined);
      setFlag(id, entry ? { saved: true, imagesCached: entry.imagesCached } : undefined);
    }
  };
  return {
    flags,
    load(force = false) {
      if (loading && !force) return loading;
      unfollow ??= onTabMessage('saved', ({ ids }) => void followOtherTab(ids));
      loading = listSaved()
        .then((entries) => {
          flags.set(new Map(entries.map((e) => [e.id, { saved: true, imagesCached: e.imagesCached }])));
        })
        .catch(() => undefined); // no storage: nothing is saved
      return loading;
    },
    async saveArticle(input, via = 'reader', deps) {
      const { article, authors, tags } = input;
      const [{ articleImageUrls, cacheSavedImages }, { imageHostsOf }] = await Promise.all([savedImages(), import('./cors-images')]);
      const imageUrls = await articleImageUrls(article, authors);
      // Built on the entry stored now, in the write's own transaction: another tab's save in between is kept.
      const { before, entry } = await upsertSaved(article.id, (stored) => ({
        id: article.id,
        article,
        authors,
        tags,
        savedAt: stored?.savedAt ?? Date.now(),
        imageUrls,
        imagesCached: false,
        via: stored?.via === 'reader' ? 'reader' : via,
      }));
      setFlag(entry.id, { saved: true, imagesCached: false });
      let imagesCached: boolean;
      try {
        imagesCached = await cacheSavedImages(entry.imageUrls, imageHostsOf(tab), deps);
      } catch (e) {
        if (before) await putSaved(before).catch(() => undefined);
        else await deleteSaved(entry.id).catch(() => undefined);
        setFlag(entry.id, before ? { saved: true, imagesCached: before.imagesCached } : undefined);
        throw e;
      }
      if (imagesCached) {
        await updateSaved(entry.id, (e) => ({ ...e, imagesCached: true }));
        setFlag(entry.id, { saved: true, imagesCached: true });
      }
      tellKeptMarker({ saved: true }); // the eviction marker and persistent storage
      return { ...entry, imagesCached };
    },
    async removeArticle(id, deps) {
      const entry = await deleteSaved(id);
      setFlag(id, undefined);
      tellKeptMarker({ saved: false });
      // The episode was kept because the article was: it goes with it (its listening position stays).
      // The episodes' module is loaded here, not with the reading list: Save is on every first visit's
      // page, a kept episode rarely.
      await import('./episodes')
        .then(({ episodesOf }) => episodesOf(tab).removeEpisodesOf(id))
        .catch(() => undefined);
      if (!entry) return;
      const keep = new Set((await listSaved()).flatMap((e) => e.imageUrls));
      await savedImages()
        .then(({ removeSavedImages }) => removeSavedImages(entry.imageUrls, keep, deps))
        .catch(() => undefined);
    },
    close() {
      unfollow?.();
      unfollow = null;
    },
  };
}

/** The reading list of the tab `tab`. */
export function savedListOf(tab: TabState): SavedList {
  return tab.part(createSavedList);
}

/** Whether an article is saved, re-rendering when that changes. */
export function useSavedFlag(id: string): SavedFlag {
  const saved = savedListOf(useTabState());
  useEffect(() => {
    void saved.load();
  }, [saved]);
  return useStore(saved.flags, { select: (all) => all.get(id) ?? NOT_SAVED, server: () => NOT_SAVED });
}
