/**
 * The messages the use cases give themselves (not passed on from a lower layer), in Vietnamese and
 * English, in one catalogue: formulas a write left uncalculated, a check figure that is not compared
 * because it was not recalculated, and assigned totals of the form that differ from the sheet's.
 */
import type { Text } from '../domain/findings';
import { formatEn, formatVi, type Dec } from '../domain/money';

/** The codes of the app layer's own findings. */
export type AppCode = 'APP_NOT_RECALCULATED' | 'APP_STALE_FIGURE' | 'ALLOC_ASSIGNED_DIFFERS';

/** What each message needs to be written. */
export interface AppArgs {
  /** Formula cells of `sheet` a write changed the inputs of, that the host could not recalculate. */
  readonly APP_NOT_RECALCULATED: { readonly sheet: string; readonly cells: readonly string[] };
  /** Cells a finding of the check rests on that were not recalculated since a write. */
  readonly APP_STALE_FIGURE: { readonly sheet: string; readonly cells: readonly string[] };
  /** An assigned total typed in the form that differs from the one in the sheet's settings block. */
  readonly ALLOC_ASSIGNED_DIFFERS: {
    readonly source: 'nstw' | 'nsdp';
    readonly sheet: string;
    readonly address: string;
    /** The sheet's figure. */
    readonly assigned: Dec;
    /** The form's figure. */
    readonly requested: Dec;
  };
}

const MAX_SHOWN = 12;

/** "C12, C14, …": the first cells, so a long list stays readable. */
export function cellList(cells: readonly string[]): string {
  return cells.slice(0, MAX_SHOWN).join(', ') + (cells.length > MAX_SHOWN ? ', …' : '');
}

function signed(value: Dec, format: (d: Dec) => string): string {
  return value.isPositive() && !value.isZero() ? `+${format(value)}` : format(value);
}

const SOURCE: Readonly<Record<'nstw' | 'nsdp', Text>> = {
  nstw: { vi: 'NSTW được giao', en: 'The assigned central budget (NSTW)' },
  nsdp: { vi: 'NSĐP được giao', en: 'The assigned local budget' },
};

/** The app layer's catalogue: every code, both languages. */
export const APP_MESSAGES: { readonly [C in AppCode]: (args: AppArgs[C]) => Text } = {
  APP_NOT_RECALCULATED: ({ sheet, cells }) => ({
    vi: `${cells.length} công thức không được tính lại (${cellList(cells)}) trên trang "${sheet}": mở sổ tính trong Excel hoặc LibreOffice để tính lại.`,
    en: `${cells.length} ${cells.length === 1 ? 'formula was' : 'formulas were'} not recalculated (${cellList(cells)}) on sheet "${sheet}": open the workbook in Excel or LibreOffice to recalculate.`,
  }),
  APP_STALE_FIGURE: ({ sheet, cells }) => ({
    vi: `Ô ${cellList(cells)} trên trang "${sheet}": công thức chưa được tính lại sau lần ghi trước nên số liệu chưa được đối chiếu; mở sổ tính trong Excel hoặc LibreOffice để tính lại rồi kiểm tra lại.`,
    en: `${cells.length === 1 ? 'Cell' : 'Cells'} ${cellList(cells)} on sheet "${sheet}": the formula was not recalculated after the last write, so the figure was not compared; open the workbook in Excel or LibreOffice to recalculate, then check again.`,
  }),
  ALLOC_ASSIGNED_DIFFERS: ({ source, sheet, address, assigned, requested }) => {
    const difference = requested.minus(assigned);
    return {
      vi: `${SOURCE[source].vi} trên trang "${sheet}" (ô ${address}) là ${formatVi(assigned)} triệu đồng, khác số đang phân bổ ${formatVi(requested)} triệu đồng (chênh lệch ${signed(difference, formatVi)} triệu đồng); khi ghi, khối thiết lập sẽ được cập nhật theo số phân bổ.`,
      en: `${SOURCE[source].en} on sheet "${sheet}" (cell ${address}) is ${formatEn(assigned)} million VND, but the allocation totals ${formatEn(requested)} million VND (difference ${signed(difference, formatEn)} million VND); writing updates the settings block to the allocated figure.`,
    };
  },
};
