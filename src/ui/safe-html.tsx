import { useCallback, useRef, type Ref } from 'react';
import { useRetryFailedImages } from './retry-images';

/**
 * The class on every block of feed HTML: src/app/styles.css makes such a block a box of its own that
 * nothing inside can be positioned out of (over the header, the update prompt or any control).
 */
const FEED_HTML_CLASS = 'feed-html';

/**
 * Renders HTML that has ALREADY been through `sanitizeHtml` (src/html/sanitize.ts). Loaders sanitize,
 * components only display: nothing unsanitized is ever passed here. Its images that fail are tried
 * again when they can be had.
 */
export function SafeHtml({ html, className, lang, dir, ref }: { html: string; className?: string; lang?: string; dir?: 'ltr' | 'rtl'; ref?: Ref<HTMLDivElement> }) {
  const own = useRef<HTMLDivElement | null>(null);
  useRetryFailedImages(own);
  const both = useCallback(
    (el: HTMLDivElement | null) => {
      own.current = el;
      if (typeof ref === 'function') ref(el);
      else if (ref) ref.current = el;
    },
    [ref],
  );
  return <div ref={both} className={className ? `${className} ${FEED_HTML_CLASS}` : FEED_HTML_CLASS} lang={lang} dir={dir} dangerouslySetInnerHTML={{ __html: html }} />;
}
