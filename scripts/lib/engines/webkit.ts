import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Builder, By, until, type WebDriver } from 'selenium-webdriver';
import { MINIBROWSER } from './binaries';
import type { EngineOptions, EnginePage } from './page';


/**
 * Collects the page's errors in the page itself: WebKitWebDriver has no log API. Put in after each
 * load, so an error thrown while the page first runs is missed; the other engines see those. A
 * resource that fails is reported in Chromium's words ("Failed to load resource"), as tests expect.
 */
const WATCH_ERRORS = `
  if (!window.__e2eErrors) {
    const errors = (window.__e2eErrors = []);
    addEventListener('error', (e) => errors.push(e.target === window
      ? 'pageerror: ' + e.message
      : 'console.error: Failed to load resource [' + (e.target.currentSrc || e.target.src || e.target.href) + ']'), true);
    addEventListener('unhandledrejection', (e) => errors.push('pageerror: ' + String(e.reason && e.reason.message || e.reason)));
    const original = console.error.bind(console);
    console.error = (...args) => { errors.push('console.error: ' + args.map(String).join(' ')); original(...args); };
  }`;

/** Describes what is at the centre of `arguments[0]`, when a click on it lands elsewhere. */
const DESCRIBE_POINT = `
  const el = arguments[0];
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2, y = r.top + r.height / 2;
  const hit = document.elementFromPoint(x, y);
  const name = (e) => e ? e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '') : 'nothing';
  const path = (e) => { const out = []; for (; e && e !== document.body; e = e.parentElement) out.unshift(name(e)); return out.join(' > '); };
  return 'at (' + Math.round(x) + ', ' + Math.round(y) + ') in a ' + innerWidth + 'x' + innerHeight + ' view, scrolled to ' + Math.round(scrollY) +
    ', is ' + path(hit) + ' ("' + (hit && hit.textContent || '').trim().slice(0, 60) + '"), not ' + path(el) +
    '; rect ' + JSON.stringify([Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)]);`;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/**
 * WebKitWebDriver on a free port (under `xvfb-run` when there is no display: WebKitGTK has no headless
 * mode), in a process group of its own so that closing kills the driver, Xvfb and MiniBrowser.
 */
async function startDriver(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const driverArgs = [`--port=${port}`, '--host=127.0.0.1'];
  const [cmd, args] = process.env.DISPLAY
    ? ['WebKitWebDriver', driverArgs]
    : ['xvfb-run', ['-a', '-s', '-screen 0 1600x1200x24', 'WebKitWebDriver', ...driverArgs]];
  const child: ChildProcess = spawn(cmd, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await Promise.race([exited, sleep(5_000)]);
      if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    }
  };
  const end = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}): ${stderr.trim()}`);
    const ready = await fetch(`${url}/status`).then((r) => r.ok, () => false);
    if (ready) return { url, stop };
    if (Date.now() > end) {
      await stop();
      throw new Error(`WebKitWebDriver did not answer on ${url} within 20 s: ${stderr.trim()}`);
    }
    await sleep(100);
  }
}

/** Sets the window so that the page's viewport is `want` (the window adds its own frame). */
async function sizeViewport(driver: WebDriver, want: { width: number; height: number }): Promise<void> {
  await driver.manage().window().setRect({ width: want.width, height: want.height });
  const inner = (await driver.executeScript('return [innerWidth, innerHeight]')) as [number, number];
  const [dw, dh] = [want.width - inner[0], want.height - inner[1]];
  if (dw || dh) await driver.manage().window().setRect({ width: want.width + dw, height: want.height + dh });
}

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic), with its service worker, Cache
 * Storage and IndexedDB; each session starts with empty storage.
 */
export async function openWebKit(opts: EngineOptions): Promise<EnginePage> {
  const server = await startDriver();
  let driver: WebDriver;
  try {
    driver = await new Builder()
      .usingServer(server.url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: MINIBROWSER,
          // `args` replaces the driver's own, so --automation is ours to pass. Safari has the Storage API
          // (navigator.storage); WebKitGTK ships it switched off.
          args: ['--automation', '--features=+StorageAPI,+StorageAPIEstimate', ...(opts.colorScheme === 'dark' ? ['--dark-mode'] : [])],
        },
      })
      .build();
    await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000, implicit: 0 });
    await sizeViewport(driver, opts.viewport ?? { width: 447, height: 900 });
  } catch (e) {
    await server.stop();
    throw e;
  }
  const harvested: string[] = [];
  const harvest = async () => {
    const found = (await driver.executeScript('const e = window.__e2eErrors || []; window.__e2eErrors = e.length ? [] : e; return e;').catch(() => [])) as string[];
    harvested.push(...found);
  };
  const watch = () => driver.executeScript(WATCH_ERRORS);
  const element = async (selector: string) => {
    const el = await driver.wait(until.elementLocated(By.css(selector)), 10_000, `no element matches ${selector}`);
    await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', el);
    return el;
  };
  return {
    engine: 'webkit',
    goto: async (url) => {
      await harvest();
      await driver.get(url);
      await watch();
    },
    reload: async () => {
      await harvest();
      await driver.navigate().refresh();
      await watch();
    },
    evaluate: async <T>(expression: string) => {
      const answer = (await driver.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         Promise.resolve().then(() => (${expression})).then(
           (v) => done({ ok: v === undefined ? null : v }),
           (e) => done({ err: String((e && e.stack) || e) }));`,
      )) as { ok?: T; err?: string };
      if (answer.err !== undefined) throw new Error(`in the page: ${answer.err}`);
      return answer.ok as T;
    },
    click: async (selector) => {
      const el = await element(selector);
      try {
        await el.click();
      } catch (error) {
        // Says what covered the element, which the driver does not.
        if (!(error instanceof Error) || error.name !== 'ElementClickInterceptedError') throw error;
        const at = await driver.executeScript<string>(DESCRIBE_POINT, el).catch((e: unknown) => `(not described: ${String(e)})`);
        throw new Error(`${selector}: the click was intercepted; ${at}`, { cause: error });
      }
    },
    type: async (selector, text) => {
      const el = await element(selector);
      await el.clear();
      await el.sendKeys(text);
    },
    screenshot: async (path) => {
      await writeFile(path, Buffer.from(await driver.takeScreenshot(), 'base64'));
    },
    takeErrors: async () => {
      await harvest();
      return harvested.splice(0);
    },
    close: async () => {
      try {
        await driver.quit();
      } finally {
        await server.stop();
      }
    },
  };
}
