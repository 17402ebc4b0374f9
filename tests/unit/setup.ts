import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// A console.error during a test is a bug (React warnings, failed loaders): fail the test.
let errorSpy: { mock: { calls: unknown[][] }; mockRestore: () => void };
beforeEach(() => {
  errorSpy = vi.spyOn(console, 'error');
});
afterEach(() => {
  cleanup();
  const calls = errorSpy.mock.calls;
  errorSpy.mockRestore();
  if (calls.length > 0) {
    throw new Error(`console.error was called:\n${calls.map((c: unknown[]) => c.map(String).join(' ')).join('\n')}`);
  }
});

// jsdom has no layout: ScrollRestoration's scrollTo is a no-op here rather than a "not implemented" log.
window.scrollTo = () => {};

// findBy* and waitFor wait for a condition, not a time: the default 1 s ceiling is too short on a busy
// 2-core CI machine, where a view test's loaders and IndexedDB can take longer to settle.
configure({ asyncUtilTimeout: 10_000 });
