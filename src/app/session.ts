/**
 * The state the task pane keeps over one workbook: writes that ask before replacing cells the add-in
 * did not create, undo and redo of the last {@link UNDO_DEPTH} writes, the last check and the cells it
 * marked, and the formulas writes left not recalculated (outside Excel), which each write's outcome names
 * and the next checks do not compare.
 * The use cases (template, allocate, section, marks) work through it; it never throws for bad input
 * (a host that fails still rejects).
 */
import type { Finding, Text } from '../domain/findings';
import type { WorkbookHost, WriteResult } from '../hosts/contract';
import { conflicts, ownedNameFor, ownedRanges, replacedFigures, type CellMap } from '../sheet';
import type { Patch, SheetSnapshot } from '../sheet/types';
import { notRecalculatedFinding } from './not-recalculated';
import { confirm, done, failed, type Outcome } from './outcome';
import {
  directReader,
  locatePlanSheet,
  planSheetChoices,
  type PlanSheet,
  type PlanSheetChoice,
  type PlanSheetEntry,
  type SheetPlanReader,
} from './plan-sheet';

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
  /** Also ask before replacing typed figures inside the add-in's own area (a template over a plan). */
  readonly guardFigures?: boolean;
}

/** What a write did. */
export interface Written {
  readonly sheet: string;
  readonly cellCount: number;
  /**
   * Formula cells of the sheet whose inputs the write changed but the host could not recalculate
   * (outside Excel); the outcome then carries an APP_NOT_RECALCULATED warning naming them.
   */
  readonly notRecalculated?: readonly string[];
}

/** The last check of the plan sheet: its findings and where they are. */
export interface CheckedSheet {
  readonly sheet: string;
  readonly findings: readonly Finding[];
  readonly cells: CellMap;
}

const MAX_SHOWN = 12;

/** How many writes can be undone (the oldest are forgotten beyond it). */
export const UNDO_DEPTH = 50;

/**
 * The question asked before replacing `cells` on `sheet`; `figures`: some of them are figures of the
 * add-in's own area (then the question does not say the add-in did not create them).
 */
export function overwriteQuestion(sheet: string, cells: readonly string[], figures = false): Text {
  const shown = cells.slice(0, MAX_SHOWN).join(', ') + (cells.length > MAX_SHOWN ? ', …' : '');
  if (figures) {
    return {
      vi: `Ghi vào trang "${sheet}" sẽ thay thế ${cells.length} ô đang có dữ liệu, kể cả số liệu đã nhập (${shown}).`,
      en: `Writing to sheet "${sheet}" would replace ${cells.length} cells that hold data, figures included (${shown}).`,
    };
  }
  return {
    vi: `Trang "${sheet}" có ${cells.length} ô đã có dữ liệu không do Kinh phí GNBV tạo (${shown}).`,
    en: `Sheet "${sheet}" has ${cells.length} cells with data Kinh phí GNBV did not create (${shown}).`,
  };
}

/** `addresses` without repeats, in the order the patch writes them. */
function mergedAddresses(patch: Patch, addresses: readonly string[]): string[] {
  const wanted = new Set(addresses);
  const out: string[] = [];
  for (const { address } of patch.cells) {
    if (wanted.delete(address)) out.push(address);
  }
  return out;
}

/**
 * A write's text followed by the warnings it carries (formulas not recalculated), so whoever shows
 * the text shows them too.
 */
export function withNotes(text: Text, findings: readonly Finding[]): Text {
  const notes = findings.filter((f) => f.severity !== 'info');
  if (notes.length === 0) return text;
  return {
    vi: [text.vi, ...notes.map((f) => f.text.vi)].join(' '),
    en: [text.en, ...notes.map((f) => f.text.en)].join(' '),
  };
}

