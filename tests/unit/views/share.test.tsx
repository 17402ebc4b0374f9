import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ParagraphShare } from '../../../src/routes/article/paragraph-share';
import { ShareButton } from '../../../src/routes/article/share-button';

// Sharing a link where the browser has a share sheet (Safari, Chromium on Android and Windows), only a
// clipboard (Firefox on desktops, Chromium on Linux), or neither (a page not on HTTPS). jsdom has
// neither: each test puts in what it is about, and takes it out again.

const URL_ = 'https://news.example/articles/harbour';

function give(name: 'share' | 'canShare' | 'clipboard', value: unknown) {
  Object.defineProperty(navigator, name, { configurable: true, value });
}

afterEach(() => {
  const nav = navigator as unknown as Record<string, unknown>;
  for (const name of ['share', 'canShare', 'clipboard']) delete nav[name];
});

/** A clipboard that keeps what is written, or refuses. */
function clipboard(refuse = false) {
  const written: string[] = [];
  give('clipboard', {
    writeText: async (text: string) => {
      if (refuse) throw new DOMException('Write permission denied.', 'NotAllowedError');
      written.push(text);
    },
  });
  return written;
}

describe('Share (the article)', () => {
  test('with a share sheet, it is used, and nothing is copied or said', async () => {
    const shared: ShareData[] = [];
    give('share', async (data: ShareData) => void shared.push(data));
    const written = clipboard();
    render(<ShareButton title="Harbour" url={URL_} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(shared).toEqual([{ title: 'Harbour', url: URL_ }]));
    expect(written).toEqual([]);
    expect(screen.queryByText('Link copied')).toBeNull();
  });

  test('without a share sheet (Firefox, Chromium on Linux), the link is copied and that is said', async () => {
    const written = clipboard();
    render(<ShareButton title="Harbour" url={URL_} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(await screen.findByText('Link copied')).toBeVisible();
    expect(written).toEqual([URL_]);
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  test('a share sheet that cannot take the link (canShare false) or refuses it: the link is copied', async () => {
    const share = vi.fn(async () => Promise.reject(new DOMException('Not allowed.', 'NotAllowedError')));
    give('share', share);
    give('canShare', () => false);
    const written = clipboard();
    render(<ShareButton title="Harbour" url={URL_} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(await screen.findByText('Link copied')).toBeVisible();
    expect(share).not.toHaveBeenCalled();

    give('canShare', () => true);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(written).toEqual([URL_, URL_]));
    expect(share).toHaveBeenCalledTimes(1);
  });

  test('the reader closing the share sheet copies nothing and says nothing', async () => {
    const share = vi.fn(async () => Promise.reject(new DOMException('Share canceled.', 'AbortError')));
    give('share', share);
    const written = clipboard();
    render(<ShareButton title="Harbour" url={URL_} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(share).toHaveBeenCalled());
    await act(async () => undefined);
    expect(written).toEqual([]);
    expect(screen.queryByText('Link copied')).toBeNull();
  });

  test('with neither a share sheet nor a clipboard, the link is shown selected in a field to copy', async () => {
    render(<ShareButton title="Harbour" url={URL_} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Link to this article' });
    expect(field.value).toBe(URL_);
    expect(field.readOnly).toBe(true);
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, URL_.length]);
    expect(screen.getByText('Copy this link:')).toBeVisible();
  });

  test('a clipboard that refuses also leaves the link selected in a field', async () => {
    clipboard(true);
    render(<ShareButton title="Harbour" url={URL_} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Link to this article' });
    expect(field.value).toBe(URL_);
  });
});

describe('Share this paragraph', () => {
  /** An article body with paragraph p-2, its text selected, and the button that then shows. */
  async function selectParagraph() {
    const body = createRef<HTMLDivElement>();
    render(
      <>
        <div ref={body}>
          <p id="p-2">The harbour wall was finished in May.</p>
        </div>
        <ParagraphShare slug="harbour" title="Harbour" body={body} />
      </>,
    );
    const text = document.getElementById('p-2')?.firstChild;
    if (!text) throw new Error('no p-2');
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 11);
    // jsdom lays nothing out: the button is placed by the selection's rectangle.
    range.getBoundingClientRect = () => new DOMRect(10, 10, 50, 20);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    act(() => void document.dispatchEvent(new Event('selectionchange')));
    return screen.findByRole('button', { name: 'Share this paragraph' });
  }
  const paragraphUrl = `${window.location.origin}/articles/harbour#p-2`;

  test('without a share sheet, the paragraph\'s link is copied and that is said', async () => {
    const written = clipboard();
    fireEvent.click(await selectParagraph());
    expect(await screen.findByRole('status')).toHaveTextContent('Link to the paragraph copied');
    expect(written).toEqual([paragraphUrl]);
  });

  test('neither a share sheet nor a clipboard: the paragraph\'s link is shown selected in a field', async () => {
    fireEvent.click(await selectParagraph());
    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Link to the paragraph' });
    expect(field.value).toBe(paragraphUrl);
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, paragraphUrl.length]);
    expect(screen.getByRole('status')).toHaveTextContent('Copy the link to the paragraph:');
  });

  test('with a share sheet, it is used', async () => {
    const shared: ShareData[] = [];
    give('share', async (data: ShareData) => void shared.push(data));
    fireEvent.click(await selectParagraph());
    await waitFor(() => expect(shared).toEqual([{ title: 'Harbour', url: paragraphUrl }]));
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
