/**
 * Every message of the plan outline, in Vietnamese and English: problems of the plan's tree that
 * every view (check, task pane, section, Word table, workbook) reports the same way.
 */
import { at, finding, type Finding, type Severity, type Text } from '../findings';

/** The outline's finding codes. */
export type OutlineCode = 'PARENT_CYCLE' | 'UNKNOWN_PARENT' | 'DUPLICATE_CODE' | 'UNKNOWN_CATALOGUE';

/** What each message needs. */
export interface OutlineMessageArgs {
  /** The codes of the cycle, each followed by its parent: [A, B] reads A → B → A. */
  readonly PARENT_CYCLE: { readonly codes: readonly string[] };
  readonly UNKNOWN_PARENT: { readonly code: string; readonly parent: string };
  readonly DUPLICATE_CODE: { readonly code: string; readonly count: number };
  /** `fallback`: the name of the catalogue used instead. */
  readonly UNKNOWN_CATALOGUE: { readonly id: string; readonly fallback: string };
}

/** The catalogue of the outline's messages: one entry per code, both languages. */
export type OutlineMessages = { readonly [C in OutlineCode]: (args: OutlineMessageArgs[C]) => Text };

/** Severity of each code: a broken tree blocks a write; an unknown catalogue only warns. */
export const OUTLINE_SEVERITY: Readonly<Record<OutlineCode, Severity>> = {
  PARENT_CYCLE: 'error',
  UNKNOWN_PARENT: 'error',
  DUPLICATE_CODE: 'error',
  UNKNOWN_CATALOGUE: 'warning',
};

const MAX_CODES = 8;

/** "A → B → C → A", shortened for a long cycle so that the message stays readable. */
function cyclePath(codes: readonly string[]): string {
  const first = codes[0] ?? '';
  if (codes.length <= MAX_CODES) return [...codes, first].join(' → ');
  return [...codes.slice(0, MAX_CODES), '…', first].join(' → ');
}

export const OUTLINE_MESSAGES: OutlineMessages = {
  PARENT_CYCLE: ({ codes }) => {
    const only = codes[0] ?? '';
    if (codes.length <= 1) {
      return {
        vi: `${only} ghi chính nó là mục cha; mục này được đặt ở cấp trên cùng.`,
        en: `${only} names itself as its parent; it is placed at the top level.`,
      };
    }
    const path = cyclePath(codes);
    return {
      vi: `Mục cha của ${codes.length} mục tạo thành vòng lặp (${path}); các mục này được đặt ở cấp trên cùng.`,
      en: `The parents of ${codes.length} items form a cycle (${path}); these items are placed at the top level.`,
    };
  },
  UNKNOWN_PARENT: ({ code, parent }) => ({
    vi: `${code} ghi mục cha ${parent} nhưng kế hoạch và danh mục không có mục ${parent}.`,
    en: `${code} names ${parent} as its parent, but neither the plan nor the catalogue has ${parent}.`,
  }),
  DUPLICATE_CODE: ({ code, count }) => ({
    vi: `Mã ${code} được dùng cho ${count} dòng của kế hoạch; mỗi mã chỉ được dùng cho một dòng.`,
    en: `The code ${code} is used by ${count} rows of the plan; a code may name one row only.`,
  }),
  UNKNOWN_CATALOGUE: ({ id, fallback }) => ({
    vi: `Không có danh mục "${id}"; dùng danh mục "${fallback}".`,
    en: `There is no catalogue "${id}"; the catalogue "${fallback}" is used instead.`,
  }),
};

/** A finding of the outline about one item, or (no item) about the input as a whole. */
export function outlineFinding<C extends OutlineCode>(
  code: C,
  args: OutlineMessageArgs[C],
  item?: string,
): Finding<OutlineCode> {
  const text = (OUTLINE_MESSAGES[code] as (a: OutlineMessageArgs[C]) => Text)(args);
  return finding({
    severity: OUTLINE_SEVERITY[code],
    code,
    where: item === undefined ? at.none() : at.item(item),
    text,
  });
}
