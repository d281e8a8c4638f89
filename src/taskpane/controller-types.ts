/**
 * What the task pane asks of the workbook, in the pane's own terms: no cell addresses, no
 * Office.js. The real controller (src/taskpane/controller.ts) runs these over a WorkbookHost,
 * the sheet layer and the engine; tests give the pane a fake.
 */

import type { Severity, Text } from '../domain/findings';

export type Lang = 'vi' | 'en';

/** The outcome of an action that writes. */
export type ActionResult =
  | { readonly kind: 'done'; readonly message: Text; readonly cellCount?: number }
  /** The write would replace cells the add-in did not create: ask, then call again with `overwrite: true`. */
  | { readonly kind: 'confirm'; readonly message: Text; readonly cells: readonly string[] }
  | { readonly kind: 'failed'; readonly message: Text };

export interface WriteOptions {
  /** The user agreed to replace cells the add-in did not create. */
  readonly overwrite?: boolean;
}

/** One row the user can allocate to (a Dự án or Tiểu dự án of the plan sheet). */
export interface AllocationRow {
  readonly code: string;
  /** "Tiểu dự án 1: Phát triển giáo dục nghề nghiệp…" */
  readonly label: string;
  readonly level: number;
  /** Current figures on the sheet, plain decimal strings ("1588"), or null when empty. */
  readonly nstw: string | null;
  readonly nsdp: string | null;
}

export type AllocationMethod = 'weights' | 'last-year' | 'equal';

export interface AllocationRequestView {
  /** Assigned totals as typed by the user (Vietnamese format accepted: "15.089", "466,25"). */
  readonly nstw: string;
  readonly nsdp: string;
  /** Rounding step as typed ("1", "0,01"). */
  readonly step: string;
  readonly method: AllocationMethod;
  /** Chosen rows, in order, with their weight as typed (for `weights`) and an optional locked NSTW / NSĐP. */
  readonly rows: readonly {
    readonly code: string;
    readonly weight?: string;
    readonly lockedNstw?: string;
    readonly lockedNsdp?: string;
  }[];
}

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
}

export type SectionStyleView = 'kinh-phi-thuc-hien' | 'nguon-von-giao';

export interface SectionOptionsView {
  readonly style: SectionStyleView;
  readonly words: 'none' | 'total' | 'all';
}

export interface TaskpaneController {
  /** `excel` inside Excel; `browser` outside Office, where only what needs no workbook works. */
  readonly environment: 'excel' | 'browser';
  insertTemplate(options: { year: number; locality: string }, write?: WriteOptions): Promise<ActionResult>;
  importDocument(file: { name: string; bytes: Uint8Array }, write?: WriteOptions): Promise<ActionResult>;
  allocationRows(): Promise<readonly AllocationRow[]>;
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
  /** The section as HTML (for Word) and plain text, for the clipboard. */
  sectionForClipboard(options: SectionOptionsView): Promise<{ html: string; text: string }>;
  canUndo(): boolean;
  undo(): Promise<ActionResult>;
}
