/// <reference lib="webworker" />
import { registerAudioCache } from './audio-cache';
import { registerDeadlines } from './deadline';
import { registerFeedCache } from './feed-cache';
import { registerHandover } from './handover';
import { registerImageCache } from './image-cache';
import { registerLifecycle } from './lifecycle';
import { registerNavigation } from './navigation';
import { registerPeriodicSync } from './periodic-sync';
import { registerShell } from './precache-shell';

/**
 * The service worker: one module per concern. Order matters only in that routes are matched in the
 * order registered; the shell's precache route comes first so shell files never hit the network.
 */
registerLifecycle();
registerHandover();
registerDeadlines();
registerShell();
registerNavigation();
registerFeedCache();
registerImageCache();
registerAudioCache();
registerPeriodicSync();
