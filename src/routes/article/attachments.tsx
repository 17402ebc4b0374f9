import type { Attachment } from '../../shared/model';
import { isAudioAttachment } from '../../reading/playable';
import { formatBytes, formatDuration } from '../../ui/format';
import { fileName } from './episode-player';

/**
 * The article's other attachments, after the body: videos get a player, everything a download link
 * with its size. Audio is not listed: its one playable copy is the episode player under the byline
 * (episode-player.tsx), and the other copies are the same episode in formats this browser does not
 * need.
 */
export function Attachments({ attachments, lang }: { attachments: Attachment[]; lang?: string }) {
  const others = attachments.filter((att) => !isAudioAttachment(att));
  if (others.length === 0) return null;
  return (
    <section className="attachments" aria-labelledby="attachments-heading">
      <h2 id="attachments-heading" className="section-heading">
        Attachments
      </h2>
      <ul>
        {others.map((att) => {
          const label = att.title ?? fileName(att.url);
          const facts = [
            att.durationInSeconds ? formatDuration(att.durationInSeconds) : null,
            att.sizeInBytes ? formatBytes(att.sizeInBytes, lang) : null,
          ].filter(Boolean);
          return (
            <li key={att.url} className="attachment">
              <p className="attachment-title">
                {label}
                {facts.length > 0 && <span className="attachment-facts"> ({facts.join(', ')})</span>}
              </p>
              {att.mimeType.startsWith('video/') && (
                <video controls preload="none" src={att.url} aria-label={`Play ${label}`} width={640} height={360} />
              )}
              <a href={att.url} download className="attachment-link" rel="noopener noreferrer">
                Download
                <span className="visually-hidden"> {label}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
