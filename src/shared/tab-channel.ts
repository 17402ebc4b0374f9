/**
 * What one tab tells the other open tabs of the app: one BroadcastChannel, one topic per kept thing.
 * A store announces a change after its write has committed; the other tabs re-read what changed (or
 * apply the message) and their views re-render. A channel never hears its own messages, so a tab does
 * not react to itself. Where BroadcastChannel is missing, announcing and listening do nothing: each tab
 * keeps its own memory, as before.
 *
 * Each module that announces or listens declares its topic's payload by augmenting TabTopics:
 * `declare module '../shared/tab-channel' { interface TabTopics { saved: { ids: string[] } } }`.
 */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the modules that use a topic
export interface TabTopics {}

export type TabTopic = keyof TabTopics;

/** The channel's name; the `v` of each message lets a tab of another build ignore shapes it does not know. */
export const TAB_CHANNEL = 'broadsheet';
const VERSION = 1;

interface Envelope {
  v: number;
  topic: string;
  data: unknown;
}

let channel: BroadcastChannel | null = null;
const listeners = new Map<string, Set<(data: unknown) => void>>();

function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && (value as Envelope).v === VERSION && typeof (value as Envelope).topic === 'string';
}

/** The tab's channel, opened on first use; null where the browser has none. */
function open(): BroadcastChannel | null {
  if (channel) return channel;
  if (typeof BroadcastChannel === 'undefined') return null;
  try {
    channel = new BroadcastChannel(TAB_CHANNEL);
  } catch {
    return null;
  }
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (!isEnvelope(event.data)) return;
    for (const fn of [...(listeners.get(event.data.topic) ?? [])]) {
      try {
        fn(event.data.data);
      } catch (e) {
        console.error(e);
      }
    }
  };
  return channel;
}

/** Tells the other tabs about a change (after it is stored). Never throws. */
export function announce<K extends TabTopic>(topic: K, data: TabTopics[K]): void {
  try {
    open()?.postMessage({ v: VERSION, topic, data } satisfies Envelope);
  } catch {
    // a payload the channel cannot clone, or a closed channel: the other tabs catch up on their next read
  }
}

/** Calls `fn` with what other tabs announce on `topic`; returns the unsubscribe function. */
export function onTabMessage<K extends TabTopic>(topic: K, fn: (data: TabTopics[K]) => void): () => void {
  open();
  let set = listeners.get(topic);
  if (!set) listeners.set(topic, (set = new Set()));
  const listener = fn as (data: unknown) => void;
  set.add(listener);
  return () => {
    set.delete(listener);
  };
}

/** Closes the channel and drops every listener, as a fresh page load would (tests). */
export function closeTabChannel(): void {
  channel?.close();
  channel = null;
  listeners.clear();
}
