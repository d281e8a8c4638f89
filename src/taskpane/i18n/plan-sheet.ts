/** The plan-sheet choice above the steps, and the catalogue choice of step 1 ("Mẫu"). */
import type { Lang } from '../controller-types';

export interface PlanSheetStrings {
  /** The label of the catalogue choice in step 1. */
  readonly catalogueLabel: string;
  /** Said after a catalogue whose money may still be spent after its period: "vốn kéo dài đến 31/12/2026". */
  readonly catalogueExtended: (year: number) => string;
  /** The label of the plan-sheet choice shown when the workbook holds more than one plan sheet. */
  readonly planSheetLabel: string;
}

const vi: PlanSheetStrings = {
  catalogueLabel: 'Danh mục chương trình',
  catalogueExtended: (year) => `vốn kéo dài đến 31/12/${year}`,
  planSheetLabel: 'Trang kế hoạch',
};

const en: PlanSheetStrings = {
  catalogueLabel: 'Programme catalogue',
  catalogueExtended: (year) => `funds extended to 31/12/${year}`,
  planSheetLabel: 'Plan sheet',
};

/** The table of a language. */
export const planSheetStrings: Readonly<Record<Lang, PlanSheetStrings>> = { vi, en };
