/// <reference lib="webworker" />
import type { WorkboxPlugin } from 'workbox-core/types.js';

declare const self: ServiceWorkerGlobalScope;

/**
 * Every request this worker makes has a deadline. A browser activates a new worker only once the old
 * one has no event in flight (the spec's "no pending events"; Chromium waits up to 5 minutes), and a
 * request on a stalled connection (a host that accepts and never answers, a half-open captive
 * portal) never ends by itself: left alone, it keeps its fetch event alive and every update waiting.
 *
 * - Each request is aborted when its deadline passes (the page's own abort is passed through too).
 * - Work the page no longer waits for (a revalidation behind a cached answer, the feed's download
 *   after its kept copy answered) is "background": once a newer worker has installed, it is aborted
 *   at once and no more is kept going, so the newer worker activates whatever the network does.
 *
 * - When the reader presses "Reload", the page asks once (RETIRE) for its own requests to end too:
 *   it is about to be replaced, and nothing it started may hold the new version back.
 *
 * The worker learns of the newer one by itself (`updatefound`), not from pages, which send it one
 * message at most: any event for the old worker while the browser stops it starts it again, and
 * src/sw/handover.ts says what that costs and how the old worker then hands over.
 */

/** How long each kind of request may take, from asking to the last byte (media: to the headers). */
export const DEADLINE_MS = {
  /** The feed, also when it goes on in the background after the kept copy answered (3 s). */
  feed: 30_000,
  /** A page revalidated behind the answer from the device (it is never what the reader waits on). */
  page: 20_000,
  /** An image the device does not hold. */
  image: 30_000,
  /** An episode not kept: until its headers arrive; the body then streams to the player as it plays. */
  mediaHeaders: 20_000,
} as const;

/** One request in flight. */
export interface Flight {
  readonly controller: AbortController;
  /** The client (tab) the request is for; '' for work that serves no page. */
  readonly clientId: string;
  /** True once nothing waits on it but the worker's own caches. */
  background: boolean;
}

const flights = new Set<Flight>();

/** Why a request was ended early: names the rule, for the worker's console and the page's error. */
function ended(why: string): DOMException {
  return new DOMException(`Broadsheet's service worker ended this request: ${why}`, 'AbortError');
}

/** A signal aborted when any of `signals` is (AbortSignal.any where the browser has it). */
export function anySignal(signals: AbortSignal[]): AbortSignal {
  const any = (AbortSignal as typeof AbortSignal & { any?: (s: AbortSignal[]) => AbortSignal }).any;
  if (any) return any.call(AbortSignal, signals);
  const controller = new AbortController();
  for (const s of signals) {
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    s.addEventListener('abort', () => controller.abort(s.reason), { once: true });
  }
  return controller.signal;
}

/** A signal aborted after `ms` (AbortSignal.timeout where the browser has it). */
export function timeoutSignal(ms: number): AbortSignal {
  if (typeof AbortSignal.timeout === 'function') return AbortSignal.timeout(ms);
  const controller = new AbortController();
  setTimeout(() => controller.abort(new DOMException('The deadline passed.', 'TimeoutError')), ms);
  return controller.signal;
}

/** True while a newer worker of this registration is installed and waiting to take over. */
export function successorWaiting(): boolean {
  const reg = self.registration as ServiceWorkerRegistration | undefined;
  return !!reg?.waiting && reg.active !== reg.waiting;
}

/**
 * Starts tracking one request: `signal` ends it at `ms`, on the page's own abort (`pageSignal`), or
 * when it is background work and a newer worker has installed. Call `land()` once it is over.
 */
export function takeOff(ms: number, clientId: string, pageSignal?: AbortSignal | null): { flight: Flight; signal: AbortSignal; land(): void } {
  const flight: Flight = { controller: new AbortController(), clientId, background: false };
  flights.add(flight);
  const signals = [flight.controller.signal, timeoutSignal(ms)];
  if (pageSignal) signals.push(pageSignal);
  return { flight, signal: anySignal(signals), land: () => void flights.delete(flight) };
}

