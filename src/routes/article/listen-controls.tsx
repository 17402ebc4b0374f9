import { useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { useClientValue } from '../../shared/use-client-value';

/**
 * Read-aloud: "Read aloud" reads the article body paragraph by paragraph with the browser's speech synthesis,
 * marking the paragraph being read, with Pause/Resume, Stop and a speed choice. Hidden where the browser
 * has no speech synthesis; where it has one but no voice to speak with (Firefox or Chromium on a Linux
 * without a speech service), or speech fails at once, it says so in a line as tall as the controls. It is
 * not called "Listen": on a podcast's page that would pass for the episode, which has its own player
 * (episode-player.tsx).
 */

const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
const READING_CLASS = 'reading-aloud';
const BLOCKS = 'p, h2, h3, h4, li, blockquote, figcaption';
/**
 * How long to wait for voices before saying there are none: Chromium lists them a moment after the page
 * loads (announced by 'voiceschanged'), while a browser with no speech service never does.
 */
export const VOICES_MS = 3000;
/** Errors that, before anything was spoken, mean this browser cannot speak here at all (not one bad paragraph). */
const CANNOT_SPEAK = new Set([
  'synthesis-unavailable',
  'synthesis-failed',
  'audio-hardware',
  'not-allowed',
  'voice-unavailable',
  'language-unavailable',
]);

/** True when this browser can read aloud. */
function canSpeak(): boolean {
  return typeof window !== 'undefined' && window.speechSynthesis != null && typeof window.SpeechSynthesisUtterance === 'function';
}

/**
 * The blocks of text to read, in order, skipping empty ones and blocks nested in another read block. A
 * quotation made of paragraphs is read by its paragraphs (checked here rather than with `:has()`, which
 * older engines reject in a selector).
 */
function readableBlocks(body: Element): HTMLElement[] {
  const all = Array.from(body.querySelectorAll<HTMLElement>(BLOCKS)).filter(
    (el) => el.tagName !== 'BLOCKQUOTE' || !el.querySelector('p'),
  );
  return all.filter((el) => el.textContent?.trim() && !all.some((other) => other !== el && other.contains(el)));
}

/** True when the browser lists a voice, or cannot say (no speech, or no getVoices: it is left to choose). */
function hasVoices(): boolean {
  const synth = canSpeak() ? window.speechSynthesis : undefined;
  if (typeof synth?.getVoices !== 'function') return true;
  try {
    return synth.getVoices().length > 0;
  } catch {
    return true;
  }
}

/** Calls `changed` when the browser's list of voices changes. */
function onVoicesChanged(changed: () => void): () => void {
  const synth = canSpeak() ? window.speechSynthesis : undefined;
  synth?.addEventListener?.('voiceschanged', changed);
  return () => synth?.removeEventListener?.('voiceschanged', changed);
}

type Status = 'idle' | 'playing' | 'paused';

/** The Read aloud / Pause / Resume / Stop buttons and the speed select for the article body in `body`. */
export function ListenControls({ body: bodyRef, lang }: { body: RefObject<HTMLElement | null>; lang?: string }) {
  // The prerendered page assumes speech (every major browser has it), so the control's place is kept
  // and nothing below it moves when the app takes over; where it is missing, the control goes then.
  const supported = useClientValue(canSpeak, () => true);
  const [status, setStatus] = useState<Status>('idle');
  const [rate, setRate] = useState(1);
  // The prerendered page assumes a voice too; Chromium lists its voices a moment after load.
  const listed = useSyncExternalStore(onVoicesChanged, hasVoices, () => true);
  /** Set once VOICES_MS passed with no voice listed. */
  const [gaveUp, setGaveUp] = useState(false);
  /** Set when speech failed before it said anything: this browser cannot read aloud here. */
  const [failed, setFailed] = useState(false);
  /** Pressed before any voice was listed: reading starts when one is. */
  const [waiting, setWaiting] = useState(false);
  const run = useRef(0); // each start bumps it, so events of a cancelled utterance are ignored
  /** Stops waiting for voices (a press that came before them). */
  const unwait = useRef<(() => void) | null>(null);
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
    let spoke = false;
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
        spoke = true;
        mark(el);
        el.scrollIntoView({ block: 'nearest' });
      };
      u.onend = () => next(i + 1);
      u.onerror = (e) => {
        if (id !== run.current) return;
        if (e.error === 'interrupted' || e.error === 'canceled') return;
        if (!spoke && CANNOT_SPEAK.has(e.error)) {
          stop();
          setFailed(true);
          return;
        }
        next(i + 1);
      };
      synth.speak(u);
    };
    setStatus('playing');
    next(index);
  }

  /** A press before any voice is listed: read as soon as one is. */
  function waitForVoices() {
    if (unwait.current) return;
    setWaiting(true);
    unwait.current = onVoicesChanged(() => {
      if (!hasVoices()) return;
      unwait.current?.();
      unwait.current = null;
      setWaiting(false);
      speakFrom(0, rate);
    });
  }

  function stop() {
    run.current++;
    window.speechSynthesis.cancel();
    mark(null);
    at.current = 0;
    setStatus('idle');
  }

  // No voice listed yet: after VOICES_MS the control says there is none.
  useEffect(() => {
    if (!supported || listed) return;
    const timer = setTimeout(() => setGaveUp(true), VOICES_MS);
    return () => clearTimeout(timer);
  }, [supported, listed]);

  // Leaving the article stops the voice.
  useEffect(
    () => () => {
      unwait.current?.();
      if (!canSpeak()) return;
      run.current++;
      window.speechSynthesis.cancel();
      current.current?.classList.remove(READING_CLASS);
    },
    [],
  );

  if (!supported) return null;
  if ((!listed && gaveUp) || failed) {
    return (
      // Short, and as tall as the controls it stands for: the row around it does not move.
      <span className="listen-unavailable" dir="ltr" lang="en">
        {failed ? 'Read aloud: this browser cannot speak' : 'Read aloud: no voice installed'}
      </span>
    );
  }
  return (
    <div className="listen-controls" role="group" aria-label="Read aloud" dir="ltr" lang="en">
      {status === 'idle' && (
        <button
          type="button"
          className="button button-quiet"
          // Enabled even before voices are listed (a button the app renders disabled looks broken):
          // pressed then, it shows it is waiting and reads when a voice comes (see VOICES_MS).
          aria-busy={waiting || undefined}
          onClick={() => (listed ? speakFrom(0, rate) : waitForVoices())}
        >
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
