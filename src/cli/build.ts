/**
 * `gnbv build <kế hoạch.txt|.docx|.json> -o ke-hoach.xlsx [--style …] [--words …] [--year N]
 * [--locality "…"]`: the plan's workbook (template with live sums, "Kinh phí", "Kiểm tra" with links),
 * saved atomically. Exit 0 written, 1 written but the plan has errors, 2 bad input.
 */
import { buildWorkbook } from '../app/build';
import { CHECK_SHEET } from '../app/check-sheet';
import type { Services } from '../app/services';
import { hasErrors } from '../domain/findings';
import { optionValue, parseArgs, UsageError } from './args';
import { cliServices } from './compose';
import { guarded, InputError, valueOf, type Io } from './io';
import {
  expandShort,
  localeArg,
  outputArg,
  sectionArgs,
  WORDS_FLAGS,
  wordsOptionsArg,
  yearArg,
} from './options';
import { refuseEmptyPlan, refuseSameFile } from './output-safety';
import { loadPlan, PLAN_INPUT_VALUES, planInputArgs } from './plan-input';
import { findingSummary, itemsTotal } from './report';

export const BUILD_USAGE =
  'gnbv build <kế hoạch.txt|.docx|.json> -o ke-hoach.xlsx [--catalogue <mã>] [--style …] [--words …] [--locale vi|en|auto]';

/** Runs `gnbv build`; returns the exit code. */
export function buildCommand(
  argv: readonly string[],
  io: Io,
  services: Services = cliServices(),
): Promise<number> {
  return guarded(io, async () => {
    const args = parseArgs(expandShort(argv), {
      values: ['output', 'out', 'style', 'words', 'year', 'locality', 'locale', ...PLAN_INPUT_VALUES],
      flags: WORDS_FLAGS,
    });
    if (args.positionals.length !== 1) {
      throw new UsageError('Cần đúng một tệp kế hoạch (.json, .txt hoặc .docx).');
    }
    const out = outputArg(args, '.xlsx', 'Thiếu -o <tệp.xlsx> (sổ tính sẽ ghi ra).');
    localeArg(args); // accepted for every command; build reads no typed number
    const year = yearArg(args);
    const locality = optionValue(args, 'locality');
    const options = {
      ...sectionArgs(args),
      wordsOptions: wordsOptionsArg(args),
      ...(year !== undefined ? { year } : {}),
      ...(locality !== undefined ? { locality } : {}),
    };
    const input = args.positionals[0] ?? '';
    await refuseSameFile(input, out, services);
    const { plan, findings: readFindings } = await loadPlan(input, services, planInputArgs(args));
    refuseEmptyPlan(plan, input);
    const built = valueOf(await buildWorkbook(plan, readFindings, options, services));
    const saved = await services.platform.save(out, built.bytes);
    if (!saved.ok) throw new InputError(saved.error.text.vi);
    const section = built.sectionWritten
      ? `trang "${built.sectionSheet}"`
      : `chưa ghi trang "${built.sectionSheet}" vì kế hoạch có lỗi`;
    io.out(
      `Đã ghi ${out}: trang "${built.sheet}" (${plan.items.length} mục${itemsTotal(plan, 'tổng')}), ${section}, ` +
        `trang "${CHECK_SHEET}" (${findingSummary(built.findings)}).`,
    );
    return hasErrors(built.findings) ? 1 : 0;
  });
}
