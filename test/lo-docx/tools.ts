/**
 * The real programs the document is checked with: LibreOffice (headless) turns the .docx into a
 * PDF, poppler's pdftotext / pdffonts / pdfinfo / pdftoppm read it back. A missing program fails
 * the test with the package to install; it is never skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const PACKAGES: Record<string, string> = {
  soffice: 'libreoffice-writer-nogui',
  pdftotext: 'poppler-utils',
  pdffonts: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdftoppm: 'poppler-utils',
};

/** Throws a clear message when a program is not installed. */
export function requireTools(): void {
  const missing = Object.keys(PACKAGES).filter(
    (tool) => spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).status !== 0,
  );
  if (missing.length > 0) {
    const pkgs = [...new Set(missing.map((t) => PACKAGES[t]))].join(' ');
    throw new Error(
      `Thiếu chương trình ${missing.join(', ')} để kiểm tra văn bản Word bằng phần mềm thật ` +
        `(cài: apt-get install ${pkgs} fonts-liberation2). / Missing ${missing.join(', ')}: install ${pkgs}.`,
    );
  }
}

function run(cmd: string, args: string[], timeout = 90_000): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr}${r.error?.message ?? ''}`,
    );
  }
  return r.stdout;
}

/** Converts a .docx to PDF with its own LibreOffice profile (parallel runs would fight over one). */
export function docxToPdf(docx: string): string {
  const outDir = mkdtempSync(join(tmpdir(), 'gnbv-lo-out-'));
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    run('soffice', [
      '--headless',
      `-env:UserInstallation=file://${profile}`,
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      docx,
    ]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(outDir, basename(docx).replace(/\.docx$/i, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${docx}`);
  return pdf;
}

/** The PDF's text as pdftotext -layout lays it out. */
export function pdfText(pdf: string): string {
  return run('pdftotext', ['-layout', pdf, '-']);
}

/** Names of the fonts the PDF uses, without the subset prefix ("ABCDEF+"). */
export function pdfFonts(pdf: string): string[] {
  return run('pdffonts', [pdf])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => (l.split(/\s+/)[0] ?? '').replace(/^[A-Z]{6}\+/, ''));
}

/** Width × height in points of every page. */
export function pageSizes(pdf: string): [number, number][] {
  return [
    ...run('pdfinfo', ['-f', '1', '-l', '9999', pdf]).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g),
  ].map((m) => [Number(m[1]), Number(m[2])]);
}

/** Renders one page to `<dir>/<name>.png` at 60 dpi and returns the path. */
export function pagePng(pdf: string, page: number, dir: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  run('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    join(dir, name),
  ]);
  return join(dir, `${name}.png`);
}