/** Marks a request as one nothing waits on but the caches; it ends at once if a newer worker waits. */
export function toBackground(flight: Flight): void {
  flight.background = true;
  if (successorWaiting()) {
    flight.controller.abort(ended('a newer version is waiting, and background work would hold it back'));
    flights.delete(flight);
  }
}

/** Ends the background requests, and every request of `clientId` when given; returns how many. */
export function retire(why: string, clientId?: string): number {
  let count = 0;
  for (const flight of [...flights]) {
    if (!flight.background && (clientId === undefined || flight.clientId !== clientId)) continue;
    flight.controller.abort(ended(why));
    flights.delete(flight);
    count++;
  }
  return count;
}

/** How many requests are in flight, and how many of them in the background. */
export function flightCount(): { all: number; background: number } {
  let background = 0;
  for (const f of flights) if (f.background) background++;
  return { all: flights.size, background };
}

interface DeadlineState {
  land?: () => void;
  flight?: Flight;
}

/**
 * A Workbox plugin that gives the strategy's network request its deadline. `isBackground` says, of
 * the answer the strategy gives the page, whether its network request then goes on only for the cache.
 */
export function deadlinePlugin(ms: number, isBackground: (answer: Response) => boolean): WorkboxPlugin {
  return {
    requestWillFetch: async ({ request, event, state }) => {
      const s = state as DeadlineState | undefined;
      const clientId = (event as FetchEvent | undefined)?.clientId ?? '';
      const { flight, signal, land } = takeOff(ms, clientId, request.signal);
      if (s) {
        s.flight = flight;
        s.land = land;
      }
      // A navigation's request cannot carry a new signal as it is: rebuilt (its mode becomes
      // same-origin, which is what a worker's own fetch of a page is anyway).
      return new Request(request, { signal });
    },
    handlerWillRespond: async ({ response, state }) => {
      const s = state as DeadlineState | undefined;
      if (s?.flight && isBackground(response)) toBackground(s.flight);
      return response;
    },
    handlerDidComplete: async ({ state }) => {
      (state as DeadlineState | undefined)?.land?.();
    },
  };
}

/**
 * fetch() with a deadline on the headers only: for media, whose body streams to the player for as
 * long as it plays (outside the fetch event, once answered), stopped by the page's own abort.
 */
export async function fetchHeadersWithin(request: Request, ms: number, clientId: string): Promise<Response> {
  const flight: Flight = { controller: new AbortController(), clientId, background: false };
  flights.add(flight);
  const timer = setTimeout(() => flight.controller.abort(ended(`no answer within ${ms / 1000} s`)), ms);
  try {
    return await fetch(request, { signal: anySignal([flight.controller.signal, request.signal]) });
  } finally {
    clearTimeout(timer);
    flights.delete(flight);
  }
}

/** A promise that settles once a newer worker is installed (it waits, or activates), for long events. */
export function successorInstalled(): Promise<void> {
  return new Promise((resolve) => {
    if (successorWaiting()) return resolve();
    const watch = (sw: ServiceWorker | null) => {
      if (!sw) return;
      const check = () => {
        if (sw.state === 'installed' || sw.state === 'activating' || sw.state === 'activated') resolve();
      };
      sw.addEventListener('statechange', check);
      check();
    };
    self.registration.addEventListener('updatefound', () => watch(self.registration.installing));
    watch(self.registration.installing);
  });
}

/**
 * Watches for a newer worker: once one has installed, the background requests end; RETIRE from a
 * page that is reloading into it ends that page's own too.
 */
export function registerDeadlines(): void {
  self.addEventListener('message', (event) => {
    if ((event.data as { type?: string } | null)?.type !== 'RETIRE') return;
    retire('the page is switching to the new version', (event.source as Client | null)?.id ?? '');
  });
  // Only the active worker serves pages; the one installing has nothing in flight to end.
  self.registration.addEventListener('updatefound', () => {
    const installing = self.registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') retire('a newer version has installed and waits for this one to finish');
    });
  });
}
