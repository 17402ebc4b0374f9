import { useRef } from 'react';
import { AppLink, useAppNavigation, useViewData } from '../../shared/navigation';
import { canonicalUrl, paths } from '../../shared/paths';
import { ArticleUpdatedNote } from './article-updated-note';
import { ArticleMeta } from '../../ui/article-meta';
import { AuthorBox } from '../../ui/author-box';
import { DocumentHead } from '../../ui/document-head';
import { FeedImage } from '../../ui/feed-image';
import { SafeHtml } from '../../ui/safe-html';
import { SaveButton } from '../../reading/save-button';
import type { ArticleData } from './article-loader';
import { Attachments } from './attachments';
import { EpisodePlayer } from './episode-player';
import { ListenControls } from './listen-controls';
import { useScrollToHash } from './scroll-to-hash';
import { useLater } from '../../ui/use-later';
import { useReadingPosition } from '../../reading/reading-position';
import { RelatedBlock } from './related-block';
import { ShareButton } from './share-button';


/** The hero spans the article column (46rem) from 760px, and the whole window below (styles.css `.hero`). */
const HERO_SIZES = '(min-width: 760px) 736px, 100vw';

/** "Share this paragraph" shows nothing before text is selected: its code comes once the page is live. */
const paragraphShare = () => import('./paragraph-share');

/** The article page: headline, standfirst, byline, hero, body, tags, attachments, authors and related posts. */
export function Component() {
  const { siteTitle, article, version, authors, tags, body, bios, related } = useViewData<ArticleData>();
  const path = paths.article(article.slug);
  const bodyRef = useRef<HTMLDivElement>(null);
  const { hash } = useAppNavigation();
  useReadingPosition(article.id, hash);
  useScrollToHash(hash, article.id);
  const later = useLater(paragraphShare);
  return (
    <div className="page article-page">
      <DocumentHead title={article.title} siteTitle={siteTitle} description={article.summary} path={path} />
      <article className="article" lang={article.language} dir={article.dir}>
        <header className="article-head">
          {article.section && <p className="kicker">{article.section}</p>}
          <h1 className="headline" tabIndex={-1}>
            {article.title}
          </h1>
          {article.summary && <p className="standfirst">{article.summary}</p>}
          <ArticleUpdatedNote id={article.id} version={version} />
          <div dir="ltr" lang="en" className="article-meta-row">
            <ArticleMeta article={article} authors={authors} />
            <div className="article-actions">
              <ShareButton title={article.title} url={canonicalUrl(path)} />
              <SaveButton article={article} authors={authors} tags={tags} />
              <ListenControls body={bodyRef} lang={article.language} />
              {article.externalUrl && (
                <a className="button button-quiet" href={article.externalUrl} target="_blank" rel="noopener noreferrer">
                  Original source
                </a>
              )}
            </div>
          </div>
          <EpisodePlayer article={article} authors={authors} tags={tags} />
        </header>
        {article.image && (
          <figure className="hero">
            <FeedImage image={article.image} priority sizes={HERO_SIZES} />
            {(article.image.caption || article.image.credit) && (
              <figcaption>
                {article.image.caption}
                {article.image.credit && <span className="credit"> {article.image.credit}</span>}
              </figcaption>
            )}
          </figure>
        )}
        <SafeHtml ref={bodyRef} className="article-body prose" html={body} />
        {later && <later.ParagraphShare slug={article.slug} title={article.title} body={bodyRef} />}
        <Attachments attachments={article.attachments} lang={article.language} />
        {tags.length > 0 && (
          <nav className="tags" aria-label="Tags" dir="ltr">
            <ul>
              {tags.map((t) => (
                <li key={t.slug}>
                  <AppLink to={paths.tag(t.slug)} className="tag">
                    {t.name}
                  </AppLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </article>
      {authors.length > 0 && (
        <div className="authors-foot">
          {authors.map((a) => (
            <AuthorBox key={a.slug} author={a} bio={bios[a.slug]} />
          ))}
        </div>
      )}
      <RelatedBlock slug={article.slug} related={related} />
    </div>
  );
}
