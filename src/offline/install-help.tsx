import type { InstallPlatform } from './install-offer';

/** The Add to Home Screen steps of an iOS browser's Share menu (the banner's hint, and Settings). */
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
