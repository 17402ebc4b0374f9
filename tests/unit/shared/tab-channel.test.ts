import { afterEach, describe, expect, test, vi } from 'vitest';
import { announce, closeTabChannel, onTabMessage, TAB_CHANNEL } from '../../../src/shared/tab-channel';

// The app's one BroadcastChannel. A second channel of the same name, opened here, stands for another
// tab (Node's BroadcastChannel delivers between channels of one name in one process, never to itself).

declare module '../../../src/shared/tab-channel' {
  interface TabTopics {
    testTopic: { n: number };
    otherTopic: { n: number };
  }
}

const opened: BroadcastChannel[] = [];
function otherTab(): BroadcastChannel {
  const c = new BroadcastChannel(TAB_CHANNEL);
  opened.push(c);
  return c;
}
function nextMessage(c: BroadcastChannel): Promise<unknown> {
  return new Promise((resolve) => c.addEventListener('message', (e) => resolve(e.data), { once: true }));
}

afterEach(() => {
  for (const c of opened.splice(0)) c.close();
  closeTabChannel();
  vi.unstubAllGlobals();
});

describe('tab channel', () => {
  test('announce reaches the other tabs, with its topic and data', async () => {
    const other = otherTab();
    const heard = nextMessage(other);
    announce('testTopic', { n: 1 });
    expect(await heard).toEqual({ v: 1, topic: 'testTopic', data: { n: 1 } });
  });

  test('a listener hears its topic from another tab, and not other topics', async () => {
    const got: number[] = [];
    const done = new Promise<void>((resolve) =>
      onTabMessage('testTopic', ({ n }) => {
        got.push(n);
        if (n === 2) resolve();
      }),
    );
    const other = otherTab();
    other.postMessage({ v: 1, topic: 'otherTopic', data: { n: 9 } });
    other.postMessage({ v: 1, topic: 'testTopic', data: { n: 2 } });
    await done;
    expect(got).toEqual([2]);
  });

  test('a message of another format version (another build in another tab) is ignored', async () => {
    const got: number[] = [];
    const done = new Promise<void>((resolve) =>
      onTabMessage('testTopic', ({ n }) => {
        got.push(n);
        if (n === 3) resolve();
      }),
    );
    const other = otherTab();
    other.postMessage({ v: 2, topic: 'testTopic', data: { n: 8 } });
    other.postMessage({ topic: 'testTopic', data: { n: 7 } });
    other.postMessage({ v: 1, topic: 'testTopic', data: { n: 3 } });
    await done;
    expect(got).toEqual([3]);
  });

  test('the unsubscribe function stops the listener', async () => {
    const got: number[] = [];
    const off = onTabMessage('testTopic', ({ n }) => got.push(n));
    off();
    const done = new Promise<void>((resolve) => onTabMessage('otherTopic', () => resolve()));
    const other = otherTab();
    other.postMessage({ v: 1, topic: 'testTopic', data: { n: 1 } });
    other.postMessage({ v: 1, topic: 'otherTopic', data: { n: 1 } });
    await done; // delivered in order: the first was heard (or not) before this one
    expect(got).toEqual([]);
  });

  test('without BroadcastChannel, announcing and listening do nothing and never throw', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    expect(() => announce('testTopic', { n: 1 })).not.toThrow();
    const off = onTabMessage('testTopic', () => undefined);
    expect(() => off()).not.toThrow();
  });
});
