/**
 * `gnbv export <kế hoạch> -o kinh-phi.docx`: the kinh phí section and summary table as an official
 * Word document, saved atomically. A plan whose totals do not add up is refused unless --force, so a
 * wrong document is never produced silently.
 */
import { exportDocument } from '../app/export-document';
import type { Services } from '../app/services';
import { formatVi } from '../domain/money/format';
import { UNIT_LABEL_VI } from '../domain/money/units';
import { SECTION_STYLES } from '../domain/render';
import { flag, parseArgs, UsageError } from './args';
import { cliServices } from './compose';
import { guarded, InputError, type Io } from './io';
import { expandShort, localeArg, outputArg, sectionArgs, WORDS_FLAGS, wordsOptionsArg } from './options';
import { refuseEmptyPlan, refuseSameFile } from './output-safety';
import { loadPlan, PLAN_INPUT_VALUES, planInputArgs } from './plan-input';
import { findingLine } from './report';

export const EXPORT_USAGE = `gnbv export <kế hoạch.json|.txt|.docx> -o <kinh-phi.docx> [--catalogue <mã>] [--style ${SECTION_STYLES.join('|')}] [--words none|total|all] [--landscape] [--force] [--locale vi|en|auto]`;

/** Runs `gnbv export`; returns the exit code (0 written, 1 plan has errors, 2 bad input). */
export function exportCommand(
  argv: readonly string[],
  io: Io,
  services: Services = cliServices(),
): Promise<number> {
  return guarded(io, async () => {
    const args = parseArgs(expandShort(argv), {
      values: ['output', 'style', 'words', 'locale', ...PLAN_INPUT_VALUES],
      flags: ['landscape', 'force', ...WORDS_FLAGS],
    });
    if (args.positionals.length !== 1) {
      throw new UsageError(
        args.positionals.length === 0
          ? `Thiếu tệp kế hoạch. Cách dùng: ${EXPORT_USAGE}`
          : `Chỉ nhận một tệp kế hoạch, đã nhận ${args.positionals.length}.`,
      );
    }
    const output = outputArg(
      args,
      '.docx',
      `Thiếu -o <tệp .docx> để ghi văn bản. Cách dùng: ${EXPORT_USAGE}`,
    );
    localeArg(args); // accepted for every command; export reads no typed number
    const options = {
      ...sectionArgs(args),
      landscape: flag(args, 'landscape'),
      wordsOptions: wordsOptionsArg(args),
      force: flag(args, 'force'),
    };
    const input = args.positionals[0] ?? '';
    await refuseSameFile(input, output, services);
    const { plan, findings: readFindings } = await loadPlan(input, services, planInputArgs(args));
    refuseEmptyPlan(plan, input);
    const exported = await exportDocument(plan, readFindings, options, services);
    if (exported.kind !== 'done') {
      if (exported.kind === 'confirm' || exported.findings.length === 0)
        throw new InputError(exported.text.vi);
      for (const f of exported.findings) io.err(findingLine(f));
      io.err('Kế hoạch có lỗi về số liệu nên chưa xuất văn bản Word; sửa các lỗi trên (hoặc dùng --force).');
      return 1;
    }
    const doc = exported.value;
    const errors = doc.planFindings.filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      for (const f of errors) io.err(findingLine(f));
      io.err(
        `Cảnh báo: xuất văn bản dù kế hoạch có ${errors.length} lỗi (--force); các tổng có thể không khớp.`,
      );
    }
    const saved = await services.platform.save(output, doc.bytes);
    if (!saved.ok) throw new InputError(saved.error.text.vi);
    for (const f of doc.findings) io.err(findingLine(f));
    const total =
      doc.total !== undefined ? `, tổng cộng ${formatVi(doc.total)} ${UNIT_LABEL_VI[plan.unit]}` : '';
    io.out(`Đã ghi ${output}: phần kinh phí và bảng tổng hợp ${doc.rows} dòng${total}.`);
    return 0;
  });
}
