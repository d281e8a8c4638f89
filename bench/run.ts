/**
 * `npm run bench`: times the engine on this machine and compares it with the naive
 * float arithmetic a spreadsheet formula would use. Figures go into the closing notes;
 * no test asserts a time.
 */
import { allocate, type AllocationLine } from '../src/domain/allocation';
import { Dec, plain, sum } from '../src/domain/money';
import { DEFAULT_CATALOGUE_ID } from '../src/domain/catalogue';
import type { Plan, PlanItem } from '../src/domain/plan';
import { validatePlan } from '../src/domain/validation';
import { time } from './timing';
import { importPlanText } from '../src/import';
import { benchSheet } from './sheet';
import { timePipeline } from './big-plan-pipeline';
import { importPeaks } from './import-memory';
import { timePaneAllocation } from './pane-allocation';
import { timePaneExport } from './pane-export';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

/** A small deterministic generator (xorshift32) so every run times the same inputs. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
}

function weightsOf(n: number, seed: number): { dec: AllocationLine[]; num: number[] } {
  const r = rng(seed);
  const num: number[] = [];
  for (let i = 0; i < n; i++) num.push(Math.floor(r() * 100000) / 100); // up to 999,99 with two decimals
  return { dec: num.map((w) => ({ weight: new Dec(w.toFixed(2)) })), num };
}

/** What a spreadsheet does: each share rounded on its own, in binary floating point. */
function naiveAllocate(total: number, weights: readonly number[], decimals: number): number[] {
  const s = weights.reduce((a, b) => a + b, 0);
  const f = 10 ** decimals;
  return weights.map((w) => Math.round(((total * w) / s) * f) / f);
}

const rows: string[][] = [['case', 'engine median ms', 'engine min ms', 'naive float median ms']];
const total = new Dec('15555.25');
const step = new Dec('0.01');
for (const n of [1_000, 100_000, 1_000_000]) {
  const { dec, num } = weightsOf(n, n);
  const runs = n >= 1_000_000 ? 5 : 21;
  let check = '';
  const t = time(runs, () => {
    const r = allocate({ total, lines: dec, step });
    if (!r.ok) throw new Error('allocation failed');
    check = plain(sum(r.parts));
  });
  if (check !== '15555.25') throw new Error(`parts add up to ${check}`);
  const naive = time(runs, () => naiveAllocate(15555.25, num, 2));
  rows.push([
    `allocate ${n.toLocaleString('en')} weights`,
    t.median.toFixed(1),
    t.min.toFixed(1),
    naive.median.toFixed(1),
  ]);
}

// How often naive float allocation fails to add up: 1.000 random plans of 3–30 lines.
{
  const r = rng(42);
  let failures = 0;
  let engineFailures = 0;
  const cases = 1000;
  for (let c = 0; c < cases; c++) {
    const n = 3 + Math.floor(r() * 28);
    const cents = 100 + Math.floor(r() * 10_000_000); // 1,00 to 100.000,00 triệu
    const weights: number[] = [];
    for (let i = 0; i < n; i++) weights.push(1 + Math.floor(r() * 1000));
    const parts = naiveAllocate(cents / 100, weights, 2);
    const shown = sum(parts.map((p) => new Dec(p.toFixed(2))));
    if (!shown.equals(new Dec(cents).dividedBy(100))) failures++;
    const exact = allocate({
      total: new Dec(cents).dividedBy(100),
      lines: weights.map((w) => ({ weight: new Dec(w) })),
      step,
    });
    if (!exact.ok || !sum(exact.parts).equals(new Dec(cents).dividedBy(100))) engineFailures++;
  }
  rows.push([
    `sums that do not add up, ${cases} random plans`,
    `${engineFailures}`,
    '',
    `${failures} (naive)`,
  ]);
}

