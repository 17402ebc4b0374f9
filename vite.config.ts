import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { injectPrecache } from './scripts/inject-precache.ts';
import { webManifest } from './src/app/web-manifest.ts';

/**
 * A first precache list, written as soon as vite-plugin-pwa has built the worker, so that a `vite
 * build` on its own (the bench, a test's second build) still ships a working worker. `npm run build`
 * writes the final list after the prerender (scripts/inject-precache.ts), from the files served.
 */
function interimPrecache(): Plugin {
  let outDir = 'dist';
  return {
    name: 'broadsheet-interim-precache',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler(error) {
        if (!error) await injectPrecache(outDir, { interim: true });
      },
    },
  };
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
        // Build the worker only: its precache list is injected by scripts/inject-precache.ts after
        // scripts/prerender.ts has written the final HTML, so each revision is the hash of the file
        // served (injected here, index.html would carry the revision of Vite's unrendered template).
        injectionPoint: undefined,
      },
      devOptions: { enabled: false },
    }),
    interimPrecache(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // scripts/prerender.ts reads it to modulepreload the chunks a prerendered page needs next.
    manifest: true,
  },
  preview: { port: 4173, strictPort: true },
});
