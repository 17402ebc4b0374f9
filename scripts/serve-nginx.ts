/**
 * Serves a build with nginx and the shipped config (deploy/nginx/broadsheet.conf), in the
 * foreground, from a temporary prefix (config, logs, temp paths): never the system's nginx service
 * or its files, and nothing is installed. Stops on SIGTERM or Ctrl-C and removes the prefix.
 *
 * Usage: npm run serve:nginx -- --root DIR [--port N] [--host ADDR] [--print-config [--deployed-root PATH]]
 *   --root DIR       the build to serve (dist/ or a copy of it)
 *   --port N         default 8080; --host ADDR default 127.0.0.1
 *   --print-config   print the server block for DIR (the template filled in) and exit: what a
 *                    publisher puts in /etc/nginx/conf.d/ (with --port 80 --host '' to listen on all);
 *                    --deployed-root PATH names where the build will be on the server (default DIR)
 * Env:   NGINX_PATH     the nginx binary (default: /usr/sbin/nginx, else nginx on PATH)
 *
 * The e2e tests' nginx server (scripts/lib/nginx-server.ts) is started with startNginx() from here.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtCsp, headerCsp } from './host-files';

const TEMPLATE = join(dirname(fileURLToPath(import.meta.url)), '..', 'deploy', 'nginx', 'broadsheet.conf');

/** One line saying how to get nginx, for when it is missing. */
const NGINX_INSTALL_HINT = 'nginx is not installed: run `apt-get install -y nginx` (Debian, as root), or set NGINX_PATH';

/** True when `file` exists and this user may run it. */
export function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The nginx binary: NGINX_PATH, /usr/sbin/nginx, else nginx on PATH; null when there is none. */
export function findNginx(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.NGINX_PATH) return executable(env.NGINX_PATH) ? env.NGINX_PATH : null;
  const candidates = ['/usr/sbin/nginx', ...(env.PATH ?? '').split(delimiter).filter(Boolean).map((d) => join(d, 'nginx'))];
  return candidates.find(executable) ?? null;
}

/** The mime.types of the installed nginx (beside its nginx.conf, from `nginx -V`). */
function mimeTypes(nginx: string): string {
  const info = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(`${info.stdout}${info.stderr}`)?.[1] ?? '/etc/nginx/nginx.conf';
  const file = join(dirname(confPath), 'mime.types');
  if (!existsSync(file)) throw new Error(`${file} not found: the nginx install has no mime.types`);
  return file;
}

export interface ServerBlockOptions {
  /** Directory served (absolute, or resolved against the working directory). */
  root: string;
  /** `8080`, or `127.0.0.1:8080`. */
  listen: string;
  /** The pages' policy (from builtCsp); frame-ancestors is added here. */
  csp: string;
}

