/**
 * `gnbv export <kế hoạch> -o kinh-phi.docx`: the kinh phí section and summary table as an official
 * Word document. A plan whose totals do not add up is refused unless --force, so a wrong document
 * is never produced silently.
 */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { hasErrors } from '../domain/findings';
import { formatVi } from '../domain/money/format';
import { UNIT_LABEL_VI } from '../domain/money/units';
import { SECTION_STYLES, type WordsScope } from '../domain/render';
import { validatePlan } from '../domain/validation';
import type { WordsOptions } from '../domain/words';
import { Packer } from 'docx';
import { buildKinhPhiDocument } from '../export';
import { choice, flag, optionValue, parseArgs, UsageError } from './args';
import type { Io } from './main';
import { InputError, loadPlan } from './plan-input';
import { findingLine } from './report';

export const EXPORT_USAGE = `gnbv export <kế hoạch.json|.txt|.docx> -o <kinh-phi.docx> [--style ${SECTION_STYLES.join('|')}] [--words none|total|all] [--landscape] [--force]`;

const WORDS_SCOPES: readonly WordsScope[] = ['none', 'total', 'all'];

/** `-o` is the usual short form; the shared parser only knows long options. */
function expandShort(argv: readonly string[]): string[] {
  return argv.map((a) => (a === '-o' ? '--output' : a.startsWith('-o=') ? `--output=${a.slice(3)}` : a));
}

/** Runs `gnbv export`; returns the exit code (0 written, 1 plan has errors, 2 bad input). */
export async function exportCommand(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError) {
      io.err(`Lỗi: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(expandShort(argv), {
    values: ['output', 'style', 'words'],
    flags: ['landscape', 'force', 'le', 'ngan', 'chan'],
  });
  if (args.positionals.length !== 1) {
    throw new UsageError(
      args.positionals.length === 0
        ? `Thiếu tệp kế hoạch. Cách dùng: ${EXPORT_USAGE}`
        : `Chỉ nhận một tệp kế hoạch, đã nhận ${args.positionals.length}.`,
    );
  }
  const output = optionValue(args, 'output');
  if (output === undefined)
    throw new UsageError(`Thiếu -o <tệp .docx> để ghi văn bản. Cách dùng: ${EXPORT_USAGE}`);
  if (extname(output).toLowerCase() !== '.docx') {
    throw new UsageError(`Tệp ghi ra phải có đuôi .docx (đã nhập "${output}").`);
  }
  const style = choice(args, 'style', SECTION_STYLES, 'kinh-phi-thuc-hien');
  const words = choice(args, 'words', WORDS_SCOPES, 'none');
  const { plan, findings: readFindings } = await loadPlan(args.positionals[0]);
  const findings = [...readFindings, ...validatePlan(plan)];
  const errors = findings.filter((f) => f.severity === 'error');
  if (hasErrors(findings)) {
    for (const f of errors) io.err(findingLine(f));
    if (!flag(args, 'force')) {
      io.err('Kế hoạch có lỗi về số liệu nên chưa xuất văn bản Word; sửa các lỗi trên (hoặc dùng --force).');
      return 1;
    }
    io.err(
      `Cảnh báo: xuất văn bản dù kế hoạch có ${errors.length} lỗi (--force); các tổng có thể không khớp.`,
    );
  }
  const wordsOptions: WordsOptions = {
    ...(flag(args, 'le') ? { zeroTens: 'le' as const } : {}),
    ...(flag(args, 'ngan') ? { thousand: 'ngan' as const } : {}),
    ...(flag(args, 'chan') ? { chan: true } : {}),
  };
  const built = buildKinhPhiDocument(plan, {
    style,
    words,
    landscape: flag(args, 'landscape'),
    wordsOptions,
  });
  const bytes = await Packer.toBuffer(built.document);
  try {
    writeFileSync(output, bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'lỗi';
    throw new InputError(`Không ghi được tệp "${output}" (${code}).`);
  }
  for (const f of built.findings) io.err(findingLine(f));
  const { table } = built;
  const total = table.total.total;
  io.out(
    `Đã ghi ${output}: phần kinh phí và bảng tổng hợp ${table.rows.length} dòng` +
      (total !== undefined ? `, tổng cộng ${formatVi(total)} ${UNIT_LABEL_VI[plan.unit]}` : '') +
      '.',
  );
  return 0;
}
