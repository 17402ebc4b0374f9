/**
 * The PWA's icons and the manifest's screenshots: `npx tsx scripts/make-pwa-assets.ts [--icons-only]`.
 * Icons are drawn with sharp from an SVG "B" masthead mark (ink on the paper colour); maskable ones keep
 * the mark inside the central 80 % safe zone. Screenshots are taken from the built app (run
 * `npx vite build` first) with playwright-core. The outputs are committed under public/.
 */
import { mkdir } from 'node:fs/promises';
import sharp from 'sharp';
import { openSession } from './lib/browser';
import { startServer } from './lib/server';

const PAPER = '#fbfaf7';
const INK = '#1b1c1e';
const ACCENT = '#9b1c1c';

/** The mark on a 512 canvas; `scale` shrinks it around the centre (maskable safe zone). */
function markSvg(scale: number, rounded: boolean): string {
  const inset = (512 * (1 - scale)) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <rect width="512" height="512" ${rounded ? 'rx="96"' : ''} fill="${PAPER}"/>
  <g transform="translate(${inset} ${inset}) scale(${scale})">
    <rect x="72" y="80" width="368" height="14" fill="${INK}"/>
    <rect x="72" y="418" width="368" height="14" fill="${INK}"/>
    <rect x="72" y="100" width="368" height="4" fill="${ACCENT}"/>
    <text x="256" y="378" text-anchor="middle" font-family="DejaVu Serif, Georgia, serif" font-weight="700" font-size="320" fill="${INK}">B</text>
  </g>
</svg>`;
}

async function icons() {
  await mkdir('public/icons', { recursive: true });
  const any = Buffer.from(markSvg(1, true));
  const maskable = Buffer.from(markSvg(0.72, false));
  const flat = Buffer.from(markSvg(0.9, false));
  const jobs: [Buffer, number, string][] = [
    [any, 192, 'public/icons/icon-192.png'],
    [any, 512, 'public/icons/icon-512.png'],
    [maskable, 192, 'public/icons/maskable-192.png'],
    [maskable, 512, 'public/icons/maskable-512.png'],
    // iOS rounds the corners itself and shows transparency as black: a full square.
    [flat, 180, 'public/icons/apple-touch-icon.png'],
  ];
  for (const [svg, size, file] of jobs) {
    await sharp(svg, { density: 144 }).resize(size, size).flatten({ background: PAPER }).png({ compressionLevel: 9 }).toFile(file);
    console.log('wrote', file);
  }
}

async function screenshots() {
  await mkdir('public/screenshots', { recursive: true });
  const server = await startServer();
  try {
    const narrow = await openSession({ viewport: { width: 412, height: 900 } });
    await narrow.page.goto(server.url + '/');
    await narrow.page.locator('main article').first().waitFor();
    await narrow.page.evaluate(() => document.fonts.ready);
    await narrow.page.screenshot({ path: 'public/screenshots/home-narrow.png' });
    const href = await narrow.page.locator('main article h2 a').first().getAttribute('href');
    await narrow.close();
    console.log('wrote public/screenshots/home-narrow.png');

    const wide = await openSession({ viewport: { width: 1280, height: 800 } });
    await wide.page.goto(server.url + (href ?? '/'));
    await wide.page.locator('.article-body p').first().waitFor();
    await wide.page.locator('.hero img').evaluate((img: HTMLImageElement) => img.decode()).catch(() => undefined);
    await wide.page.screenshot({ path: 'public/screenshots/article-wide.png' });
    await wide.close();
    console.log('wrote public/screenshots/article-wide.png');
  } finally {
    await server.close();
  }
}

await icons();
if (!process.argv.includes('--icons-only')) await screenshots();
