import { UpdatePrompt } from '../offline/update-prompt';
import { InstallOfferBanner } from './install-offer-banner';
import { KeyboardShortcuts } from './keyboard-shortcuts';

/**
 * The parts of the layout that show nothing before the app is live: the keyboard shortcuts (and their
 * dialog), the update prompt and the install offer. after-live.ts brings them once the app is live,
 * and the layout shows them in its LiveSlot (live-parts-slot.tsx), so they are neither in a
 * prerendered page nor in the script a first visit loads before it is interactive.
 */
export default function LiveParts() {
  return (
    <>
      <KeyboardShortcuts />
      <UpdatePrompt />
      <InstallOfferBanner />
    </>
  );
}
