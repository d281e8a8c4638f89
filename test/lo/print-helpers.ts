/**
 * Reading a workbook printed to PDF by LibreOffice: page sizes and text per page (poppler's pdfinfo and
 * pdftotext), and the words whose boxes overlap (text drawn over other text: rows too short for their
 * wrapped lines).
 */
import { execFileSync } from 'node:child_process';

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
}

/** Width × height in points of every page. */
export function pageSizes(pdf: string): [number, number][] {
  return [
    ...run('pdfinfo', ['-f', '1', '-l', '9999', pdf]).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g),
  ].map((m) => [Number(m[1]), Number(m[2])]);
}

/** The text of one page (1-based), as pdftotext lays it out. */
export function pageText(pdf: string, page: number): string {
  return run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-']);
}

interface Word {
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

function wordsOf(pdf: string, page: number): Word[] {
  const html = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-']);
  return [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({
    x0: Number(m[1]),
    y0: Number(m[2]),
    x1: Number(m[3]),
    y1: Number(m[4]),
    text: m[5] ?? '',
  }));
}

/**
 * Pairs of words on a page whose boxes overlap by more than a third of the smaller one's height and
 * width (words of one line only touch; lines drawn over each other overlap).
 */
export function overlappingWords(pdf: string, page: number): [string, string][] {
  const words = wordsOf(pdf, page).sort((a, b) => a.y0 - b.y0);
  const out: [string, string][] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i] as Word;
    for (let j = i + 1; j < words.length; j++) {
      const b = words[j] as Word;
      if (b.y0 >= a.y1) break;
      const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const h = Math.min(a.y1 - a.y0, b.y1 - b.y0);
      const w = Math.min(a.x1 - a.x0, b.x1 - b.x0);
      if (dy > h / 3 && dx > w / 3) out.push([a.text, b.text]);
    }
  }
  return out;
}