// Validation of a 10.000-item plan: 1.000 projects × (1 + 9 sub-projects), all sources stated.
{
  const items: PlanItem[] = [];
  const r = rng(7);
  for (let p = 0; p < 1000; p++) {
    const code = `P${p}`;
    let sn = new Dec(0);
    let dp = new Dec(0);
    const kids: PlanItem[] = [];
    for (let s = 1; s <= 9; s++) {
      const a = new Dec(Math.floor(r() * 1_000_000)).dividedBy(100);
      const b = new Dec(Math.floor(r() * 100_000)).dividedBy(100);
      sn = sn.plus(a);
      dp = dp.plus(b);
      kids.push({
        code: `${code}.${s}`,
        name: `Tiểu dự án ${s}`,
        level: 2,
        parent: code,
        applicable: true,
        stated: { total: a.plus(b), nstw_su_nghiep: a, nstw_dau_tu: new Dec(0), nsdp: b, khac: new Dec(0) },
      });
    }
    items.push({
      code,
      name: `Dự án ${p}`,
      level: 1,
      parent: null,
      applicable: true,
      stated: { total: sn.plus(dp), nstw_su_nghiep: sn, nstw_dau_tu: new Dec(0), nsdp: dp, khac: new Dec(0) },
    });
    items.push(...kids);
  }
  const plan: Plan = { catalogueId: DEFAULT_CATALOGUE_ID, unit: 'trieu_dong', items, statedTotals: null };
  let findings = -1;
  const t = time(21, () => {
    findings = validatePlan(plan).length;
  });
  if (findings !== 0) throw new Error(`the benchmark plan should be clean, got ${findings} findings`);
  rows.push([
    `validate ${items.length.toLocaleString('en')} items`,
    t.median.toFixed(1),
    t.min.toFixed(1),
    '',
  ]);
}

// Import of a 10 MB plan text (the fixtures in each seed's style, repeated), as one document.
{
  const dir = join(__dirname, '../test/fixtures/plans');
  const one = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  const text = one.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(one)));
  let items = 0;
  const t = time(3, () => {
    items = importPlanText(text).plan.items.length;
  });
  const mb = (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
  rows.push([`import a ${mb} MB plan text (${items} items)`, t.median.toFixed(1), t.min.toFixed(1), '']);
}

// The sheet layer: the template patch of a 10k-row plan, and reading such a sheet back.
for (const { label, medianMs } of benchSheet()) rows.push([label, medianMs.toFixed(1), '', '']);

// Bundle sizes of the add-in (after `npm run build`): what the task pane loads at start, gzip -9.
{
  const dist = join(__dirname, '../dist');
  for (const file of ['taskpane.js', 'commands.js', 'functions.js']) {
    const path = join(dist, file);
    if (!existsSync(path)) {
      rows.push([`bundle ${file}`, 'not built (npm run build)', '', '']);
      continue;
    }
    const kb = gzipSync(readFileSync(path), { level: 9 }).length / 1024;
    rows.push([`bundle ${file}, KB gzip`, kb.toFixed(1), '', '']);
  }
}

/** The target for import + check + build of a 150 000-row plan on this machine, wall time. */
const PIPELINE_TARGET_MS = 10_000;

/** The targets in the task pane on a 5 000-row plan: writing the allocation, the Word document. */
const PANE_WRITE_TARGET_MS = 1_000;
const PANE_DOCUMENT_TARGET_MS = 2_000;

function within(ms: number, target: number): string {
  return ms <= target ? 'within' : 'OVER';
}

