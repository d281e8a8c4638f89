/**
 * The lines of a .docx (paragraphs, table rows as "a | b | c") for tests that read a document the
 * product wrote or a browser downloaded: src/import's reader with node's inflate.
 */
import { readDocxLines, type DocxLines } from '../../src/import/document';
import { nodeInflateRaw } from '../../src/platform/node';

/** The .docx's lines in document order (`{ ok: true, lines }`), or why it cannot be read. */
export function docxToLines(bytes: Uint8Array): Promise<DocxLines> {
  return readDocxLines(bytes, nodeInflateRaw);
}
