/**
 * Compares two plans read from the same document in two formats (a .txt and the .docx LibreOffice
 * made of it): every item (code, name, level, parent, applicability, each stated amount and its
 * qualifier), the stated totals and their qualifiers, the metadata (locality, year, title), and the
 * findings of the check (code, severity and the item or total they are about; line numbers differ
 * between the formats and are left out). Returns one sentence per difference; none when equal.
 */
import { itemOf, type Finding } from '../../src/domain/findings';
import { plain } from '../../src/domain/money/decimal';
import type { Plan, PlanItem, StatedAmounts, StatedPrecision } from '../../src/domain/plan/model';

/** A plan and the findings of checking it, as one format gave them. */
export interface ReadPlan {
  readonly plan: Plan;
  readonly findings: readonly Finding[];
}

function amounts(a: StatedAmounts | null | undefined): string {
  if (!a) return 'none';
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${v ? plain(v) : ''}`)
    .sort()
    .join(' ');
}

function precision(p: StatedPrecision | undefined): string {
  if (!p) return 'exact';
  return Object.entries(p)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}:${v?.qualifier ?? ''}±${v ? plain(v.unit) : ''}`)
    .sort()
    .join(' ');
}

function describeItem(i: PlanItem): Record<string, string> {
  return {
    name: i.name,
    level: String(i.level),
    parent: i.parent ?? 'none',
    applicable: String(i.applicable),
    unit: i.implementingUnit ?? 'none',
    amounts: amounts(i.stated),
    qualifiers: precision(i.approx),
  };
}

/** `CODE severity @item` of every finding, sorted: the same document gives the same multiset. */
export function findingKeys(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.code} ${f.severity} @${itemOf(f.where) ?? f.where.kind}`).sort();
}

function multisetDiff(a: readonly string[], b: readonly string[]): { onlyA: string[]; onlyB: string[] } {
  const count = new Map<string, number>();
  for (const k of a) count.set(k, (count.get(k) ?? 0) + 1);
  const onlyB: string[] = [];
  for (const k of b) {
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else onlyB.push(k);
  }
  const onlyA = [...count.entries()].flatMap(([k, n]) => Array<string>(n).fill(k));
  return { onlyA, onlyB };
}

const FIGURES = new Set(['items', 'statedTotals', 'statedTotalsApprox', 'year', 'locality']);

/** The differences between the plan read from the text (`txt`) and from the .docx (`docx`). */
export function planDiff(txt: ReadPlan, docx: ReadPlan): string[] {
  const diffs: string[] = [];
  const a = txt.plan;
  const b = docx.plan;
  // The metadata read from the title (year, locality) and anything else the plan carries besides its figures.
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  const meta = new Set([...Object.keys(ra), ...Object.keys(rb)].filter((k) => !FIGURES.has(k)));
  for (const key of [...meta, 'year', 'locality']) {
    const va = JSON.stringify(ra[key]) ?? 'none';
    const vb = JSON.stringify(rb[key]) ?? 'none';
    if (va !== vb) diffs.push(`${key}: txt ${va} ≠ docx ${vb}`);
  }
  if (amounts(a.statedTotals) !== amounts(b.statedTotals)) {
    diffs.push(`stated totals: txt ${amounts(a.statedTotals)} ≠ docx ${amounts(b.statedTotals)}`);
  }
  if (precision(a.statedTotalsApprox) !== precision(b.statedTotalsApprox)) {
    diffs.push(
      `stated totals' qualifiers: txt ${precision(a.statedTotalsApprox)} ≠ docx ${precision(b.statedTotalsApprox)}`,
    );
  }
  const codesA = a.items.map((i) => i.code).join(',');
  const codesB = b.items.map((i) => i.code).join(',');
  if (codesA !== codesB) diffs.push(`items: txt [${codesA}] ≠ docx [${codesB}]`);
  for (const ia of a.items) {
    const ib = b.items.find((i) => i.code === ia.code);
    if (!ib) continue;
    const da = describeItem(ia);
    const db = describeItem(ib);
    for (const [k, v] of Object.entries(da)) {
      if (db[k] !== v)
        diffs.push(`${ia.code} ${k}: txt ${JSON.stringify(v)} ≠ docx ${JSON.stringify(db[k])}`);
    }
  }
  const { onlyA, onlyB } = multisetDiff(findingKeys(txt.findings), findingKeys(docx.findings));
  if (onlyA.length > 0) diffs.push(`findings only from the txt: ${onlyA.join('; ')}`);
  if (onlyB.length > 0) diffs.push(`findings only from the docx: ${onlyB.join('; ')}`);
  for (const [format, read] of [
    ['txt', txt],
    ['docx', docx],
  ] as const) {
    const errors = read.findings.filter((f) => f.severity === 'error');
    for (const e of errors)
      diffs.push(`error in the ${format}: ${e.code} @${itemOf(e.where) ?? e.where.kind}: ${e.text.en}`);
  }
  return diffs;
}
