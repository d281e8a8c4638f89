/**
 * Physical lines of a document and the logical lines (paragraphs) rebuilt from them.
 *
 * PDF-to-text output breaks headings and sentences across lines, often with blank lines
 * between the pieces and stray leading spaces. Headings and money sentences are matched on
 * the rebuilt logical line, while every piece keeps its original line number so that a
 * figure can be shown where it was read.
 */

/** One physical line's contribution to a logical line (made on demand, see {@link segmentAt}). */
export interface Segment {
  /** 1-based line number in the original document. */
  readonly line: number;
  /** The original line, trimmed. */
  readonly text: string;
  /** Where this piece starts in the logical line's text. */
  readonly start: number;
}

/**
 * A paragraph as rebuilt from one or more physical lines, joined by single spaces. Its pieces are
 * kept as two integer arrays (their line numbers and where each starts in `text`), not as objects
 * and strings of their own: a hostile document may put millions of lines into one paragraph.
 */
export interface LogicalLine {
  readonly text: string;
  /** 1-based line number of each piece, in order. */
  readonly lines: Int32Array;
  /** Where each piece starts in `text`; a piece ends one character (the joining space) before the next. */
  readonly starts: Int32Array;
}

/** Characters that must never reach a regex or a message: controls other than tab. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd\ufeff]/g;
const SPACES = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]+/g;
const BREAK = /\r\n|\r|\n|\u2028|\u2029/g;

/** NFC, no control characters, one kind of space: what every pattern here expects. */
function clean(text: string): string {
  return text.normalize('NFC').replace(CONTROL, '').replace(SPACES, ' ');
}

/**
 * A text's lines, cleaned and trimmed, one at a time (line 1 first): the text is never copied
 * whole nor split into an array, so a text of millions of lines costs no more than the text.
 */
export function* physicalLineStream(text: string): Generator<string> {
  const breaks = new RegExp(BREAK.source, 'g');
  let from = 0;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    yield clean(text.slice(from, m.index)).trim();
    from = m.index + m[0].length;
  }
  yield clean(from === 0 ? text : text.slice(from)).trim();
}

/** Splits a text into trimmed, NFC-normalised lines (line 1 is `result[0]`). */
export function physicalLines(text: string): string[] {
  return [...physicalLineStream(text)];
}

/** Cleans lines that come already split (a .docx's paragraphs), one at a time; a line break inside one becomes a space. */
export function* cleanLineStream(lines: Iterable<string>): Generator<string> {
  for (const l of lines)
    yield clean(l)
      .replace(/[\r\n\u2028\u2029]+/g, ' ')
      .trim();
}

/** Cleans lines that come already split (a .docx's paragraphs); a line break inside one becomes a space. */
export function cleanLines(lines: readonly string[]): string[] {
  return [...cleanLineStream(lines)];
}

/** A numbered or lettered enumerator: `1.`, `3.1.`, `3.2`, `2)`, `a)`, `đ)`, `IV.`. */
const ENUMERATOR = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|\d{1,2}\)|\(?[a-zđ]\)|[IVXL]{1,5}[.)])(?=\s|$)/u;
const BULLET = /^[-+*•–—·]/;
/**
 * A bare heading at the start of a line: "Tiểu dự án n" / "Dự án n"; in 2026–2035 "Hợp phần thứ
 * nhất", "Nội dung thành phần n", "NDTP n" and the two-digit "Nội dung 01".
 */
const KIND_START =
  /^(?:(?:tiểu\s+)?dự\s+án\s+\d|hợp\s+phần\s+(?:thứ\s|\d|[IVX]+(?![\p{L}\d]))|nội\s+dung\s+thành\s+phần\s+\d|ndtp\s*\d|nội\s+dung\s+\d{2}(?!\d))/iu;
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
 * Whether paragraphs that should be whole (a .docx's) are in fact wrapped lines: some paragraph
 * starts with a lower-case word, continuing a paragraph that has no closing mark. This is what a
 * text or a PDF's text saved as .docx looks like (LibreOffice makes each line a paragraph), and what
 * a line broken by hand in Word looks like; a document typed in Word has none. One pass.
 */
export function looksHardWrapped(lines: Iterable<string>): boolean {
  let prev = '';
  for (const line of lines) {
    if (line === '') continue;
    if (prev !== '' && /^\p{Ll}/u.test(line) && !isStrongStart(line) && !terminated(prev)) return true;
    prev = line;
  }
  return false;
}

/** A growing list of integers (doubling), kept as an Int32Array. */
class IntList {
  private data = new Int32Array(4);
  length = 0;

  push(n: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = n;
  }

  /** The values pushed so far, without copying. */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** Pieces of a paragraph are joined into one string every so often, so that millions of short lines never live as strings of their own. */
const COMPACT_EVERY = 1024;

/**
 * Rebuilds paragraphs, one at a time: a physical line joins the previous paragraph when it
 * continues it (see {@link continues}); blank lines never end a paragraph by themselves because PDF
 * converters put them between every wrapped line. Linear in the text's length, and holds only the
 * paragraph being built. With `joinWrapped` false (a .docx, whose paragraphs are already whole)
 * every line stands alone.
 */
export function* logicalLineStream(lines: Iterable<string>, joinWrapped = true): Generator<LogicalLine> {
  // The paragraph being built: joined blocks of COMPACT_EVERY pieces, then the pieces since.
  let blocks: string[] = [];
  let parts: string[] = [];
  let numbers = new IntList();
  let starts = new IntList();
  let length = 0;
  let head = '';
  let last = '';
  const take = (): LogicalLine => {
    if (parts.length > 0) blocks.push(parts.join(' '));
    const ll = { text: blocks.join(' '), lines: numbers.view(), starts: starts.view() };
    blocks = [];
    parts = [];
    numbers = new IntList();
    starts = new IntList();
    length = 0;
    return ll;
  };
  let i = 0;
  for (const line of lines) {
    i++;
    if (line === '') continue;
    if (numbers.length > 0 && !(joinWrapped && continues(last, line))) yield take();
    const start = numbers.length === 0 ? 0 : length + 1;
    numbers.push(i);
    starts.push(start);
    parts.push(line);
    if (parts.length >= COMPACT_EVERY) {
      blocks.push(parts.join(' '));
      parts = [];
    }
    length = start + line.length;
    // Only the paragraph's head and tail matter for the next decision; keep it short.
    if (numbers.length === 1) head = line.slice(0, 40);
    last = numbers.length === 1 ? line : `${head} ${line}`;
  }
  if (numbers.length > 0) yield take();
}

/** All the paragraphs of {@link logicalLineStream} at once. */
export function logicalLines(lines: Iterable<string>, joinWrapped = true): LogicalLine[] {
  return [...logicalLineStream(lines, joinWrapped)];
}

/** The piece `i` of a logical line. */
export function segment(ll: LogicalLine, i: number): Segment {
  const start = ll.starts[i] ?? 0;
  const next = ll.starts[i + 1];
  return {
    line: ll.lines[i] ?? 0,
    start,
    text: ll.text.slice(start, next === undefined ? ll.text.length : next - 1),
  };
}

/** The physical line that holds `offset` of a logical line's text (binary search: a paragraph may hold many lines). */
export function segmentAt(ll: LogicalLine, offset: number): Segment {
  const starts = ll.starts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return segment(ll, lo);
}
