/**
 * Allocating the assigned NSTW and NSĐP over chosen rows of the plan sheet: the rows offered, a
 * preview, and the write (values, or live GNBV.PHANBO formulas) that also records the assigned totals
 * and the step in the sheet's settings block, so the sheet keeps the decision its split came from.
 */
import { allocateTwoSources } from '../domain/allocation';
import { hasErrors, joinTexts, type Finding } from '../domain/findings';
import { Dec, sum, toCellNumber, type Dec as DecType } from '../domain/money';
import { amountOf } from '../domain/plan';
import { allocationPatch, type AllocationMode, type CellWrite, type Patch } from '../sheet';
import { readAllocationRequest, rowLabel, type AllocationRequest } from './allocate-request';
import { done, failed, passOn, type Outcome } from './outcome';
import type { PlanSheet } from './plan-sheet';
import type { Written, WorkbookSession } from './session';

export type { AllocationMethod, AllocationRequest, AllocationRowRequest } from './allocate-request';

/** A row the user can allocate to: a Dự án or Tiểu dự án without children, that the programme applies to. */
export interface AllocationRowInfo {
  readonly code: string;
  /** "Tiểu dự án 1 (Dự án 4): Phát triển giáo dục nghề nghiệp…" */
  readonly label: string;
  readonly level: number;
  /** What the sheet holds now, when it states anything. */
  readonly nstw?: DecType;
  readonly nsdp?: DecType;
}

/** One allocated row, or the totals. */
export interface AllocatedRow {
  readonly code: string;
  readonly label: string;
  readonly nstw: DecType;
  readonly nsdp: DecType;
  readonly total: DecType;
}

/** The split, row by row, and its totals (equal to the assigned money exactly). */
export interface AllocationPreview {
  readonly sheet: string;
  readonly rows: readonly AllocatedRow[];
  readonly totals: Omit<AllocatedRow, 'code' | 'label'>;
}

/** The rows of the plan sheet that can receive money. */
export async function allocationRows(
  session: WorkbookSession,
): Promise<Outcome<readonly AllocationRowInfo[]>> {
  const located = await session.planSheet();
  if (located.kind !== 'done') return passOn(located);
  const { read } = located.value;
  const parents = new Set(read.plan.items.map((i) => i.parent).filter((p): p is string => p !== null));
  const rows = read.plan.items
    .filter((i) => !parents.has(i.code) && i.applicable)
    .map((i): AllocationRowInfo => {
      const nstw = amountOf(i.stated, 'nstw');
      const nsdp = i.stated.nsdp;
      return {
        code: i.code,
        label: read.cells.rows[i.code] ? rowLabel(i) : i.name,
        level: i.level,
        ...(nstw !== undefined ? { nstw } : {}),
        ...(nsdp !== undefined ? { nsdp } : {}),
      };
    });
  return done(rows, {
    vi: `${rows.length} dòng có thể nhận phân bổ trên trang "${located.value.sheet}".`,
    en: `${rows.length} rows can receive an allocation on sheet "${located.value.sheet}".`,
  });
}

interface Computed {
  readonly located: PlanSheet;
  readonly preview: AllocationPreview;
  readonly step: DecType;
  /** The weights the split used, per row: typed (or 1) for `weights`/`equal`. */
  readonly weights: readonly DecType[];
}

function failedWith<T>(findings: readonly Finding[]): Outcome<T> {
  return failed(joinTexts(findings.map((f) => f.text)), findings);
}

