/**
 * Chromium's install prompt arrives as `beforeinstallprompt`, often before the app has loaded: from
 * the first script (main.tsx) until the app takes over (install.ts), the event is held here, its
 * default (the browser's own mini-infobar) prevented, and an `appinstalled` meanwhile noted. Firefox
 * and Safari never send either event: then nothing is ever held.
 */

/** The outcome of an install prompt the reader answered. */
export interface InstallChoice {
  outcome: 'accepted' | 'dismissed';
  platform?: string;
}

/** Chromium's `beforeinstallprompt` event (not in TypeScript's DOM library). */
export interface BeforeInstallPromptEvent extends Event {
  /** Shows the browser's install dialog; rejects when called a second time on the same event. */
  prompt(): Promise<unknown>;
  /** Settles when the reader answers the dialog. */
  readonly userChoice: Promise<InstallChoice>;
}

/** What the browser said before the app took over. */
export interface HeldInstall {
  /** The install prompt, not used yet. */
  prompt: BeforeInstallPromptEvent | null;
  /** The app was installed from this page (`appinstalled`). */
  installed: boolean;
}

/** The install events held since the first script. */
export interface HeldInstallEvents {
  /** Stops holding and returns what was held; the caller listens from now on. */
  release(): HeldInstall;
}

/** Whether `e` is a usable install prompt (it has the two members the app calls). */
export function isInstallPrompt(e: Event): e is BeforeInstallPromptEvent {
  const maybe = e as Partial<BeforeInstallPromptEvent>;
  return typeof maybe.prompt === 'function' && maybe.userChoice instanceof Promise;
}

/** Starts holding install events on `target` (main.tsx, before the app loads). */
export function holdInstallEvents(target: EventTarget = window): HeldInstallEvents {
  const held: HeldInstall = { prompt: null, installed: false };
  const onPrompt = (e: Event) => {
    if (!isInstallPrompt(e)) return;
    e.preventDefault();
    held.prompt = e;
  };
  const onInstalled = () => {
    held.installed = true;
    held.prompt = null;
  };
  target.addEventListener('beforeinstallprompt', onPrompt);
  target.addEventListener('appinstalled', onInstalled);
  let holding = true;
  return {
    release() {
      if (holding) {
        holding = false;
        target.removeEventListener('beforeinstallprompt', onPrompt);
        target.removeEventListener('appinstalled', onInstalled);
      }
      const out = { ...held };
      held.prompt = null;
      return out;
    },
  };
}