/** A workbook as the pane works on it; see the module comment. */
export class WorkbookSession {
  private current: WorkbookHost;
  /** Patches undoing the writes, oldest first. */
  private undoStack: Patch[] = [];
  /** Patches redoing the undone writes, the next to redo last. */
  private redoStack: Patch[] = [];
  /** How many writes, undos and redos changed the workbook so far (never goes down). */
  changes = 0;
  /** The last check, for marking and selecting its cells. */
  checked: CheckedSheet | undefined;
  /** The fills the last marking wrote, cleared before the next one. */
  marked: Patch | undefined;
  /** Per sheet, formula cells left not recalculated by the writes so far (until rewritten or reopened). */
  private readonly stale = new Map<string, Set<string>>();

  constructor(host: WorkbookHost) {
    this.current = host;
  }

  /** The workbook worked on. */
  get host(): WorkbookHost {
    return this.current;
  }

  /**
   * Works on another workbook from now on (standalone mode opening a file). The undo and redo, the
   * last check and the marks point at cells of the old one, so they are forgotten.
   */
  switchHost(host: WorkbookHost): void {
    this.current = host;
    this.undoStack = [];
    this.redoStack = [];
    this.checked = undefined;
    this.marked = undefined;
    this.stale.clear();
  }

  /**
   * Formula cells of `sheet` that writes through this session left not recalculated and that no later
   * write replaced: their figures may be stale until a spreadsheet recalculates the workbook.
   */
  notRecalculated(sheet: string): ReadonlySet<string> {
    return this.stale.get(sheet) ?? new Set();
  }

  /**
   * Applies a patch to the host, keeping track of the formulas it left not recalculated; `written` is
   * what the write did, with those formulas, and `findings` the warning naming them (or nothing).
   * Every write of the session goes through here, and so do writes kept out of the undo history
   * (clearing the previous marks).
   */
  async apply(
    patch: Patch,
    before?: SheetSnapshot,
  ): Promise<{ result: WriteResult; written: Written; findings: Finding[] }> {
    const result = await this.current.applyPatch(patch, before);
    const sheet = patch.sheet;
    const set = this.stale.get(sheet) ?? new Set<string>();
    for (const c of patch.cells) {
      if (c.formula !== undefined || c.value !== undefined) set.delete(c.address.toUpperCase());
    }
    for (const address of result.recalculated ?? []) set.delete(address);
    const left = result.notRecalculated ?? [];
    for (const address of left) set.add(address);
    if (set.size > 0) this.stale.set(sheet, set);
    else this.stale.delete(sheet);
    const written: Written = {
      sheet,
      cellCount: result.cellCount,
      ...(left.length > 0 ? { notRecalculated: left } : {}),
    };
    return { result, written, findings: left.length > 0 ? [notRecalculatedFinding(sheet, left)] : [] };
  }

  private choice: PlanSheetChoice = {};

  /**
   * Which plan sheet the use cases (allocate, check, section, marks) work on when the workbook holds
   * one per catalogue; `{}` goes back to the one rule.
   */
  choosePlanSheet(choice: PlanSheetChoice): void {
    this.choice = choice;
  }

  /**
   * The plan sheet chosen ({@link choosePlanSheet}) while it is there, else by the one rule
   * ({@link locatePlanSheet}). On a host every change goes through (a file held in memory), each sheet
   * is read once per change ({@link sheetReader}): a preview and the write after it read it once.
   */
  async planSheet(): Promise<Outcome<PlanSheet>> {
    const readPlan = this.sheetReader();
    if (this.choice.sheet !== undefined || this.choice.catalogueId !== undefined) {
      const chosen = await locatePlanSheet(this.current, this.choice, readPlan);
      if (chosen.kind === 'done') return chosen;
    }
    return locatePlanSheet(this.current, {}, readPlan);
  }

  /** Sheets read and parsed at one content version of one host. */
  private reads:
    { host: WorkbookHost; version: number; bySheet: Map<string, Promise<PlanSheet | null>> } | undefined;