async function compute(session: WorkbookSession, request: AllocationRequest): Promise<Outcome<Computed>> {
  const located = await session.planSheet();
  if (located.kind !== 'done') return passOn(located);
  const read = readAllocationRequest(located.value.read.plan, request);
  if (!read.ok) return failedWith(read.findings);
  const { nstw, nsdp, step, rows, central, local } = read.value;
  // By last year's shares with no local money last year: split the local money like the central.
  const localLines = local.every((l) => l.weight.isZero() && l.locked === undefined) ? central : local;
  const result = allocateTwoSources({ central: nstw, local: nsdp, lines: central, localLines, step });
  if (!result.ok) return failedWith(result.findings);
  const allocated = rows.map((row, i): AllocatedRow => {
    const r = result.rows[i];
    const a = r?.central ?? new Dec(0);
    const b = r?.local ?? new Dec(0);
    return { code: row.code, label: row.label, nstw: a, nsdp: b, total: a.plus(b) };
  });
  const totalNstw = sum(allocated.map((r) => r.nstw));
  const totalNsdp = sum(allocated.map((r) => r.nsdp));
  const preview: AllocationPreview = {
    sheet: located.value.sheet,
    rows: allocated,
    totals: { nstw: totalNstw, nsdp: totalNsdp, total: totalNstw.plus(totalNsdp) },
  };
  const weights = central.map((l) => l.weight);
  return done({ located: located.value, preview, step, weights }, { vi: '', en: '' }, result.findings);
}

/** The split the write would make, without writing. */
export async function previewAllocation(
  session: WorkbookSession,
  request: AllocationRequest,
): Promise<Outcome<AllocationPreview>> {
  const c = await compute(session, request);
  if (c.kind !== 'done') return passOn(c);
  const { preview } = c.value;
  return done(
    preview,
    {
      vi: `Phân bổ cho ${preview.rows.length} dòng (chưa ghi).`,
      en: `Allocation for ${preview.rows.length} rows (not written yet).`,
    },
    c.findings,
  );
}

/** Live formulas carry their weights as array constants ("{2;1}"), so they need no extra cells. */
function arrayConstant(values: readonly DecType[]): string {
  return `{${values.map((v) => v.toFixed()).join(';')}}`;
}

/** Writes the split; `confirmed` allows replacing the user's cells. */
export async function writeAllocation(
  session: WorkbookSession,
  request: AllocationRequest,
  mode: AllocationMode,
  confirmed = false,
): Promise<Outcome<Written>> {
  const c = await compute(session, request);
  if (c.kind !== 'done') return passOn(c);
  if (
    mode === 'formulas' &&
    request.rows.some((r) => (r.lockedNstw ?? '') !== '' || (r.lockedNsdp ?? '') !== '')
  ) {
    return failed({
      vi: 'Công thức GNBV.PHANBO không giữ được các dòng khoá; hãy bỏ khoá hoặc chọn "Ghi giá trị".',
      en: 'GNBV.PHANBO formulas cannot keep locked rows; remove the locks or choose "Write values".',
    });
  }
  const { located, preview, step, weights } = c.value;
  const parts = preview.rows.map((r) => ({ code: r.code, nstw: r.nstw, nsdp: r.nsdp }));
  // By last year's shares the parts themselves are the weights: GNBV.PHANBO gives them back exactly.
  const lastYear = request.method === 'last-year';
  const formulaWeights = {
    nstw: arrayConstant(lastYear ? parts.map((p) => p.nstw) : weights),
    nsdp: arrayConstant(lastYear ? parts.map((p) => p.nsdp) : weights),
  };
  const cells = located.read.cells;
  const patched = allocationPatch(cells, parts, mode, mode === 'formulas' ? { weights: formulaWeights } : {});
  if (hasErrors(patched.findings)) return failedWith(patched.findings);
  const settings: [string | undefined, DecType][] = [
    [cells.settings.nstwGiao, preview.totals.nstw],
    [cells.settings.nsdpGiao, preview.totals.nsdp],
    [cells.settings.step, step],
  ];
  const settingWrites: CellWrite[] = settings.flatMap(([address, value]) => {
    const n = toCellNumber(value);
    return address === undefined || n === undefined ? [] : [{ address, value: n }];
  });
  const patch: Patch = { ...patched.patch, cells: [...patched.patch.cells, ...settingWrites] };
  const written = await session.write({ patch, before: located.snapshot, confirmed });
  if (written.kind !== 'done') return passOn(written);
  return done(
    written.value,
    {
      vi: `Đã ghi phân bổ cho ${parts.length} dòng (${written.value.cellCount} ô).`,
      en: `The allocation was written for ${parts.length} rows (${written.value.cellCount} cells).`,
    },
    patched.findings,
  );
}
