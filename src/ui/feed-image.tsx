import { useState } from 'react';
import type { ArticleImage } from '../shared/model';
import { useRetryWhenReachable } from './retry-images';

interface Props {
  image: ArticleImage;
  /** The lead image: load eagerly and first. Everything else is lazy. */
  priority?: boolean;
  /** The width the image is laid out at, for choosing among its srcset sizes; used only when it has some. */
  sizes?: string;
  className?: string;
}

/**
 * A feed image that never shows a broken icon: if it fails, its alt text stands in a box of the
 * same size. Width and height (or a 16:9 box when the feed gave none) keep the layout still. When
 * the feed offers other sizes, they are a `srcset` with `w` descriptors and `sizes` says which fits.
 * An image that failed (offline, say) is tried again when it can be had, without a reload.
 */
export function FeedImage({ image, priority = false, sizes, className }: Props) {
  const [failed, setFailed] = useState(false);
  useRetryWhenReachable(failed, image.src, setFailed);
  const width = image.width ?? 1200;
  const height = image.height ?? 675;
  const style = { aspectRatio: `${width} / ${height}` };
  const srcSet = image.srcset?.map((s) => `${s.src} ${s.width}w`).join(', ') || undefined;
  if (failed) {
    return (
      <span className={`img-fallback ${className ?? ''}`} style={style} role="img" aria-label={image.alt || 'Image unavailable'}>
        <span aria-hidden="true">{image.alt || 'Image unavailable'}</span>
      </span>
    );
  }
  return (
    <img
      className={className}
      src={image.src}
      srcSet={srcSet}
      sizes={srcSet ? sizes : undefined}
      alt={image.alt}
      width={width}
      height={height}
      style={style}
      loading={priority ? 'eager' : 'lazy'}
      decoding={priority ? 'sync' : 'async'}
      fetchPriority={priority ? 'high' : 'auto'}
      onError={() => setFailed(true)}
    />
  );
}

