/**
 * The state the task pane keeps over one workbook: writes that ask before replacing cells the add-in
 * did not create, the undo of the last write (one level), the last check and the cells it marked.
 * The use cases (template, allocate, section, marks) work through it; it never throws for bad input
 * (a host that fails still rejects).
 */
import type { Finding, Text } from '../domain/findings';
import type { WorkbookHost } from '../hosts/contract';
import { conflicts, ownedRanges, type CellMap } from '../sheet';
import type { Patch, SheetSnapshot } from '../sheet/types';
import { confirm, done, failed, type Outcome } from './outcome';
import { ownedNameFor } from './owned-area';
import { locatePlanSheet, type PlanSheet } from './plan-sheet';

/** What passes between the app and a host: snapshots read, patches written. */
export type { Patch, SheetSnapshot };

/** One write through the session. */
export interface SessionWrite {
  readonly patch: Patch;
  /** The user agreed to replace cells the add-in did not create. */
  readonly confirmed?: boolean;
  /** An A1 range of the patch's sheet to record as the add-in's own (a `GNBV_VUNG_…` name). */
  readonly owned?: string;
  /** The patch's sheet as just read (null: no such sheet yet); read again when not given. */
  readonly before?: SheetSnapshot | null;
}

/** What a write did. */
export interface Written {
  readonly sheet: string;
  readonly cellCount: number;
}

/** The last check of the plan sheet: its findings and where they are. */
export interface CheckedSheet {
  readonly sheet: string;
  readonly findings: readonly Finding[];
  readonly cells: CellMap;
}

const MAX_SHOWN = 12;

/** The question asked before replacing `cells` on `sheet`. */
export function overwriteQuestion(sheet: string, cells: readonly string[]): Text {
  const shown = cells.slice(0, MAX_SHOWN).join(', ') + (cells.length > MAX_SHOWN ? ', …' : '');
  return {
    vi: `Trang "${sheet}" có ${cells.length} ô đã có dữ liệu không do Kinh phí GNBV tạo (${shown}).`,
    en: `Sheet "${sheet}" has ${cells.length} cells with data Kinh phí GNBV did not create (${shown}).`,
  };
}

/** A workbook as the pane works on it; see the module comment. */
export class WorkbookSession {
  private current: WorkbookHost;
  private lastUndo: Patch | undefined;
  /** The last check, for marking and selecting its cells. */
  checked: CheckedSheet | undefined;
  /** The fills the last marking wrote, cleared before the next one. */
  marked: Patch | undefined;

  constructor(host: WorkbookHost) {
    this.current = host;
  }

  /** The workbook worked on. */
  get host(): WorkbookHost {
    return this.current;
  }

  /**
   * Works on another workbook from now on (standalone mode opening a file). The undo, the last check
   * and the marks point at cells of the old one, so they are forgotten.
   */
  switchHost(host: WorkbookHost): void {
    this.current = host;
    this.lastUndo = undefined;
    this.checked = undefined;
    this.marked = undefined;
  }

  /** The plan sheet by the one rule ({@link locatePlanSheet}). */
  planSheet(): Promise<Outcome<PlanSheet>> {
    return locatePlanSheet(this.current);
  }

  /**
   * Writes a patch unless it would replace cells the add-in did not create (then a `confirm` outcome
   * naming them, and nothing written); keeps the undo of what was written.
   */
  async write(request: SessionWrite): Promise<Outcome<Written>> {
    const { patch } = request;
    const before = request.before === undefined ? await this.current.readSheet(patch.sheet) : request.before;
    const clashes = conflicts(before, patch, ownedRanges(before));
    if (clashes.length > 0 && request.confirmed !== true) {
      return confirm(overwriteQuestion(patch.sheet, clashes), patch.sheet, clashes);
    }
    const named: Patch =
      request.owned === undefined
        ? patch
        : { ...patch, names: { ...patch.names, [ownedNameFor(patch.sheet, before)]: request.owned } };
    const result = await this.current.applyPatch(named, before ?? undefined);
    this.lastUndo = result.undo;
    const written = { sheet: patch.sheet, cellCount: result.cellCount };
    return done(written, {
      vi: `Đã ghi ${result.cellCount} ô vào trang "${patch.sheet}".`,
      en: `${result.cellCount} cells were written to sheet "${patch.sheet}".`,
    });
  }

  /** Whether there is a write to undo. */
  canUndo(): boolean {
    return this.lastUndo !== undefined;
  }

  /** Puts back what the last write replaced (one level). */
  async undo(): Promise<Outcome<Written>> {
    const undo = this.lastUndo;
    if (!undo) {
      return failed({ vi: 'Chưa có lần ghi nào để hoàn tác.', en: 'There is no write to undo.' });
    }
    const result = await this.current.applyPatch(undo);
    this.lastUndo = undefined;
    return done(
      { sheet: undo.sheet, cellCount: result.cellCount },
      {
        vi: `Đã hoàn tác: khôi phục ${result.cellCount} ô như trước lần ghi gần nhất.`,
        en: `Undone: ${result.cellCount} cells restored to what they were before the last write.`,
      },
    );
  }
}
