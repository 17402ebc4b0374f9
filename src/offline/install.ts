import { useStore } from '../shared/use-store';
import { createStore, type ReadableStore } from '../shared/store';
import { useTabState, type TabPart, type TabState } from '../shared/tab-state';
import { savedListOf } from '../reading/saved-list';
import {
  countVisit,
  onOfferDismissedElsewhere,
  readInstallMarks,
  storeHintShown,
  storeOfferDismissed,
} from '../storage/install-store';
import {
  isInstallPrompt,
  type BeforeInstallPromptEvent,
  type HeldInstallEvents,
  type InstallChoice,
} from './install-capture';
import {
  addsFromShareMenu,
  installOffer,
  installPlatform,
  type InstallOffer,
  type InstallPlatform,
} from './install-offer';

/**
 * Installing the app, the browser's side: the install prompt Chromium hands over (held from the first
 * script by install-capture.ts), whether the page runs as the installed app (and follows it turning
 * into one: Chromium moves the tab into the app's window), the visits counted on the device, the
 * reader's dismissal, and the app going live. The rules deciding what to offer are install-offer.ts.
 */

/** What the browser offers and what the device remembers, as the page sees it now. */
export interface InstallSnapshot {
  platform: InstallPlatform;
  /** Running as the installed app: display-mode standalone, or a Home Screen app on iOS. */
  standalone: boolean;
  /** Installed from this page (appinstalled, or an accepted prompt); the page itself is still a tab. */
  installedHere: boolean;
  /** An install prompt is held and not used yet. */
  promptAvailable: boolean;
  /** The browser's install dialog is open. */
  prompting: boolean;
  /** App starts on this device, this one included (0 until counted, or when storage refuses). */
  visits: number;
  savedEver: boolean;
  dismissed: boolean;
  /** The iOS hint was shown on an earlier visit. */
  hintShownBefore: boolean;
  /** The app has taken the page over. */
  live: boolean;
}

/** Where the browser's answers come from: the page's window and navigator, or stand-ins in tests. */
export interface InstallEnv {
  /** Where `beforeinstallprompt` and `appinstalled` arrive. */
  target: EventTarget;
  /** window.matchMedia, where there is one. */
  matchMedia: ((query: string) => MediaQueryList) | undefined;
  userAgent: string;
  maxTouchPoints: number;
  /** navigator.standalone: only iOS has it (true in a Home Screen app). */
  iosStandalone: boolean | undefined;
}

const STANDALONE_QUERY = '(display-mode: standalone)';

/** The page's own window and navigator (no window: the build's renderer without one, nothing). */
function browserEnv(): InstallEnv {
  type IosNavigator = Navigator & { standalone?: unknown };
  const nav: IosNavigator | undefined = typeof navigator === 'undefined' ? undefined : navigator;
  const win = typeof window === 'undefined' ? undefined : window;
  return {
    target: win ?? new EventTarget(),
    matchMedia: typeof win?.matchMedia === 'function' ? (q) => win.matchMedia(q) : undefined,
    userAgent: nav?.userAgent ?? '',
    maxTouchPoints: nav?.maxTouchPoints ?? 0,
    iosStandalone: typeof nav?.standalone === 'boolean' ? nav.standalone : undefined,
  };
}

function standaloneNow(env: InstallEnv, query: MediaQueryList | undefined): boolean {
  return env.iosStandalone === true || query?.matches === true;
}

/** The offer the page should show now. */
export function offerOf(s: InstallSnapshot): InstallOffer {
  return installOffer({
    installed: s.standalone || s.installedHere,
    promptAvailable: s.promptAvailable,
    shareMenuInstall: addsFromShareMenu(s.platform),
    visits: s.visits,
    savedEver: s.savedEver,
    dismissed: s.dismissed,
    hintShownBefore: s.hintShownBefore,
    live: s.live,
  });
}

/** What install() came to: the reader's answer, or 'unavailable' when there was no prompt to show. */
export type InstallOutcome = InstallChoice['outcome'] | 'unavailable';

/** Installing in one tab. */
export interface InstallState extends TabPart {
  /** What the browser offers and the device remembers. */
  current: ReadableStore<InstallSnapshot>;
  /**
   * Once per page load, at app start: takes over the events held since the first script, listens for
   * more and for the page becoming the installed app, counts this visit and reads what the device
   * remembers. Later calls do nothing.
   */
  start(held?: HeldInstallEvents, env?: InstallEnv): void;
  /** The app has taken the page over: the offer may show from now on. */
  goLive(): void;
  /** Shows the browser's install dialog (on the reader's click) and resolves with their answer. */
  install(): Promise<InstallOutcome>;
  /**
   * The reader does not want the offer: gone for good on this device, in every tab. Resolves once
   * stored (at once when storage refuses: then it is gone for this page load only).
   */
  dismiss(): Promise<void>;
  /** The iOS hint is on screen: recorded so that later visits do not show it again. */
  hintShown(): void;
}

