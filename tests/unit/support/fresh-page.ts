import { createFeedSession, type FeedSession } from '../../../src/session/feed-session';
import { feedUrl } from '../../../src/shared/env';
import { closeTabChannel } from '../../../src/shared/tab-channel';
import { createTabState, TabStateProvider, type TabState } from '../../../src/shared/tab-state';
import { closeDb } from '../../../src/storage/db';
import { createElement, type ReactNode } from 'react';
import { afterEach, beforeEach, vi } from 'vitest';
import { resetDb } from '../storage/helpers';
import { settleFeedWrites } from './settle';

/** What one page load of the app holds: its feed session and its tab state. */
export interface Page {
  session: FeedSession;
  tab: TabState;
}

let page: Page | null = null;

/**
 * A new page load: the last page's feed session and tab state are closed (what they still had under
 * way stores nothing, and they follow other tabs no more), its tab channel and database connection
 * too. What is on the (fake) device stays. Resolves with the new page.
 */
export async function freshPage(): Promise<Page> {
  page?.session.close();
  page?.tab.close();
  closeTabChannel();
  await closeDb();
  page = { session: createFeedSession({ feedUrl: feedUrl() }), tab: createTabState() };
  return page;
}

/**
 * Each test of the file starts as a new page load on an empty (fake) device, and leaves the device
 * empty and the globals as they were. Returns the running test's page.
 */
export function freshDeviceEachTest(): () => Page {
  let current: Page | null = null;
  beforeEach(async () => {
    current = await freshPage();
    await resetDb();
  });
  afterEach(async () => {
    await settleFeedWrites();
    vi.unstubAllGlobals();
    await resetDb();
  });
  return () => {
    if (!current) throw new Error('freshDeviceEachTest(): no test is running');
    return current;
  };
}

/** A wrapper for renderHook and render: the components get `tab` as their page's tab state. */
export function inTab(tab: TabState) {
  return ({ children }: { children: ReactNode }) => createElement(TabStateProvider, { tab, children });
}
