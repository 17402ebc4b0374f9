import { useEffect, useRef } from 'react';
import { installOf, useInstallOffer } from '../offline/install';
import { HomeScreenSteps } from '../offline/install-help';
import { updateWaiting } from '../offline/register';
import { APP_NAME } from '../shared/app-name';
import { useTabState } from '../shared/tab-state';
import { useStore } from '../shared/use-store';

const serverFalse = () => false;
const HINT_NAME = `Add ${APP_NAME} to your Home Screen`;

/**
 * The install offer: a small banner at the foot of the screen, never a dialog and never focused, with
 * "Install" where the browser handed over its prompt, or the Add to Home Screen steps on iOS; "Not now"
 * puts it away for good on this device. When it shows is install-offer.ts's rule; it waits while the
 * new-version prompt is up, so the two never sit on each other.
 */
export function InstallOfferBanner() {
  const install = installOf(useTabState());
  const offer = useInstallOffer();
  const prompting = useStore(install.current, { select: (s) => s.prompting, server: serverFalse });
  const updating = useStore(updateWaiting, { server: serverFalse });
  const shown = updating ? 'none' : offer;
  const platform = useStore(install.current, { select: (s) => s.platform, server: () => 'desktop' as const });
  const region = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (shown === 'ios-hint') install.hintShown();
  }, [shown, install]);

  if (shown === 'none') return null;
  // The banner goes with the button the reader pressed: focus that was in it goes to the page, not
  // to nowhere. Asked at the click, since the Install button is disabled while the dialog is open.
  const focusIn = () => region.current?.contains(document.activeElement) === true;
  const focusPage = (had: boolean) => {
    if (had) document.getElementById('main')?.focus({ preventScroll: true });
  };
  const notNow = (
    <button
      type="button"
      className="button button-quiet"
      onClick={() => {
        focusPage(focusIn());
        void install.dismiss();
      }}
    >
      Not now
    </button>
  );
  if (shown === 'ios-hint') {
    return (
      <div ref={region} className="install-offer" role="region" aria-label={HINT_NAME}>
        <p>Read {APP_NAME} like an app, offline too: add it to your Home Screen.</p>
        <HomeScreenSteps platform={platform} />
        <div className="install-offer-actions">{notNow}</div>
      </div>
    );
  }
  const onInstall = async () => {
    const had = focusIn();
    const outcome = await install.install();
    focusPage(had);
    // A reader who says no in the browser's own dialog has answered the offer too.
    if (outcome === 'dismissed') await install.dismiss();
  };
  return (
    <div ref={region} className="install-offer" role="region" aria-label={`Install ${APP_NAME}`}>
      <p>Install {APP_NAME} to open it like an app, with your articles offline.</p>
      <div className="install-offer-actions">
        <button type="button" className="button" disabled={prompting} onClick={() => void onInstall()}>
          Install
        </button>
        {notNow}
      </div>
    </div>
  );
}
