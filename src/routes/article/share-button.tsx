import { useState } from 'react';
import { LinkToCopy, shareOrCopy, type ShareOutcome } from './share-link';

/** "Share": the share sheet where there is one, else the link copied (or shown to copy), and said so. */
export function ShareButton({ title, url }: { title: string; url: string }) {
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  return (
    <>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => {
          setOutcome(null); // a second press says it again, and selects the link again
          void shareOrCopy({ title, url }).then(setOutcome);
        }}
      >
        Share
      </button>
      <span aria-live="polite" className="share-status">
        {outcome === 'copied' ? 'Link copied' : outcome === 'manual' ? 'Copy this link:' : ''}
      </span>
      {outcome === 'manual' && <LinkToCopy url={url} label="Link to this article" />}
    </>
  );
}
