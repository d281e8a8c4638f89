/**
 * What the task pane asks of the workbook, in the pane's own terms: no cell addresses, no Office.js.
 * The real controller (./workbook-controller.ts) translates these into the app layer's use cases
 * (src/app) over a WorkbookHost; tests give the pane a fake. Results are the app's {@link Outcome}.
 */
import { rowKinds, type RowKinds } from '../app/allocate';
import { QD90 } from '../domain/catalogue';
import type { AllocationRequest } from '../app/allocate';
import type { Outcome } from '../app/outcome';
import type { Severity, Text } from '../domain/findings';
import type { TypedLocale } from '../domain/money/typed-amount';
import type { SectionStyle, WordsScope } from '../domain/render';
import type { SheetPreview } from '../app/sheet-preview';
import type { CriteriaController } from './criteria-controller';

export type Lang = 'vi' | 'en';

/**
 * The outcome of an action that writes: done, failed, or `confirm` (the write would replace cells the
 * add-in did not create: ask, then call again with `overwrite: true`).
 */
export type ActionResult = Outcome<unknown>;

export interface WriteOptions {
  /** The user agreed to replace cells the add-in did not create. */
  readonly overwrite?: boolean;
}

/** How typed figures are read: Việt Nam "1.469,5", English "1,469.5", or told apart by their shape. */
export type NumberLocale = TypedLocale;

/** One row the user can allocate to (a Dự án or Tiểu dự án of the plan sheet). */
export interface AllocationRow {
  readonly code: string;
  /** "Tiểu dự án 1 (Dự án 4): Phát triển giáo dục nghề nghiệp…" */
  readonly label: string;
  readonly level: number;
  /** Current figures on the sheet, plain decimal strings ("1588"), or null when empty. */
  readonly nstw: string | null;
  readonly nsdp: string | null;
}

export type { AllocationMethod } from '../app/allocate';

/**
 * The settings block of the plan sheet, for filling the allocation form: the assigned NSTW and NSĐP
 * and the rounding step, written as the form's number locale reads them back exactly, and a hint
 * naming the sheet and cells ("Lấy từ khối thiết lập của trang …"). Absent fields: the sheet states none.
 */
export interface SheetSettingsView {
  readonly nstw?: string;
  readonly nsdp?: string;
  readonly step?: string;
  readonly hint?: Text;
}

/** What the allocation form starts from: the rows and the sheet's settings block. */
export interface AllocationFormStartView {
  readonly rows: readonly AllocationRow[];
  readonly settings: SheetSettingsView;
  /** What the rows are: "Dự án", "Tiểu dự án" on a 2021–2025 sheet, "Hợp phần", "Nội dung thành phần" on a 2026–2035 one. */
  readonly kinds: RowKinds;
}

export type { RowKinds };

/** The kinds of a 2021–2025 sheet's rows, what the form names before it has read the sheet. */
export const QD90_ROW_KINDS: RowKinds = rowKinds(QD90.id);

/** Assigned totals, step, weights and locks as typed, with the number locale to read them in. */
export type AllocationRequestView = AllocationRequest;

export interface AllocationPreviewRow {
  readonly code: string;
  readonly label: string;
  /** Formatted Vietnamese style, e.g. "1.588" and "466,25". */
  readonly nstw: string;
  readonly nsdp: string;
  readonly total: string;
}

export type AllocationPreview =
  | {
      readonly kind: 'ok';
      readonly rows: readonly AllocationPreviewRow[];
      readonly totals: AllocationPreviewRow;
      /** What to look at before writing (assigned totals that differ from the sheet's settings block). */
      readonly warnings: readonly Text[];
    }
  | { readonly kind: 'failed'; readonly messages: readonly Text[] };

export type { Severity } from '../domain/findings';

/** A validation finding as the pane shows it. */
export interface FindingView {
  readonly id: string;
  readonly severity: Severity;
  /** Item code or "TONG". */
  readonly where: string;
  /** The cell the finding points at, for display ("E12"); absent when there is none. */
  readonly cell?: string;
  readonly message: Text;
  /**
   * The id of the finding that causes this one (a text number or a date in an amount cell whose
   * sums disagree only because of it): the list shows it under its cause. Absent: not a consequence.
   */
  readonly causeId?: string;
}

