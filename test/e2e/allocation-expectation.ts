/**
 * What the engine says an allocation must give, computed in node from the same workbook bytes the page
 * works on: the app's own allocation preview for the same request (every row the page offers, chosen),
 * and the exact figure of every amount cell of the plan table once that split is written (leaf rows
 * hold their shares, every other row the roll-up of its children).
 */
import { allocationRows, locatePlanSheet, previewAllocation, WorkbookSession } from '../../src/app';
import type { AllocationMethod, AllocationPreview, AllocationRequest } from '../../src/app';
import type { Dec } from '../../src/domain/money';
import {
  AMOUNT_KEYS,
  childrenIndex,
  planAmount,
  rollup,
  type AmountKey,
  type Plan,
  type PlanItem,
} from '../../src/domain/plan';
import { XlsxHost } from '../../src/hosts/xlsx';
import type { CellMap } from '../../src/sheet';

/** The typed figures of one allocation, as the user types them in the page. */
export interface TypedAllocation {
  readonly nstw: string;
  readonly nsdp: string;
  readonly step: string;
  readonly method: AllocationMethod;
}

/** The engine's exact figure for one amount cell of the plan table (undefined: the cell states nothing). */
export interface AmountCell {
  readonly code: string;
  readonly key: AmountKey;
  readonly address: string;
  readonly engine: Dec | undefined;
}

/** What the page must write for a request, and every amount cell after it. */
export interface Expectation {
  readonly sheet: string;
  readonly preview: AllocationPreview;
  readonly cells: CellMap;
  readonly amounts: readonly AmountCell[];
}

function unwrap<T>(outcome: { kind: string; value?: T; message?: { en: string } }, what: string): T {
  if (outcome.kind !== 'done' || outcome.value === undefined) {
    throw new Error(`${what}: ${outcome.kind} ${outcome.message?.en ?? ''}`);
  }
  return outcome.value;
}

/** The plan with the split in its leaf rows and nothing stated elsewhere, so every other figure is a roll-up. */
function allocatedPlan(plan: Plan, preview: AllocationPreview): Plan {
  const shares = new Map(preview.rows.map((r) => [r.code, r]));
  const items = plan.items.map((item): PlanItem => {
    const share = shares.get(item.code);
    if (share) return { ...item, stated: { nstw_su_nghiep: share.nstw, nsdp: share.nsdp } };
    const isLeaf = !plan.items.some((i) => i.parent === item.code);
    return isLeaf ? item : { ...item, stated: {} };
  });
  return { ...plan, items };
}

function engineAmount(plan: Plan, code: string, key: AmountKey): Dec | undefined {
  const children = childrenIndex(plan.items);
  if (code === 'TONG') return planAmount(plan, key, children);
  const item = plan.items.find((i) => i.code === code);
  if (item) return rollup(item, key, children);
  let sum: Dec | undefined;
  for (const kid of children.get(code) ?? []) {
    const v = rollup(kid, key, children);
    if (v !== undefined) sum = sum === undefined ? v : sum.plus(v);
  }
  return sum;
}

/**
 * The app's preview of `typed` over every row it offers, on the workbook `bytes` (the state the page
 * is in just before it writes), and the engine's figure for every amount cell after the write.
 */
export async function expectAllocation(bytes: Uint8Array, typed: TypedAllocation): Promise<Expectation> {
  const session = new WorkbookSession(await XlsxHost.fromBuffer(bytes));
  const offered = unwrap(await allocationRows(session), 'allocation rows');
  // The rows the pane chooses by default: those holding a figure (every row of an empty table).
  const filled = offered.filter((r) => r.nstw !== undefined || r.nsdp !== undefined);
  const rows = filled.length > 0 ? filled : offered;
  const request: AllocationRequest = {
    ...typed,
    locale: 'auto',
    rows: rows.map((r) => ({ code: r.code })),
  };
  const preview = unwrap(await previewAllocation(session, request), 'allocation preview');
  const located = unwrap(await locatePlanSheet(session.host), 'plan sheet');
  const { plan, cells } = located.read;
  const after = allocatedPlan(plan, preview);
  const amounts: AmountCell[] = [];
  for (const [code, row] of Object.entries(cells.amounts)) {
    for (const key of AMOUNT_KEYS) {
      const address = row[key];
      if (address !== undefined) amounts.push({ code, key, address, engine: engineAmount(after, code, key) });
    }
  }
  return { sheet: located.sheet, preview, cells, amounts };
}
