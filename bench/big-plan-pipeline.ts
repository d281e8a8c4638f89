/**
 * Times what `gnbv check` and `gnbv build` do on a large JSON plan, in process through src/app with
 * the CLI's services: open (JSON parse + catalogue merge), check (outline + validation), build (template,
 * section, "Kiểm tra" sheet, .xlsx write). Run alone with `npx tsx bench/big-plan-pipeline.ts [rows]`.
 */
import { buildWorkbook, checkPlan, openPlanDocument } from '../src/app';
import { cliServices } from '../src/cli/compose';
import { planToJson } from '../src/domain/plan/json';
import { bigPlan } from '../test/fixtures/big-plan';

/**
 * Wall times in milliseconds of each step on a plan of `rows` rows, and the plan's size; with the
 * process's CPU time (user + system) of the whole, which a machine busy with other work inflates less.
 */
export interface PipelineTimes {
  readonly rows: number;
  readonly jsonMb: number;
  readonly openMs: number;
  readonly checkMs: number;
  readonly buildMs: number;
  readonly totalMs: number;
  /** CPU time of open + check + build, user and system. */
  readonly cpuUserMs: number;
  readonly cpuSystemMs: number;
  readonly findings: number;
  readonly xlsxMb: number;
}

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/** The JSON bytes of a generated plan of exactly `rows` rows (all but the programme's own are user rows). */
export function bigPlanJson(rows: number): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(planToJson(bigPlan(rows))));
}

/** Opens, checks and builds a generated plan of `rows` rows once; throws if any step fails. */
export async function timePipeline(rows: number): Promise<PipelineTimes> {
  const bytes = bigPlanJson(rows);
  const services = cliServices();
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const opened = await openPlanDocument(bytes, 'big-plan.json', services);
  if (opened.kind !== 'done') throw new Error(`bench: open failed: ${opened.text.vi}`);
  const openMs = ms(t0);
  const t1 = process.hrtime.bigint();
  const findings = checkPlan(opened.value.plan, opened.value.findings);
  const checkMs = ms(t1);
  const t2 = process.hrtime.bigint();
  const built = await buildWorkbook(opened.value.plan, opened.value.findings, {}, services);
  if (built.kind !== 'done') throw new Error(`bench: build failed: ${built.text.vi}`);
  const buildMs = ms(t2);
  const totalMs = ms(t0);
  const cpu = process.cpuUsage(cpu0);
  return {
    rows: opened.value.plan.items.length,
    jsonMb: bytes.length / 1024 / 1024,
    openMs,
    checkMs,
    buildMs,
    totalMs,
    cpuUserMs: cpu.user / 1000,
    cpuSystemMs: cpu.system / 1000,
    findings: findings.length,
    xlsxMb: built.value.bytes.length / 1024 / 1024,
  };
}

if (require.main === module) {
  const rows = Number(process.argv[2] ?? 150_000);
  void timePipeline(rows).then((t) => console.log(JSON.stringify(t, null, 2)));
}
