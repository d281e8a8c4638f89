/**
 * The assigned totals of the settings block ("NSTW được giao", "NSĐP được giao") compared with what
 * the plan read from the table adds up to for that source: a figure changed or a row deleted after the
 * allocation shows here, at the setting's cell, with both figures and the difference.
 */
import type { Dec } from '../domain/money';
import { planAmount, type Plan } from '../domain/plan';
import type { SettingKey } from './layout';
import { assignedDiffers, type SheetFinding } from './sheet-findings';

const SOURCES: readonly { readonly key: SettingKey; readonly source: 'nstw' | 'nsdp' }[] = [
  { key: 'nstwGiao', source: 'nstw' },
  { key: 'nsdpGiao', source: 'nsdp' },
];

/**
 * One finding per assigned total that differs from the plan's total of its source. A source the plan
 * states nothing for (not allocated yet) is not compared.
 */
export function assignedFindings(
  plan: Plan,
  sheet: string,
  values: Partial<Record<SettingKey, Dec>>,
  cells: Partial<Record<SettingKey, string>>,
): SheetFinding[] {
  const out: SheetFinding[] = [];
  for (const { key, source } of SOURCES) {
    const assigned = values[key];
    const address = cells[key];
    if (assigned === undefined || address === undefined) continue;
    const planned = planAmount(plan, source);
    if (planned === undefined || planned.equals(assigned)) continue;
    out.push(assignedDiffers(sheet, address, source, assigned, planned));
  }
  return out;
}
