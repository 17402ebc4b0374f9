import { useId, useRef } from 'react';
import { installOf, type InstallSnapshot } from '../../offline/install';
import { HomeScreenSteps, menuInstallText } from '../../offline/install-help';
import { addsFromShareMenu } from '../../offline/install-offer';
import { APP_NAME } from '../../shared/app-name';
import { useTabState } from '../../shared/tab-state';
import { useStore } from '../../shared/use-store';

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
