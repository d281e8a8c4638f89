/**
 * Helpers of the LibreOffice-edit test: running test/lo/uno-edit.py (python-uno edits of a workbook,
 * one soffice for all of them), running `gnbv` in process, and the figures a plan's leaves add up to.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbookFile } from '../../src/app/open-workbook';
import { locatePlanSheet } from '../../src/app/plan-sheet';
import { main } from '../../src/cli/main';
import { createNodeServices } from '../../src/cli/compose';
import { dec, ZERO, type Dec } from '../../src/domain/money';
import { amountOf, type AmountKey, type Plan, type PlanItem } from '../../src/domain/plan';
import type { CellMap } from '../../src/sheet';

/** The interpreter with the `uno` module (Debian's python3-uno); a pyenv python3 on PATH has none. */
export const UNO_PYTHON = '/usr/bin/python3';
const SCRIPT = join(__dirname, 'uno-edit.py');
/** Starting soffice cold and editing a few workbooks; generous for a loaded machine. */
const SCRIPT_TIMEOUT_MS = 400_000;

/** One step of an edit, as uno-edit.py takes it. */
export type Step =
  | { readonly op: 'set-number'; readonly cell: string; readonly value: number }
  | { readonly op: 'delete-row'; readonly row: number }
  | { readonly op: 'type'; readonly cell: string; readonly text: string }
  | { readonly op: 'clear-formatting'; readonly cell: string };

export interface Job {
  readonly in: string;
  readonly out: string;
  readonly sheet: string;
  readonly steps: readonly Step[];
}

/** A cell as LibreOffice holds it after the edit. */
export interface CellState {
  readonly formula: string;
  readonly value: number;
  readonly text: string;
  readonly numberFormat: string;
}

/** What uno-edit.py reports for one job. */
export interface JobReport {
  readonly out: string;
  readonly steps: readonly { readonly op: string; readonly before: CellState | string[] }[];
  readonly after: Readonly<Record<string, CellState>>;
}

/** Runs uno-edit.py once for all `jobs` (one soffice); throws with its stderr when it fails. */
export function runUnoEdits(profileDir: string, jobs: readonly Job[]): JobReport[] {
  if (!existsSync(UNO_PYTHON)) {
    throw new Error(
      `${UNO_PYTHON} is missing: install python3 and python3-uno (apt-get install python3-uno).`,
    );
  }
  const r = spawnSync(UNO_PYTHON, [SCRIPT, '--profile', profileDir, ...jobs.map((j) => JSON.stringify(j))], {
    encoding: 'utf8',
    timeout: SCRIPT_TIMEOUT_MS,
    killSignal: 'SIGTERM',
  });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`uno-edit.py exited ${String(r.status)}: ${r.stderr}`);
  const reports = r.stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as JobReport);
  if (reports.length !== jobs.length)
    throw new Error(`uno-edit.py reported ${reports.length} jobs: ${r.stdout}`);
  return reports;
}

/** `gnbv …` in process: exit code and the lines written. */
export async function gnbv(argv: readonly string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

/** The cell map of a workbook's plan sheet, as the product locates it. */
export async function cellMapOf(path: string): Promise<CellMap> {
  const services = createNodeServices();
  const opened = await openWorkbookFile({ name: path, bytes: new Uint8Array(readFileSync(path)) }, services);
  if (opened.kind !== 'done') throw new Error(opened.text.en);
  const located = await locatePlanSheet(opened.value);
  if (located.kind !== 'done') throw new Error(located.text.en);
  return located.value.read.cells;
}

/** The items with no child: the rows whose figures are typed, not summed. */
export function leaves(plan: Plan): PlanItem[] {
  const parents = new Set(plan.items.map((i) => i.parent));
  return plan.items.filter((i) => !parents.has(i.code));
}

/** What the plan's leaves add up to for `key`, leaving out `without` (a deleted row). */
export function leafSum(plan: Plan, key: AmountKey, without?: string): Dec {
  return leaves(plan)
    .filter((i) => i.code !== without)
    .reduce((s, i) => s.plus(amountOf(i.stated, key) ?? ZERO), ZERO);
}

/** A figure of an item, or zero when it states none. */
export function figure(item: PlanItem, key: AmountKey): Dec {
  return amountOf(item.stated, key) ?? ZERO;
}

/** The spreadsheet serial number of a date (days since 30 December 1899), as Excel and Calc store it. */
export function dateSerial(year: number, month: number, day: number): Dec {
  return dec((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
