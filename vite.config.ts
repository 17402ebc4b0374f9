import react from '@vitejs/plugin-react';
import { defineConfig, type Rolldown } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { webManifest } from './src/app/web-manifest.ts';

/*
 * Chunking. Rolldown's automatic splitting makes one chunk per set of entries (the page's entry and each
 * `import()` target) that reach a module. It does not see that the views are only ever opened from the
 * app chunk (src/app/start-app.tsx, which the entry imports at once), so each small module the app
 * shares with some views became a chunk of its own (hash, paths, jsx-runtime, storage-status…: 22 JS
 * files on a first visit). The group below places modules by the import graph,
 * not by file name:
 * 1. Everything a chunk the entry opens at once imports statically is loaded on every visit anyway: it
 *    all goes into that chunk, and the views import it from there. Nothing crosses a lazy boundary.
 *    The entry opens two such chunks in turn (React DOM, then the app, src/app/main.tsx): what both
 *    reach goes into the first.
 * 2. A module that several lazy chunks share and that weighs less than FOLD_BELOW together with what it
 *    brings goes into that chunk too, not into a chunk of its own: a few hundred bytes on the first
 *    visit against one request more each time one of those views opens (offline too, from the worker).
 * An `import()` target (each route view, the DOMPurify sanitizer, the MiniSearch index, the XML parser)
 * is never moved, so each keeps its own lazy chunk; the entry's own chunk stays as small as it is.
 * Every other module is left to the automatic splitting.
 */
const FOLD_BELOW = 4 * 1024; // bytes of transformed source

type Info = Rolldown.ModuleInfo;
type Ctx = Rolldown.ChunkingContext;

/** `info` and the modules above it along `edges`, breadth first; `through` says which are walked past. */
function above(ctx: Ctx, info: Info, edges: (i: Info) => string[], through: (i: Info) => boolean = () => true): Info[] {
  const seen = new Set([info.id]);
  const queue = [info];
  for (const i of queue) {
    if (i !== info && !through(i)) continue;
    for (const id of edges(i)) {
      const next = seen.has(id) ? null : ctx.getModuleInfo(id);
      seen.add(id);
      if (next) queue.push(next);
    }
  }
  return queue;
}

/** Below `info` along static imports, not past `stop`. */
function below(ctx: Ctx, info: Info, stop: (i: Info) => boolean): Info[] {
  return above(ctx, info, (i) => i.importedIds, (i) => !stop(i)).filter((i) => i === info || !stop(i));
}

const importers = (i: Info) => i.importers;
const isImportTarget = (i: Info) => i.dynamicImporters.length > 0;

// Rolldown hands out the same ModuleInfo objects for one chunking pass, so these answers are kept per pass.
const entryMemo = new WeakMap<Info, boolean>();
const appMemo = new WeakMap<Info, Info | null>();

/** In the entry's chunk: statically imported from the page's entry. */
function inEntryChunk(ctx: Ctx, info: Info): boolean {
  let answer = entryMemo.get(info);
  if (answer === undefined) entryMemo.set(info, (answer = above(ctx, info, importers).some((i) => i.isEntry)));
  return answer;
}

/** Rule 1: the `import()` target the entry opens at once whose static imports reach `info`, if any (the first to run). */
function appChunkRoot(ctx: Ctx, info: Info): Info | null {
  let root = appMemo.get(info);
  if (root === undefined) {
    const openedByEntry = (i: Info) =>
      i.dynamicImporters.some((id) => {
        const importer = ctx.getModuleInfo(id);
        return importer !== null && inEntryChunk(ctx, importer);
      });
    const roots = inEntryChunk(ctx, info) ? [] : above(ctx, info, importers).filter(openedByEntry);
    // Opened at once by the entry, one after the other (React DOM, then the app, which imports it): a
    // module both reach goes into the one the other imports, evaluated first. Two that do not import
    // each other leave it to the automatic splitting.
    const under = (r: Info, o: Info) => above(ctx, r, importers).includes(o);
    root = roots.find((r) => roots.every((o) => o === r || under(r, o))) ?? null;
    appMemo.set(info, root);
  }
  return root;
}

const placed = (ctx: Ctx, i: Info) => inEntryChunk(ctx, i) || appChunkRoot(ctx, i) !== null;

/** Rule 2: the app chunk `info` is folded into when it is a small module shared by lazy chunks only. */
function foldRoot(ctx: Ctx, info: Info): Info | null {
  if (!/\.[cm]?[jt]sx?$/.test(info.id) || placed(ctx, info) || isImportTarget(info)) return null;
  const lazyChunks = above(ctx, info, importers).filter(isImportTarget);
  if (lazyChunks.length < 2) return null; // used by one lazy chunk: it lives in that chunk
  const brought = below(ctx, info, (i) => placed(ctx, i));
  if (brought.some(isImportTarget)) return null;
  if (brought.reduce((n, i) => n + (i.code?.length ?? Infinity), 0) >= FOLD_BELOW) return null;
  // Only if every way to it passes through one app chunk: then that chunk is always loaded first.
  const ways = above(ctx, info, (i) => [...i.importers, ...i.dynamicImporters], (i) => !placed(ctx, i));
  const roots = new Set(ways.filter((i) => placed(ctx, i)).map((i) => appChunkRoot(ctx, i)));
  const [root] = roots;
  return roots.size === 1 && root ? root : null;
}

/** The chunk a module goes to (named after its app chunk's module, e.g. start-app), or null: automatic. */
function appChunk(id: string, ctx: Ctx): string | null {
  const info = ctx.getModuleInfo(id);
  // The entry's own modules stay in it, whoever else imports them: Vite's preload helper, which the
  // entry and lazy modules both use, once went to the app chunk this way, and the entry then imported
  // that chunk (and React DOM's) statically, as modulepreloads competing with the first paint.
  if (!info || inEntryChunk(ctx, info)) return null;
  let root = appChunkRoot(ctx, info);
  // A module brought by a folded one goes with it.
  for (const i of root ? [] : above(ctx, info, importers, (u) => !placed(ctx, u) && !isImportTarget(u))) {
    if ((root = foldRoot(ctx, i))) break;
  }
  return root ? root.id.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') : null;
}

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // The page registers the worker itself (src/offline/register.ts) so it can run the update prompt.
      injectRegister: false,
      registerType: 'prompt',
      manifest: webManifest,
      injectManifest: {
        // Build the worker only: scripts/build-site.ts injects its precache list (scripts/inject-precache.ts)
        // after the prerender has written the final HTML, so each revision is the hash of the file
        // served (injected here, index.html would carry the revision of Vite's unrendered template).
        injectionPoint: undefined,
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // tests/e2e/build.test.ts reads it (the entry's CSS; which chunks the first load fetches).
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // See "Chunking" above. The worker (src/sw) is built apart by vite-plugin-pwa, without this.
          // includeDependenciesRecursively: false, or the group would also take what the app chunk shares
          // with the entry's chunk (Vite's preload helper), and the entry would import the whole app chunk
          // statically instead of opening it once it has run (src/app/main.tsx). Every module placed here
          // has its imports in the same chunk or in the entry's, which has always run first.
          groups: [{ name: appChunk, includeDependenciesRecursively: false }],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
});
