import { useLayoutEffect, useRef } from 'react';

/**
 * Sharing a link: the browser's share sheet where it has one (Safari, Chromium on Android, ChromeOS and
 * Windows; not Firefox on desktops, not Chromium on Linux), else the link copied to the clipboard, else
 * the link shown selected in a field for the reader to copy (no clipboard: a page not on HTTPS, or a
 * browser that refused).
 */

/** How a share ended: through the share sheet, closed there, copied, or left to the reader to copy. */
export type ShareOutcome = 'shared' | 'cancelled' | 'copied' | 'manual';

/** True when the browser has a share sheet that takes `data`. */
function canShareNatively(data: ShareData): boolean {
  if (typeof navigator.share !== 'function') return false;
  try {
    return typeof navigator.canShare !== 'function' || navigator.canShare(data);
  } catch {
    return false;
  }
}

async function copyToClipboard(text: string): Promise<boolean> {
  if (typeof navigator.clipboard?.writeText !== 'function') return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // refused (no permission, the page not focused)
  }
}

/** Shares `data` through the share sheet where there is one, else copies its link; never throws. */
export async function shareOrCopy(data: { title: string; url: string }): Promise<ShareOutcome> {
  if (canShareNatively(data)) {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (e) {
      // The reader closed the sheet; any other refusal (a policy, no user activation left) copies instead.
      if (e instanceof DOMException && e.name === 'AbortError') return 'cancelled';
    }
  }
  return (await copyToClipboard(data.url)) ? 'copied' : 'manual';
}

/** The link in a read-only field, focused and selected, for the reader to copy where the browser cannot. */
export function LinkToCopy({ url, label }: { url: string; label: string }) {
  const field = useRef<HTMLInputElement>(null);
  // In the commit that shows the field, not after it: the field is never on screen unfocused, and a
  // test (or a screen reader) that finds it finds it focused; a passive effect ran later on a busy page.
  useLayoutEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [url]);
  return (
    <input
      ref={field}
      className="share-link"
      type="url"
      readOnly
      value={url}
      aria-label={label}
      onFocus={(e) => e.currentTarget.select()}
    />
  );
}
