/** The three engines the cross-engine tests run in, and what a flow may ask of a page in any of them. */
export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** Every engine, in the order the tests run them. */
export const ENGINES: readonly EngineName[] = ['chromium', 'firefox', 'webkit'];

export interface EngineOptions {
  /** The page's CSS viewport; defaults to a phone. WebKitGTK's window cannot be narrower than 447 px. */
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Errors the caller expects: each pattern lets matching errors pass. */
  expectErrors?: readonly RegExp[];
}

/**
 * A page in one engine, through the driver that speaks to it (Playwright for Chromium, WebDriver BiDi
 * for Firefox, WebDriver classic for WebKit): the few operations a cross-engine flow needs.
 */
export interface EnginePage {
  readonly engine: EngineName;
  /** Loads `url` and waits for its load event. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Evaluates a JavaScript expression in the page (a promise is awaited); the result must be JSON. */
  evaluate<T>(expression: string): Promise<T>;
  /** A real pointer click, through the driver, on the first element matching the CSS selector. */
  click(selector: string): Promise<void>;
  /** Replaces the value of the input matching `selector` with `text`, typed through the driver. */
  type(selector: string, text: string): Promise<void>;
  /** A PNG of the viewport. */
  screenshot(path: string): Promise<void>;
  /** Page errors and console errors seen since the last call, as `pageerror: …` / `console.error: …`. */
  takeErrors(): Promise<string[]>;
  close(): Promise<void>;
}