function createInstallState(tab: TabState): InstallState {
  let env = browserEnv();
  let query: MediaQueryList | undefined;
  let prompt: BeforeInstallPromptEvent | null = null;
  const current = createStore<InstallSnapshot>({
    platform: installPlatform(env.userAgent, env.maxTouchPoints),
    standalone: standaloneNow(env, undefined),
    installedHere: false,
    promptAvailable: false,
    prompting: false,
    visits: 0,
    savedEver: false,
    dismissed: false,
    hintShownBefore: false,
    live: false,
  });
  const patch = (change: Partial<InstallSnapshot>) => current.update((s) => ({ ...s, ...change }));
  const hold = (e: BeforeInstallPromptEvent | null) => {
    prompt = e;
    patch({ promptAvailable: e !== null });
  };
  const stops: (() => void)[] = [];
  const listen = (target: EventTarget, type: string, fn: (e: Event) => void) => {
    target.addEventListener(type, fn);
    stops.push(() => target.removeEventListener(type, fn));
  };
  let started = false;
  let hintRecorded = false;

  return {
    current,
    start(held, given) {
      if (started) return;
      started = true;
      if (given) env = given;
      const early = held?.release();
      // Listening starts in the same task as the hold ends, so no event falls between the two.
      listen(env.target, 'beforeinstallprompt', (e) => {
        if (!isInstallPrompt(e)) return;
        e.preventDefault(); // no mini-infobar: the app offers it when the reader is ready
        hold(e);
      });
      listen(env.target, 'appinstalled', () => {
        prompt = null;
        patch({ installedHere: true, promptAvailable: false });
      });
      query = env.matchMedia?.(STANDALONE_QUERY);
      const onDisplayMode = () => patch({ standalone: standaloneNow(env, query) });
      if (query && typeof query.addEventListener === 'function') listen(query, 'change', onDisplayMode);
      else if (query && typeof query.addListener === 'function') {
        // Safari before 14 has only the older MediaQueryList API.
        const q = query;
        q.addListener(onDisplayMode);
        stops.push(() => q.removeListener(onDisplayMode));
      }
      prompt = early?.prompt ?? null;
      patch({
        platform: installPlatform(env.userAgent, env.maxTouchPoints),
        standalone: standaloneNow(env, query),
        installedHere: early?.installed === true,
        promptAvailable: prompt !== null,
      });
      stops.push(onOfferDismissedElsewhere(() => patch({ dismissed: true })));
      // A save on this page counts at once, before the stored count below is even read.
      const flags = savedListOf(tab).flags;
      const onFlags = () => {
        if (current.get().savedEver) return;
        if ([...flags.get().values()].some((f) => f.saved)) patch({ savedEver: true });
      };
      stops.push(flags.subscribe(onFlags));
      onFlags();
      void countVisit().then(
        (visits) => patch({ visits }),
        () => undefined, // no storage: only a save makes the offer
      );
      void readInstallMarks().then(
        (marks) =>
          patch({
            // A dismissal made while the read was under way stands.
            dismissed: current.get().dismissed || marks.dismissed,
            hintShownBefore: marks.hintShown,
            savedEver: current.get().savedEver || marks.anySaved,
          }),
        () => undefined,
      );
    },
    goLive() {
      patch({ live: true });
    },
    async install() {
      const e = prompt;
      if (!e || current.get().prompting) return 'unavailable';
      patch({ prompting: true });
      let outcome: InstallOutcome;
      try {
        // Called before any await: the browser shows its dialog only within the reader's click.
        await e.prompt();
        outcome = (await e.userChoice).outcome;
      } catch {
        outcome = 'unavailable'; // already used, or refused by the browser
      }
      // An event prompts once: a later beforeinstallprompt brings the next one.
      if (prompt === e) prompt = null;
      patch({
        prompting: false,
        promptAvailable: prompt !== null,
        ...(outcome === 'accepted' ? { installedHere: true } : {}),
      });
      return outcome;
    },
    dismiss() {
      patch({ dismissed: true });
      return storeOfferDismissed().catch(() => undefined);
    },
    hintShown() {
      if (hintRecorded) return;
      hintRecorded = true;
      void storeHintShown().catch(() => undefined);
    },
    close() {
      for (const stop of stops.splice(0)) stop();
    },
  };
}

/** Installing in the tab `tab`. */
export function installOf(tab: TabState): InstallState {
  return tab.part(createInstallState);
}

const SERVER_OFFER = (): InstallOffer => 'none';

/** The offer this page shows now ('none' in the prerendered page and while React hydrates it). */
export function useInstallOffer(): InstallOffer {
  return useStore(installOf(useTabState()).current, { select: offerOf, server: SERVER_OFFER });
}
