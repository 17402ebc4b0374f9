import { useState } from 'react';

/** Share through the Web Share API where the browser has it, else copy the link and say so. */
export function ShareButton({ title, url }: { title: string; url: string }) {
  const [message, setMessage] = useState('');
  async function share() {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (e) {
        if (e instanceof DOMException && e.name === 'AbortError') return; // the reader closed the sheet
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setMessage('Link copied');
    } catch {
      setMessage(`Copy this link: ${url}`);
    }
  }
  return (
    <>
      <button type="button" className="button button-quiet" onClick={() => void share()}>
        Share
      </button>
      <span aria-live="polite" className="share-status">
        {message}
      </span>
    </>
  );
}
