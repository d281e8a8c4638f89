/**
 * Recognises the headings of a plan's structure in a logical line: Dự án and Tiểu dự án
 * however they are numbered (`1. Dự án 2: …`, `3.1. Tiểu dự án 1: …`, `*** Tiểu dự án 1: …**`,
 * `a) Dự án 2: …`, `đ) Dự án 7`, bare `Tiểu dự án 2: …`), roman-numbered sections, and
 * other numbered headings that may close the structure part of a document.
 *
 * Only a line that *starts* with the heading counts: references inside prose
 * ("Chủ trì thực hiện Dự án 4 …", "Tiểu dự án 2 - Dự án 3 …") never open an item.
 */

export type HeadingKind = 'du_an' | 'tieu_du_an';

export interface ProjectHeading {
  readonly kind: HeadingKind;
  /** The number written after "Dự án" / "Tiểu dự án". */
  readonly number: number;
  /** For "Tiểu dự án 2 - Dự án 3: …", the project named in the heading itself. */
  readonly parentNumber?: number;
  /** The name as written (may be shortened or empty). */
  readonly title: string;
  /** Depth of a numeric enumerator before it (`3.1.` → 2), 0 for letters, stars or none. */
  readonly numericDepth: number;
}

/** An enumerator before a heading: `1.2.`, `IV.`, `a)`, `(b)`, `-`, `•`, and emphasis; group 1 the digits. */
export const MARKER = String.raw`(?:(?:(\d{1,2}(?:\.\d{1,2})*)[.)]?|[IVXL]{1,5}[.)]|\(?[a-zđ]\))\s*|[-+•]+\s*)?\**\s*`;
const HEADING = new RegExp(
  String.raw`^${MARKER}(tiểu\s+dự\s+án|dự\s+án)\s+0?(\d{1,2})(?!\d)\s*(?:([:.\-–—])\s*|(?=\*)|$)`,
  'iu',
);
const REFERENCE_PARENT = /^(?:dự\s+án)\s+0?(\d{1,2})(?!\d)\s*(?:[:.\-–—(]\s*|\*|$)/iu;

const MAX_HEADING = 400;

/** Strips emphasis and punctuation around a written title. */
export function cleanTitle(title: string): string {
  return title
    .replace(/\*+/g, ' ')
    .replace(/^[\s:.\-–—"“”'’]+|[\s:.;,"“”'’]+$/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads a project or sub-project heading at the start of `text`, or `undefined`. */
export function readProjectHeading(line: string): ProjectHeading | undefined {
  // A heading and its name fit in far fewer characters; looking further only costs time.
  const text = line.length > MAX_HEADING ? line.slice(0, MAX_HEADING) : line;
  const m = HEADING.exec(text);
  if (!m) return undefined;
  const depthText = m[1];
  const kindText = (m[2] ?? '').toLowerCase();
  const number = Number(m[3]);
  const separator = m[4];
  let title = text.slice(m[0].length);
  // "Dự án 2. Đa dạng hóa …" is a heading; "Dự án 2.5" is not (the separator would eat a figure).
  if (separator === '.' && /^\d/.test(title)) return undefined;
  const kind: HeadingKind = kindText.startsWith('ti') ? 'tieu_du_an' : 'du_an';
  let parentNumber: number | undefined;
  if (kind === 'tieu_du_an') {
    const ref = REFERENCE_PARENT.exec(title);
    if (ref) {
      parentNumber = Number(ref[1]);
      title = title.slice(ref[0].length);
    } else if (/^(?:thuộc|của)\s/iu.test(title)) {
      return undefined;
    }
  }
  const numericDepth = depthText === undefined ? 0 : depthText.split('.').length;
  return {
    kind,
    number,
    ...(parentNumber !== undefined ? { parentNumber } : {}),
    title: cleanTitle(title),
    numericDepth,
  };
}

const ROMAN = /^[IVXL]{1,5}[.)]\s+\S/u;

/** A roman-numbered section ("IV. KINH PHÍ THỰC HIỆN"): it closes the structure part. */
export function isRomanSection(text: string): boolean {
  return ROMAN.test(text);
}

const NUMERIC = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S)/u;
const MONEY_WORD = /^(?:kinh phí|nguồn vốn|ngân sách|tổng|vốn)/iu;

/**
 * The depth of a numbered heading that is not a project heading ("3.2 Thực hiện …" → 2),
 * or 0. Numbered money lines ("2. Kinh phí thực hiện: …") are not headings for this purpose.
 */
export function numericHeadingDepth(text: string): number {
  const m = NUMERIC.exec(text);
  if (!m || !m[1] || !/\p{Lu}/u.test(m[2] ?? '')) return 0;
  const after = text.slice(m[0].length - 1);
  if (MONEY_WORD.test(after)) return 0;
  return m[1].split('.').length;
}
