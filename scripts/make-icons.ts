/**
 * Draws the add-in's icons (a green rounded square with three white bars: money shared out) and writes
 * them to assets/icon-<size>.png. Run with `npx tsx scripts/make-icons.ts`; the PNGs are committed so the
 * build needs no image tools. Geometry is snapped to whole pixels per size so the 16 px icon stays sharp;
 * only the rounded corners are anti-aliased.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng } from './png';

/** Every size the manifest refers to (16, 32, 80 for the ribbon; 32, 64 for the add-in list; 128 spare). */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const GREEN: readonly [number, number, number] = [0x17, 0x7a, 0x4b];
const WHITE: readonly [number, number, number] = [0xff, 0xff, 0xff];
/** Samples per pixel side for the anti-aliased corners. */
const SUPERSAMPLE = 8;

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The three bars in whole pixels for an icon of `size` px, left to right, shortest first. */
export function barsFor(size: number): Rect[] {
  const bw = Math.max(2, Math.round(size * 0.16));
  const gap = Math.max(1, Math.round(size * 0.08));
  const x0 = Math.floor((size - (3 * bw + 2 * gap)) / 2);
  const base = Math.round(size * 0.8);
  return [0.3, 0.45, 0.6].map((f, i) => {
    const h = Math.max(2, Math.round(size * f));
    return { x: x0 + i * (bw + gap), y: base - h, w: bw, h };
  });
}

/** Share of the pixel (px, py) covered by a square of `size` with corner radius `r`. */
function roundedCoverage(px: number, py: number, size: number, r: number): number {
  let hits = 0;
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      const x = px + (sx + 0.5) / SUPERSAMPLE;
      const y = py + (sy + 0.5) / SUPERSAMPLE;
      const dx = Math.max(Math.abs(x - size / 2) - (size / 2 - r), 0);
      const dy = Math.max(Math.abs(y - size / 2) - (size / 2 - r), 0);
      if (dx * dx + dy * dy <= r * r) hits++;
    }
  }
  return hits / (SUPERSAMPLE * SUPERSAMPLE);
}

/** The icon's pixels, RGBA row by row (premultiplication is not used: PNG alpha is straight). */
export function iconPixels(size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const bars = barsFor(size);
  const radius = size * 0.2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onBar = bars.some((b) => x >= b.x && x < b.x + b.w && y >= b.y && y < b.y + b.h);
      const [r, g, b] = onBar ? WHITE : GREEN;
      const i = (y * size + x) * 4;
      out[i] = r;
      out[i + 1] = g;
      out[i + 2] = b;
      out[i + 3] = Math.round(255 * roundedCoverage(x, y, size, radius));
    }
  }
  return out;
}

/** The PNG file of the icon of `size` px. */
export function makeIcon(size: number): Buffer {
  return encodePng(size, size, iconPixels(size));
}

/** Writes every icon into `dir` and returns the paths written. */
export function writeIcons(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, makeIcon(size));
    return file;
  });
}

if (require.main === module) {
  for (const file of writeIcons(join(__dirname, '..', 'assets'))) console.log(`đã ghi / wrote ${file}`);
}