  /**
   * Reads a sheet and its plan; on a host every change goes through, each sheet is read once per
   * change of the workbook (the plan sheet, the sheet list of the pane's selector and the template's
   * choice of sheet share one read).
   */
  sheetReader(): SheetPlanReader {
    const host = this.current;
    const version = host.contentVersion?.();
    if (version === undefined) return directReader(host);
    if (!this.reads || this.reads.host !== host || this.reads.version !== version) {
      this.reads = { host, version, bySheet: new Map() };
    }
    const { bySheet } = this.reads;
    const direct = directReader(host);
    return (sheet) => {
      let hit = bySheet.get(sheet);
      if (!hit) {
        hit = direct(sheet);
        bySheet.set(sheet, hit);
      }
      return hit;
    };
  }

  /** The workbook's plan sheets as the pane offers them ({@link planSheetChoices}). */
  planSheetChoices(): Promise<PlanSheetEntry[]> {
    return planSheetChoices(this.current, this.sheetReader());
  }

  /**
   * Writes a patch unless it would replace cells the add-in did not create (then a `confirm` outcome
   * naming them, and nothing written); keeps the undo of what was written and forgets what could be
   * redone.
   */
  async write(request: SessionWrite): Promise<Outcome<Written>> {
    const { patch } = request;
    const before = request.before === undefined ? await this.current.readSheet(patch.sheet) : request.before;
    const foreign = conflicts(before, patch, ownedRanges(before));
    const figures = request.guardFigures === true ? replacedFigures(before, patch) : [];
    const clashes = mergedAddresses(patch, [...foreign, ...figures]);
    if (clashes.length > 0 && request.confirmed !== true) {
      const text = overwriteQuestion(
        patch.sheet,
        clashes,
        figures.some((a) => !foreign.includes(a)),
      );
      return confirm(text, patch.sheet, clashes);
    }
    const named: Patch =
      request.owned === undefined
        ? patch
        : { ...patch, names: { ...patch.names, [ownedNameFor(patch.sheet, before)]: request.owned } };
    const { result, written, findings } = await this.apply(named, before ?? undefined);
    this.changes++;
    this.undoStack.push(result.undo);
    if (this.undoStack.length > UNDO_DEPTH) this.undoStack.shift();
    this.redoStack = [];
    return done(
      written,
      withNotes(
        {
          vi: `Đã ghi ${result.cellCount} ô vào trang "${patch.sheet}".`,
          en: `${result.cellCount} cells were written to sheet "${patch.sheet}".`,
        },
        findings,
      ),
      findings,
    );
  }

  /** Whether there is a write to undo. */
  canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  /** Whether there is an undone write to redo. */
  canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** Puts back what the last write (not yet undone) replaced; it can then be redone. */
  async undo(): Promise<Outcome<Written>> {
    const undo = this.undoStack.pop();
    if (!undo) {
      return failed({ vi: 'Chưa có lần ghi nào để hoàn tác.', en: 'There is no write to undo.' });
    }
    let applied;
    try {
      applied = await this.apply(undo);
    } catch (error) {
      this.undoStack.push(undo);
      throw error;
    }
    const { result, written, findings } = applied;
    this.changes++;
    this.redoStack.push(result.undo);
    return done(
      written,
      withNotes(
        {
          vi: `Đã hoàn tác: khôi phục ${result.cellCount} ô trên trang "${undo.sheet}" như trước lần ghi đó.`,
          en: `Undone: ${result.cellCount} cells on sheet "${undo.sheet}" restored to what they were before that write.`,
        },
        findings,
      ),
      findings,
    );
  }

  /** Writes again what the last undo put back; it can then be undone again. */
  async redo(): Promise<Outcome<Written>> {
    const redo = this.redoStack.pop();
    if (!redo) {
      return failed({ vi: 'Không có thao tác nào để làm lại.', en: 'There is nothing to redo.' });
    }
    let applied;
    try {
      applied = await this.apply(redo);
    } catch (error) {
      this.redoStack.push(redo);
      throw error;
    }
    const { result, written, findings } = applied;
    this.changes++;
    this.undoStack.push(result.undo);
    return done(
      written,
      withNotes(
        {
          vi: `Đã làm lại: ghi lại ${result.cellCount} ô trên trang "${redo.sheet}".`,
          en: `Redone: ${result.cellCount} cells written again on sheet "${redo.sheet}".`,
        },
        findings,
      ),
      findings,
    );
  }
}
