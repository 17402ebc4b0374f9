import type { Attachment } from '../../feed/model';
import { formatBytes, formatDuration } from '../../ui/format';

/** Audio attachments get a player; everything else a download link with its size. */
export function Attachments({ attachments, lang }: { attachments: Attachment[]; lang?: string }) {
  if (attachments.length === 0) return null;
  return (
    <section className="attachments" aria-labelledby="attachments-heading">
      <h2 id="attachments-heading" className="section-heading">
        Listen and download
      </h2>
      <ul>
        {attachments.map((att) => {
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
              {att.mimeType.startsWith('audio/') && (
                <audio controls preload="none" src={att.url} aria-label={`Play ${label}`}>
                  <a href={att.url}>Download {label}</a>
                </audio>
              )}
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

function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
  } catch {
    return url;
  }
}
