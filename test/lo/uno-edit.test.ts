/**
 * A workbook built by `gnbv build`, edited in LibreOffice Calc as a person would (through python-uno:
 * test/lo/uno-edit.py, one headless soffice with a private profile for every edit), recalculated
 * and saved as .xlsx by LibreOffice, then checked by `gnbv check`:
 * - a figure changed: the assigned NSTW in the settings block no longer matches, told at its cell
 *   with both figures and the difference;
 * - a Tiểu dự án row deleted: the same discrepancy for every source the row carried, nothing else;
 * - a date typed into an amount cell (after clearing its formatting, so Calc gives it a date
 *   format): a finding at that cell; typed over the amount format instead, Calc keeps "#.##0" and
 *   stores the date's serial number, which the check shows through the assigned total.
 * Every expected figure is computed from the example plan.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { examplePlanValue } from '../hosts/recalc-helpers';
import { formatVi, type Dec } from '../../src/domain/money';
import { amountOf, type PlanItem } from '../../src/domain/plan';
import type { CellMap } from '../../src/sheet';
import {
  cellMapOf,
  dateSerial,
  figure,
  gnbv,
  leafSum,
  leaves,
  runUnoEdits,
  type Job,
  type JobReport,
} from './uno-edit-helpers';
import { sofficePath } from './soffice';

jest.setTimeout(600_000);

const EXAMPLE = resolve(__dirname, '../../examples/muong-lay-2024.json');
/** What a Vietnamese user types for the 6th of May 2024 (the profile's locale is vi-VN). */
const TYPED_DATE = '06/05/2024';
const DATE_SERIAL = dateSerial(2024, 5, 6);
const ADDED = 250;

interface JsonFinding {
  readonly severity: string;
  readonly code: string;
  readonly cell: string | null;
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
  readonly difference?: string;
}

interface Checked {
  readonly code: number;
  readonly lines: string[];
  readonly findings: JsonFinding[];
}

async function check(file: string): Promise<Checked> {
  const text = await gnbv(['check', file]);
  const json = await gnbv(['check', file, '--json']);
  expect(text.err).toEqual([]);
  expect(json.code).toBe(text.code);
  return { code: text.code, lines: text.out, findings: JSON.parse(json.out.join('\n')) as JsonFinding[] };
}

/** The one line of the text report about `cell` with `code`. */
function lineAbout(c: Checked, cell: string, code: string): string {
  const found = c.lines.filter((l) => l.includes(`[${code}]`) && l.includes(` ${cell} `));
  expect(found).toHaveLength(1);
  return found[0] ?? '';
}

/** The assigned-total finding a user reads: at the settings cell, both figures and the difference. */
function expectAssigned(c: Checked, cell: string, assigned: Dec, planned: Dec): void {
  const f = c.findings.find((x) => x.code === 'SHEET_ASSIGNED_DIFFERS' && x.cell === cell);
  expect(f).toMatchObject({
    severity: 'error',
    expected: assigned.toFixed(),
    actual: planned.toFixed(),
    difference: planned.minus(assigned).toFixed(),
  });
  const line = lineAbout(c, cell, 'SHEET_ASSIGNED_DIFFERS');
  expect(line).toMatch(/^LỖI/);
  expect(line).toContain(`được giao là ${formatVi(assigned)} triệu đồng`);
  expect(line).toContain(
    `tổng Ngân sách ${cell === 'C5' ? 'trung ương' : 'địa phương'} ${formatVi(planned)}`,
  );
  expect(line).toContain(`chênh lệch ${formatVi(planned.minus(assigned))} triệu đồng`);
}

function rowOf(cells: CellMap, code: string): number {
  const m = /^A(\d+):/.exec(cells.rows[code] ?? '');
  if (!m) throw new Error(`no row for ${code}`);
  return Number(m[1]);
}

function amountCell(cells: CellMap, item: PlanItem, key: 'nstw_su_nghiep' | 'nsdp'): string {
  const a = cells.amounts[item.code]?.[key];
  if (a === undefined) throw new Error(`no ${key} cell for ${item.code}`);
  return a;
}

