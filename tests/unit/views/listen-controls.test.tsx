import { act, fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ListenControls, VOICES_MS } from '../../../src/routes/article/listen-controls';

// Read aloud where the browser speaks, where it has no speech at all, where it has speech but no voice
// (Firefox or Chromium on a Linux without a speech service: the list stays empty and 'voiceschanged'
// never comes), and where speech fails at once. jsdom has no speech: each test puts in a stand-in.

interface FakeUtterance {
  text: string;
  onstart?: () => void;
  onend?: () => void;
  onerror?: (e: { error: string }) => void;
}

/** A stand-in speechSynthesis: `voices` listed, each utterance started (or failed with `fail`) at once. */
function fakeSpeech({ voices = ['Alex'], fail }: { voices?: string[]; fail?: string } = {}) {
  const spoken: FakeUtterance[] = [];
  const synth = Object.assign(new EventTarget(), {
    voices: voices.map((name) => ({ name })),
    getVoices: () => synth.voices,
    speak(u: FakeUtterance) {
      spoken.push(u);
      queueMicrotask(() => (fail ? u.onerror?.({ error: fail }) : u.onstart?.()));
    },
    cancel: () => undefined,
    pause: () => undefined,
    resume: () => undefined,
  });
  class Utterance {
    lang = '';
    rate = 1;
    constructor(public text: string) {}
  }
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, value: Utterance });
  return { synth, spoken };
}

// jsdom lays nothing out and has no scrollIntoView: the paragraph being read is scrolled to.
const ownScroll = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollIntoView');
beforeEach(() => {
  Element.prototype.scrollIntoView = () => undefined;
});
afterEach(() => {
  if (ownScroll) Object.defineProperty(Element.prototype, 'scrollIntoView', ownScroll);
  else delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
  vi.useRealTimers();
  delete (window as { speechSynthesis?: unknown }).speechSynthesis;
  delete (window as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance;
});

function renderArticle() {
  const body = createRef<HTMLDivElement>();
  render(
    <>
      <div ref={body}>
        <p>One.</p>
        <blockquote>
          <p>Two, quoted.</p>
        </blockquote>
        <blockquote>Three, quoted.</blockquote>
      </div>
      <ListenControls body={body} lang="en" />
    </>,
  );
}

const UNAVAILABLE = 'Read aloud: no voice installed';

describe('Read aloud', () => {
  test('with a voice, it reads paragraph by paragraph, a quotation by its paragraphs', async () => {
    const { spoken } = fakeSpeech();
    renderArticle();
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    await act(async () => undefined);
    spoken.at(-1)?.onend?.();
    spoken.at(-1)?.onend?.();
    expect(spoken.map((u) => u.text)).toEqual(['One.', 'Two, quoted.', 'Three, quoted.']);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeEnabled();
  });

  test('without speech synthesis, there is no control at all', () => {
    renderArticle();
    expect(screen.queryByRole('group', { name: 'Read aloud' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Read aloud' })).toBeNull();
  });

  test('speech but no voice, and none announced: the button waits, then says read-aloud is not available', () => {
    vi.useFakeTimers();
    fakeSpeech({ voices: [] });
    renderArticle();
    const button = screen.getByRole('button', { name: 'Read aloud' });
    expect(button).toBeEnabled();
    act(() => button.click());
    expect(button).toHaveAttribute('aria-busy', 'true');
    act(() => void vi.advanceTimersByTime(VOICES_MS));
    expect(screen.queryByRole('button', { name: 'Read aloud' })).toBeNull();
    expect(screen.getByText(UNAVAILABLE)).toBeVisible();
  });

  test('voices listed a moment after load (Chromium): a press before they come reads when they do', () => {
    vi.useFakeTimers();
    const { synth, spoken } = fakeSpeech({ voices: [] });
    renderArticle();
    act(() => screen.getByRole('button', { name: 'Read aloud' }).click());
    expect(spoken).toHaveLength(0);
    act(() => {
      synth.voices = [{ name: 'Alex' }];
      synth.dispatchEvent(new Event('voiceschanged'));
    });
    expect(spoken.map((u) => u.text)).toEqual(['One.']);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeEnabled();
    act(() => void vi.advanceTimersByTime(VOICES_MS));
    expect(screen.queryByText(UNAVAILABLE)).toBeNull();
  });

  test('speech that fails before saying anything: it says so instead of a button that does nothing', async () => {
    const { spoken } = fakeSpeech({ fail: 'synthesis-failed' });
    renderArticle();
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(await screen.findByText('Read aloud: this browser cannot speak')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Read aloud' })).toBeNull();
    expect(spoken).toHaveLength(1); // it did not run through every paragraph
  });
});
