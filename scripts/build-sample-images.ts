/**
 * Builds the bundled sample media for the demo feed: article hero images, in-body figures,
 * author avatars, the feed icon, the favicon and a short podcast audio file.
 * Everything is drawn from SVG written here (rendered with sharp) or synthesised as PCM,
 * so the output is deterministic and needs no third-party assets.
 *
 * Run: npx tsx scripts/build-sample-images.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { mulberry32, type Rng } from './lib/random';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const publicDir = join(root, 'public');

const W = 1200;
const H = 675;


const hexToRgb = (hex: string): [number, number, number] => {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

const mix = (a: string, b: string, t: number): string => {
  const [ar, ag, ab] = hexToRgb(a);
  const [br, bg, bb] = hexToRgb(b);
  const c = (x: number, y: number): string =>
    Math.round(x + (y - x) * t)
      .toString(16)
      .padStart(2, '0');
  return `#${c(ar, br)}${c(ag, bg)}${c(ab, bb)}`;
};

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const r1 = (n: number): string => n.toFixed(1);

interface Palette {
  skyTop: string;
  skyMid: string;
  skyLow: string;
  sun: string;
  far: string;
  near: string;
  water: string;
  accent: string;
  accent2: string;
}

const palettes: Record<string, Palette> = {
  dawn: { skyTop: '#27335c', skyMid: '#c0677a', skyLow: '#f6c08a', sun: '#fff1c9', far: '#6a5a7e', near: '#1f2238', water: '#3b4d78', accent: '#e8774f', accent2: '#f2c14e' },
  noon: { skyTop: '#3d7fc4', skyMid: '#8fc2e6', skyLow: '#e4f1f6', sun: '#fffbe8', far: '#7fa3b5', near: '#2f4858', water: '#2e6f95', accent: '#e4572e', accent2: '#f3a712' },
  dusk: { skyTop: '#1b1838', skyMid: '#6b3f6e', skyLow: '#e98a55', sun: '#ffd59e', far: '#4b3358', near: '#120f22', water: '#2a2346', accent: '#ff9f43', accent2: '#ffd166' },
  night: { skyTop: '#070b1d', skyMid: '#17224a', skyLow: '#32407a', sun: '#e9ecff', far: '#1e2850', near: '#0a0e20', water: '#101a3a', accent: '#ffcf5c', accent2: '#7ee0f2' },
  storm: { skyTop: '#2c3540', skyMid: '#56636e', skyLow: '#a3adb3', sun: '#e8ecef', far: '#4a5560', near: '#1d252c', water: '#34444f', accent: '#d9dcc4', accent2: '#f0b429' },
  sea: { skyTop: '#0e4d64', skyMid: '#3ea0b5', skyLow: '#bfe6e7', sun: '#fdfcdc', far: '#5f9ea0', near: '#134e5e', water: '#137a8a', accent: '#ff7f50', accent2: '#ffe066' },
  desert: { skyTop: '#e07a3f', skyMid: '#f2a65a', skyLow: '#fbe0b0', sun: '#fff4d6', far: '#c98b5a', near: '#7a3e25', water: '#3f7d8c', accent: '#2a9d8f', accent2: '#264653' },
  forest: { skyTop: '#2f5d62', skyMid: '#8fb9a8', skyLow: '#f1e9c6', sun: '#fffbe0', far: '#5e8c61', near: '#1e3d2f', water: '#3d6e70', accent: '#d1495b', accent2: '#edae49' },
  plum: { skyTop: '#2d1e3e', skyMid: '#7a4069', skyLow: '#d98f8f', sun: '#ffe3d3', far: '#513252', near: '#1a1026', water: '#3a2a52', accent: '#ffc93c', accent2: '#ff6f91' },
  slate: { skyTop: '#1f2f3f', skyMid: '#4f6d7a', skyLow: '#c0d6df', sun: '#f4f9fb', far: '#56707f', near: '#1b2a36', water: '#2d4a5c', accent: '#dd6e42', accent2: '#e8dab2' },
  mint: { skyTop: '#114b5f', skyMid: '#1a936f', skyLow: '#c6dabf', sun: '#f3e9d2', far: '#3b7d6b', near: '#0c2f3a', water: '#1f6f78', accent: '#f45b69', accent2: '#f3e9d2' },
  paper: { skyTop: '#f3ede2', skyMid: '#e9dfcc', skyLow: '#d8cab0', sun: '#ffffff', far: '#b7a78c', near: '#3a3226', water: '#5b7b8a', accent: '#c0392b', accent2: '#1f5673' },
};

/** Shared <defs>: sky gradient, sun glow, grain filter, blur. */
const defs = (p: Palette, seed: number): string => `
<defs>
  <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${p.skyTop}"/><stop offset="0.55" stop-color="${p.skyMid}"/><stop offset="1" stop-color="${p.skyLow}"/>
  </linearGradient>
  <linearGradient id="water" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${mix(p.water, p.skyLow, 0.35)}"/><stop offset="1" stop-color="${mix(p.water, '#000000', 0.35)}"/>
  </linearGradient>
  <radialGradient id="glow" cx="0.5" cy="0.5" r="0.5">
    <stop offset="0" stop-color="${p.sun}" stop-opacity="0.9"/><stop offset="0.25" stop-color="${p.sun}" stop-opacity="0.35"/><stop offset="1" stop-color="${p.sun}" stop-opacity="0"/>
  </radialGradient>
  <linearGradient id="fade" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.35"/>
  </linearGradient>
  <linearGradient id="ray" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${p.sun}" stop-opacity="0.35"/><stop offset="1" stop-color="${p.sun}" stop-opacity="0"/>
  </linearGradient>
  <filter id="grain">
    <feTurbulence type="fractalNoise" baseFrequency="0.7" numOctaves="2" seed="${seed % 97}"/>
    <feColorMatrix type="matrix" values="3 0 0 0 -1  3 0 0 0 -1  3 0 0 0 -1  0 0 0 0 1"/>
  </filter>
  <filter id="soft"><feGaussianBlur stdDeviation="18"/></filter>
  <filter id="softer"><feGaussianBlur stdDeviation="4"/></filter>
</defs>`;

const grain = (w: number, h: number, opacity = 0.085): string =>
  `<rect width="${w}" height="${h}" filter="url(#grain)" opacity="${opacity}"/>`;

/** A smooth ridge line across the width, filled to the bottom. */
const ridge = (rng: Rng, base: number, amp: number, color: string, w = W, h = H, steps = 7): string => {
  const pts: [number, number][] = [];
  for (let i = 0; i <= steps; i++) pts.push([(w * i) / steps, base - rng() * amp]);
  let d = `M0 ${h} L0 ${r1(pts[0]?.[1] ?? base)}`;
  for (let i = 0; i < pts.length - 1; i++) {
    const a = pts[i] as [number, number];
    const b = pts[i + 1] as [number, number];
    const mx = (a[0] + b[0]) / 2;
    d += ` C${r1(mx)} ${r1(a[1])} ${r1(mx)} ${r1(b[1])} ${r1(b[0])} ${r1(b[1])}`;
  }
  d += ` L${w} ${h} Z`;
  return `<path d="${d}" fill="${color}"/>`;
};

