import { useId, useRef } from 'react';
import { installOf, type InstallSnapshot } from '../../offline/install';
import { HomeScreenSteps } from '../../offline/install-help';
import { addsFromShareMenu, type InstallPlatform } from '../../offline/install-offer';
import { APP_NAME } from '../../shared/app-name';
import { useTabState } from '../../shared/tab-state';
import { useStore } from '../../shared/use-store';

/** Where `platform`'s own menu installs the app, for when the browser gives the page no prompt. */
function menuInstallText(platform: InstallPlatform): string {
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

const same = (s: InstallSnapshot) => s;
const unknown = () => null;

/**
 * Installing the app: an "Install" button where the browser handed over its prompt, "installed" when
 * it is, the Add to Home Screen steps on iOS, and otherwise where the browser's own menu has it.
 */
export function InstallPanel() {
  const headingId = useId();
  const install = installOf(useTabState());
  // What this browser allows is not known to the build: the prerendered page says nothing of it.
  const state = useStore(install.current, { select: same, server: unknown });
  const status = useRef<HTMLParagraphElement>(null);

  const onInstall = async () => {
    await install.install();
    // The button is gone whatever the answer (a prompt is shown once): keep the reader's place.
    status.current?.focus();
  };

  let text: string;
  let body = null;
  if (state === null) text = `Checking whether this browser can install ${APP_NAME}…`;
  else if (state.standalone) text = `${APP_NAME} is installed: you are reading it as an app.`;
  else if (state.installedHere) text = `${APP_NAME} is installed: open it from your home screen or app list.`;
  else if (state.promptAvailable) {
    text = `Install ${APP_NAME} to open it like an app, in its own window, with your articles offline.`;
    body = (
      <div className="settings-row">
        <button type="button" className="button" disabled={state.prompting} onClick={() => void onInstall()}>
          Install
        </button>
      </div>
    );
  } else if (addsFromShareMenu(state.platform)) {
    text = `Add ${APP_NAME} to your Home Screen to open it like an app, with your articles offline:`;
    body = <HomeScreenSteps platform={state.platform} />;
  } else text = menuInstallText(state.platform);

  return (
    <section className="settings-section install-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-heading">
        Install {APP_NAME}
      </h2>
      <p ref={status} className="settings-note install-status" aria-live="polite" tabIndex={-1}>
        {text}
      </p>
      {body}
    </section>
  );
}
