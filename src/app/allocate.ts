/**
 * Allocating the assigned NSTW and NSĐP over chosen rows of the plan sheet: the rows offered, a
 * preview, and the write (values, or live GNBV.PHANBO formulas) that also records the assigned totals
 * and the step in the sheet's settings block, so the sheet keeps the decision its split came from.
 */
import { allocateTwoSources } from '../domain/allocation';
import { builtInCatalogue, topKindStyles } from '../domain/catalogue';
import { at, finding, hasErrors, joinTexts, type Finding } from '../domain/findings';
import { Dec, sum, toCellNumber, type Dec as DecType } from '../domain/money';
import type { TypedLocale } from '../domain/money/typed-amount';
import { amountOf } from '../domain/plan';
import { allocationPatch, type AllocationMode, type CellWrite, type Patch } from '../sheet';
import { readAllocationRequest, rowLabel, type AllocationRequest } from './allocate-request';
import { sheetAssigned, type SheetAssigned } from './allocate-settings';
import { APP_MESSAGES } from './messages';
import { done, failed, passOn, type Outcome } from './outcome';
import type { PlanSheet } from './plan-sheet';
import { withNotes, type Written, type WorkbookSession } from './session';

export type { AllocationMethod, AllocationRequest, AllocationRowRequest } from './allocate-request';
export type { SheetAssigned } from './allocate-settings';

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

/**
 * The rows of a located plan sheet that can receive money, in table order, that the programme applies
 * to: the plan's rows without plan rows below them (where the plan states its money, also a row whose
 * rows below are empty), and the table's rows without rows below them that hold nothing yet and are
 * not below such a row (an empty template's rows, a Tiểu dự án the plan leaves empty).
 */
function rowsOf(located: PlanSheet): AllocationRowInfo[] {
  const { read } = located;
  const catalogue = builtInCatalogue(read.plan.catalogueId);
  const planCodes = new Set(read.plan.items.map((i) => i.code));
  const planParents = new Set(read.plan.items.map((i) => i.parent));
  const planLeaves = new Set(read.plan.items.filter((i) => !planParents.has(i.code)).map((i) => i.code));
  const rows = read.tableRows;
  const tableParents = new Set(rows.map((i) => i.parent));
  const parentOf = new Map(rows.map((i) => [i.code, i.parent]));
  const belowPlanLeaf = (code: string): boolean => {
    for (let p = parentOf.get(code) ?? null; p !== null; p = parentOf.get(p) ?? null) {
      if (planLeaves.has(p)) return true;
    }
    return false;
  };
  const offered = (code: string): boolean =>
    planCodes.has(code) ? planLeaves.has(code) : !tableParents.has(code) && !belowPlanLeaf(code);
  return rows
    .filter((i) => offered(i.code) && i.applicable)
    .map((i): AllocationRowInfo => {
      const nstw = amountOf(i.stated, 'nstw');
      const nsdp = i.stated.nsdp;
      return {
        code: i.code,
        label: rowLabel(i, catalogue),
        level: i.level,
        ...(nstw !== undefined ? { nstw } : {}),
        ...(nsdp !== undefined ? { nsdp } : {}),
      };
    });
}

function rowsText(count: number, sheet: string): { vi: string; en: string } {
  return {
    vi: `${count} dòng có thể nhận phân bổ trên trang "${sheet}".`,
    en: `${count} rows can receive an allocation on sheet "${sheet}".`,
  };
}

/** The rows of the plan sheet that can receive money. */
export async function allocationRows(
  session: WorkbookSession,
): Promise<Outcome<readonly AllocationRowInfo[]>> {
  const located = await session.planSheet();
  if (located.kind !== 'done') return passOn(located);
  const rows = rowsOf(located.value);
  return done(rows, rowsText(rows.length, located.value.sheet));
}

/** What the allocation form starts from: the rows, and the assigned totals and step the sheet states. */
export interface AllocationFormStart {
  readonly sheet: string;
  readonly rows: readonly AllocationRowInfo[];
  readonly assigned: SheetAssigned;
  /** The top two kinds of the sheet's catalogue, the rows' kinds, as the form names them. */
  readonly kinds: RowKinds;
}

/** The names of the two kinds the allocation's rows are: "Dự án", "Tiểu dự án" (English "Project", "Sub-project"). */
export interface RowKinds {
  readonly vi: readonly [string, string];
  readonly en: readonly [string, string];
}

