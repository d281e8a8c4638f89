/**
 * Plans and findings as a user sees them, in one shape for both adapters, so that the CLI's output
 * and the task pane's views can be compared with one `toEqual`.
 */
import type { FindingJson, PlanItemJson, PlanJson } from '../../../src/domain/plan/json';

/** A finding as shown: severity, code, place (item code or TONG), the cell when there is one, both texts. */
export interface SeenFinding {
  readonly severity: string;
  readonly code: string;
  readonly where: string;
  readonly cell?: string | null;
  readonly vi: string;
  readonly en: string;
}

/** An item of a plan as read: its code and its money by source (plain decimal strings). */
export interface SeenItem {
  readonly code: string;
  readonly amounts: Readonly<Record<string, string>>;
}

/** The findings of `gnbv import --json` / `gnbv check --json`; `withCell` keeps the cell (workbooks). */
export function cliFindings(json: readonly (FindingJson & { cell?: string | null })[], withCell = false) {
  return json.map((f): SeenFinding => ({
    severity: f.severity,
    code: f.code,
    where: f.where,
    ...(withCell ? { cell: f.cell ?? null } : {}),
    vi: f.message,
    en: f.message_en,
  }));
}

/** The items that state money, in order. */
export function itemsWithMoney(items: readonly PlanItemJson[]): SeenItem[] {
  return items
    .filter((i) => i.amounts !== undefined && Object.keys(i.amounts).length > 0)
    .map((i) => ({ code: i.code, amounts: { ...i.amounts } }));
}

/** The items of `gnbv import --json`. */
export function cliItems(json: PlanJson): SeenItem[] {
  return itemsWithMoney(json.items);
}