const sky = (p: Palette, rng: Rng, sunX: number, sunY: number, sunR: number, w = W, h = H): string => {
  let s = `<rect width="${w}" height="${h}" fill="url(#sky)"/>`;
  s += `<circle cx="${sunX}" cy="${sunY}" r="${sunR * 5}" fill="url(#glow)"/>`;
  s += `<circle cx="${sunX}" cy="${sunY}" r="${sunR}" fill="${p.sun}" opacity="0.95"/>`;
  for (let i = 0; i < 6; i++) {
    const cx = rng() * w;
    const cy = 40 + rng() * h * 0.35;
    const rx = 80 + rng() * 160;
    s += `<ellipse cx="${r1(cx)}" cy="${r1(cy)}" rx="${r1(rx)}" ry="${r1(rx * 0.18)}" fill="${p.sun}" opacity="${r1(0.08 + rng() * 0.14)}" filter="url(#softer)"/>`;
  }
  return s;
};

const waterBand = (p: Palette, rng: Rng, top: number, sunX: number, w = W, h = H): string => {
  let s = `<rect y="${top}" width="${w}" height="${h - top}" fill="url(#water)"/>`;
  for (let i = 0; i < 70; i++) {
    const y = top + 4 + Math.pow(rng(), 1.6) * (h - top);
    const near = (y - top) / (h - top);
    const len = 20 + rng() * 90 * (0.5 + near);
    const x = rng() * w;
    s += `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(len)}" height="${r1(1 + near * 2.5)}" rx="1" fill="${p.sun}" opacity="${r1(0.06 + rng() * 0.16)}"/>`;
  }
  for (let i = 0; i < 26; i++) {
    const y = top + 3 + i * ((h - top) / 28);
    const len = 30 + rng() * 120;
    s += `<rect x="${r1(sunX - len / 2 + (rng() - 0.5) * 30)}" y="${r1(y)}" width="${r1(len)}" height="3" rx="1.5" fill="${p.sun}" opacity="${r1(0.25 + rng() * 0.35)}"/>`;
  }
  return s;
};

const skyline = (p: Palette, rng: Rng, base: number, color: string, maxH: number, lit: number, w = W): string => {
  let s = '';
  let x = -10;
  while (x < w) {
    const bw = 28 + rng() * 70;
    const bh = 40 + rng() * maxH;
    const y = base - bh;
    s += `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(bw)}" height="${r1(bh + 2)}" fill="${color}"/>`;
    const roof = rng();
    if (roof < 0.18) s += `<polygon points="${r1(x)},${r1(y)} ${r1(x + bw / 2)},${r1(y - bw * 0.5)} ${r1(x + bw)},${r1(y)}" fill="${color}"/>`;
    else if (roof < 0.28) s += `<rect x="${r1(x + bw / 2 - 2)}" y="${r1(y - 40)}" width="4" height="40" fill="${color}"/>`;
    else if (roof < 0.36) s += `<circle cx="${r1(x + bw / 2)}" cy="${r1(y)}" r="${r1(bw / 2.4)}" fill="${color}"/>`;
    if (lit > 0) {
      for (let wy = y + 10; wy < base - 10; wy += 14) {
        for (let wx = x + 6; wx < x + bw - 8; wx += 11) {
          if (rng() < lit) s += `<rect x="${r1(wx)}" y="${r1(wy)}" width="5" height="7" fill="${rng() < 0.7 ? p.accent2 : p.sun}" opacity="${r1(0.5 + rng() * 0.5)}"/>`;
        }
      }
    }
    x += bw + rng() * 6;
  }
  return s;
};

const crane = (x: number, base: number, hgt: number, color: string, flip: boolean): string => {
  const top = base - hgt;
  const boom = flip ? -260 : 260;
  return `<g stroke="${color}" stroke-width="5" fill="none" stroke-linecap="square">
    <path d="M${x - 30} ${base} L${x - 18} ${top} L${x + 18} ${top} L${x + 30} ${base}"/>
    <path d="M${x - 26} ${base - hgt * 0.25} L${x + 26} ${base - hgt * 0.25} M${x - 22} ${base - hgt * 0.6} L${x + 22} ${base - hgt * 0.6}"/>
    <path d="M${x - 60 * Math.sign(boom)} ${top + 10} L${x + boom} ${top + 10}" stroke-width="8"/>
    <path d="M${x} ${top - 40} L${x + boom} ${top + 8} M${x} ${top - 40} L${x - 60 * Math.sign(boom)} ${top + 8}" stroke-width="2.5"/>
    <path d="M${x + boom * 0.7} ${top + 14} L${x + boom * 0.7} ${top + hgt * 0.45}" stroke-width="2"/>
  </g><rect x="${x + boom * 0.7 - 18}" y="${top + hgt * 0.45}" width="36" height="16" fill="${color}"/>`;
};

const containers = (p: Palette, rng: Rng, x0: number, base: number, cols: number, rows: number): string => {
  const colors = [p.accent, p.accent2, mix(p.accent, '#1d3557', 0.5), '#2a6f97', '#8d2b2b', '#6c757d'];
  let s = '';
  for (let c = 0; c < cols; c++) {
    const hgt = 1 + Math.floor(rng() * rows);
    for (let r = 0; r < hgt; r++) {
      const col = pick(rng, colors);
      const x = x0 + c * 62;
      const y = base - (r + 1) * 24;
      s += `<rect x="${x}" y="${y}" width="60" height="23" fill="${col}"/>`;
      for (let k = 6; k < 58; k += 6) s += `<rect x="${x + k}" y="${y + 2}" width="1.5" height="19" fill="#000" opacity="0.18"/>`;
    }
  }
  return s;
};

const boat = (x: number, y: number, sc: number, hull: string, sail: string | null): string => {
  let s = `<path d="M${x - 50 * sc} ${y} L${x + 56 * sc} ${y} L${x + 40 * sc} ${y + 16 * sc} L${x - 38 * sc} ${y + 16 * sc} Z" fill="${hull}"/>`;
  if (sail) {
    s += `<rect x="${x - 1.5 * sc}" y="${y - 90 * sc}" width="${3 * sc}" height="${90 * sc}" fill="${hull}"/>`;
    s += `<path d="M${x + 3 * sc} ${y - 86 * sc} L${x + 46 * sc} ${y - 6 * sc} L${x + 3 * sc} ${y - 6 * sc} Z" fill="${sail}"/>`;
    s += `<path d="M${x - 3 * sc} ${y - 70 * sc} L${x - 34 * sc} ${y - 6 * sc} L${x - 3 * sc} ${y - 6 * sc} Z" fill="${sail}" opacity="0.85"/>`;
  } else {
    s += `<rect x="${x - 20 * sc}" y="${y - 22 * sc}" width="${36 * sc}" height="${22 * sc}" fill="${hull}"/>`;
    s += `<rect x="${x - 14 * sc}" y="${y - 17 * sc}" width="${8 * sc}" height="${6 * sc}" fill="#fff" opacity="0.6"/>`;
    s += `<rect x="${x + 2 * sc}" y="${y - 40 * sc}" width="${3 * sc}" height="${18 * sc}" fill="${hull}"/>`;
  }
  return s;
};

const turbine = (x: number, base: number, hgt: number, color: string, angle: number): string => {
  const top = base - hgt;
  const blade = hgt * 0.55;
  let s = `<path d="M${x - 4} ${base} L${x - 1.5} ${top} L${x + 1.5} ${top} L${x + 4} ${base} Z" fill="${color}"/>`;
  for (let i = 0; i < 3; i++) {
    const a = angle + i * 120;
    s += `<path d="M0 0 L${blade * 0.08} ${-blade * 0.15} L0 ${-blade} L${-blade * 0.04} ${-blade * 0.2} Z" fill="${color}" transform="translate(${x} ${top}) rotate(${a})"/>`;
  }
  s += `<circle cx="${x}" cy="${top}" r="${hgt * 0.025 + 2}" fill="${color}"/>`;
  return s;
};

