/**
 * Plain-text plans turned into .docx by LibreOffice headless, as a user would ("Save as Word"):
 * the text is read as UTF-8 with LF line ends (LibreOffice's default text import filter guesses a
 * legacy encoding), each line becomes a paragraph, and Writer saves it with its Word 2007 filter.
 * A private profile per call, so parallel runs never share one. Fails with the package to install
 * when LibreOffice is missing (never skipped).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { convert } from '../lo/soffice';

/** LibreOffice's "Text (encoded)" import filter with UTF-8, LF line ends. */
export const UTF8_TEXT_FILTER = 'Text (encoded):UTF8,LF,,,';
/** Writer's Word 2007–365 export filter. */
export const DOCX_FILTER = 'docx:MS Word 2007 XML';

/**
 * Converts each .txt in `files` to a .docx in `outDir` with one soffice call; returns the .docx
 * paths in the same order. Throws when LibreOffice writes none for a file.
 */
export function textsToDocx(files: readonly string[], outDir: string): string[] {
  const profileDir = mkdtempSync(join(tmpdir(), 'gnbv-lo-txt-'));
  try {
    const profile = `file://${profileDir}`;
    convert(profile, DOCX_FILTER, outDir, [`--infilter=${UTF8_TEXT_FILTER}`, ...files]);
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
  return files.map((f) => {
    const docx = join(outDir, basename(f).replace(/\.[^.]*$/, '') + '.docx');
    if (!existsSync(docx)) throw new Error(`LibreOffice wrote no .docx for ${f}`);
    return docx;
  });
}
