/**
 * Physical lines of a document and the logical lines (paragraphs) rebuilt from them.
 *
 * PDF-to-text output breaks headings and sentences across lines, often with blank lines
 * between the pieces and stray leading spaces. Headings and money sentences are matched on
 * the rebuilt logical line, while every piece keeps its original line number so that a
 * figure can be shown where it was read.
 */

/** One physical line's contribution to a logical line. */
export interface Segment {
  /** 1-based line number in the original document. */
  readonly line: number;
  /** The original line, trimmed. */
  readonly text: string;
  /** Where this piece starts in the logical line's text. */
  readonly start: number;
}

/** A paragraph as rebuilt from one or more physical lines. */
export interface LogicalLine {
  readonly text: string;
  readonly segments: readonly Segment[];
}

/** Characters that must never reach a regex or a message: controls other than tab. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd\ufeff]/g;
const SPACES = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]+/g;

/** NFC, no control characters, one kind of space: what every pattern here expects. */
function clean(text: string): string {
  return text.normalize('NFC').replace(CONTROL, '').replace(SPACES, ' ');
}

/** Splits a text into trimmed, NFC-normalised lines (line 1 is `result[0]`). */
export function physicalLines(text: string): string[] {
  return clean(text)
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((l) => l.trim());
}

/** Cleans lines that come already split (a .docx's paragraphs); a line break inside one becomes a space. */
export function cleanLines(lines: readonly string[]): string[] {
  return lines.map((l) =>
    clean(l)
      .replace(/[\r\n\u2028\u2029]+/g, ' ')
      .trim(),
  );
}

/** A numbered or lettered enumerator: `1.`, `3.1.`, `3.2`, `2)`, `a)`, `đ)`, `IV.`. */
const ENUMERATOR = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|\d{1,2}\)|\(?[a-zđ]\)|[IVXL]{1,5}[.)])(?=\s|$)/u;
const BULLET = /^[-+*•–—·]/;
/** A bare "Tiểu dự án n" / "Dự án n" at the start of a line. */
const KIND_START = /^(?:tiểu\s+)?dự\s+án\s+\d/iu;
/** Openers that always begin a paragraph in these documents. */
const FIXED_START = /^(?:Căn cứ|Trên đây|Nơi nhận|TM\.|KT\.)/u;
const LOWER_START = /^[\p{Ll}\d(),;“”"'’%/.…]/u;
/** A last word after which a sentence cannot stop: a wrapped line whatever the next line's case. */
const OPEN_ENDING = new Set(
  'của và với tại ngày số cho các những trên về theo thuộc là trong được bị đến từ có để do hoặc cùng vì nhằm gồm đối người hộ'.split(
    ' ',
  ),
);

function endsOpen(s: string): boolean {
  return OPEN_ENDING.has(s.slice(s.lastIndexOf(' ') + 1).toLowerCase());
}
/** A figure followed by a money unit (kept simple: only used to decide joins). */
const HAS_MONEY = /\d\s*(?:triệu|tỷ|tỉ|đồng)/iu;

function isAllCaps(s: string): boolean {
  // The first 80 characters decide; native case mapping is far cheaper than counting letters.
  const head = s.length > 80 ? s.slice(0, 80) : s;
  return head === head.toUpperCase() && head !== head.toLowerCase();
}

/** Ends with a sentence or list mark, possibly followed by closing quotes or brackets. */
function terminated(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && '"”’)'.includes(s[i] ?? '')) i--;
  return i >= 0 && '.;:!?'.includes(s[i] ?? '');
}

/** True when the numbered enumerator is followed by a capital or nothing (a lowercase word is a wrapped sentence). */
function startsWithEnumerator(s: string): boolean {
  const m = ENUMERATOR.exec(s);
  if (!m) return false;
  const rest = s.slice(m[0].length).trimStart();
  return rest === '' || !/^\p{Ll}/u.test(rest);
}

/** A line that opens a new paragraph whatever came before. */
function isStrongStart(s: string): boolean {
  return BULLET.test(s) || startsWithEnumerator(s) || FIXED_START.test(s) || isAllCaps(s);
}

/** A paragraph that reads as a heading: enumerated, starred, all capitals, or a project heading. */
function isHeadingLike(s: string): boolean {
  return startsWithEnumerator(s) || s.startsWith('*') || isAllCaps(s) || KIND_START.test(s);
}

/** Decides whether `line` continues the paragraph `prev` (both trimmed, non-empty). */
export function continues(prev: string, line: string): boolean {
  if (isStrongStart(line)) return false;
  if (KIND_START.test(line)) return !(terminated(prev) || isHeadingLike(prev));
  if (LOWER_START.test(line)) return true;
  if (terminated(prev)) return false;
  if (isAllCaps(prev)) return false;
  if (endsOpen(prev)) return true;
  if (HAS_MONEY.test(prev)) return true;
  return !isHeadingLike(prev);
}

/**
 * Rebuilds paragraphs: a physical line joins the previous paragraph when it continues it
 * (see {@link continues}); blank lines never end a paragraph by themselves because PDF
 * converters put them between every wrapped line. Linear in the text's length. With
 * `joinWrapped` false (a .docx, whose paragraphs are already whole) every line stands alone.
 */
export function logicalLines(lines: readonly string[], joinWrapped = true): LogicalLine[] {
  const out: LogicalLine[] = [];
  let parts: string[] = [];
  let segments: Segment[] = [];
  let length = 0;
  let last = '';
  const flush = () => {
    if (parts.length > 0) out.push({ text: parts.join(' '), segments });
    parts = [];
    segments = [];
    length = 0;
  };
  lines.forEach((line, i) => {
    if (line === '') return;
    if (parts.length > 0 && !(joinWrapped && continues(last, line))) flush();
    const start = parts.length === 0 ? 0 : length + 1;
    segments.push({ line: i + 1, text: line, start });
    parts.push(line);
    length = start + line.length;
    // Only the paragraph's tail matters for the next decision; keep it short.
    last = parts.length === 1 ? line : `${parts[0]?.slice(0, 40) ?? ''} ${line}`;
  });
  flush();
  return out;
}

/** The physical line that holds `offset` of a logical line's text (binary search: a paragraph may hold many lines). */
export function segmentAt(ll: LogicalLine, offset: number): Segment {
  const segs = ll.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((segs[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return segs[lo] as Segment;
}