const houses = (p: Palette, rng: Rng, base: number, sc: number, color: string): string => {
  let s = '';
  let x = -20;
  while (x < W) {
    const w = (50 + rng() * 40) * sc;
    const h = (40 + rng() * 30) * sc;
    const col = mix(color, pick(rng, [p.accent, p.accent2, p.sun]), 0.1 + rng() * 0.25);
    s += `<rect x="${r1(x)}" y="${r1(base - h)}" width="${r1(w)}" height="${r1(h + 2)}" fill="${col}"/>`;
    s += `<polygon points="${r1(x - 4)},${r1(base - h)} ${r1(x + w / 2)},${r1(base - h - w * 0.45)} ${r1(x + w + 4)},${r1(base - h)}" fill="${mix(col, '#000000', 0.3)}"/>`;
    s += `<rect x="${r1(x + w * 0.2)}" y="${r1(base - h * 0.7)}" width="${r1(w * 0.18)}" height="${r1(h * 0.22)}" fill="${p.accent2}" opacity="0.75"/>`;
    s += `<rect x="${r1(x + w * 0.6)}" y="${r1(base - h * 0.7)}" width="${r1(w * 0.18)}" height="${r1(h * 0.22)}" fill="${p.accent2}" opacity="0.55"/>`;
    s += `<rect x="${r1(x + w * 0.4)}" y="${r1(base - h * 0.35)}" width="${r1(w * 0.16)}" height="${r1(h * 0.35)}" fill="${mix(col, '#000000', 0.45)}"/>`;
    x += w + 4 * sc;
  }
  return s;
};

type Scene = (p: Palette, rng: Rng) => string;

