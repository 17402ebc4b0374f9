import { describe, expect, test } from 'vitest';
import {
  addsFromShareMenu,
  installOffer,
  installPlatform,
  type InstallPlatform,
  type OfferFacts,
} from '../../../src/offline/install-offer';

// The install offer's rules, pure: which browser is which, and when the offer shows (a second visit or
// a first save, once the app is live) and when never (installed, dismissed, nothing to offer).

/** A reader on their second visit to a Chromium browser that handed over its prompt: the offer shows. */
const eligible: OfferFacts = {
  installed: false,
  promptAvailable: true,
  shareMenuInstall: false,
  visits: 2,
  savedEver: false,
  dismissed: false,
  hintShownBefore: false,
  live: true,
};
const facts = (over: Partial<OfferFacts>): OfferFacts => ({ ...eligible, ...over });

describe('installOffer', () => {
  test('the prompt is offered from the second visit on', () => {
    expect(installOffer(eligible)).toBe('prompt');
    expect(installOffer(facts({ visits: 3 }))).toBe('prompt');
    expect(installOffer(facts({ visits: 40 }))).toBe('prompt');
  });

  test('never on a first visit, nor before the visit is counted, unless the reader saved an article', () => {
    expect(installOffer(facts({ visits: 1 }))).toBe('none');
    expect(installOffer(facts({ visits: 0 }))).toBe('none');
    expect(installOffer(facts({ visits: 1, savedEver: true }))).toBe('prompt');
    expect(installOffer(facts({ visits: 0, savedEver: true }))).toBe('prompt');
  });

  test('never before the app is live (the prerendered page, the first paint)', () => {
    expect(installOffer(facts({ live: false }))).toBe('none');
    expect(installOffer(facts({ live: false, savedEver: true, visits: 9 }))).toBe('none');
    expect(installOffer(facts({ live: false, promptAvailable: false, shareMenuInstall: true }))).toBe('none');
  });

  test('never once dismissed, nor when installed', () => {
    expect(installOffer(facts({ dismissed: true }))).toBe('none');
    expect(installOffer(facts({ installed: true }))).toBe('none');
    const ios = { promptAvailable: false, shareMenuInstall: true };
    expect(installOffer(facts({ ...ios, installed: true }))).toBe('none');
    expect(installOffer(facts({ ...ios, dismissed: true }))).toBe('none');
  });

  test('nothing where there is neither a prompt nor a Share menu to add from', () => {
    expect(installOffer(facts({ promptAvailable: false }))).toBe('none');
    expect(installOffer(facts({ promptAvailable: false, savedEver: true, visits: 5 }))).toBe('none');
  });

  test('on iOS, the Add to Home Screen hint under the same rule, on one visit only', () => {
    const ios = facts({ promptAvailable: false, shareMenuInstall: true });
    expect(installOffer(ios)).toBe('ios-hint');
    expect(installOffer({ ...ios, visits: 1 })).toBe('none');
    expect(installOffer({ ...ios, visits: 1, savedEver: true })).toBe('ios-hint');
    expect(installOffer({ ...ios, hintShownBefore: true })).toBe('none');
    expect(installOffer({ ...ios, dismissed: true })).toBe('none');
    expect(installOffer({ ...ios, installed: true })).toBe('none');
  });

  test('over every combination: an offer only when live, not installed or dismissed, and wanted', () => {
    const names = [
      'installed',
      'promptAvailable',
      'shareMenuInstall',
      'savedEver',
      'dismissed',
      'hintShownBefore',
      'live',
    ] as const;
    let shown = 0;
    for (let bits = 0; bits < 1 << names.length; bits++) {
      for (const visits of [0, 1, 2, 3]) {
        const f = { ...eligible, visits };
        names.forEach((name, i) => (f[name] = (bits & (1 << i)) !== 0));
        const offer = installOffer(f);
        if (offer === 'none') continue;
        shown++;
        expect(f, offer).toMatchObject({ live: true, installed: false, dismissed: false });
        expect(f.visits >= 2 || f.savedEver, JSON.stringify(f)).toBe(true);
        // The prompt wins over the hint; the hint is for a Share menu, once.
        const hint = { promptAvailable: false, shareMenuInstall: true, hintShownBefore: false };
        if (offer === 'prompt') expect(f.promptAvailable).toBe(true);
        else expect(f).toMatchObject(hint);
      }
    }
    // Live, not installed, not dismissed; 6 of the 8 (visits, saved) pairs (2 or 3 visits, or a save);
    // 5 of the 8 (prompt, Share menu, hint shown) triples (the 4 with a prompt, and an unseen hint).
    expect(shown).toBe(6 * 5);
  });
});

