import type { LoaderFunctionArgs } from 'react-router';
import { authorsOf, indexFeed, type FeedIndex } from '../../app/feed-index';
import { peekFeed } from '../../app/feed-store';
import { findInFeed } from '../../app/find-in-feed';
import type { Article } from '../../feed/model';
import { savedAsFeed } from '../../offline/saved-model';
import { getSavedBySlug } from '../../storage/saved-store';
import { notFound } from '../../app/not-found';
import { relatedPosts } from '../../feed/related';
import { prerenderedHtml, sourceHash } from '../../ui/prerendered-html';

/** The article by slug (following feed pages if needed), its sanitized body, author bios and top related posts. */
export async function articleLoader({ params }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  const { index, article } = await findArticle(slug);
  const authors = authorsOf(index, article);
  const body = await sanitized(article.contentHtml ?? (article.contentText ? { text: article.contentText } : ''), article.baseUrl, true);
  const bios: Record<string, SanitizedHtml> = {};
  for (const a of authors) if (a.bioHtml) bios[a.slug] = await sanitized(a.bioHtml, article.baseUrl, false);
  const related = relatedPosts(article, index.model.articles, { limit: 4, tagsBySlug: index.tagBySlug, authorsBySlug: index.authorBySlug });
  return { index, article, authors, body, bios, related };
}

/** Sanitized HTML, with the hash of the feed HTML it came from. */
interface SanitizedHtml {
  html: string;
  sourceHash: string;
}

/** Feed HTML (or plain text) made safe: the prerendered page's copy when it has one, else sanitized here. */
async function sanitized(source: string | { text: string }, baseUrl: string, numberParagraphs: boolean): Promise<SanitizedHtml> {
  // Everything the output depends on is hashed, so a block is only reused for the same inputs. The base
  // is taken relative to the page's origin: the build ran on another one, and wrote root-relative URLs.
  const origin = window.location.origin;
  const base = baseUrl.startsWith(origin + '/') ? baseUrl.slice(origin.length) : baseUrl;
  const hash = sourceHash(`${base}\n${numberParagraphs}\n${typeof source === 'string' ? source : `text:${source.text}`}`);
  const reused = prerenderedHtml(hash);
  if (reused !== undefined) return { html: reused, sourceHash: hash };
  const { sanitizeHtmlInSteps, textToHtml } = await import('../../ui/sanitize');
  const html = await sanitizeHtmlInSteps(typeof source === 'string' ? source : textToHtml(source.text), { baseUrl, numberParagraphs });
  return { html, sourceHash: hash };
}

/**
 * The article from the feed; when the feed no longer has it, or cannot be read (offline, no cached
 * copy), from the reading list, so a saved article always opens.
 */
async function findArticle(slug: string): Promise<{ index: FeedIndex; article: Article }> {
  let feedError: unknown = null;
  try {
    const { index, found } = await findInFeed((ix) => ix.articleBySlug.get(slug));
    if (found) return { index, article: found };
  } catch (e) {
    feedError = e;
  }
  const saved = await getSavedBySlug(slug).catch(() => undefined);
  if (saved) return { index: indexFeed(savedAsFeed([saved], peekFeed()?.meta)), article: saved.article };
  if (feedError) throw feedError;
  return notFound('article');
}