const scenes: Record<string, Scene> = {
  harbour: (p, rng) => {
    const sunX = 300 + rng() * 600;
    let s = sky(p, rng, sunX, 250, 46);
    s += ridge(rng, 380, 90, mix(p.far, p.skyLow, 0.45));
    s += skyline(p, rng, 420, mix(p.far, p.near, 0.4), 120, 0.08);
    s += waterBand(p, rng, 418, sunX);
    s += crane(180, 440, 240, p.near, false) + crane(1010, 440, 210, p.near, true);
    s += `<rect x="0" y="430" width="${W}" height="14" fill="${p.near}"/>`;
    s += containers(p, rng, 300, 432, 8, 3);
    s += boat(260 + rng() * 200, 560, 1.6, p.near, null) + boat(850, 600, 1.1, p.near, mix(p.sun, p.accent2, 0.3));
    return s;
  },
  fleet: (p, rng) => {
    const sunX = 200 + rng() * 800;
    let s = sky(p, rng, sunX, 300, 54);
    s += ridge(rng, 400, 70, mix(p.far, p.skyLow, 0.3));
    s += waterBand(p, rng, 400, sunX);
    for (let i = 0; i < 7; i++) s += boat(80 + i * 165 + rng() * 40, 470 + rng() * 140, 0.8 + rng() * 0.9, p.near, rng() < 0.5 ? mix(p.sun, p.accent, 0.2) : null);
    s += `<path d="M0 675 L0 560 L300 600 L300 675 Z" fill="${p.near}"/>`;
    for (let i = 0; i < 5; i++) s += `<rect x="${20 + i * 55}" y="${520 + i * 8}" width="8" height="120" fill="${p.near}"/>`;
    return s;
  },
  skyline: (p, rng) => {
    const sunX = 150 + rng() * 900;
    let s = sky(p, rng, sunX, 200, 38);
    s += skyline(p, rng, 470, mix(p.far, p.skyLow, 0.35), 260, 0.04);
    s += skyline(p, rng, 520, p.far, 200, 0.12);
    s += skyline(p, rng, 600, p.near, 160, 0.22);
    s += `<rect y="600" width="${W}" height="75" fill="${mix(p.near, '#000000', 0.3)}"/>`;
    for (let i = 0; i < 30; i++) s += `<rect x="${r1(rng() * W)}" y="${r1(620 + rng() * 40)}" width="${r1(10 + rng() * 40)}" height="3" fill="${pick(rng, [p.accent, p.accent2, p.sun])}" opacity="0.7"/>`;
    return s;
  },
  tram: (p, rng) => {
    let s = sky(p, rng, 900, 170, 40);
    s += skyline(p, rng, 430, mix(p.far, p.skyLow, 0.3), 200, 0.05);
    s += skyline(p, rng, 470, p.far, 140, 0.1);
    s += `<rect y="470" width="${W}" height="205" fill="${mix(p.near, p.far, 0.3)}"/>`;
    s += `<path d="M0 620 L1200 600 M0 650 L1200 628" stroke="${p.sun}" stroke-width="4" opacity="0.6"/>`;
    s += `<path d="M0 380 L1200 360" stroke="${p.near}" stroke-width="2"/>`;
    const tx = 220;
    s += `<rect x="${tx}" y="450" width="720" height="160" rx="34" fill="${p.accent}"/>`;
    s += `<rect x="${tx}" y="560" width="720" height="22" fill="${mix(p.accent, '#000000', 0.3)}"/>`;
    for (let i = 0; i < 8; i++) s += `<rect x="${tx + 40 + i * 84}" y="474" width="66" height="56" rx="8" fill="${mix(p.skyLow, p.sun, 0.4)}" opacity="0.85"/>`;
    s += `<path d="M${tx + 360} 450 L${tx + 330} 378 L${tx + 420} 366" stroke="${p.near}" stroke-width="4" fill="none"/>`;
    for (let i = 0; i < 4; i++) s += `<circle cx="${tx + 80 + i * 190}" cy="612" r="18" fill="${p.near}"/>`;
    return s;
  },
  hills: (p, rng) => {
    const sunX = 200 + rng() * 800;
    let s = sky(p, rng, sunX, 210, 50);
    for (let i = 0; i < 4; i++) s += ridge(rng, 330 + i * 70, 110 - i * 15, mix(p.far, p.near, i / 3), W, H, 6 + i);
    s += houses(p, rng, 590, 0.9, mix(p.skyLow, p.far, 0.2));
    s += `<rect y="588" width="${W}" height="90" fill="${p.near}"/>`;
    return s;
  },
  dry: (p, rng) => {
    let s = sky(p, rng, 600, 150, 70);
    for (let i = 0; i < 3; i++) s += ridge(rng, 360 + i * 60, 90, mix(p.far, p.near, i / 2.5));
    s += `<path d="M0 560 Q600 470 1200 560 L1200 675 L0 675 Z" fill="${mix(p.skyLow, p.near, 0.35)}"/>`;
    for (let i = 0; i < 60; i++) {
      const x = rng() * W;
      const y = 560 + rng() * 110;
      s += `<path d="M${r1(x)} ${r1(y)} l${r1(20 + rng() * 40)} ${r1((rng() - 0.5) * 14)}" stroke="${mix(p.near, '#000000', 0.2)}" stroke-width="1.5" opacity="0.55"/>`;
    }
    s += `<path d="M120 520 L1080 520 L1040 600 L160 600 Z" fill="${mix(p.water, p.skyLow, 0.3)}" opacity="0.7"/>`;
    return s;
  },
  desert: (p, rng) => {
    let s = sky(p, rng, 850, 200, 60);
    s += ridge(rng, 430, 60, mix(p.far, p.skyLow, 0.4), W, H, 4);
    s += skyline(p, rng, 470, mix(p.far, p.near, 0.5), 130, 0.06);
    s += ridge(rng, 540, 60, p.far, W, H, 5);
    s += ridge(rng, 620, 50, p.near, W, H, 4);
    for (let i = 0; i < 5; i++) {
      const x = 100 + rng() * 1000;
      s += `<path d="M${r1(x)} 560 q8 -60 2 -110" stroke="${p.near}" stroke-width="6" fill="none"/>`;
      for (let k = 0; k < 6; k++) s += `<path d="M${r1(x + 2)} 450 q${r1(-40 + k * 16)} -20 ${r1(-60 + k * 24)} 10" stroke="${p.near}" stroke-width="5" fill="none"/>`;
    }
    return s;
  },
  coast: (p, rng) => {
    const sunX = 850;
    let s = sky(p, rng, sunX, 190, 58);
    s += waterBand(p, rng, 380, sunX);
    s += `<path d="M0 380 L0 675 L520 675 C420 560 360 470 300 380 Z" fill="${p.far}"/>`;
    s += skyline(p, rng, 420, p.near, 80, 0.05, 320);
    s += `<rect x="40" y="430" width="300" height="90" fill="${mix(p.near, p.skyLow, 0.35)}"/>`;
    for (let i = 0; i < 8; i++) s += `<rect x="${52 + i * 36}" y="448" width="20" height="12" fill="${p.sun}" opacity="0.5"/>`;
    for (let i = 0; i < 3; i++) {
      const tx = 70 + i * 90;
      s += `<rect x="${tx}" y="372" width="72" height="60" fill="${mix(p.sun, p.far, 0.35)}"/><ellipse cx="${tx + 36}" cy="372" rx="36" ry="10" fill="${mix(p.sun, p.far, 0.15)}"/>`;
    }
    s += `<rect x="300" y="330" width="14" height="100" fill="${p.near}"/>`;
    s += `<path d="M330 505 L1200 585" stroke="${mix(p.near, p.far, 0.3)}" stroke-width="10"/>`;
    for (let i = 0; i < 4; i++) s += boat(620 + i * 150 + rng() * 30, 430 + i * 25, 0.5 + i * 0.15, p.near, null);
    return s;
  },
  wind: (p, rng) => {
    const sunX = 250 + rng() * 700;
    let s = sky(p, rng, sunX, 230, 44);
    s += waterBand(p, rng, 430, sunX);
    for (let i = 0; i < 9; i++) {
      const depth = rng();
      s += turbine(60 + i * 135 + rng() * 30, 440 - depth * 8, 120 + (1 - depth) * 180, mix(p.sun, p.far, 0.25 + depth * 0.4), rng() * 120);
    }
    s += boat(900, 560, 1.4, p.near, null);
    return s;
  },
  pylons: (p, rng) => {
    let s = sky(p, rng, 300, 220, 46);
    for (let i = 0; i < 3; i++) s += ridge(rng, 420 + i * 70, 70, mix(p.far, p.near, i / 2));
    const pyl = (x: number, base: number, h: number, c: string): string =>
      `<g stroke="${c}" stroke-width="3" fill="none"><path d="M${x - h * 0.18} ${base} L${x} ${base - h} L${x + h * 0.18} ${base} M${x - h * 0.3} ${base - h * 0.72} L${x + h * 0.3} ${base - h * 0.72} M${x - h * 0.22} ${base - h * 0.86} L${x + h * 0.22} ${base - h * 0.86} M${x - h * 0.12} ${base - h * 0.4} L${x + h * 0.12} ${base - h * 0.4} M${x - h * 0.15} ${base - h * 0.2} L${x + h * 0.08} ${base - h * 0.55}"/></g>`;
    const xs = [140, 460, 760, 1010];
    const hs = [330, 250, 190, 150];
    for (let i = 0; i < xs.length; i++) s += pyl(xs[i] ?? 0, 640 - i * 40, hs[i] ?? 100, p.near);
    for (let k = 0; k < 3; k++) {
      let d = '';
      for (let i = 0; i < xs.length - 1; i++) {
        const a = (xs[i] ?? 0) + (k - 1) * (hs[i] ?? 0) * 0.28;
        const b = (xs[i + 1] ?? 0) + (k - 1) * (hs[i + 1] ?? 0) * 0.28;
        const ya = 640 - i * 40 - (hs[i] ?? 0) * 0.72;
        const yb = 640 - (i + 1) * 40 - (hs[i + 1] ?? 0) * 0.72;
        d += `M${r1(a)} ${r1(ya)} Q${r1((a + b) / 2)} ${r1(Math.max(ya, yb) + 50)} ${r1(b)} ${r1(yb)} `;
      }
      s += `<path d="${d}" stroke="${p.near}" stroke-width="1.6" fill="none"/>`;
    }
    return s;
  },
  data: (p, rng) => {
    let s = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
    for (let x = 80; x < W; x += 80) s += `<rect x="${x}" y="0" width="1" height="${H}" fill="${p.sun}" opacity="0.12"/>`;
    for (let y = 75; y < H; y += 75) s += `<rect x="0" y="${y}" width="${W}" height="1" fill="${p.sun}" opacity="0.12"/>`;
    s += `<circle cx="${200 + rng() * 800}" cy="${150 + rng() * 200}" r="240" fill="url(#glow)" opacity="0.6"/>`;
    const n = 18;
    let line = '';
    let area = `M80 600`;
    let v = 0.4 + rng() * 0.2;
    for (let i = 0; i < n; i++) {
      const x = 80 + i * 60;
      v = Math.min(0.95, Math.max(0.1, v + (rng() - 0.45) * 0.18));
      const hgt = v * 420;
      s += `<rect x="${x}" y="${r1(600 - hgt * 0.7)}" width="38" height="${r1(hgt * 0.7)}" rx="4" fill="${i % 5 === 3 ? p.accent : mix(p.far, p.sun, 0.25)}" opacity="0.85"/>`;
      line += `${i === 0 ? 'M' : 'L'}${x + 19} ${r1(600 - hgt)} `;
      area += ` L${x + 19} ${r1(600 - hgt)}`;
    }
    area += ` L${80 + (n - 1) * 60 + 19} 600 Z`;
    s += `<path d="${area}" fill="${p.accent2}" opacity="0.18"/>`;
    s += `<path d="${line}" stroke="${p.accent2}" stroke-width="5" fill="none" stroke-linejoin="round"/>`;
    for (let i = 0; i < 22; i++) s += `<circle cx="${r1(rng() * W)}" cy="${r1(rng() * H)}" r="${r1(3 + rng() * 22)}" fill="${pick(rng, [p.accent, p.accent2, p.sun])}" opacity="${r1(0.15 + rng() * 0.35)}"/>`;
    s += `<rect x="0" y="600" width="${W}" height="3" fill="${p.sun}" opacity="0.6"/>`;
    return s;
  },
  donut: (p, rng) => {
    let s = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
    const cx = 420;
    const cy = 338;
    let a0 = -Math.PI / 2;
    const cols = [p.accent, p.accent2, p.far, p.sun, p.water, p.near];
    for (let i = 0; i < 6; i++) {
      const frac = 0.08 + rng() * 0.2;
      const a1 = a0 + frac * Math.PI * 2;
      const big = a1 - a0 > Math.PI ? 1 : 0;
      const R = 230;
      const rr = 130;
      const pt = (a: number, r: number): string => `${r1(cx + Math.cos(a) * r)} ${r1(cy + Math.sin(a) * r)}`;
      s += `<path d="M${pt(a0, R)} A${R} ${R} 0 ${big} 1 ${pt(a1, R)} L${pt(a1, rr)} A${rr} ${rr} 0 ${big} 0 ${pt(a0, rr)} Z" fill="${cols[i] ?? p.accent}" opacity="0.9"/>`;
      a0 = a1 + 0.02;
    }
    for (let i = 0; i < 7; i++) {
      const y = 130 + i * 62;
      const wdt = 120 + rng() * 340;
      s += `<rect x="760" y="${y}" width="${r1(wdt)}" height="30" rx="6" fill="${cols[i % cols.length] ?? p.accent}" opacity="0.8"/>`;
      s += `<rect x="700" y="${y + 12}" width="40" height="6" rx="3" fill="${p.sun}" opacity="0.5"/>`;
    }
    return s;
  },
  underwater: (p, rng) => {
    let s = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
    for (let i = 0; i < 7; i++) {
      const x = rng() * W;
      const w = 40 + rng() * 90;
      s += `<polygon points="${r1(x)},0 ${r1(x + w)},0 ${r1(x + w * 3 - 200)},${H} ${r1(x - 200)},${H}" fill="url(#ray)" opacity="${r1(0.4 + rng() * 0.5)}"/>`;
    }
    s += ridge(rng, 600, 50, mix(p.near, p.far, 0.3));
    for (let i = 0; i < 90; i++) {
      const x = rng() * W;
      const base = 640 + rng() * 35;
      const h = 120 + rng() * 260;
      const sway = (rng() - 0.5) * 120;
      const col = mix(p.accent2 === '#f3e9d2' ? '#3a7d44' : p.far, p.near, rng() * 0.6);
      s += `<path d="M${r1(x)} ${r1(base)} C${r1(x + sway * 0.3)} ${r1(base - h * 0.4)} ${r1(x + sway)} ${r1(base - h * 0.6)} ${r1(x + sway * 1.2)} ${r1(base - h)} C${r1(x + sway + 6)} ${r1(base - h * 0.6)} ${r1(x + 10)} ${r1(base - h * 0.3)} ${r1(x + 9)} ${r1(base)} Z" fill="${col}" opacity="0.9"/>`;
    }
    for (let i = 0; i < 40; i++) s += `<circle cx="${r1(rng() * W)}" cy="${r1(rng() * 500)}" r="${r1(2 + rng() * 7)}" fill="none" stroke="${p.sun}" stroke-width="1.5" opacity="0.5"/>`;
    for (let i = 0; i < 8; i++) {
      const x = 200 + rng() * 800;
      const y = 180 + rng() * 250;
      const sc = 0.6 + rng();
      s += `<path d="M${r1(x)} ${r1(y)} q${r1(20 * sc)} ${r1(-12 * sc)} ${r1(40 * sc)} 0 q${r1(-20 * sc)} ${r1(12 * sc)} ${r1(-40 * sc)} 0 Z M${r1(x + 40 * sc)} ${r1(y)} l${r1(12 * sc)} ${r1(-8 * sc)} l0 ${r1(16 * sc)} Z" fill="${p.accent}" opacity="0.85"/>`;
    }
    return s;
  },
  stage: (p, rng) => {
    let s = `<rect width="${W}" height="${H}" fill="${p.near}"/>`;
    s += `<rect x="160" y="60" width="880" height="480" fill="${mix(p.far, p.skyMid, 0.4)}"/>`;
    s += `<polygon points="600,0 380,560 820,560" fill="url(#ray)" opacity="0.9"/>`;
    s += `<polygon points="250,0 180,560 520,560" fill="url(#ray)" opacity="0.4"/>`;
    s += `<polygon points="950,0 680,560 1020,560" fill="url(#ray)" opacity="0.4"/>`;
    const curtain = (x0: number, w: number, flip: boolean): string => {
      let c = '';
      for (let i = 0; i < 9; i++) {
        const x = x0 + (i * w) / 9;
        const col = mix(p.accent, '#000000', i % 2 === 0 ? 0.15 : 0.45);
        const bulge = flip ? -(9 - i) * 4 : i * 4;
        c += `<path d="M${r1(x)} 0 L${r1(x + w / 9 + 1)} 0 L${r1(x + w / 9 + 1 + bulge)} 560 L${r1(x + bulge)} 560 Z" fill="${col}"/>`;
      }
      return c;
    };
    s += curtain(0, 240, false) + curtain(960, 240, true);
    let val = '';
    for (let i = 0; i < 16; i++) val += `<path d="M${i * 75} 0 q37 70 75 0" fill="${mix(p.accent, '#000000', 0.25)}"/>`;
    s += `<rect width="${W}" height="40" fill="${mix(p.accent, '#000000', 0.35)}"/>` + val;
    s += `<ellipse cx="600" cy="560" rx="260" ry="30" fill="${p.sun}" opacity="0.35"/>`;
    s += `<path d="M585 560 L590 470 Q570 440 584 400 Q600 380 616 400 Q630 440 610 470 L615 560 Z" fill="${p.near}"/>`;
    s += `<circle cx="600" cy="380" r="18" fill="${p.near}"/>`;
    s += `<rect y="560" width="${W}" height="115" fill="${mix(p.near, '#000000', 0.2)}"/>`;
    for (let row = 0; row < 3; row++) for (let i = 0; i < 26; i++) s += `<circle cx="${r1(i * 48 + (row % 2) * 24 + rng() * 6)}" cy="${620 + row * 26}" r="${16 + row * 2}" fill="${mix(p.near, '#000000', 0.5)}"/>`;
    return s;
  },
  pitch: (p, rng) => {
    let s = sky(p, rng, 950, 120, 28);
    s += `<path d="M0 330 L0 200 L1200 180 L1200 330 Z" fill="${p.far}"/>`;
    for (let row = 0; row < 7; row++) for (let i = 0; i < 60; i++) s += `<circle cx="${r1(i * 20 + rng() * 8)}" cy="${r1(215 + row * 16 + rng() * 4)}" r="5" fill="${pick(rng, [p.accent, p.accent2, p.sun, p.near])}" opacity="0.75"/>`;
    for (let i = 0; i < 10; i++) {
      const y0 = 330 + i * 34.5;
      s += `<rect y="${r1(y0)}" width="${W}" height="35" fill="${i % 2 ? '#2f7d32' : '#388e3c'}"/>`;
    }
    s += `<path d="M100 660 L300 340 L900 340 L1100 660" stroke="#fff" stroke-width="4" fill="none" opacity="0.8"/>`;
    s += `<ellipse cx="600" cy="480" rx="120" ry="40" stroke="#fff" stroke-width="4" fill="none" opacity="0.8"/>`;
    s += `<path d="M600 340 L600 660" stroke="#fff" stroke-width="4" opacity="0.8"/>`;
    for (const x of [60, 1140]) s += `<rect x="${x - 4}" y="40" width="8" height="290" fill="${p.near}"/><rect x="${x - 40}" y="30" width="80" height="30" fill="${p.sun}"/><circle cx="${x}" cy="45" r="120" fill="url(#glow)" opacity="0.8"/>`;
    for (let i = 0; i < 6; i++) s += `<circle cx="${r1(350 + rng() * 500)}" cy="${r1(420 + rng() * 200)}" r="9" fill="${i < 3 ? p.accent : p.accent2}"/>`;
    return s;
  },
  rowing: (p, rng) => {
    const sunX = 300;
    let s = sky(p, rng, sunX, 220, 50);
    s += ridge(rng, 360, 80, mix(p.far, p.skyLow, 0.3));
    s += ridge(rng, 390, 40, p.far);
    s += waterBand(p, rng, 390, sunX);
    const by = 520;
    s += `<path d="M180 ${by} Q600 ${by + 26} 1040 ${by} Q600 ${by + 8} 180 ${by} Z" fill="${p.near}"/>`;
    for (let i = 0; i < 8; i++) {
      const x = 280 + i * 80;
      s += `<circle cx="${x}" cy="${by - 30}" r="9" fill="${p.near}"/><path d="M${x - 6} ${by - 20} L${x + 6} ${by - 20} L${x + 4} ${by + 4} L${x - 4} ${by + 4} Z" fill="${p.near}"/>`;
      s += `<path d="M${x} ${by - 10} L${x - 50} ${by + 60}" stroke="${p.near}" stroke-width="3"/><ellipse cx="${x - 52}" cy="${by + 62}" rx="10" ry="4" fill="${p.accent}"/>`;
    }
    for (let i = 0; i < 18; i++) s += `<ellipse cx="${r1(200 + rng() * 900)}" cy="${r1(by + 60 + rng() * 30)}" rx="${r1(20 + rng() * 30)}" ry="3" fill="${p.sun}" opacity="0.4"/>`;
    return s;
  },
  library: (p, rng) => {
    let s = `<rect width="${W}" height="${H}" fill="${mix(p.near, p.far, 0.3)}"/>`;
    s += `<circle cx="600" cy="120" r="300" fill="url(#glow)" opacity="0.5"/>`;
    for (let shelf = 0; shelf < 5; shelf++) {
      const y = 40 + shelf * 130;
      let x = 40;
      while (x < 1160) {
        const bw = 14 + rng() * 26;
        const bh = 70 + rng() * 40;
        const col = pick(rng, [p.accent, p.accent2, p.far, p.water, p.skyMid, mix(p.accent, '#000000', 0.4), p.sun]);
        const lean = rng() < 0.06 ? 8 : 0;
        s += `<rect x="${r1(x)}" y="${r1(y + 115 - bh)}" width="${r1(bw)}" height="${r1(bh)}" fill="${col}" transform="rotate(${lean} ${r1(x)} ${y + 115})"/>`;
        s += `<rect x="${r1(x + 3)}" y="${r1(y + 125 - bh)}" width="${r1(bw - 6)}" height="3" fill="#fff" opacity="0.35"/>`;
        x += bw + 2 + (rng() < 0.05 ? 30 : 0);
      }
      s += `<rect x="20" y="${y + 115}" width="1160" height="14" fill="${mix(p.near, '#000000', 0.3)}"/>`;
    }
    s += `<rect width="${W}" height="${H}" fill="url(#fade)"/>`;
    return s;
  },
  storm: (p, rng) => {
    let s = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
    for (let i = 0; i < 14; i++) s += `<ellipse cx="${r1(rng() * W)}" cy="${r1(rng() * 220)}" rx="${r1(150 + rng() * 200)}" ry="${r1(50 + rng() * 60)}" fill="${mix(p.near, p.far, rng())}" opacity="0.7" filter="url(#soft)"/>`;
    s += waterBand(p, rng, 400, 800);
    for (let i = 0; i < 12; i++) {
      const x = rng() * W;
      const y = 420 + rng() * 200;
      s += `<path d="M${r1(x)} ${r1(y)} q40 -40 80 -10 q-20 -6 -30 10 z" fill="${p.sun}" opacity="0.55"/>`;
    }
    s += `<path d="M0 500 L380 470 L420 675 L0 675 Z" fill="${p.near}"/>`;
    s += `<rect x="380" y="440" width="40" height="235" fill="${p.near}"/><rect x="372" y="430" width="56" height="16" fill="${p.accent2}"/>`;
    s += `<path d="M420 520 Q520 420 600 520" stroke="${p.sun}" stroke-width="10" fill="none" opacity="0.6"/>`;
    for (let i = 0; i < 220; i++) {
      const x = rng() * (W + 200) - 100;
      const y = rng() * H;
      s += `<path d="M${r1(x)} ${r1(y)} l-14 34" stroke="${p.sun}" stroke-width="1.2" opacity="0.35"/>`;
    }
    s += `<path d="M900 0 L880 90 L905 95 L870 200" stroke="${p.sun}" stroke-width="3" fill="none" opacity="0.8"/>`;
    return s;
  },
  buoys: (p, rng) => {
    const sunX = 700;
    let s = sky(p, rng, sunX, 200, 40);
    s += waterBand(p, rng, 330, sunX);
    for (let i = 0; i < 5; i++) {
      const x = 120 + i * 240 + rng() * 40;
      const y = 380 + i * 40 + rng() * 60;
      const sc = 0.5 + i * 0.2;
      s += `<path d="M${r1(x - 30 * sc)} ${r1(y)} L${r1(x + 30 * sc)} ${r1(y)} L${r1(x + 20 * sc)} ${r1(y + 30 * sc)} L${r1(x - 20 * sc)} ${r1(y + 30 * sc)} Z" fill="${p.accent}"/>`;
      s += `<rect x="${r1(x - 4 * sc)}" y="${r1(y - 80 * sc)}" width="${r1(8 * sc)}" height="${r1(80 * sc)}" fill="${p.near}"/>`;
      s += `<circle cx="${r1(x)}" cy="${r1(y - 86 * sc)}" r="${r1(10 * sc)}" fill="${p.accent2}"/>`;
      for (let k = 1; k < 4; k++) s += `<circle cx="${r1(x)}" cy="${r1(y - 86 * sc)}" r="${r1(k * 26 * sc)}" fill="none" stroke="${p.sun}" stroke-width="2" opacity="${r1(0.5 - k * 0.12)}"/>`;
    }
    let d = 'M0 120';
    for (let x = 0; x <= W; x += 40) d += ` L${x} ${r1(110 + Math.sin(x / 90) * 30 + rng() * 16)}`;
    s += `<path d="${d}" stroke="${p.sun}" stroke-width="3" fill="none" opacity="0.7"/>`;
    return s;
  },
};

