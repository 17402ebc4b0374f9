/**
 * The rules of the install offer, pure: which browser this is as far as installing goes, and whether
 * the offer shows. The browser plumbing that gathers the facts is install.ts.
 */

/**
 * How this browser installs a web app:
 * - 'ios-safari': Safari on an iPhone or iPad (iPadOS too, which asks for the Mac site): Share → Add
 *   to Home Screen.
 * - 'ios-browser': Chrome, Edge or Firefox on iOS 16.4 or later, whose Share menus have Add to Home
 *   Screen too (WebKit gave other browsers that in 16.4), with the same installed app as Safari's.
 * - 'ios-other': any other iOS browser: an app's in-app browser, or those browsers on an older iOS.
 *   Only Safari can add the page there.
 * - 'android': Chrome, Samsung Internet, Firefox… on Android: the browser's menu.
 * - 'mac-safari': Safari on a Mac (File → Add to Dock, macOS Sonoma and later).
 * - 'firefox-desktop': Firefox on a computer, which does not install web apps.
 * - 'desktop': Chromium-based browsers on a computer, and anything not recognised.
 */
export type InstallPlatform =
  | 'ios-safari'
  | 'ios-browser'
  | 'ios-other'
  | 'android'
  | 'mac-safari'
  | 'firefox-desktop'
  | 'desktop';

/** Other browsers and in-app browsers on iOS name themselves in the user agent; Safari does not. */
const IOS_OTHER_BROWSER =
  /CriOS|FxiOS|EdgiOS|OPiOS|OPT\/|GSA\/|DuckDuckGo|YaBrowser|FBAN|FBIOS|Instagram|Line\//;
/** The browsers whose Share menu has Add to Home Screen from iOS 16.4. */
const IOS_SHARE_SHEET_BROWSER = /CriOS|FxiOS|EdgiOS/;

/** The iOS version in an iPhone or iPad user agent ("OS 17_2 like Mac OS X"), as [major, minor]. */
function iosVersion(ua: string): [number, number] | null {
  const m = /OS (\d+)[_.](\d+)/.exec(ua);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/**
 * The platform of a browser, from its user agent and its navigator.maxTouchPoints. iPadOS Safari
 * asks for the Mac site and says "Macintosh": a Mac with a touch screen is taken for an iPad, since
 * no Mac has one.
 */
export function installPlatform(userAgent: string, maxTouchPoints: number): InstallPlatform {
  const ua = userAgent;
  const ios = /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && maxTouchPoints > 1);
  if (ios) {
    if (IOS_SHARE_SHEET_BROWSER.test(ua)) {
      const v = iosVersion(ua);
      // Without a version (an iPad asking for the Mac site) it is taken to be recent: iPadOS has asked
      // for the Mac site since 13, and a browser that does has most likely been updated since 16.4.
      return !v || v[0] > 16 || (v[0] === 16 && v[1] >= 4) ? 'ios-browser' : 'ios-other';
    }
    // Safari says "Version/… Safari/…"; in-app browsers (WKWebView) leave those out or add their name.
    return /Version\/[\d.]+.*Safari\//.test(ua) && !IOS_OTHER_BROWSER.test(ua) ? 'ios-safari' : 'ios-other';
  }
  if (/Android/.test(ua)) return 'android';
  if (/Firefox\//.test(ua)) return 'firefox-desktop';
  const safari = /Version\/[\d.]+.*Safari\//.test(ua) && !/Chrome|Chromium|Edg\//.test(ua);
  if (/Macintosh/.test(ua) && safari) return 'mac-safari';
  return 'desktop';
}

/** Whether the platform adds the app to the Home Screen through its Share menu (the iOS hint). */
export function addsFromShareMenu(platform: InstallPlatform): boolean {
  return platform === 'ios-safari' || platform === 'ios-browser';
}

/** What the offer is decided from. */
export interface OfferFacts {
  /** Running as the installed app, or installed from this tab (appinstalled, or an accepted prompt). */
  installed: boolean;
  /** The browser handed over an install prompt (beforeinstallprompt) that is not used yet. */
  promptAvailable: boolean;
  /** An iOS browser that adds to the Home Screen through its Share menu. */
  shareMenuInstall: boolean;
  /** App starts on this device, this one included; 0 while not counted (or when it cannot be). */
  visits: number;
  /** The reading list has held an article (stored, or saved on this page). */
  savedEver: boolean;
  /** The reader dismissed the offer on this device. */
  dismissed: boolean;
  /** The iOS hint was shown on an earlier visit (it is shown on one visit only). */
  hintShownBefore: boolean;
  /** The app has taken the page over: never on the prerendered page or the first paint. */
  live: boolean;
}

/** The offer a page shows: nothing, the install prompt's button, or the iOS Add to Home Screen steps. */
export type InstallOffer = 'none' | 'prompt' | 'ios-hint';

/**
 * The offer for `f`. Only once the reader has come back (a second visit) or saved an article: a first
 * visit is for reading, and a reader who returns or keeps something is the one an app serves.
 */
export function installOffer(f: OfferFacts): InstallOffer {
  if (!f.live || f.installed || f.dismissed) return 'none';
  if (f.visits < 2 && !f.savedEver) return 'none';
  if (f.promptAvailable) return 'prompt';
  if (f.shareMenuInstall && !f.hintShownBefore) return 'ios-hint';
  return 'none';
}
