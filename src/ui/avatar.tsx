import { useState } from 'react';
import type { Author } from '../shared/model';
import { useRetryWhenReachable } from './retry-images';

/** An author's avatar, or their initials in a circle when there is none or it fails to load (till it answers). */
export function Avatar({ author, size }: { author: Author; size: number }) {
  const [failed, setFailed] = useState(false);
  useRetryWhenReachable(failed, author.avatar ?? '', setFailed);
  const style = { width: size, height: size };
  if (!author.avatar || failed) {
    const initials = author.name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((w) => w[0]?.toUpperCase() ?? '')
      .join('');
    return (
      <span className="avatar avatar-initials" style={{ ...style, fontSize: size / 2.6 }} aria-hidden="true">
        {initials}
      </span>
    );
  }
  return (
    <img className="avatar" src={author.avatar} alt="" width={size} height={size} style={style} loading="lazy" decoding="async" onError={() => setFailed(true)} />
  );
}