interface ImageSpec {
  name: string;
  scene: keyof typeof scenes;
  palette: keyof typeof palettes;
  seed: number;
  width?: number;
  height?: number;
}

/** Hero images (1200x675, and smaller copies) and in-body figures. Names are referenced by build-sample-feed.ts. */
const heroes: ImageSpec[] = [
  { name: 'tram-harbour-line', scene: 'tram', palette: 'noon', seed: 11 },
  { name: 'tide-tables-podcast', scene: 'buoys', palette: 'dusk', seed: 12 },
  { name: 'desalination-coast', scene: 'coast', palette: 'desert', seed: 13 },
  { name: 'fishing-fleet-dusk', scene: 'fleet', palette: 'dusk', seed: 14 },
  { name: 'harbour-long-read', scene: 'harbour', palette: 'dawn', seed: 15 },
  { name: 'flood-barrier-storm', scene: 'storm', palette: 'storm', seed: 16 },
  { name: 'container-terminal', scene: 'harbour', palette: 'noon', seed: 17 },
  { name: 'rent-chart', scene: 'data', palette: 'plum', seed: 18 },
  { name: 'seagrass-meadow', scene: 'underwater', palette: 'sea', seed: 19 },
  { name: 'opera-salt-bride', scene: 'stage', palette: 'plum', seed: 20 },
  { name: 'hospital-night', scene: 'skyline', palette: 'night', seed: 21 },
  { name: 'grid-pylons', scene: 'pylons', palette: 'dawn', seed: 22 },
  { name: 'rovers-floodlights', scene: 'pitch', palette: 'night', seed: 23 },
  { name: 'offshore-wind', scene: 'wind', palette: 'sea', seed: 24 },
  { name: 'school-hills', scene: 'hills', palette: 'forest', seed: 25 },
  { name: 'harbour-ward-skyline', scene: 'skyline', palette: 'dusk', seed: 26 },
  { name: 'reservoir-drought', scene: 'dry', palette: 'desert', seed: 27 },
  { name: 'market-city', scene: 'desert', palette: 'desert', seed: 28 },
  { name: 'library-shelves', scene: 'library', palette: 'paper', seed: 29 },
  { name: 'shellfish-study', scene: 'underwater', palette: 'mint', seed: 30 },
  { name: 'cycle-count-chart', scene: 'data', palette: 'mint', seed: 31 },
  { name: 'rowing-estuary', scene: 'rowing', palette: 'dawn', seed: 32 },
  { name: 'parliament-skyline', scene: 'skyline', palette: 'slate', seed: 33 },
  { name: 'heat-pump-terraces', scene: 'hills', palette: 'plum', seed: 34 },
  { name: 'ferry-harbour', scene: 'fleet', palette: 'slate', seed: 35 },
  { name: 'film-festival', scene: 'stage', palette: 'night', seed: 36 },
  { name: 'budget-donut', scene: 'donut', palette: 'slate', seed: 37 },
  { name: 'gulf-heat', scene: 'desert', palette: 'dusk', seed: 38 },
  { name: 'ocean-buoys', scene: 'buoys', palette: 'sea', seed: 39 },
  { name: 'turnout-chart', scene: 'donut', palette: 'paper', seed: 40 },
  { name: 'seafront-storm', scene: 'storm', palette: 'slate', seed: 41 },
  { name: 'estuary-hills', scene: 'hills', palette: 'sea', seed: 42 },
];

