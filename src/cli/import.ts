/**
 * `gnbv import <kế hoạch.txt|.docx> [--catalogue <mã danh mục>] [--json]`: what was read from a plan
 * document (each item's money by source, with the lines it came from, and the totals the document
 * states) and the check of it. The programme is the one named by `--catalogue`, else the one the
 * document's headings and year point to.
 */
import { checkPlan } from '../app/check';
import type { Services } from '../app/services';
import { hasErrors } from '../domain/findings';
import { formatVi } from '../domain/money/format';
import { UNIT_LABEL_VI } from '../domain/money/units';
import { AMOUNT_KEYS, amountOf, SOURCE_LABEL_VI, type StatedAmounts } from '../domain/plan';
import { planToJson } from '../domain/plan/json';
import { flag, parseArgs } from './args';
import { cliServices } from './compose';
import { guarded, type Io } from './io';
import { localeArg, single } from './options';
import { refuseEmptyPlan } from './output-safety';
import { loadPlan, PLAN_INPUT_VALUES, planInputArgs } from './plan-input';
import { findingLine, findingSummary, planTitle } from './report';

export const IMPORT_USAGE =
  'gnbv import <kế hoạch.txt|.docx> [--catalogue <mã danh mục>] [--json] [--locale vi|en|auto]';

/** "Tổng cộng 1.695; NSTW 1.588; …": the amounts a set states, by source. */
function describe(a: StatedAmounts): string {
  return AMOUNT_KEYS.flatMap((k) => {
    const v = k === 'total' || k === 'nstw' ? amountOf(a, k) : a[k];
    return v === undefined ? [] : [`${SOURCE_LABEL_VI[k]} ${formatVi(v)}`];
  }).join('; ');
}

/** Runs `gnbv import`; returns the exit code. */
export function importCommand(
  argv: readonly string[],
  io: Io,
  services: Services = cliServices(),
): Promise<number> {
  return guarded(io, async () => {
    const args = parseArgs(argv, { values: ['locale', ...PLAN_INPUT_VALUES], flags: ['json'] });
    localeArg(args); // accepted for every command; import reads no typed number
    const path = single(args, 'tệp kế hoạch');
    const { plan, findings: readFindings } = await loadPlan(path, services, planInputArgs(args));
    refuseEmptyPlan(plan, path, 'không có gì để đối chiếu');
    const findings = checkPlan(plan, readFindings);
    if (flag(args, 'json')) {
      io.out(JSON.stringify(planToJson(plan, findings), null, 2));
      return hasErrors(findings) ? 1 : 0;
    }
    io.out(
      `${planTitle(plan)}: ${plan.items.length} mục (đơn vị: ${UNIT_LABEL_VI[plan.unit]}; danh mục ${plan.catalogueId}).`,
    );
    // Codes in one column: 7 wide as ever, wider for 2026–2035 codes such as HP1.2.14.
    const width = Math.max(7, ...plan.items.map((i) => i.code.length));
    for (const item of plan.items) {
      const money = item.applicable ? describe(item.stated) || 'không nêu kinh phí' : 'không thuộc đối tượng';
      const lines = (item.sources ?? []).map((s) => s.line).filter((l) => l !== undefined);
      io.out(`${item.code.padEnd(width)} ${money}${lines.length ? ` (dòng ${lines.join(', ')})` : ''}`);
    }
    io.out(
      plan.statedTotals
        ? `${'TONG'.padEnd(width)} ${describe(plan.statedTotals)}`
        : 'Văn bản không nêu tổng kinh phí.',
    );
    for (const f of findings) io.out(findingLine(f));
    io.out(`Kết quả đối chiếu: ${findingSummary(findings)}.`);
    return hasErrors(findings) ? 1 : 0;
  });
}
