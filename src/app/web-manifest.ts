import type { ManifestOptions } from 'vite-plugin-pwa';
import { APP_NAME } from '../shared/app-name';

/** The web app manifest; colours match the light theme in src/app/styles.css. */
export const webManifest: Partial<ManifestOptions> = {
  name: `${APP_NAME} — offline news reader`,
  short_name: APP_NAME,
  description: 'Read the news, online or off: articles, authors and tags from your publication, saved for the train.',
  start_url: '/',
  scope: '/',
  id: '/',
  display: 'standalone',
  theme_color: '#fbfaf7',
  background_color: '#fbfaf7',
  lang: 'en',
  categories: ['news'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  shortcuts: [
    { name: 'Saved articles', short_name: 'Saved', url: '/saved', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
    { name: 'Search', short_name: 'Search', url: '/search', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
  ],
  screenshots: [
    { src: '/screenshots/home-narrow.png', sizes: '412x900', type: 'image/png', form_factor: 'narrow', label: 'Home page on a phone' },
    { src: '/screenshots/article-wide.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide', label: 'An article on a desktop' },
  ],
};