export type SectionStyleView = SectionStyle;

export interface SectionOptionsView {
  readonly style: SectionStyleView;
  readonly words: WordsScope;
}

/** One line of the kinh phí section as it will be written; headings bold. */
export interface SectionPreviewLine {
  readonly text: string;
  readonly bold: boolean;
}

export type { SheetPreview } from '../app/sheet-preview';

/** A plan sheet of the workbook as the pane offers it (a workbook may hold one per catalogue). */
export interface PlanSheetView {
  readonly sheet: string;
  readonly catalogueId: string;
  /** The sheet with its catalogue's short name: "Kế hoạch kinh phí — 2021–2025 (QĐ 90/QĐ-TTg)". */
  readonly label: string;
}

/** The workbook's plan sheets and the one the steps work on (null: none). */
export interface PlanSheetsView {
  readonly sheets: readonly PlanSheetView[];
  readonly current: string | null;
}

export interface TaskpaneController {
  /** `excel` inside Excel; `browser` outside Office, where the pane works on the example or an opened .xlsx. */
  readonly environment: 'excel' | 'browser';
  /** Allocation by criteria over a sheet range (step 2's second mode); absent: the mode is not offered. */
  readonly criteria?: CriteriaController;
  /** Writes the empty template of `catalogueId` (default: by the year) to that catalogue's plan sheet. */
  insertTemplate(
    options: { year: number; locality: string; catalogueId?: string },
    write?: WriteOptions,
  ): Promise<ActionResult>;
  /** The workbook's plan sheets, each with its catalogue, and the one the steps work on. */
  planSheets(): Promise<PlanSheetsView>;
  /** Makes the steps (allocation, check, marks, section) work on this plan sheet. */
  choosePlanSheet(sheet: string): void;
  importDocument(file: { name: string; bytes: Uint8Array }, write?: WriteOptions): Promise<ActionResult>;
  allocationRows(): Promise<readonly AllocationRow[]>;
  /** The rows and the sheet's settings block, figures written for `locale`; no rows when there is no plan table. */
  allocationForm(locale: NumberLocale): Promise<AllocationFormStartView>;
  previewAllocation(request: AllocationRequestView): Promise<AllocationPreview>;
  writeAllocation(
    request: AllocationRequestView,
    mode: 'values' | 'formulas',
    write?: WriteOptions,
  ): Promise<ActionResult>;
  validate(): Promise<readonly FindingView[]>;
  selectFinding(finding: FindingView): Promise<void>;
  markFindings(): Promise<ActionResult>;
  clearMarks(): Promise<ActionResult>;
  writeSection(options: SectionOptionsView, write?: WriteOptions): Promise<ActionResult>;
  /** The section as HTML (for Word) and plain text, for the clipboard; failed when the plan's figures do not add up. */
  sectionForClipboard(options: SectionOptionsView): Promise<Outcome<{ html: string; text: string }>>;
  /**
   * The section's lines worded with `options`, as writing or copying it would give them; failed (saying
   * why) when the plan's figures do not add up.
   */
  previewSection(options: SectionOptionsView): Promise<Outcome<readonly SectionPreviewLine[]>>;
  /**
   * Makes the official Word document (section worded with `options`, summary table) and downloads it
   * as `kinh-phi-<locality>-<year>.docx`; failed (saying why) when the plan's figures do not add up.
   */
  downloadDocument(options: SectionOptionsView): Promise<ActionResult>;
  /**
   * The plan sheet's top-left block with the cells the last marking coloured (standalone mode shows
   * it beside the findings; Excel shows the sheet itself); null when there is no sheet.
   */
  sheetPreview(): Promise<SheetPreview | null>;
  canUndo(): boolean;
  undo(): Promise<ActionResult>;
  /** Whether an undone write can be written again. */
  canRedo(): boolean;
  /** Writes again what the last undo put back. */
  redo(): Promise<ActionResult>;
}
