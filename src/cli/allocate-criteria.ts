/**
 * `gnbv allocate --total T --criteria recipients.csv [--coefficients qd16-2026-xa|file.csv] [--step S]
 * [--json]`: the total shared over recipients in proportion to their scores by a criteria table.
 * Exit codes: 0 done, 1 an allocation that cannot be made (e.g. a total that is not a multiple of the
 * step), 2 unreadable input or bad usage (a file that cannot be read, an unknown category …).
 */
import { allocateCriteriaFiles, tableCaution, type CriteriaAllocation } from '../app/allocate-criteria';
import type { Services } from '../app/services';
import { at } from '../domain/findings';
import { plain } from '../domain/money/decimal';
import { formatVi } from '../domain/money/format';
import { amountArg } from './amounts';
import { flag, optionValue, parseArgs, UsageError } from './args';
import { cliServices } from './compose';
import type { Io } from './io';
import { localeArg } from './options';
import { positiveArg } from './positive-args';
import { findingLine } from './report';

export const ALLOCATE_CRITERIA_USAGE =
  'gnbv allocate --total T --criteria đối-tượng.csv [--coefficients qd16-2026-xa|hệ-số.csv] [--step S] [--json] [--locale vi|en|auto]';

/** The built-in table used when `--coefficients` is not given. */
export const DEFAULT_COEFFICIENTS = 'qd16-2026-xa';

/** Whether the command line asks for an allocation by criteria (it has `--criteria`). */
export function wantsCriteria(argv: readonly string[]): boolean {
  return argv.some((a) => a === '--criteria' || a.startsWith('--criteria='));
}

/** The text table: name, score and part in Vietnamese number style, then the totals. */
function table(result: CriteriaAllocation): string[] {
  const head = ['Đối tượng', 'Điểm', 'Phần phân bổ'];
  const body = result.rows.map((r) => [r.name, formatVi(r.score), formatVi(r.part)]);
  const foot = ['Tổng cộng', formatVi(result.totalScore), formatVi(result.total)];
  const all = [head, ...body, foot];
  const width = (i: number) => Math.max(...all.map((row) => [...(row[i] ?? '')].length));
  const [w0, w1, w2] = [width(0), width(1), width(2)];
  const line = (row: string[]) =>
    `${(row[0] ?? '').padEnd(w0)}  ${(row[1] ?? '').padStart(w1)}  ${(row[2] ?? '').padStart(w2)}`;
  return all.map(line);
}

/** Runs the allocation by criteria; returns the exit code. */
export async function allocateCriteriaCommand(
  argv: readonly string[],
  io: Io,
  services: Services = cliServices(),
): Promise<number> {
  const args = parseArgs(argv, {
    values: ['total', 'criteria', 'coefficients', 'step', 'locale'],
    flags: ['json'],
  });
  if (args.positionals.length > 0) throw new UsageError(`Không hiểu "${args.positionals.join(' ')}".`);
  const locale = localeArg(args);
  const totalText = optionValue(args, 'total');
  const recipients = optionValue(args, 'criteria');
  if (totalText === undefined) throw new UsageError('Thiếu --total (số tiền cần phân bổ).');
  if (recipients === undefined) throw new UsageError('Thiếu --criteria (tệp danh sách đối tượng .csv).');
  const total = amountArg(totalText, at.argument('--total'), locale);
  const step = positiveArg(optionValue(args, 'step') ?? '1', '--step', locale);
  const coefficients = optionValue(args, 'coefficients') ?? DEFAULT_COEFFICIENTS;

  const outcome = await allocateCriteriaFiles({ recipients, coefficients, total, step }, services);
  if (outcome.kind !== 'done') {
    const findings = outcome.kind === 'failed' ? outcome.findings : [];
    if (findings.length === 0) io.err(`Lỗi: ${outcome.text.vi}`);
    for (const f of findings) io.err(`Lỗi: ${f.text.vi}`);
    // The files were read; the split itself cannot be made (a total that is not a multiple of the step…).
    return findings.some((f) => f.code.startsWith('ALLOC_')) ? 1 : 2;
  }
  const result = outcome.value;
  const caution = tableCaution(result.table);
  for (const f of outcome.findings) io.err(findingLine(f));
  if (flag(args, 'json')) {
    io.out(
      JSON.stringify(
        result.rows.map((r) => ({ name: r.name, score: plain(r.score), part: plain(r.part) })),
        null,
        2,
      ),
    );
    if (caution) io.err(`Lưu ý: ${caution.vi}`);
    return 0;
  }
  io.out(`Phân bổ theo tiêu chí, bảng ${result.table.id}: ${result.table.title.vi}.`);
  if (caution) io.out(`Lưu ý: ${caution.vi}`);
  for (const l of table(result)) io.out(l);
  return 0;
}