/** The names of the top two kinds of a plan's catalogue. */
export function rowKinds(catalogueId: string): RowKinds {
  const [a, b] = topKindStyles(builtInCatalogue(catalogueId));
  return {
    vi: [a?.word ?? 'Dự án', b?.word ?? 'Tiểu dự án'],
    en: [a?.wordEn ?? 'Project', b?.wordEn ?? 'Sub-project'],
  };
}

/**
 * The rows that can receive money, with the settings block's assigned NSTW, NSĐP and step written as
 * the form's `locale` reads them back exactly, to fill the form's empty fields.
 */
export async function allocationFormStart(
  session: WorkbookSession,
  locale: TypedLocale,
): Promise<Outcome<AllocationFormStart>> {
  const located = await session.planSheet();
  if (located.kind !== 'done') return passOn(located);
  const rows = rowsOf(located.value);
  const { sheet } = located.value;
  const kinds = rowKinds(located.value.read.plan.catalogueId);
  return done(
    { sheet, rows, assigned: sheetAssigned(located.value, locale), kinds },
    rowsText(rows.length, sheet),
  );
}

/**
 * Warnings for each assigned total of the request that differs from the one the sheet's settings
 * block states (both figures and the difference); a source the sheet states nothing for is not compared.
 */
function assignedDiffers(located: PlanSheet, requested: { nstw: DecType; nsdp: DecType }): Finding[] {
  const { read, sheet } = located;
  const out: Finding[] = [];
  for (const source of ['nstw', 'nsdp'] as const) {
    const assigned = read.assigned[source];
    const address = read.cells.settings[source === 'nstw' ? 'nstwGiao' : 'nsdpGiao'];
    const wanted = requested[source];
    if (assigned === undefined || address === undefined || assigned.equals(wanted)) continue;
    out.push(
      finding({
        severity: 'warning',
        code: 'ALLOC_ASSIGNED_DIFFERS',
        where: at.cell(sheet, address),
        text: APP_MESSAGES.ALLOC_ASSIGNED_DIFFERS({ source, sheet, address, assigned, requested: wanted }),
        expected: assigned,
        actual: wanted,
        difference: wanted.minus(assigned),
      }),
    );
  }
  return out;
}

interface Computed {
  readonly located: PlanSheet;
  readonly preview: AllocationPreview;
  readonly step: DecType;
  /** The weights the split used, per row: typed (or 1) for `weights`/`equal`. */
  readonly weights: readonly DecType[];
  /** The request's assigned totals against the sheet's settings block ({@link assignedDiffers}). */
  readonly differs: readonly Finding[];
}

function failedWith<T>(findings: readonly Finding[]): Outcome<T> {
  return failed(joinTexts(findings.map((f) => f.text)), findings);
}

async function compute(session: WorkbookSession, request: AllocationRequest): Promise<Outcome<Computed>> {
  const located = await session.planSheet();
  if (located.kind !== 'done') return passOn(located);
  // Every row of the table may be allocated to, also one with no figure yet.
  const { plan, tableRows } = located.value.read;
  const read = readAllocationRequest({ ...plan, items: tableRows }, request);
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
  const differs = assignedDiffers(located.value, { nstw, nsdp });
  return done(
    { located: located.value, preview, step, weights, differs },
    { vi: '', en: '' },
    result.findings,
  );
}

/**
 * The split the write would make, without writing; warns when the assigned totals differ from the
 * settings block's (writing then records the new ones there).
 */
export async function previewAllocation(
  session: WorkbookSession,
  request: AllocationRequest,
): Promise<Outcome<AllocationPreview>> {
  const c = await compute(session, request);
  if (c.kind !== 'done') return passOn(c);
  const { preview, differs } = c.value;
  return done(
    preview,
    {
      vi: `Phân bổ cho ${preview.rows.length} dòng (chưa ghi).`,
      en: `Allocation for ${preview.rows.length} rows (not written yet).`,
    },
    [...differs, ...c.findings],
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
  const catalogue = builtInCatalogue(located.read.plan.catalogueId);
  const patched = allocationPatch(
    cells,
    parts,
    mode,
    mode === 'formulas' ? { weights: formulaWeights, ...(catalogue ? { catalogue } : {}) } : {},
  );
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
    withNotes(
      {
        vi: `Đã ghi phân bổ cho ${parts.length} dòng (${written.value.cellCount} ô).`,
        en: `The allocation was written for ${parts.length} rows (${written.value.cellCount} cells).`,
      },
      written.findings,
    ),
    [...written.findings, ...patched.findings],
  );
}