describe('workbooks edited and recalculated by LibreOffice (python-uno) are checked', () => {
  const plan = examplePlanValue();
  const stated = plan.statedTotals ?? {};
  const assignedNstw = amountOf(stated, 'nstw');
  const assignedNsdp = amountOf(stated, 'nsdp');
  const tieuDuAn = leaves(plan).filter((i) => i.level === 2);
  // The figure changed: a Tiểu dự án's recurrent central money.
  const changedItem = tieuDuAn.find((i) => figure(i, 'nstw_su_nghiep').greaterThan(0));
  // The row deleted and the date typed: the Tiểu dự án with the most local money (it carries both sources).
  const richest = [...tieuDuAn].sort((a, b) => figure(b, 'nsdp').comparedTo(figure(a, 'nsdp')))[0];

  let dir = '';
  let built = '';
  let cells: CellMap;
  let reports: JobReport[] = [];
  let jobs: Job[] = [];

  beforeAll(async () => {
    sofficePath();
    if (!assignedNstw || !assignedNsdp || !changedItem || !richest) throw new Error('example plan changed');
    // The example's stated totals are what its leaves add up to: the built workbook checks clean.
    expect(leafSum(plan, 'nstw').toFixed()).toBe(assignedNstw.toFixed());
    expect(leafSum(plan, 'nsdp').toFixed()).toBe(assignedNsdp.toFixed());
    expect(figure(richest, 'nsdp').greaterThan(0)).toBe(true);

    dir = mkdtempSync(join(tmpdir(), 'gnbv-uno-edit-'));
    built = join(dir, 'built.xlsx');
    const build = await gnbv(['build', EXAMPLE, '-o', built]);
    expect(build).toMatchObject({ code: 0, err: [] });
    cells = await cellMapOf(built);
    const clean = await check(built);
    expect(clean.findings).toEqual([]);
    expect(clean.code).toBe(0);

    const job = (name: string, steps: Job['steps']): Job => ({
      in: built,
      out: join(dir, `${name}.xlsx`),
      sheet: cells.sheet,
      steps,
    });
    const dateCell = amountCell(cells, richest, 'nsdp');
    jobs = [
      job('changed', [
        {
          op: 'set-number',
          cell: amountCell(cells, changedItem, 'nstw_su_nghiep'),
          value: figure(changedItem, 'nstw_su_nghiep').plus(ADDED).toNumber(),
        },
      ]),
      job('deleted', [{ op: 'delete-row', row: rowOf(cells, richest.code) }]),
      job('dated', [
        { op: 'clear-formatting', cell: dateCell },
        { op: 'type', cell: dateCell, text: TYPED_DATE },
      ]),
      job('dated-over-format', [{ op: 'type', cell: dateCell, text: TYPED_DATE }]),
    ];
    reports = runUnoEdits(join(dir, 'profile'), jobs);
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a changed figure: the assigned NSTW differs, with both figures and the difference', async () => {
    const cell = amountCell(cells, changedItem as PlanItem, 'nstw_su_nghiep');
    const old = figure(changedItem as PlanItem, 'nstw_su_nghiep');
    expect(reports[0]?.steps[0]?.before).toMatchObject({ value: old.toNumber() });
    expect(reports[0]?.after[cell]?.value).toBe(old.plus(ADDED).toNumber());

    const c = await check(jobs[0]?.out ?? '');
    expect(c.code).toBe(1);
    expect(c.findings.map((f) => f.code)).toEqual(['SHEET_ASSIGNED_DIFFERS']);
    expectAssigned(c, cells.settings.nstwGiao ?? '', assignedNstw as Dec, leafSum(plan, 'nstw').plus(ADDED));
  });

  it('a deleted Tiểu dự án row: the same discrepancy for each source it carried, nothing else', async () => {
    const item = richest as PlanItem;
    const before = reports[1]?.steps[0]?.before as string[];
    expect(before.join(' ')).toMatch(/Tiểu dự án/);
    expect(before.join(' ')).toContain(item.name);

    const c = await check(jobs[1]?.out ?? '');
    expect(c.code).toBe(1);
    // The report counts one item fewer: the row is gone, not mistaken for another.
    expect(c.lines[0]).toContain(`${plan.items.length - 1} mục`);
    expect(c.findings.map((f) => f.code)).toEqual(['SHEET_ASSIGNED_DIFFERS', 'SHEET_ASSIGNED_DIFFERS']);
    expectAssigned(c, cells.settings.nstwGiao ?? '', assignedNstw as Dec, leafSum(plan, 'nstw', item.code));
    expectAssigned(c, cells.settings.nsdpGiao ?? '', assignedNsdp as Dec, leafSum(plan, 'nsdp', item.code));
  });

  it('a date typed into an amount cell: a finding at that cell', async () => {
    const cell = amountCell(cells, richest as PlanItem, 'nsdp');
    // Calc read the typing as the 6th of May 2024 and gave the cell a date format.
    const after = reports[2]?.after[cell];
    expect(after?.value).toBe(DATE_SERIAL.toNumber());
    expect(after?.numberFormat).toMatch(/D.*M.*Y/i);

    const c = await check(jobs[2]?.out ?? '');
    expect(c.code).toBe(1);
    const date = c.findings.filter((f) => f.code === 'SHEET_DATE_AMOUNT');
    expect(date).toHaveLength(1);
    expect(date[0]).toMatchObject({ severity: 'error', cell });
    const line = lineAbout(c, cell, 'SHEET_DATE_AMOUNT');
    expect(line).toMatch(/^LỖI/);
    expect(line).toContain(
      `Ô ${cell} (${(richest as PlanItem).code}, Ngân sách địa phương) có định dạng ngày giờ`,
    );
    // The check leads with the date's cell; nothing it reports points at column A.
    expect(c.findings[0]?.cell).toBe(cell);
    expect(c.findings.every((f) => f.cell !== null && !f.cell.startsWith('A'))).toBe(true);
    // Besides the date, the one error is the assigned NSĐP the sheet's sums (serial included) now miss;
    // the row's total, off by exactly the serial, is told as the date's consequence, not as an error.
    const errors = c.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.cell]);
    expect(errors).toEqual([
      ['SHEET_DATE_AMOUNT', cell],
      ['SHEET_ASSIGNED_DIFFERS', cells.settings.nsdpGiao],
    ]);
    const planned = leafSum(plan, 'nsdp')
      .minus(figure(richest as PlanItem, 'nsdp'))
      .plus(DATE_SERIAL);
    expectAssigned(c, cells.settings.nsdpGiao ?? '', assignedNsdp as Dec, planned);
    const rest = c.findings.filter((f) => f.severity !== 'error');
    expect(rest.length).toBeGreaterThan(0);
    for (const f of rest) {
      expect(f).toMatchObject({ severity: 'info', difference: DATE_SERIAL.toFixed() });
      expect(f.message).toContain(`(do ô ${cell}: ngày tháng trong ô số tiền`);
    }
  });

  it('a date typed over the amount format: Calc keeps the serial number, the assigned NSĐP shows it', async () => {
    const cell = amountCell(cells, richest as PlanItem, 'nsdp');
    const after = reports[3]?.after[cell];
    expect(after?.value).toBe(DATE_SERIAL.toNumber());
    expect(after?.numberFormat).not.toMatch(/[DY]/i);

    const c = await check(jobs[3]?.out ?? '');
    expect(c.code).toBe(1);
    expect(c.findings.map((f) => f.code)).toEqual(['SHEET_ASSIGNED_DIFFERS']);
    const planned = leafSum(plan, 'nsdp')
      .minus(figure(richest as PlanItem, 'nsdp'))
      .plus(DATE_SERIAL);
    expectAssigned(c, cells.settings.nsdpGiao ?? '', assignedNsdp as Dec, planned);
  });
});
