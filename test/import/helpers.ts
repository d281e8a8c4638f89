import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plain } from '../../src/domain/money/decimal';
import type { Plan, PlanItem, StatedAmounts } from '../../src/domain/plan/model';

export const FIXTURES = join(__dirname, '..', 'fixtures', 'plans');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** The amounts an item states explicitly, as plain strings ({ total: '1695', nsdp: '107' }). */
export function stated(a: StatedAmounts): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(a)) if (v !== undefined) out[k] = plain(v);
  return out;
}

export function item(plan: Plan, code: string): PlanItem {
  const found = plan.items.find((i) => i.code === code);
  if (!found) throw new Error(`no item ${code} in [${plan.items.map((i) => i.code).join(', ')}]`);
  return found;
}

/** 1-based number of the first line of `text` that contains `needle` (after `from`). */
export function lineOf(text: string, needle: string, from = 0): number {
  const lines = text.split(/\r\n|\r|\n/);
  const i = lines.findIndex((l, n) => n >= from && l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not in text`);
  return i + 1;
}
