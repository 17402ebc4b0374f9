import { useEffect, useRef, useState, type RefObject } from 'react';
import { useClientValue } from '../../shared/use-client-value';

/**
 * Read-aloud: "Read aloud" reads the article body paragraph by paragraph with the browser's speech synthesis,
 * marking the paragraph being read, with Pause/Resume, Stop and a speed choice. Hidden where the browser
 * has no speech synthesis. It is not called "Listen": on a podcast's page that would pass for the episode,
 * which has its own player (episode-player.tsx).
 */

const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
const READING_CLASS = 'reading-aloud';
const BLOCKS = 'p, h2, h3, h4, li, blockquote:not(:has(p)), figcaption';

/** True when this browser can read aloud. */
function canSpeak(): boolean {
  return typeof window !== 'undefined' && window.speechSynthesis != null && typeof window.SpeechSynthesisUtterance === 'function';
}

/** The blocks of text to read, in order, skipping empty ones and blocks nested in another read block. */
function readableBlocks(body: Element): HTMLElement[] {
  const all = Array.from(body.querySelectorAll<HTMLElement>(BLOCKS));
  return all.filter((el) => el.textContent?.trim() && !all.some((other) => other !== el && other.contains(el)));
}

type Status = 'idle' | 'playing' | 'paused';

/** The Read aloud / Pause / Resume / Stop buttons and the speed select for the article body in `body`. */
export function ListenControls({ body: bodyRef, lang }: { body: RefObject<HTMLElement | null>; lang?: string }) {
  // The prerendered page assumes speech (every major browser has it), so the control's place is kept
  // and nothing below it moves when the app takes over; where it is missing, the control goes then.
  const supported = useClientValue(canSpeak, () => true);
  const [status, setStatus] = useState<Status>('idle');
  const [rate, setRate] = useState(1);
  const run = useRef(0); // each start bumps it, so events of a cancelled utterance are ignored
  const at = useRef(0);
  const current = useRef<HTMLElement | null>(null);

  function mark(el: HTMLElement | null) {
    current.current?.classList.remove(READING_CLASS);
    current.current = el;
    el?.classList.add(READING_CLASS);
  }

  function speakFrom(index: number, speed: number) {
    const synth = window.speechSynthesis;
    const body = bodyRef.current;
    const blocks = body ? readableBlocks(body) : [];
    const id = ++run.current;
    synth.cancel();
    const next = (i: number) => {
      if (id !== run.current) return;
      const el = blocks[i];
      if (!el) {
        mark(null);
        setStatus('idle');
        at.current = 0;
        return;
      }
      at.current = i;
      const u = new SpeechSynthesisUtterance(el.textContent ?? '');
      if (lang) u.lang = lang;
      u.rate = speed;
      u.onstart = () => {
        if (id !== run.current) return;
        mark(el);
        el.scrollIntoView({ block: 'nearest' });
      };
      u.onend = () => next(i + 1);
      u.onerror = (e) => {
        if (id !== run.current) return;
        if (e.error === 'interrupted' || e.error === 'canceled') return;
        next(i + 1);
      };
      synth.speak(u);
    };
    setStatus('playing');
    next(index);
  }

  function stop() {
    run.current++;
    window.speechSynthesis.cancel();
    mark(null);
    at.current = 0;
    setStatus('idle');
  }

  // Leaving the article stops the voice.
  useEffect(
    () => () => {
      if (!canSpeak()) return;
      run.current++;
      window.speechSynthesis.cancel();
      current.current?.classList.remove(READING_CLASS);
    },
    [],
  );

  if (!supported) return null;
  return (
    <div className="listen-controls" role="group" aria-label="Read aloud" dir="ltr" lang="en">
      {status === 'idle' && (
        <button type="button" className="button button-quiet" onClick={() => speakFrom(0, rate)}>
          Read aloud
        </button>
      )}
      {status === 'playing' && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            window.speechSynthesis.pause();
            setStatus('paused');
          }}
        >
          Pause
        </button>
      )}
      {status === 'paused' && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            window.speechSynthesis.resume();
            setStatus('playing');
          }}
        >
          Resume
        </button>
      )}
      {status !== 'idle' && (
        <button type="button" className="button button-quiet" onClick={stop}>
          Stop
        </button>
      )}
      <label className="listen-speed">
        <span>Speed</span>
        <select
          value={rate}
          onChange={(e) => {
            const speed = Number(e.target.value);
            setRate(speed);
            // Speech cannot change speed mid-sentence: start the current paragraph again at the new speed.
            if (status === 'playing') speakFrom(at.current, speed);
          }}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
