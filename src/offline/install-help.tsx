import { APP_NAME } from '../shared/app-name';
import type { InstallPlatform } from './install-offer';

/**
 * How to install from the browser itself, in words: the iOS Share menu steps (the banner's hint and
 * Settings), and a line per other browser for Settings when there is no prompt to click.
 */

/** The Add to Home Screen steps for an iOS browser that adds from its Share menu. */
export function HomeScreenSteps({ platform }: { platform: InstallPlatform }) {
  return (
    <ol className="install-steps">
      {platform === 'ios-safari' ? (
        <li>
          Tap the Share button (a square with an arrow pointing up) in Safari&apos;s toolbar, or under the ⋯
          button.
        </li>
      ) : (
        <li>Tap the browser&apos;s Share button, in the address bar or in its menu.</li>
      )}
      <li>Choose “Add to Home Screen” (scroll down the list if it is not in view).</li>
      <li>Tap “Add”.</li>
    </ol>
  );
}

/** How to install `platform`'s way, when the browser gives the page no prompt (or the app cannot use it). */
export function menuInstallText(platform: InstallPlatform): string {
  switch (platform) {
    case 'ios-safari':
    case 'ios-browser':
      return `Add ${APP_NAME} to your Home Screen from the browser's Share menu.`;
    case 'ios-other':
      return (
        `To add ${APP_NAME} to your Home Screen, open this page in Safari, tap the Share button, ` +
        'then “Add to Home Screen”.'
      );
    case 'android':
      return "Open the browser's menu and choose “Install app” or “Add to Home screen”.";
    case 'mac-safari':
      return (
        'In Safari on macOS Sonoma or later, choose File → Add to Dock: ' +
        `${APP_NAME} then opens in its own window.`
      );
    case 'firefox-desktop':
      return 'Firefox on a computer does not install web apps; Chrome, Edge, or Safari on a Mac can.';
    case 'desktop':
      return (
        "Use the install icon at the right of the address bar, or “Install” in the browser's menu " +
        '(in Chrome under “Cast, save and share”, in Edge under “Apps”).'
      );
  }
}
