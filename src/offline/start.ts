import { registerServiceWorker } from './register';

/** Starts the offline side after the first render: the service worker, then any unfinished download. */
export function startOffline(): void {
  void registerServiceWorker();
  // The download module is not needed for the first paint: load it when the page is idle.
  const resume = () => void import('./download').then((m) => m.resumeDownload()).catch(() => undefined);
  if ('requestIdleCallback' in window) window.requestIdleCallback(resume, { timeout: 3000 });
  else setTimeout(resume, 1000);
}
