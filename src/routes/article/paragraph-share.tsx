import { useEffect, useRef, useState, type RefObject } from 'react';
import { canonicalUrl, paths } from '../../shared/paths';
import { LinkToCopy, shareOrCopy } from './share-link';

/**
 * "Share this paragraph": when the reader selects text inside one numbered paragraph (p-N) of the
 * article body, a small button appears by the selection and shares, or copies, the paragraph's link.
 * The article view loads it once the page is live: it shows nothing before a selection.
 */

/** The numbered paragraph that holds the whole of a selection, or null. */
function paragraphOfSelection(selection: Selection | null, body: Element): HTMLElement | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !selection.toString().trim()) return null;
  const el = (node: Node | null) => (node instanceof Element ? node : (node?.parentElement ?? null));
  const start = el(selection.anchorNode)?.closest<HTMLElement>('p[id^="p-"]');
  const end = el(selection.focusNode)?.closest<HTMLElement>('p[id^="p-"]');
  return start && start === end && body.contains(start) ? start : null;
}

interface Shown {
  n: number;
  top: number;
  left: number;
}

/** Renders the floating share button for selections inside `body` (the sanitized article body). */
export function ParagraphShare({ slug, title, body: bodyRef }: { slug: string; title: string; body: RefObject<HTMLElement | null> }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const [message, setMessage] = useState('');
  /** The link to copy by hand, where the browser could neither share nor copy it. */
  const [manual, setManual] = useState<string | null>(null);
  const busy = useRef(false);

  useEffect(() => {
    function onSelection() {
      if (busy.current) return;
      const body = bodyRef.current;
      const p = body && paragraphOfSelection(document.getSelection(), body);
      const n = p ? Number(p.id.slice(2)) : NaN;
      const range = p ? document.getSelection()?.getRangeAt(0) : undefined;
      if (!p || !range || !Number.isInteger(n)) {
        setShown(null);
        return;
      }
      const rect = range.getBoundingClientRect();
      setShown({ n, top: rect.bottom + window.scrollY + 8, left: Math.max(8, rect.left + window.scrollX) });
    }
    document.addEventListener('selectionchange', onSelection);
    // Loaded once the page is live (the article view's useLater): a selection made before is offered too.
    onSelection();
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [bodyRef]);

  async function share(n: number) {
    busy.current = true;
    setMessage('');
    setManual(null);
    const url = canonicalUrl(paths.paragraph(slug, n));
    try {
      const outcome = await shareOrCopy({ title, url });
      if (outcome === 'cancelled') return;
      if (outcome === 'copied') setMessage('Link to the paragraph copied');
      if (outcome === 'manual') {
        setMessage('Copy the link to the paragraph:');
        setManual(url);
      }
      setShown(null);
    } finally {
      busy.current = false;
    }
  }

  return (
    <>
      {shown && (
        <button
          type="button"
          className="button paragraph-share"
          style={{ top: shown.top, left: shown.left }}
          // Keep the selection: a mouse press on the button would otherwise clear it (and hide the button).
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => void share(shown.n)}
        >
          Share this paragraph
        </button>
      )}
      <p className="paragraph-share-status" role="status">
        {message}
      </p>
      {manual && (
        <div className="paragraph-share-status">
          <LinkToCopy url={manual} label="Link to the paragraph" />
        </div>
      )}
    </>
  );
}
