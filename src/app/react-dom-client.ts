/**
 * React DOM's client, as an ES module of the app's own: main.tsx loads it before the app's chunk
 * (evaluated in a task of its own). Imported through here, the CommonJS interop it needs stays in its
 * chunk, out of the entry's, which would otherwise import the bundler's runtime chunk before first paint.
 */
export { createRoot, hydrateRoot } from 'react-dom/client';