const UA = {
  iphoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ' +
    'Version/17.4 Mobile/15E148 Safari/604.1',
  ipadSafari:
    'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ' +
    'Version/16.6 Mobile/15E148 Safari/604.1',
  // iPadOS asks for the Mac site: only its touch points tell it from a Mac.
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) ' +
    'Version/17.4 Safari/605.1.15',
  chromeIos17:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ' +
    'CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1',
  chromeIos16_3:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ' +
    'CriOS/110.0.5481.83 Mobile/15E148 Safari/604.1',
  chromeIos16_4:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ' +
    'CriOS/112.0.5615.46 Mobile/15E148 Safari/604.1',
  firefoxIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ' +
    'FxiOS/124.0 Mobile/15E148 Safari/605.1.15',
  edgeIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ' +
    'Version/17.0 EdgiOS/123.0.2420.56 Mobile/15E148 Safari/604.1',
  facebookIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ' +
    'Mobile/15E148 [FBAN/FBIOS;FBAV/456.0.0.38.109;FBBV/585841342;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS]',
  googleAppIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ' +
    'GSA/310.0.622143264 Mobile/15E148 Safari/604.1',
  chromeAndroid:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) ' +
    'Chrome/124.0.0.0 Mobile Safari/537.36',
  firefoxAndroid: 'Mozilla/5.0 (Android 14; Mobile; rv:125.0) Gecko/125.0 Firefox/125.0',
  chromeMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) ' +
    'Chrome/124.0.0.0 Safari/537.36',
  edgeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) ' +
    'Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0',
  firefoxWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
  firefoxMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:125.0) Gecko/20100101 Firefox/125.0',
};

describe('installPlatform', () => {
  test.each<[keyof typeof UA, number, InstallPlatform]>([
    ['iphoneSafari', 5, 'ios-safari'],
    ['ipadSafari', 5, 'ios-safari'],
    ['macSafari', 5, 'ios-safari'],
    ['macSafari', 0, 'mac-safari'],
    ['chromeIos17', 5, 'ios-browser'],
    ['chromeIos16_4', 5, 'ios-browser'],
    ['chromeIos16_3', 5, 'ios-other'],
    ['firefoxIos', 5, 'ios-browser'],
    ['edgeIos', 5, 'ios-browser'],
    ['facebookIos', 5, 'ios-other'],
    ['googleAppIos', 5, 'ios-other'],
    ['chromeAndroid', 5, 'android'],
    ['firefoxAndroid', 5, 'android'],
    ['chromeMac', 0, 'desktop'],
    ['edgeWindows', 10, 'desktop'],
    ['firefoxWindows', 10, 'firefox-desktop'],
    ['firefoxMac', 0, 'firefox-desktop'],
  ])('%s with %i touch points is %s', (name, touch, platform) => {
    expect(installPlatform(UA[name], touch)).toBe(platform);
  });

  test('an unknown or empty user agent is a computer', () => {
    expect(installPlatform('', 0)).toBe('desktop');
    expect(installPlatform('curl/8.5.0', 0)).toBe('desktop');
  });

  test('only Safari and the iOS 16.4+ browsers add from the Share menu', () => {
    const all: InstallPlatform[] = [
      'ios-safari',
      'ios-browser',
      'ios-other',
      'android',
      'mac-safari',
      'firefox-desktop',
      'desktop',
    ];
    expect(all.filter(addsFromShareMenu)).toEqual(['ios-safari', 'ios-browser']);
  });
});
