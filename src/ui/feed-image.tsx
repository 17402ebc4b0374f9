import { useState } from 'react';
import type { ArticleImage } from '../shared/model';
import { useRetryWhenReachable } from './retry-images';

interface Props {
  image: ArticleImage;
  /** The lead image: load eagerly and first. Everything else is lazy. */
  priority?: boolean;
  /** The width the image is laid out at, for choosing among its srcset sizes; used only when it has some. */
  sizes?: string;
}

/**
 * A feed image that never shows a broken icon: if it fails, its alt text stands in a box of the
 * same size. Width and height (or a 16:9 box when the feed gave none) size a box around the image that
 * keeps the layout still whatever state the image is in: WebKit lays a failed image out square, ignoring
 * its aspect ratio, until the stand-in replaces it (and Safari has no scroll anchoring to hide the jump). When
 * the feed offers other sizes, they are a `srcset` with `w` descriptors and `sizes` says which fits.
 * An image that failed (offline, say) is tried again when it can be had, without a reload.
 */
export function FeedImage({ image, priority = false, sizes }: Props) {
  const [failed, setFailed] = useState(false);
  useRetryWhenReachable(failed, image.src, setFailed);
  const width = image.width ?? 1200;
  const height = image.height ?? 675;
  const style = { aspectRatio: `${width} / ${height}` };
  const srcSet = image.srcset?.map((s) => `${s.src} ${s.width}w`).join(', ') || undefined;
  return (
    <span className="feed-image" style={style}>
      {failed ? (
        <span className="img-fallback" role="img" aria-label={image.alt || 'Image unavailable'}>
          <span aria-hidden="true">{image.alt || 'Image unavailable'}</span>
        </span>
      ) : (
        <img
          src={image.src}
          srcSet={srcSet}
          sizes={srcSet ? sizes : undefined}
          alt={image.alt}
          width={width}
          height={height}
          loading={priority ? 'eager' : 'lazy'}
          decoding={priority ? 'sync' : 'async'}
          fetchPriority={priority ? 'high' : 'auto'}
          onError={() => setFailed(true)}
        />
      )}
    </span>
  );
}

