/**
 * The first step of `npm test`: the end-to-end tests need Debian's Chromium, nginx, Firefox ESR and
 * WebKitGTK's driver (with Xvfb). When one is missing, it is installed with apt-get where that can be
 * done here (root, apt-get present); otherwise the run stops at once with one line naming the command
 * to run, rather than dozens of tests each failing to launch a browser.
 *
 * Usage: tsx scripts/check-test-tools.ts
 * Env:   CHROMIUM_PATH, NGINX_PATH, FIREFOX_PATH, MINIBROWSER_PATH   other binaries to use (never installed over)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIREFOX, MINIBROWSER } from './lib/engines/binaries';
import { executable, findNginx } from './serve-nginx';

export interface Tool {
  name: string;
  /** The Debian package that brings it. */
  pkg: string;
  found: () => boolean;
  /** Set when a *_PATH variable names the binary: a missing one is the caller's to fix, not apt's. */
  pinned?: string;
}

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const pinned = (variable: string) => (process.env[variable] ? { pinned: variable } : {});
const tools: Tool[] = [
  { name: 'Chromium', pkg: 'chromium', found: () => executable(chromiumPath), ...pinned('CHROMIUM_PATH') },
  { name: 'nginx', pkg: 'nginx', found: () => findNginx() !== null, ...pinned('NGINX_PATH') },
  { name: 'Firefox ESR', pkg: 'firefox-esr', found: () => executable(FIREFOX), ...pinned('FIREFOX_PATH') },
  { name: 'WebKitWebDriver', pkg: 'webkit2gtk-driver', found: () => onPath('WebKitWebDriver') && executable(MINIBROWSER), ...pinned('MINIBROWSER_PATH') },
  // WebKitGTK has no headless mode: its tests run on an X server of their own (xvfb-run, which needs xauth).
  { name: 'Xvfb', pkg: 'xvfb', found: () => onPath('xvfb-run') },
  { name: 'xauth', pkg: 'xauth', found: () => onPath('xauth') },
  // A font for pages to fall back on: without one, a minimal machine draws WebKit's text as boxes.
  { name: 'DejaVu fonts', pkg: 'fonts-dejavu-core', found: () => existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf') },
];

function onPath(cmd: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((d) => d && executable(join(d, cmd)));
}

/**
 * apt-get install, with services kept from starting: Debian's nginx package starts the system's
 * nginx on port 80 when installed, and the tests want only their own. policy-rc.d is Debian's way
 * to say so (invoke-rc.d asks it); it is removed again afterwards, and an existing one is left alone.
 */
function aptInstall(pkgs: string[]): boolean {
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const run = (args: string[]) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
    return run(['update', '-qq']) && run(['install', '-y', '-qq', '--no-install-recommends', ...pkgs]);
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
}

export type Decision = { kind: 'ok' } | { kind: 'stop'; line: string } | { kind: 'install'; pkgs: string[]; command: string };

/** What to do about the missing tools: nothing, install them with apt-get, or stop with one line. */
export function decide(missing: Pick<Tool, 'name' | 'pkg' | 'pinned'>[], can: { root: boolean; apt: boolean }, env: NodeJS.ProcessEnv = process.env): Decision {
  if (missing.length === 0) return { kind: 'ok' };
  const pinned = missing.find((t) => t.pinned);
  if (pinned?.pinned) {
    return { kind: 'stop', line: `${pinned.name} not found at ${pinned.pinned}=${env[pinned.pinned] ?? ''}: fix ${pinned.pinned} or unset it` };
  }
  const pkgs = missing.map((t) => t.pkg);
  const command = `apt-get install -y ${pkgs.join(' ')}`;
  if (!can.root || !can.apt) {
    return { kind: 'stop', line: `The end-to-end tests need ${missing.map((t) => t.name).join(' and ')}: run \`sudo ${command}\` (Debian), then npm test again` };
  }
  return { kind: 'install', pkgs, command };
}

function main(): number {
  const decision = decide(tools.filter((t) => !t.found()), { root: process.getuid?.() === 0, apt: onPath('apt-get') });
  if (decision.kind === 'ok') return 0;
  if (decision.kind === 'stop') {
    console.error(decision.line);
    return 1;
  }
  console.log(`Installing ${decision.pkgs.join(' and ')} from Debian for the end-to-end tests`);
  if (!aptInstall(decision.pkgs) || tools.some((t) => !t.found())) {
    console.error(`Installing failed: run \`${decision.command}\` and look at its output, then npm test again`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exit(main());