/** The shipped server block with the port, the root and the policy filled in. */
export async function renderServerBlock(opts: ServerBlockOptions): Promise<string> {
  const policy = headerCsp(opts.csp);
  // The value goes inside an nginx "…" string, where $ starts a variable: refuse what would not stay literal.
  if (/["$\\\n]/.test(policy)) throw new Error(`the Content-Security-Policy cannot be written into an nginx string: ${policy}`);
  const root = resolve(opts.root);
  if (/[\s;"'{}$]/.test(root)) throw new Error(`the root path must not contain spaces, quotes, braces, ; or $: ${root}`);
  if (!/^([\w.:[\]-]+:)?\d+$/.test(opts.listen)) throw new Error(`not a port or address:port: ${opts.listen}`);
  const template = await readFile(TEMPLATE, 'utf8');
  for (const token of ['@PORT@', '@ROOT@', '@CSP@']) {
    if (!template.includes(token)) throw new Error(`${TEMPLATE} has no ${token}`);
  }
  return template.replaceAll('@PORT@', opts.listen).replaceAll('@ROOT@', root).replaceAll('@CSP@', policy);
}

/** The main config around the server block: foreground, every path in `prefix`. */
function mainConfig(prefix: string, mime: string): string {
  const runAsRoot = process.getuid?.() === 0;
  return [
    // As root, workers would run as "nobody", which cannot read the private temporary builds the
    // tests serve (mkdtemp makes them 0700); this nginx is a local server for one build.
    runAsRoot ? 'user root;' : '',
    'daemon off;',
    'worker_processes 1;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/logs/error.log warn;`,
    'events { worker_connections 512; }',
    'http {',
    `    include ${mime};`,
    '    default_type application/octet-stream;',
    '    sendfile on;',
    '    keepalive_timeout 65;',
    `    access_log ${prefix}/logs/access.log;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${prefix}/temp/${t};`),
    `    include ${prefix}/conf/broadsheet.conf;`,
    '}',
    '',
  ].join('\n');
}

/** A free TCP port on 127.0.0.1 (free now; nginx may still lose a race for it, and is retried). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function canConnect(port: number, host: string): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

export interface NginxOptions {
  root: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** The policy to send; default: read from the build in `root`. */
  csp?: string;
  /** Forward nginx's stderr to this process's (the CLI); tests keep it for error messages. */
  inheritStderr?: boolean;
}

export interface NginxServer {
  url: string;
  port: number;
  /** The temporary prefix: conf/, logs/, temp/. */
  prefix: string;
  /** Writes the server block again with this policy and has nginx reload it; resolves when it serves it. */
  reload(csp: string): Promise<void>;
  /** Stops nginx (SIGTERM, fast shutdown) and removes the prefix. */
  stop(): Promise<void>;
  /** Settles when nginx exits, with its exit code (null when a signal ended it). */
  exited: Promise<number | null>;
}

/** The worker processes of an nginx master (Linux: from /proc; none known elsewhere). */
function workersOf(master: number | undefined): number[] {
  if (!master) return [];
  try {
    return readFileSync(`/proc/${master}/task/${master}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

/** Starts nginx in the foreground over `root` with the shipped config; call stop() when done. */
export async function startNginx(opts: NginxOptions): Promise<NginxServer> {
  const nginx = findNginx();
  if (!nginx) throw new Error(NGINX_INSTALL_HINT);
  const host = opts.host ?? '127.0.0.1';
  let csp = opts.csp ?? (await builtCsp(resolve(opts.root)));
  const prefix = await mkdtemp(join(tmpdir(), 'broadsheet-nginx-'));
  for (const dir of ['conf', 'logs', 'temp']) await mkdir(join(prefix, dir));
  await writeFile(join(prefix, 'conf', 'nginx.conf'), mainConfig(prefix, mimeTypes(nginx)));

  const attempts = opts.port ? 1 : 5;
  let lastError = '';
  for (let attempt = 0; attempt < attempts; attempt++) {
    const port = opts.port || (await freePort());
    const listen = host ? `${host}:${port}` : String(port);
    const writeBlock = async () => writeFile(join(prefix, 'conf', 'broadsheet.conf'), await renderServerBlock({ root: opts.root, listen, csp }));
    await writeBlock();
    const child = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'conf', 'nginx.conf'), '-e', join(prefix, 'logs', 'error.log')], {
      stdio: ['ignore', 'ignore', opts.inheritStderr ? 'inherit' : 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    const end = Date.now() + 15_000;
    let up = false;
    while (!up && child.exitCode === null && Date.now() < end) {
      up = await canConnect(port, host || '127.0.0.1');
      if (!up) await Promise.race([exited, new Promise((r) => setTimeout(r, 50))]);
    }
    if (up && child.exitCode === null) {
      const url = `http://${host || '127.0.0.1'}:${port}`;
      // nginx does not die with its parent: should this process end without stop(), take it along
      // (SIGTERM: the master then stops its workers; a killed master would leave them running).
      const orphanGuard = () => child.kill('SIGTERM');
      process.once('exit', orphanGuard);
      return {
        url,
        port,
        prefix,
        exited,
        async reload(next) {
          csp = next;
          await writeBlock();
          const oldWorkers = workersOf(child.pid);
          child.kill('SIGHUP');
          // New workers start with the new config; the old ones may still accept connections until
          // they have finished and gone, so wait for both.
          const want = headerCsp(next);
          const until = Date.now() + 15_000;
          while (Date.now() < until) {
            const res = await fetch(url + '/', { method: 'HEAD' }).catch(() => null);
            if (res?.headers.get('content-security-policy') === want && !oldWorkers.some(alive)) return;
            await new Promise((r) => setTimeout(r, 50));
          }
          throw new Error('nginx did not take the new config within 15 s');
        },
        async stop() {
          process.removeListener('exit', orphanGuard);
          child.kill('SIGTERM');
          if (!(await waitForExit(child, 5_000))) {
            child.kill('SIGKILL');
            await waitForExit(child, 5_000);
          }
          await rm(prefix, { recursive: true, force: true });
        },
      };
    }
    child.kill('SIGKILL');
    await waitForExit(child, 5_000);
    const log = await readFile(join(prefix, 'logs', 'error.log'), 'utf8').catch(() => '');
    lastError = `${stderr}${log}`.trim() || 'nginx did not start listening within 15 s';
    // Another process took the port between the probe and nginx's bind: try another one.
    if (!/Address already in use/.test(lastError)) break;
  }
  await rm(prefix, { recursive: true, force: true });
  throw new Error(`nginx did not start: ${lastError}`);
}

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]) {
  const rootArg = arg(args, '--root');
  if (!rootArg) throw new Error('usage: npm run serve:nginx -- --root DIR [--port N] [--host ADDR] [--print-config [--deployed-root PATH]]');
  const root = resolve(rootArg);
  const port = Number(arg(args, '--port') ?? 8080);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`not a port: ${arg(args, '--port')}`);
  const host = arg(args, '--host') ?? '127.0.0.1';
  if (args.includes('--print-config')) {
    const served = arg(args, '--deployed-root') ?? root;
    process.stdout.write(await renderServerBlock({ root: served, listen: host ? `${host}:${port}` : String(port), csp: await builtCsp(root) }));
    return;
  }
  if (!findNginx()) {
    console.error(NGINX_INSTALL_HINT);
    process.exit(1);
  }
  const server = await startNginx({ root, port, host, inheritStderr: true });
  console.log(`serve:nginx: ${root} on ${server.url} (config in ${server.prefix}/conf); SIGTERM or Ctrl-C stops it`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void server.stop().then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  const code = await server.exited;
  if (!stopping) {
    console.error(`serve:nginx: nginx exited (${String(code)}); see ${server.prefix}/logs/error.log`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
