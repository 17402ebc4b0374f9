import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { webManifest } from './src/app/web-manifest.ts';

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
    // scripts/prerender.ts reads it to modulepreload the chunks a prerendered page needs next.
    manifest: true,
  },
  preview: { port: 4173, strictPort: true },
});