const figures: ImageSpec[] = [
  { name: 'figure-ropewalk-hills', scene: 'hills', palette: 'paper', seed: 51, width: 1000, height: 600 },
  { name: 'figure-harbour-cranes', scene: 'harbour', palette: 'dusk', seed: 52, width: 1000, height: 600 },
  { name: 'figure-sea-level-chart', scene: 'data', palette: 'sea', seed: 53, width: 1000, height: 600 },
  { name: 'figure-seagrass-survey', scene: 'underwater', palette: 'mint', seed: 54, width: 1000, height: 600 },
  { name: 'figure-terminal-night', scene: 'harbour', palette: 'night', seed: 55, width: 1000, height: 600 },
];

/**
 * Widths of the smaller copies written beside every hero (`<name>-480.jpg`, `<name>-800.jpg`): the
 * feed offers them in `_broadsheet.image_srcset`, so a phone or a grid card fetches no more than it shows.
 */
const HERO_VARIANT_WIDTHS = [480, 800] as const;

/**
 * Renders a scene at 1200x675, resizes it to the requested size and writes it to `dir/<name>.jpg`,
 * plus a `<name>-<w>.jpg` copy scaled down from the same render for each of `variantWidths`.
 * Returns the files written and their sizes in bytes.
 */
const renderScene = async (spec: ImageSpec, dir: string, variantWidths: readonly number[] = []): Promise<[string, number][]> => {
  const p = palettes[spec.palette] as Palette;
  const scene = scenes[spec.scene] as Scene;
  const rng = mulberry32(spec.seed * 7919);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${defs(p, spec.seed)}${scene(p, rng)}<rect width="${W}" height="${H}" fill="url(#fade)" opacity="0.6"/>${grain(W, H)}</svg>`;
  let img = sharp(Buffer.from(svg)).flatten({ background: p.near });
  if (spec.width && spec.height) img = img.resize(spec.width, spec.height, { fit: 'cover' });
  const written: [string, number][] = [];
  const write = async (name: string, pipeline: ReturnType<typeof sharp>): Promise<void> => {
    const out = await pipeline.jpeg({ quality: 72, mozjpeg: true }).toBuffer();
    await writeFile(join(dir, `${name}.jpg`), out);
    written.push([`${name}.jpg`, out.length]);
  };
  // Scaled from the render rather than from the JPEG, so a copy carries no second round of artefacts.
  for (const w of variantWidths) await write(`${spec.name}-${w}`, img.clone().resize(w));
  await write(spec.name, img);
  return written;
};

interface AvatarSpec {
  id: string;
  bg: [string, string];
  skin: string;
  hair: string;
  style: 'short' | 'long' | 'bun' | 'curly' | 'crop' | 'wavy';
  clothes: string;
  glasses?: boolean;
  beard?: boolean;
}

/** Author avatars; ids match the _broadsheet author ids in build-sample-feed.ts. */
const avatars: AvatarSpec[] = [
  { id: 'mara-okafor', bg: ['#1f5673', '#90c2e7'], skin: '#7a4b2f', hair: '#1a1110', style: 'curly', clothes: '#c0392b' },
  { id: 'tomasz-wren', bg: ['#5b3a29', '#e9c46a'], skin: '#e8bea0', hair: '#6b4a2f', style: 'short', clothes: '#264653', glasses: true },
  { id: 'aisha-haddad', bg: ['#264653', '#2a9d8f'], skin: '#c68e6a', hair: '#22160f', style: 'long', clothes: '#e9c46a' },
  { id: 'felix-achterberg', bg: ['#1e3d2f', '#8fb9a8'], skin: '#f0c8a8', hair: '#c9a36a', style: 'crop', clothes: '#3d5a80', beard: true },
  { id: 'ruth-penhaligon', bg: ['#3a2a52', '#d98f8f'], skin: '#f2cfb5', hair: '#a23b2a', style: 'bun', clothes: '#1d3557', glasses: true },
  { id: 'daniel-oyelaran', bg: ['#14213d', '#fca311'], skin: '#5a3520', hair: '#0f0a08', style: 'crop', clothes: '#e5e5e5', beard: true },
  { id: 'ines-marchetti', bg: ['#6d2e46', '#d5b9b2'], skin: '#e3b392', hair: '#2e1d16', style: 'wavy', clothes: '#1b263b' },
  { id: 'sam-kilbride', bg: ['#0b3c49', '#ffd166'], skin: '#f3d2bd', hair: '#3b2a20', style: 'short', clothes: '#ef476f' },
];

const avatarSvg = (a: AvatarSpec): string => {
  const S = 256;
  const hair = (): string => {
    switch (a.style) {
      case 'short':
        return `<path d="M82 112 Q80 58 128 54 Q178 56 174 112 Q166 84 128 82 Q94 84 82 112 Z" fill="${a.hair}"/>`;
      case 'crop':
        return `<path d="M86 104 Q88 62 128 60 Q170 62 170 104 Q160 80 128 78 Q98 80 86 104 Z" fill="${a.hair}"/>`;
      case 'long':
        return `<path d="M76 200 Q60 120 84 80 Q110 46 150 56 Q190 70 184 130 Q182 180 180 200 L160 200 Q170 140 164 100 Q130 96 96 104 Q88 150 98 200 Z" fill="${a.hair}"/>`;
      case 'bun':
        return `<circle cx="128" cy="48" r="22" fill="${a.hair}"/><path d="M80 116 Q78 62 128 58 Q178 62 176 116 Q168 86 128 84 Q90 86 80 116 Z" fill="${a.hair}"/>`;
      case 'wavy':
        return `<path d="M72 170 Q62 140 76 116 Q66 90 92 70 Q120 44 160 60 Q190 76 184 110 Q196 140 182 170 Q172 150 170 118 Q150 100 120 92 Q96 100 88 124 Q84 150 72 170 Z" fill="${a.hair}"/>`;
      case 'curly': {
        let c = '';
        const pts: [number, number][] = [[88, 96], [100, 72], [124, 60], [150, 64], [170, 82], [176, 106], [84, 120], [172, 126], [112, 66], [140, 58]];
        for (const [x, y] of pts) c += `<circle cx="${x}" cy="${y}" r="20" fill="${a.hair}"/>`;
        return c;
      }
    }
  };
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${S}" height="${S}">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${a.bg[0]}"/><stop offset="1" stop-color="${a.bg[1]}"/></linearGradient>
  <filter id="grain"><feTurbulence type="fractalNoise" baseFrequency="0.8" numOctaves="2"/><feColorMatrix type="matrix" values="3 0 0 0 -1  3 0 0 0 -1  3 0 0 0 -1  0 0 0 0 1"/></filter></defs>
  <rect width="${S}" height="${S}" fill="url(#bg)"/>
  <circle cx="200" cy="60" r="70" fill="#fff" opacity="0.12"/>
  ${a.style === 'long' || a.style === 'wavy' ? hair() : ''}
  <path d="M40 256 Q44 190 128 182 Q212 190 216 256 Z" fill="${a.clothes}"/>
  <path d="M110 166 L146 166 L150 196 Q128 210 106 196 Z" fill="${mix(a.skin, '#000000', 0.12)}"/>
  <ellipse cx="128" cy="122" rx="44" ry="54" fill="${a.skin}"/>
  <ellipse cx="84" cy="126" rx="7" ry="12" fill="${a.skin}"/><ellipse cx="172" cy="126" rx="7" ry="12" fill="${a.skin}"/>
  ${a.beard ? `<path d="M88 130 Q92 182 128 182 Q164 182 168 130 Q158 160 128 162 Q98 160 88 130 Z" fill="${a.hair}"/>` : ''}
  ${a.style === 'long' || a.style === 'wavy' ? '' : hair()}
  <ellipse cx="112" cy="122" rx="4" ry="5" fill="#1b1b1b" opacity="0.8"/><ellipse cx="144" cy="122" rx="4" ry="5" fill="#1b1b1b" opacity="0.8"/>
  <path d="M114 150 Q128 158 142 150" stroke="${mix(a.skin, '#000000', 0.45)}" stroke-width="3" fill="none" stroke-linecap="round"/>
  ${a.glasses ? `<g stroke="#1b1b1b" stroke-width="3" fill="none"><circle cx="112" cy="122" r="14"/><circle cx="144" cy="122" r="14"/><path d="M126 122 L130 122"/></g>` : ''}
  <rect width="${S}" height="${S}" filter="url(#grain)" opacity="0.06"/>
</svg>`;
};

const faviconSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" rx="12" fill="#14213d"/>
  <rect x="8" y="8" width="48" height="3" fill="#f2c14e"/>
  <rect x="8" y="53" width="48" height="3" fill="#f2c14e"/>
  <path d="M19 15h15.5c7 0 11 3.4 11 8.6 0 3.6-2 6.1-5.3 7.2 4.2.9 6.8 3.9 6.8 8.2 0 5.9-4.5 9-12 9H19V15zm8 13.2h6.4c3 0 4.7-1.4 4.7-3.8s-1.7-3.7-4.7-3.7H27v7.5zm0 13.6h7.2c3.3 0 5.1-1.5 5.1-4.1 0-2.6-1.8-4-5.1-4H27v8.1z" fill="#fdfcf7"/>
</svg>
`;

/** Synthesises a soft chime sequence as 16-bit mono PCM WAV. */
const buildChimeWav = (seconds: number, rate: number): Buffer => {
  const n = Math.floor(seconds * rate);
  const pcm = new Float32Array(n);
  // A slow, gentle arpeggio (pentatonic) with bell-like partials and exponential decay.
  const notes = [523.25, 659.25, 783.99, 880.0, 1046.5, 783.99, 659.25, 587.33];
  const step = 1.5;
  for (let k = 0; k * step < seconds - 1; k++) {
    const f = notes[k % notes.length] ?? 440;
    const start = Math.floor(k * step * rate);
    const len = Math.min(n - start, Math.floor(3.5 * rate));
    const amp = 0.22 * (k % 4 === 0 ? 1 : 0.7);
    for (let i = 0; i < len; i++) {
      const t = i / rate;
      const env = Math.exp(-t * 1.6) * Math.min(1, t * 200);
      const v =
        Math.sin(2 * Math.PI * f * t) +
        0.42 * Math.sin(2 * Math.PI * f * 2.76 * t) * Math.exp(-t * 3) +
        0.2 * Math.sin(2 * Math.PI * f * 5.4 * t) * Math.exp(-t * 6);
      pcm[start + i] = (pcm[start + i] ?? 0) + amp * env * v;
    }
  }
  // A quiet low drone underneath, faded in and out.
  for (let i = 0; i < n; i++) {
    const t = i / rate;
    const fade = Math.min(1, t / 2, (seconds - t) / 2);
    pcm[i] = (pcm[i] ?? 0) + 0.05 * fade * (Math.sin(2 * Math.PI * 130.81 * t) + 0.5 * Math.sin(2 * Math.PI * 196 * t));
  }
  const buf = Buffer.alloc(44 + n * 2);
  buf.write('RIFF', 0);
  buf.writeUInt32LE(36 + n * 2, 4);
  buf.write('WAVE', 8);
  buf.write('fmt ', 12);
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20);
  buf.writeUInt16LE(1, 22);
  buf.writeUInt32LE(rate, 24);
  buf.writeUInt32LE(rate * 2, 28);
  buf.writeUInt16LE(2, 32);
  buf.writeUInt16LE(16, 34);
  buf.write('data', 36);
  buf.writeUInt32LE(n * 2, 40);
  for (let i = 0; i < n; i++) {
    const v = Math.max(-1, Math.min(1, pcm[i] ?? 0));
    buf.writeInt16LE(Math.round(v * 32767), 44 + i * 2);
  }
  return buf;
};

const main = async (): Promise<void> => {
  const only = process.argv.slice(2);
  const want = (name: string): boolean => only.length === 0 || only.some((o) => name.includes(o));
  for (const d of ['images', 'avatars', 'audio']) await mkdir(join(publicDir, d), { recursive: true });
  let total = 0;
  for (const spec of [...heroes, ...figures]) {
    if (!want(spec.name)) continue;
    const variants = heroes.includes(spec) ? HERO_VARIANT_WIDTHS : [];
    for (const [file, size] of await renderScene(spec, join(publicDir, 'images'), variants)) {
      total += size;
      console.log(`images/${file} ${(size / 1024).toFixed(0)} KB`);
    }
  }
  for (const a of avatars) {
    if (!want(a.id)) continue;
    const out = await sharp(Buffer.from(avatarSvg(a))).jpeg({ quality: 78, mozjpeg: true }).toBuffer();
    await writeFile(join(publicDir, 'avatars', `${a.id}.jpg`), out);
    total += out.length;
  }
  if (only.length === 0) {
    await writeFile(join(publicDir, 'favicon.svg'), faviconSvg);
    const icon = await sharp(Buffer.from(faviconSvg), { density: 600 }).resize(512, 512).png({ compressionLevel: 9 }).toBuffer();
    await writeFile(join(publicDir, 'icon-feed.png'), icon);
    const wav = buildChimeWav(24, 16000);
    await writeFile(join(publicDir, 'audio', 'ledger-weekly-48.wav'), wav);
    total += icon.length + wav.length;
  }
  console.log(`total ${(total / 1024).toFixed(0)} KB`);
};

await main();
