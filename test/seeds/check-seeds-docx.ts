/**
 * Each plain-text plan in a folder (the shared seeds), converted to .docx by LibreOffice headless,
 * must import exactly as the text itself: same items, amounts, qualifiers, stated totals, metadata
 * and findings of the check, and no error in either. One `ok`/`FAIL` line per seed; exits 1 on
 * any difference, 2 on bad usage.
 *
 *   npx --no-install tsx test/seeds/check-seeds-docx.ts ../shared/seeds
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPlan } from '../../src/app/check';
import { openPlanFile } from '../../src/app/open-document';
import { nodePlatform } from '../../src/platform/node';
import { planDiff, type ReadPlan } from '../lo-docx/plan-diff';
import { textsToDocx } from '../lo-docx/text-to-docx';

/** Opens a plan file as the CLI does and checks it; a file that cannot be opened throws. */
async function read(path: string): Promise<ReadPlan> {
  const opened = await openPlanFile(path, { platform: nodePlatform });
  if (opened.kind !== 'done') throw new Error(`${path}: ${opened.text.en}`);
  const { plan, findings } = opened.value;
  return { plan, findings: checkPlan(plan, findings) };
}

async function main(): Promise<number> {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: tsx test/seeds/check-seeds-docx.ts <seeds folder>');
    return 2;
  }
  const texts = readdirSync(dir)
    .filter((f) => /\.txt$/i.test(f))
    .sort()
    .map((f) => join(dir, f));
  if (texts.length === 0) {
    console.error(`FAIL no .txt plan in ${dir}`);
    return 1;
  }
  const out = mkdtempSync(join(tmpdir(), 'gnbv-seeds-docx-'));
  let failures = 0;
  try {
    const docxs = textsToDocx(texts, out);
    for (const [i, txt] of texts.entries()) {
      const name = txt.slice(dir.length).replace(/^[\\/]+/, '');
      try {
        const a = await read(txt);
        const b = await read(docxs[i] as string);
        const diffs = planDiff(a, b);
        if (diffs.length === 0) {
          console.log(
            `ok   ${name}: .docx reads as the .txt (${a.plan.items.length} items, ${a.findings.length} notes)`,
          );
        } else {
          failures++;
          console.log(`FAIL ${name}:\n  ${diffs.join('\n  ')}`);
        }
      } catch (e) {
        failures++;
        console.log(`FAIL ${name}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
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
