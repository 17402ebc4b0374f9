/**
 * Work for when the page is idle: requestIdleCallback where the browser has it (not Safari), else a
 * plain timer, late enough that a first load's own work has gone by.
 */

/** The delay used where the browser has no requestIdleCallback. */
export const IDLE_FALLBACK_MS = 1000;

/** Runs `work` once the page is idle, within `timeoutMs` at the latest; returns a function that cancels it. */
export function whenIdle(work: () => void, timeoutMs: number): () => void {
  if (typeof window !== 'undefined' && typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(() => work(), { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }
  const timer = setTimeout(work, Math.min(IDLE_FALLBACK_MS, timeoutMs));
  return () => clearTimeout(timer);
}

/**
 * Lets the browser handle input and paint before the caller goes on: a long start cut into tasks, so a
 * tap in between is answered at once (scheduler.yield where the browser has it, else a new task).
 */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
