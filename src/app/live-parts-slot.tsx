import { createElement, type ComponentType } from 'react';
import { createStore } from '../shared/store';
import { useStore } from '../shared/use-store';

const slot = createStore<ComponentType | null>(null);

const none = () => null;

/**
 * Where the layout shows its parts that show nothing before the app is live (live-parts.tsx), once
 * after-live.ts has loaded them. A store, not React.lazy: nothing suspends, so no render waits on
 * their chunk (and a test's render never sees it arrive outside act()).
 */
export function LiveSlot() {
  const parts = useStore(slot, { server: none });
  return parts ? createElement(parts) : null;
}

/** Called by after-live.ts with the parts it loaded. */
export function showLiveParts(parts: ComponentType): void {
  slot.set(parts);
}
