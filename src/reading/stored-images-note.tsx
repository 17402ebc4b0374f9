import { useEffect, useState } from 'react';
import { formatBytes } from '../ui/format';
import { countStoredImages, OPAQUE_QUOTA_BYTES, type StoredImages } from './cors-images';

/**
 * The storage panel's line on stored images: how many there are, and how many come from hosts
 * without CORS, which Chrome counts as about 7 MB each whatever they weigh (so the usage figure
 * above it can be read for what it is). Counted again whenever `when` changes (a new estimate);
 * `usageShown` is false where the browser gives no usage figure to relate them to.
 */
export function StoredImagesNote({ when, usageShown = true }: { when: unknown; usageShown?: boolean }) {
  const [stored, setStored] = useState<StoredImages | null>(null);
  useEffect(() => {
    let live = true;
    void countStoredImages()
      .catch(() => null)
      .then((n) => live && setStored(n));
    return () => {
      live = false;
    };
  }, [when]);
  if (!stored || stored.total === 0) return null;
  const images = stored.total === 1 ? '1 image is' : `${stored.total} images are`;
  if (stored.opaque === 0) return <p className="settings-note stored-images">{images} stored, each counted at its own size.</p>;
  const opaque = stored.opaque === 1 ? '1 of them comes' : `${stored.opaque} of them come`;
  return (
    <p className="settings-note stored-images">
      {images} stored; {opaque} from sites that do not allow CORS. The browser cannot see the size of such an image, so
      it counts each as about {formatBytes(OPAQUE_QUOTA_BYTES)} of storage (in Chrome), whatever it weighs
      {usageShown ? `: about ${formatBytes(stored.opaque * OPAQUE_QUOTA_BYTES)} of the figure above.` : '.'}
    </p>
  );
}
