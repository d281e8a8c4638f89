/**
 * `gnbv check <kế hoạch.json|.txt|.docx|.xlsx> [--ratio R] [--step S] [--json]`: the plan's findings,
 * by item for a plan or a document, by cell address for a workbook. Exit 0 no error, 1 errors, 2 bad input.
 */
import { checkPlan, checkWorkbookFile, type CheckOptions, type WorkbookCheck } from '../app/check';
import { NOTHING_WRONG } from '../app/check-sheet';
import type { Services } from '../app/services';
import { builtInCatalogue, topKindWords } from '../domain/catalogue';
import { hasErrors, whereLabel, type Finding } from '../domain/findings';
import { findingToJson } from '../domain/plan/json';
import { flag, optionValue, parseArgs, type Args } from './args';
import { cliServices } from './compose';
import { guarded, valueOf, type Io } from './io';
import { localeArg, single } from './options';
import { refuseEmptyPlan } from './output-safety';
import { loadPlan, PLAN_INPUT_VALUES, planInputArgs } from './plan-input';
import { positiveArg, ratioArg } from './positive-args';
import { findingLine, findingSummary, itemsTotal, planTitle, severityColumn } from './report';

export const CHECK_USAGE =
  'gnbv check <kế hoạch.json|.txt|.docx|.xlsx> [--catalogue <mã>] [--ratio R] [--step S] [--json] [--locale vi|en|auto]';

function checkOptions(args: Args): CheckOptions {
  const ratio = optionValue(args, 'ratio');
  const step = optionValue(args, 'step');
  const locale = localeArg(args);
  return {
    ...(ratio !== undefined ? { ratio: ratioArg(ratio, locale) } : {}),
    ...(step !== undefined ? { step: positiveArg(step, '--step', locale) } : {}),
  };
}

function closing(findings: readonly Finding[]): string {
  return findings.length === 0 ? NOTHING_WRONG.vi : `Kết quả kiểm tra: ${findingSummary(findings)}.`;
}

function printWorkbook(path: string, check: WorkbookCheck, json: boolean, io: Io): void {
  const { findings, cells, sheet, plan, note } = check;
  if (json) {
    const out = findings.map((f, i) => {
      // The cell (or the row's range) comes last, after its sheet, as this output has always had it.
      const json: Record<string, unknown> = { ...findingToJson(f) };
      delete json.cell;
      return { ...json, sheet, cell: cells[i] ?? null };
    });
    io.out(JSON.stringify(out, null, 2));
    if (note) io.err(note.vi);
    return;
  }
  const name = path.split(/[\\/]/).pop() ?? path;
  // An empty template says so, rather than "0 mục".
  const items =
    plan.items.length === 0
      ? `bảng chưa có số liệu nào (mẫu trống: chưa có ${topKindWords(builtInCatalogue(plan.catalogueId))} nào ghi kinh phí)`
      : `${plan.items.length} mục${itemsTotal(plan)}`;
  io.out(`Sổ tính ${name}, trang "${sheet}": ${items}.`);
  if (note) io.out(note.vi);
  findings.forEach((f, i) => {
    const cell = cells[i] ?? '';
    io.out(
      `${severityColumn(f)} ${cell.padEnd(7)} ${whereLabel(f.where).padEnd(7)} [${f.code}] ${f.text.vi}`,
    );
  });
  io.out(closing(findings));
}

/** Runs `gnbv check`; returns the exit code. */
export function checkCommand(
  argv: readonly string[],
  io: Io,
  services: Services = cliServices(),
): Promise<number> {
  return guarded(io, async () => {
    const args = parseArgs(argv, {
      values: ['ratio', 'step', 'locale', ...PLAN_INPUT_VALUES],
      flags: ['json'],
    });
    const path = single(args, 'tệp kế hoạch');
    const options = checkOptions(args);
    const json = flag(args, 'json');
    if (/\.xlsx$/i.test(path)) {
      // --catalogue picks the plan sheet of that programme in a workbook holding one per catalogue.
      const { catalogue } = planInputArgs(args);
      const sheetOptions = catalogue === undefined ? options : { ...options, catalogueId: catalogue };
      const check = valueOf(await checkWorkbookFile(path, sheetOptions, services));
      printWorkbook(path, check, json, io);
      return hasErrors(check.findings) ? 1 : 0;
    }
    const { plan, findings: readFindings } = await loadPlan(path, services, planInputArgs(args));
    refuseEmptyPlan(plan, path, 'không có gì để kiểm tra');
    const findings = checkPlan(plan, readFindings, options);
    if (json) {
      io.out(JSON.stringify(findings.map(findingToJson), null, 2));
    } else {
      io.out(`${planTitle(plan)}: ${plan.items.length} mục${itemsTotal(plan)}.`);
      for (const f of findings) io.out(findingLine(f));
      io.out(closing(findings));
    }
    return hasErrors(findings) ? 1 : 0;
  });
}
