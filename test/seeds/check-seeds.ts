/**
 * Imports every plan document in a folder (the shared seeds) and compares what was read
 * with the figures read by hand in `expected.json`, then validates it. One line per seed; exits non-zero on
 * any difference, any error finding, a seed without expected figures, or expected figures
 * without a seed.
 *
 *   npx tsx test/seeds/check-seeds.ts ../shared/seeds
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkPlan } from '../../src/app/check';
import { openPlanFile } from '../../src/app/open-document';
import { nodePlatform } from '../../src/platform/node';
import { whereLabel } from '../../src/domain/findings';
import { plain } from '../../src/domain/money/decimal';
import type { Plan, StatedAmounts } from '../../src/domain/plan/model';

type Amounts = Record<string, string>;
interface ExpectedItem {
  code: string;
  applicable: boolean;
  amounts: Amounts;
}
interface ExpectedSeed {
  year?: number;
  locality?: string;
  stated_totals: Amounts | null;
  items: ExpectedItem[];
}

/** The amounts a set states explicitly (derived totals left out), as plain strings. */
function explicit(a: StatedAmounts): Amounts {
  const out: Amounts = {};
  for (const [k, v] of Object.entries(a)) if (v !== undefined) out[k] = plain(v);
  return out;
}

function same(a: Amounts, b: Amounts): boolean {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}

function compare(plan: Plan, want: ExpectedSeed): string[] {
  const diffs: string[] = [];
  if (want.year !== undefined && plan.year !== want.year) diffs.push(`year ${plan.year} ≠ ${want.year}`);
  if (want.locality !== undefined && plan.locality !== want.locality) {
    diffs.push(`locality "${plan.locality ?? ''}" ≠ "${want.locality}"`);
  }
  const totals = plan.statedTotals ? explicit(plan.statedTotals) : null;
  if (
    (totals === null) !== (want.stated_totals === null) ||
    (totals && want.stated_totals && !same(totals, want.stated_totals))
  ) {
    diffs.push(`stated totals ${JSON.stringify(totals)} ≠ ${JSON.stringify(want.stated_totals)}`);
  }
  const got = plan.items.map((i) => i.code).join(',');
  const expected = want.items.map((i) => i.code).join(',');
  if (got !== expected) diffs.push(`items [${got}] ≠ [${expected}]`);
  for (const w of want.items) {
    const item = plan.items.find((i) => i.code === w.code);
    if (!item) continue;
    if (item.applicable !== w.applicable)
      diffs.push(`${w.code} applicable ${item.applicable} ≠ ${w.applicable}`);
    const amounts = explicit(item.stated);
    if (!same(amounts, w.amounts))
      diffs.push(`${w.code} ${JSON.stringify(amounts)} ≠ ${JSON.stringify(w.amounts)}`);
  }
  return diffs;
}

async function main(): Promise<number> {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: tsx test/seeds/check-seeds.ts <seeds folder>');
    return 2;
  }
  const expected = (
    JSON.parse(readFileSync(join(__dirname, 'expected.json'), 'utf8')) as {
      seeds: Record<string, ExpectedSeed>;
    }
  ).seeds;
  const files = readdirSync(dir)
    .filter((f) => /\.(txt|docx)$/i.test(f))
    .sort();
  let failures = 0;
  for (const file of files) {
    const want = expected[file];
    const opened = await openPlanFile(join(dir, file), { platform: nodePlatform });
    if (opened.kind !== 'done') {
      failures++;
      console.log(`FAIL ${file}: ${opened.text.en}`);
      continue;
    }
    const { plan } = opened.value;
    // Reconciliation as the CLI does it: the importer's notes, the outline's, then the engine's validation.
    const findings = checkPlan(plan, opened.value.findings);
    const errors = findings.filter((f) => f.severity === 'error');
    const diffs = want ? compare(plan, want) : ['no expected figures in test/seeds/expected.json'];
    diffs.push(...errors.map((e) => `error finding ${e.code} at ${whereLabel(e.where)}: ${e.text.en}`));
    const totals = plan.statedTotals ? Object.values(explicit(plan.statedTotals)).join(' / ') : 'none';
    if (diffs.length === 0) {
      console.log(
        `ok   ${file}: ${plan.items.length} items, stated totals ${totals}, ${findings.length} notes`,
      );
    } else {
      failures++;
      console.log(`FAIL ${file}:\n  ${diffs.join('\n  ')}`);
    }
  }
  for (const name of Object.keys(expected)) {
    if (!files.includes(name)) {
      failures++;
      console.log(`FAIL ${name}: expected figures but no such file in ${dir}`);
    }
  }
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
