/**
 * How each kind of row is written in a catalogue: the word before its number, its label, its STT
 * style and the kind of a row added below it. A catalogue lists its own styles; a kind it does not
 * list is written as in the 2021–2025 catalogue.
 */
import type { Catalogue, CatalogueEntry, EntryKind, KindStyle } from './types';

/** The 2021–2025 styles (Quyết định 90), and a neutral style for the kinds it does not use. */
export const DEFAULT_KINDS: Readonly<Record<EntryKind, KindStyle>> = {
  du_an: { level: 1, word: 'Dự án', wordEn: 'Project', label: 'numbered', table: 'roman', child: 'noi_dung' },
  tieu_du_an: {
    level: 2,
    word: 'Tiểu dự án',
    wordEn: 'Sub-project',
    label: 'numbered',
    table: 'arabic',
    child: 'noi_dung',
  },
  hop_phan: {
    level: 1,
    word: 'Hợp phần',
    wordEn: 'Component',
    label: 'title',
    table: 'roman',
    child: 'noi_dung_thanh_phan',
  },
  noi_dung: {
    level: 3,
    word: 'Nội dung',
    wordEn: 'Content item',
    label: 'numbered',
    table: 'letter',
    child: 'noi_dung_thanh_phan',
  },
  noi_dung_thanh_phan: {
    level: 4,
    word: 'Nội dung thành phần',
    short: 'NDTP',
    wordEn: 'Sub-component',
    label: 'numbered',
    table: 'dash',
  },
  chi_tiet: { level: 4, word: 'Chi tiết', wordEn: 'Detail', label: 'numbered', table: 'dash' },
};

/** The style of a kind in a catalogue (its own, else the 2021–2025 one). */
export function kindStyle(catalogue: Pick<Catalogue, 'kinds'> | undefined, kind: EntryKind): KindStyle {
  return catalogue?.kinds?.[kind] ?? DEFAULT_KINDS[kind];
}

/** The kinds a catalogue's entries use, top level first. */
export function kindsOf(catalogue: Catalogue): EntryKind[] {
  const seen = new Map<EntryKind, number>();
  for (const e of catalogue.entries) if (!seen.has(e.kind)) seen.set(e.kind, e.level);
  return [...seen.entries()].sort((a, b) => a[1] - b[1]).map(([k]) => k);
}

/** A kind's level in a catalogue: the level of its entries, else its style's. */
export function kindLevel(catalogue: Catalogue, kind: EntryKind): number {
  return catalogue.entries.find((e) => e.kind === kind)?.level ?? kindStyle(catalogue, kind).level;
}

/** The styles of a catalogue's top two kinds: Dự án and Tiểu dự án (also with no catalogue), or Hợp phần and Nội dung thành phần. */
export function topKindStyles(catalogue: Catalogue | undefined): KindStyle[] {
  const kinds: readonly EntryKind[] = catalogue ? kindsOf(catalogue) : ['du_an', 'tieu_du_an'];
  return kinds.slice(0, 2).map((k) => kindStyle(catalogue, k));
}

/** The words of a catalogue's top two kinds, as messages name them: "Dự án, Tiểu dự án" or "Hợp phần, Nội dung thành phần". */
export function topKindWords(catalogue: Catalogue | undefined): string {
  return topKindStyles(catalogue)
    .map((s) => s.word)
    .join(', ');
}

/** The kind a top row of this level is in a catalogue: its entries' kind at that level, else the default's. */
export function kindOfLevel(catalogue: Catalogue | undefined, level: number): EntryKind {
  const want = Math.min(Math.max(Math.trunc(level) || 1, 1), 4);
  const own = catalogue?.entries.find((e) => e.level === want)?.kind;
  if (own) return own;
  const styled = catalogue?.kinds
    ? (Object.entries(catalogue.kinds) as [EntryKind, KindStyle][]).find(([, s]) => s.level === want)?.[0]
    : undefined;
  if (styled) return styled;
  const fallback: readonly EntryKind[] = ['du_an', 'tieu_du_an', 'noi_dung', 'noi_dung_thanh_phan'];
  return fallback[want - 1] ?? 'noi_dung';
}

/** The words after "thứ" for 1–10, as headings write them ("thứ nhất", "thứ tư"). */
export const ORDINAL_WORDS: readonly string[] = [
  'nhất',
  'hai',
  'ba',
  'tư',
  'năm',
  'sáu',
  'bảy',
  'tám',
  'chín',
  'mười',
];

/** "thứ nhất", "thứ tư" (1–10), else "thứ 11". */
export function ordinal(n: number): string {
  return `thứ ${ORDINAL_WORDS[n - 1] ?? String(n)}`;
}

/** The number as a label writes it: 1 → "1", or "01" for a two-digit kind. */
export function labelNumber(style: KindStyle, n: number): string {
  const s = String(n);
  return style.digits && s.length < style.digits ? s.padStart(style.digits, '0') : s;
}

/**
 * "Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững", "Nội dung thành phần 2: …",
 * "Nội dung 14: …", "Nội dung 03" (a row whose name is still to be typed), "Hợp phần thứ nhất".
 */
export function entryLabel(
  entry: Pick<CatalogueEntry, 'kind' | 'number' | 'title'>,
  catalogue?: Pick<Catalogue, 'kinds'>,
): string {
  const style = kindStyle(catalogue, entry.kind);
  if (style.label === 'title') return entry.title || `${style.word} ${ordinal(entry.number)}`;
  const head = `${style.word} ${labelNumber(style, entry.number)}`;
  return entry.title ? `${head}: ${entry.title}` : head;
}

/**
 * An entry's heading in its short form, without its name, to name it beside another row: "NDTP 2",
 * "Dự án 4", "Nội dung 03", "Hợp phần thứ nhất".
 */
export function entryHead(
  entry: Pick<CatalogueEntry, 'kind' | 'number'>,
  catalogue?: Pick<Catalogue, 'kinds'>,
): string {
  const style = kindStyle(catalogue, entry.kind);
  if (style.label === 'title') return `${style.word} ${ordinal(entry.number)}`;
  return `${style.short ?? style.word} ${labelNumber(style, entry.number)}`;
}
