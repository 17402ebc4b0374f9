import assert from 'node:assert/strict';
import { openChromium } from './chromium';
import { openFirefox } from './firefox';
import type { EngineName, EngineOptions, EnginePage } from './page';
import { openWebKit } from './webkit';

export { ENGINES, type EngineName, type EngineOptions, type EnginePage } from './page';

/** A page in one engine whose errors fail `close()` unless the caller expected them. */
export interface EngineSession {
  page: EnginePage;
  /** Declares more errors the caller expects. */
  expectErrors(...patterns: RegExp[]): void;
  /** Closes the browser, then fails if it saw an error no pattern expected. */
  close(): Promise<void>;
}

const OPEN: Record<EngineName, (opts: EngineOptions) => Promise<EnginePage>> = {
  chromium: openChromium,
  firefox: openFirefox,
  webkit: openWebKit,
};

/** Opens a fresh profile of `engine`: for the cross-engine tests and screenshots. */
export async function openEngine(engine: EngineName, opts: EngineOptions = {}): Promise<EngineSession> {
  const page = await OPEN[engine](opts);
  const expected: RegExp[] = [...(opts.expectErrors ?? [])];
  let closed = false;
  return {
    page,
    expectErrors: (...patterns) => expected.push(...patterns),
    async close() {
      if (closed) return;
      closed = true;
      const errors = await page.takeErrors().finally(() => page.close());
      const unexpected = errors.filter((e) => !expected.some((re) => re.test(e)));
      assert.deepEqual(unexpected, [], `${engine}: page or console errors the test did not expect`);
    },
  };
}
