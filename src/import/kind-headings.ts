/**
 * Recognises the headings of a catalogue whose rows are not Dự án / Tiểu dự án (2026–2035:
 * "Hợp phần thứ nhất", "I. HỢP PHẦN 1", "1.2. Nội dung thành phần 2: …", "NDTP 3", "a) Nội dung
 * 01: …", "- Nội dung 14 – …"), from the catalogue's own kind words. As for Dự án headings, only a
 * line that starts with the heading counts; "Nội dung thành phần 2 thuộc Hợp phần thứ hai: …" and
 * "Nội dung thành phần 2 - Hợp phần thứ hai" name their parent.
 */
import { kindWords, matchKindWord, type KindWord } from '../domain/catalogue/headings';
import type { Catalogue, EntryKind } from '../domain/catalogue/types';
import { findMoney } from './money-phrases';
import { cleanTitle, MARKER } from './headings';

/** A heading of a catalogue's kind, as written. */
export interface KindHeading {
  readonly kind: EntryKind;
  readonly level: number;
  readonly number: number;
  /** The parent named in the heading itself ("… thuộc Hợp phần thứ hai"). */
  readonly parent?: { readonly kind: EntryKind; readonly number: number };
  /** The name as written, without the figures that may follow it on the line. */
  readonly title: string;
  /** The heading as written, up to its name ("Nội dung thành phần 2"), for messages. */
  readonly written: string;
  /** Depth of a numeric enumerator before it (`1.2.` → 2), 0 for Roman numbers, letters, dashes or none. */
  readonly numericDepth: number;
}

const MAX_HEADING = 400;
const LEAD = new RegExp(`^${MARKER}`, 'iu');
/** What may follow the number: a separator, emphasis, a bracket, or the end of the line. */
const AFTER_NUMBER = /^\s*(?:([:.\-–—])\s*|(?=[*(])|(?=(?:thuộc|của)\s)|$)/iu;
const PARENT_REF = /^(?:thuộc|của)\s+/iu;
const TRAILING_MARKS = /[\s:;,.\-–—(]+$/u;
/** Words that lead to the figures on a heading line ("…: kinh phí thực hiện 500 triệu đồng"). */
const TRAILING_MONEY_WORDS =
  /(?:với\s+)?(?:tổng\s+)?(?:kinh\s+phí|nguồn\s+vốn|vốn|dự\s+toán)(?:\s+thực\s+hiện)?(?:\s+là)?$/iu;

/** The name before the figures: "Đường thôn Nà Tăm: 500 triệu đồng" → "Đường thôn Nà Tăm". */
function nameBeforeMoney(rest: string): string {
  // A table row's first cell is the name ("Nội dung 01: Đường … | NSTW: 900 triệu đồng").
  const cell = rest.split(' | ')[0] ?? '';
  const first = findMoney(cell)[0];
  const head = first
    ? cell
        .slice(0, first.index)
        .replace(TRAILING_MARKS, '')
        .replace(TRAILING_MONEY_WORDS, '')
        .replace(TRAILING_MARKS, '')
    : cell;
  return cleanTitle(head);
}

/** Reads the headings of one catalogue; build once per import. */
export class KindHeadingReader {
  private readonly words: readonly KindWord[];

  constructor(catalogue: Catalogue) {
    this.words = kindWords(catalogue);
  }

  /** The heading `line` starts with, or undefined. */
  read(line: string): KindHeading | undefined {
    const text = line.length > MAX_HEADING ? line.slice(0, MAX_HEADING) : line;
    const lead = LEAD.exec(text);
    const start = lead ? lead[0].length : 0;
    const body = text.slice(start);
    const word = matchKindWord(body, this.words);
    if (!word) return undefined;
    let rest = body.slice(word.length);
    const after = AFTER_NUMBER.exec(rest);
    if (!after) return undefined;
    // "Nội dung 2.5 triệu": the separator would eat a figure.
    if (after[1] === '.' && /^\d/.test(rest.slice(after[0].length))) return undefined;
    const written = body.slice(0, word.length).replace(/\*+/g, '').trim();
    rest = rest.slice(after[0].length);
    let parent: KindHeading['parent'];
    // "… 2 - Hợp phần thứ hai: …", "… 2 thuộc Hợp phần thứ hai: …": the heading names its parent.
    const dash = after[1] !== undefined && '-–—'.includes(after[1]);
    const prose = after[1] === undefined ? PARENT_REF.exec(rest) : null;
    if (dash || prose) {
      const ref = prose ? rest.slice(prose[0].length) : rest;
      const up = matchKindWord(ref, this.words);
      if (up && up.level < word.level) {
        parent = { kind: up.kind, number: up.number };
        rest = ref.slice(up.length).replace(/^\s*[:.,\-–—]?\s*/u, '');
      } else if (prose) {
        // "Nội dung 2 thuộc dự toán …": prose that mentions a row, not its heading.
        return undefined;
      }
    }
    const numbered = lead?.[1];
    return {
      kind: word.kind,
      level: word.level,
      number: word.number,
      ...(parent ? { parent } : {}),
      title: nameBeforeMoney(rest),
      written,
      numericDepth: numbered === undefined ? 0 : numbered.split('.').length,
    };
  }
}
