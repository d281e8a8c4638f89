/**
 * The heavy implementations the use cases need, injected by each adapter's composition root
 * (src/cli/compose.ts, src/taskpane/compose.ts): the platform (bytes in, inflate, save), .xlsx
 * workbooks (exceljs behind them) and the Word document (src/export with docx's Packer). The app
 * layer sees only these types, never the packages.
 */
import type { Finding } from '../domain/findings';
import type { Dec } from '../domain/money/decimal';
import type { Plan } from '../domain/plan/model';
import type { SectionStyle, WordsScope } from '../domain/render';
import type { WordsOptions } from '../domain/words';
import type { WorkbookHost } from '../hosts/contract';
import type { Platform } from '../platform/contract';

/** A workbook host that can also give its workbook as .xlsx bytes. */
export interface SavableWorkbook extends WorkbookHost {
  toBytes(): Promise<Uint8Array>;
}

/** How the Word document of a plan is written. */
export interface DocumentOptions {
  readonly style: SectionStyle;
  readonly words: WordsScope;
  /** Put the summary table on landscape pages (the decree allows it for wide tables). */
  readonly landscape?: boolean;
  readonly wordsOptions?: WordsOptions;
}

/** The Word document written: its bytes, and what the adapters report about it. */
export interface WrittenDocument {
  readonly bytes: Uint8Array;
  /** Rows of the summary table. */
  readonly rows: number;
  /** The summary table's TỔNG CỘNG, when any row states money. */
  readonly total?: Dec;
  /** Problems met while writing (an amount that cannot be written in words, a table too wide). */
  readonly findings: readonly Finding[];
}

/** What the use cases are given by a composition root. */
export interface Services {
  readonly platform: Platform;
  /** A new empty .xlsx workbook host (exceljs behind it); `sheets` to start with, default none. */
  newWorkbook(sheets?: string[]): Promise<SavableWorkbook>;
  /** Opens .xlsx bytes; rejects on anything else (the use cases turn that into a failed outcome). */
  openWorkbook(bytes: Uint8Array): Promise<SavableWorkbook>;
  /** The official Word document of a plan (src/export + docx Packer). */
  writeDocument(plan: Plan, options: DocumentOptions): Promise<WrittenDocument>;
}
