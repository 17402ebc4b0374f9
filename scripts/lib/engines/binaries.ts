import { existsSync } from 'node:fs';

/** Where the engines' binaries are: Debian's packages, unless a *_PATH variable names another. */

/** The Firefox binary: FIREFOX_PATH, else Debian's Firefox ESR. */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** WebKitGTK's test browser: MINIBROWSER_PATH, else where Debian's webkit2gtk-driver package puts it. */
export const MINIBROWSER =
  process.env.MINIBROWSER_PATH ??
  ['x86_64-linux-gnu', 'aarch64-linux-gnu'].map((a) => `/usr/lib/${a}/webkit2gtk-4.1/MiniBrowser`).find((p) => existsSync(p)) ??
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
