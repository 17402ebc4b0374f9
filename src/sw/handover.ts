/// <reference lib="webworker" />
import { activeCodeVersion, CODE_VERSION, IS_VERSIONED } from './code-version';

declare const self: ServiceWorkerGlobalScope;

/**
 * The old worker hands over to a newer one that waits, at a moment it is quiet.
 *
 * Why: a browser switches to a waiting worker that skipped waiting once the old one has stopped, and
 * Chromium asks the old one to stop as soon as it is idle. But a request or message that reaches it
 * while it is stopping starts it again, and the restarted worker has forgotten it was to stop soon:
 * the new one then waits until the old one has been idle for 30 s (for ever while DevTools is
 * attached, up to 5 minutes), and a page that keeps asking (pictures coming into view, a reader
 * moving on) keeps it running. Chromium acts only on the first skip-waiting a waiting worker makes
 * after it installed, so a page that asks right away spends that chance at the busiest moment.
 *
 * So the old worker, whenever it runs while a newer one waits (it checks when it starts, which is
 * what a restart is, and when one installs), waits until no request or message has reached it for
 * QUIET_MS and then tells the newer one to skip waiting (HANDOVER). It waits for as long as requests
 * keep coming: handing over at a busy moment spends the one chance on a restart (seen: traffic that
 * went on for 5 s got the old worker started again a second time). The newer one does so if it runs
 * the same code (a rebuild from a changed feed) or if the reader pressed "Reload" (the page's RETIRE,
 * passed on as consent); otherwise it goes on waiting for the reader.
 */

/** How long without a request or message counts as quiet. */
export const QUIET_MS = 400;

/** How long to wait before handing over: 0 to hand over now. */
export function handoverDelay(lastEventAt: number, now: number): number {
  return Math.max(0, lastEventAt + QUIET_MS - now);
}

/** Whether a waiting worker told to take over should skip waiting. */
export function shouldTakeOver(consent: boolean, activeCode: string | undefined): boolean {
  return consent || (IS_VERSIONED && activeCode === CODE_VERSION);
}

interface HandoverMessage {
  type: 'HANDOVER';
  /** The reader asked for the new version ("Reload"). */
  consent: boolean;
}

/** Registers both sides of the handover: the old worker's timing and the waiting worker's answer. */
export function registerHandover(): void {
  let lastEventAt = Date.now();
  let planned: { consent: boolean } | null = null;

  const handOver = (consent: boolean) => {
    if (planned) {
      planned.consent ||= consent;
      return;
    }
    const tick = () => {
      const wait = handoverDelay(lastEventAt, Date.now());
      if (wait > 0) {
        setTimeout(tick, wait);
        return;
      }
      const message: HandoverMessage = { type: 'HANDOVER', consent: planned?.consent ?? consent };
      planned = null;
      // Only the active worker hands over (the waiting one runs this module too). Where the global
      // scope does not say which worker it is, the old worker does not hand over.
      const me = (self as { serviceWorker?: ServiceWorker }).serviceWorker;
      const waiting = self.registration.waiting;
      if (me?.state === 'activated' && waiting && waiting !== me) waiting.postMessage(message);
    };
    planned = { consent };
    setTimeout(tick, 0);
  };

  const watch = (sw: ServiceWorker | null) => {
    if (!sw) return;
    if (sw.state === 'installed') return handOver(false);
    sw.addEventListener('statechange', () => {
      if (sw.state === 'installed') handOver(false);
    });
  };

  self.addEventListener('fetch', () => {
    lastEventAt = Date.now();
  });
  self.addEventListener('message', (event) => {
    lastEventAt = Date.now();
    const data = event.data as { type?: string; consent?: boolean } | null;
    if (data?.type === 'RETIRE') handOver(true);
    if (data?.type === 'HANDOVER') {
      event.waitUntil(
        activeCodeVersion().then(async (active) => {
          if (shouldTakeOver(data.consent === true, active)) await self.skipWaiting();
        }),
      );
    }
  });
  self.registration.addEventListener('updatefound', () => watch(self.registration.installing));
  // Starting while a newer worker waits is what a restart during the switch looks like.
  watch(self.registration.waiting);
  watch(self.registration.installing);
}