/** The two figures of the closing note: import memory on bad inputs, and a 150 000-row plan end to end. */
async function closingFigures(): Promise<string[]> {
  const notes: string[] = [];
  // Import memory first, while this process is still small.
  const peaks = importPeaks();
  for (const k of peaks) {
    rows.push([`import peak RSS MB: ${k.label}`, k.maxRssMb.toFixed(0), `${k.ms.toFixed(0)} ms`, k.outcome]);
  }
  const worst = peaks.reduce((a, b) => (b.maxRssMb > a.maxRssMb || Number.isNaN(b.maxRssMb) ? b : a));
  notes.push(
    `Peak memory of import on the largest bad input: ${worst.maxRssMb.toFixed(0)} MB RSS ` +
      `(${worst.label}; ${worst.outcome}; node with tsx alone takes about ${worst.startRssMb.toFixed(0)} MB).`,
  );
  // What `gnbv check` and `gnbv build` do, in process through src/app with the CLI's services; one run
  // of the 150 000-row plan (BENCH_PIPELINE_ROWS for another size), against its 10 s target.
  const p = await timePipeline(Number(process.env.BENCH_PIPELINE_ROWS ?? 150_000));
  const verdict = p.totalMs <= PIPELINE_TARGET_MS ? 'within' : 'OVER';
  rows.push([
    `import + check + build, ${p.rows.toLocaleString('en')}-row JSON plan (${p.jsonMb.toFixed(1)} MB), wall ms`,
    p.totalMs.toFixed(0),
    '',
    `target ${PIPELINE_TARGET_MS} ms: ${verdict}`,
  ]);
  rows.push(['  of which import (JSON + catalogue merge)', p.openMs.toFixed(0), '', '']);
  rows.push(['  of which check (outline + validation)', p.checkMs.toFixed(0), '', '']);
  rows.push([`  of which build (.xlsx ${p.xlsxMb.toFixed(1)} MB)`, p.buildMs.toFixed(0), '', '']);
  rows.push(['  CPU time, user + system ms', (p.cpuUserMs + p.cpuSystemMs).toFixed(0), '', '']);
  notes.push(
    `Import + check + build of a ${p.rows.toLocaleString('en')}-row plan: ${(p.totalMs / 1000).toFixed(1)} s ` +
      `wall, ${verdict} the ${PIPELINE_TARGET_MS / 1000} s target (import ${(p.openMs / 1000).toFixed(1)} s, ` +
      `check ${(p.checkMs / 1000).toFixed(1)} s, build ${(p.buildMs / 1000).toFixed(1)} s); CPU ` +
      `${(p.cpuUserMs / 1000).toFixed(1)} s user + ${(p.cpuSystemMs / 1000).toFixed(1)} s system.`,
  );
  // The task pane's allocation step on a 5 000-row plan in headless Chromium (needs the production dist/).
  if (existsSync(join(__dirname, '..', 'dist', 'taskpane.html'))) {
    const pane = await timePaneAllocation(5000);
    rows.push([
      `pane: open the allocation step, ${pane.gridRows} rows (${pane.renderedLines} rendered), ms`,
      pane.openStepMs.toFixed(0),
      '',
      `target 500 ms: ${within(pane.openStepMs, 500)}`,
    ]);
    rows.push([
      'pane: one keystroke in a weight field to next paint, median / max ms',
      pane.keystrokeMedianMs.toFixed(0),
      pane.keystrokeMaxMs.toFixed(0),
      `target 50 ms: ${within(pane.keystrokeMedianMs, 50)} (median)`,
    ]);
    notes.push(
      `Task pane, 5 000-row plan: allocation step opens in ${pane.openStepMs.toFixed(0)} ms; a keystroke ` +
        `paints in ${pane.keystrokeMedianMs.toFixed(0)} ms (median, max ${pane.keystrokeMaxMs.toFixed(0)} ms).`,
    );
    const exported = await timePaneExport(5000);
    const asked = exported.askedMs === null ? '' : `; overwrite asked at ${exported.askedMs} ms`;
    rows.push([
      `pane: write the allocation of ${exported.writtenRows} rows (standalone) to the result shown, wall / main-thread CPU ms`,
      exported.writeMs.toFixed(0),
      exported.writeCpuMs.toFixed(0),
      `target ${PANE_WRITE_TARGET_MS} ms: ${within(exported.writeMs, PANE_WRITE_TARGET_MS)}${asked}`,
    ]);
    rows.push([
      `pane: build the Word document (${exported.documentKb} KB) to the download, wall / main-thread CPU ms`,
      exported.documentMs.toFixed(0),
      exported.documentCpuMs.toFixed(0),
      `target ${PANE_DOCUMENT_TARGET_MS} ms: ${within(exported.documentMs, PANE_DOCUMENT_TARGET_MS)}`,
    ]);
    notes.push(
      `Task pane, 5 000-row plan: writing the allocation of ${exported.writtenRows} rows takes ` +
        `${exported.writeMs.toFixed(0)} ms to the result message (main thread CPU ${exported.writeCpuMs.toFixed(0)} ms, ` +
        `with the row list read again; target ${PANE_WRITE_TARGET_MS} ms); the Word document downloads in ` +
        `${exported.documentMs.toFixed(0)} ms (main thread CPU ${exported.documentCpuMs.toFixed(0)} ms; target ` +
        `${PANE_DOCUMENT_TARGET_MS} ms).`,
    );
  } else {
    rows.push(['pane allocation step', 'not built (npm run build)', '', '']);
  }
  return notes;
}

void closingFigures().then((notes) => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const row of rows) console.log(row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '));
  console.log(`node ${process.version}, ${process.arch}`);
  for (const n of notes) console.log(n);
});
