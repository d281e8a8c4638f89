import { allocate, type AllocationLine } from '../domain/allocation';
import { hasErrors } from '../domain/findings';
import { plain } from '../domain/money/decimal';
import { formatVi } from '../domain/money/format';
import type { NumberLocale } from '../domain/money/parse';
import { UNIT_LABEL_VI, type MoneyUnit } from '../domain/money/units';
import { planAmount } from '../domain/plan/amounts';
import { findingToJson, planToJson } from '../domain/plan/json';
import { SOURCE_LABEL_VI, AMOUNT_KEYS, amountOf } from '../domain/plan';
import { renderSection, sectionText, SECTION_STYLES, type WordsScope } from '../domain/render';
import { validatePlan } from '../domain/validation';
import { amountInWords, type WordsOptions } from '../domain/words';
import { choice, flag, optionValue, parseArgs, UsageError, type Args } from './args';
import { amountArg, listArg } from './amounts';
import { InputError, loadPlan } from './plan-input';
import { findingLine, findingSummary } from './report';
import { buildCommand, checkWorkbook } from './workbook';
import { exportCommand, EXPORT_USAGE } from './export';

/** Where the CLI writes; tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
};

export const USAGE = `Kinh phí GNBV — công cụ dòng lệnh

Cách dùng:
  gnbv words <số tiền> [--unit trieu|ty|dong] [--le] [--ngan] [--chan] [--locale vi|en]
      Ghi số tiền bằng chữ (mặc định đơn vị triệu đồng). Nhận 15555.25 hoặc 15.555,25.
  gnbv allocate --total T --weights w1,w2,… [--step S] [--min m1,…] [--max M1,…] [--locked l1,…]
      Phân bổ T theo tỷ trọng, mỗi phần là bội số của bước S (mặc định 1), tổng đúng bằng T.
      Danh sách phân cách bằng dấu phẩy, hoặc dấu chấm phẩy khi số có dấu phẩy thập phân (1,5;2).
  gnbv import <kế hoạch.txt|.docx> [--json]
      Đọc văn bản kế hoạch: kinh phí từng Dự án, Tiểu dự án theo nguồn, các tổng kế hoạch nêu, và đối chiếu.
  gnbv build <kế hoạch.txt|.docx|.json> -o ke-hoach.xlsx [--style …] [--words …]
      Sổ tính: mẫu kế hoạch chuẩn có công thức, trang "Kinh phí" và trang "Kiểm tra" (liên kết tới từng ô).
  ${EXPORT_USAGE}
      Văn bản Word theo Nghị định 30/2020/NĐ-CP: phần kinh phí và bảng tổng hợp (Đơn vị tính: Triệu đồng).
  gnbv check <kế hoạch.json|.txt|.docx|.xlsx> [--ratio R] [--step S] [--json]
      Kiểm tra các tổng; mã thoát 0: không có lỗi, 1: có lỗi, 2: không đọc được đầu vào.
  gnbv section <kế hoạch.json|.txt|.docx> [--style ${SECTION_STYLES.join('|')}] [--words none|total|all] [--force]
      In phần kinh phí của kế hoạch (từ chối khi kế hoạch có lỗi, trừ khi có --force).

Tùy chọn chung: --locale vi|en|auto quy định cách đọc dấu chấm và dấu phẩy trong số (mặc định auto).`;

/** Runs one command; returns the exit code. Never throws for bad input. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'words':
        return wordsCommand(rest, io);
      case 'allocate':
        return allocateCommand(rest, io);
      case 'check':
        return await checkCommand(rest, io);
      case 'section':
        return await sectionCommand(rest, io);
      case 'import':
        return await importCommand(rest, io);
      case 'build':
        return await buildCommand(rest, io);
      case 'export':
        return await exportCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Không có lệnh "${command}". Gõ "gnbv help" để xem các lệnh.`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError) {
      io.err(`Lỗi: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

const LOCALES: readonly NumberLocale[] = ['auto', 'vi', 'en', 'plain'];

function locale(args: Args): NumberLocale {
  return choice(args, 'locale', LOCALES, 'auto');
}

function single(args: Args, what: string): string {
  if (args.positionals.length !== 1) {
    throw new UsageError(
      args.positionals.length === 0
        ? `Thiếu ${what}.`
        : `Chỉ nhận một ${what}, đã nhận ${args.positionals.length}.`,
    );
  }
  return args.positionals[0] ?? '';
}

function wordsOptions(args: Args): WordsOptions {
  return {
    ...(flag(args, 'le') ? { zeroTens: 'le' as const } : {}),
    ...(flag(args, 'ngan') ? { thousand: 'ngan' as const } : {}),
    ...(flag(args, 'chan') ? { chan: true } : {}),
  };
}

const UNIT_ARG: Record<string, MoneyUnit> = { trieu: 'trieu_dong', ty: 'ty_dong', dong: 'dong' };

function wordsCommand(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, { values: ['unit', 'locale'], flags: ['le', 'ngan', 'chan'] });
  const unit = UNIT_ARG[choice(args, 'unit', ['trieu', 'ty', 'dong'], 'trieu')] ?? 'trieu_dong';
  const amount = amountArg(single(args, 'số tiền'), 'Số tiền', locale(args));
  const r = amountInWords(amount, unit, wordsOptions(args));
  if (!r.ok) throw new UsageError(r.error.text.vi);
  io.out(r.value);
  return 0;
}

function allocateCommand(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, {
    values: ['total', 'weights', 'step', 'min', 'max', 'locked', 'locale'],
    flags: [],
  });
  if (args.positionals.length > 0) throw new UsageError(`Không hiểu "${args.positionals.join(' ')}".`);
  const loc = locale(args);
  const totalText = optionValue(args, 'total');
  const weightsText = optionValue(args, 'weights');
  if (totalText === undefined) throw new UsageError('Thiếu --total (số tiền cần phân bổ).');
  if (weightsText === undefined) throw new UsageError('Thiếu --weights (tỷ trọng các dòng, ví dụ 1,1,2).');
  const total = amountArg(totalText, '--total', loc);
  const weights = listArg(weightsText, '--weights', loc);
  const step = amountArg(optionValue(args, 'step') ?? '1', '--step', loc);
  const perLine = (name: string) => {
    const text = optionValue(args, name);
    if (text === undefined) return [];
    const list = listArg(text, `--${name}`, loc);
    if (list.length !== weights.length) {
      throw new UsageError(`--${name} có ${list.length} mục nhưng --weights có ${weights.length} mục.`);
    }
    return list;
  };
  const mins = perLine('min');
  const maxs = perLine('max');
  const locks = perLine('locked');
  const lines: AllocationLine[] = weights.map((w, i) => {
    if (w === undefined) throw new UsageError(`--weights (mục thứ ${i + 1}) bị bỏ trống.`);
    const min = mins[i];
    const max = maxs[i];
    const locked = locks[i];
    return {
      weight: w,
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
      ...(locked !== undefined ? { locked } : {}),
    };
  });
  const r = allocate({ total, lines, step });
  for (const f of r.findings) io.err(findingLine(f));
  if (!r.ok) return 1;
  io.out(JSON.stringify(r.parts.map(plain)));
  return 0;
}

async function checkCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { values: ['ratio', 'step', 'locale'], flags: ['json'] });
  const target = args.positionals[0];
  if (args.positionals.length === 1 && target !== undefined && /\.xlsx$/i.test(target)) {
    return checkWorkbook(target, io, flag(args, 'json'));
  }
  const { plan, findings: readFindings } = await loadPlan(single(args, 'tệp kế hoạch'));
  const ratioText = optionValue(args, 'ratio');
  const stepText = optionValue(args, 'step');
  const findings = [
    ...readFindings,
    ...validatePlan(plan, {
      ...(ratioText !== undefined
        ? { minCounterpartRatio: amountArg(ratioText, '--ratio', locale(args)) }
        : {}),
      ...(stepText !== undefined ? { step: amountArg(stepText, '--step', locale(args)) } : {}),
    }),
  ];
  if (flag(args, 'json')) {
    io.out(JSON.stringify(findings.map(findingToJson), null, 2));
  } else {
    const where = [plan.locality, plan.year !== undefined ? `năm ${plan.year}` : undefined]
      .filter(Boolean)
      .join(', ');
    const total = planAmount(plan, 'total');
    io.out(
      `Kế hoạch${where ? ` ${where}` : ''}: ${plan.items.length} mục` +
        (total !== undefined
          ? `, tổng kinh phí các mục ${formatVi(total)} ${UNIT_LABEL_VI[plan.unit]}`
          : '') +
        '.',
    );
    for (const f of findings) io.out(findingLine(f));
    io.out(
      findings.length === 0
        ? 'Không có sai lệch: mọi tổng đều bằng tổng các phần.'
        : `Kết quả kiểm tra: ${findingSummary(findings)}.`,
    );
  }
  return hasErrors(findings) ? 1 : 0;
}

const WORDS_SCOPES: readonly WordsScope[] = ['none', 'total', 'all'];

async function sectionCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { values: ['style', 'words'], flags: ['force', 'le', 'ngan', 'chan'] });
  const { plan, findings: readFindings } = await loadPlan(single(args, 'tệp kế hoạch'));
  const findings = [...readFindings, ...validatePlan(plan)];
  if (hasErrors(findings) && !flag(args, 'force')) {
    for (const f of findings.filter((x) => x.severity === 'error')) io.err(findingLine(f));
    io.err('Kế hoạch có lỗi về số liệu nên chưa in phần kinh phí; sửa các lỗi trên (hoặc dùng --force).');
    return 1;
  }
  const section = renderSection(plan, {
    style: choice(args, 'style', SECTION_STYLES, 'kinh-phi-thuc-hien'),
    words: choice(args, 'words', WORDS_SCOPES, 'none'),
    wordsOptions: wordsOptions(args),
  });
  io.out(sectionText(section));
  for (const f of section.findings) io.err(findingLine(f));
  return 0;
}

async function importCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { values: [], flags: ['json'] });
  const { plan, findings: readFindings } = await loadPlan(single(args, 'tệp kế hoạch'));
  const findings = [...readFindings, ...validatePlan(plan)];
  if (flag(args, 'json')) {
    io.out(JSON.stringify(planToJson(plan, findings), null, 2));
    return hasErrors(findings) ? 1 : 0;
  }
  const unit = UNIT_LABEL_VI[plan.unit];
  const where = [plan.locality, plan.year !== undefined ? `năm ${plan.year}` : undefined]
    .filter(Boolean)
    .join(', ');
  io.out(`Kế hoạch${where ? ` ${where}` : ''}: ${plan.items.length} mục (đơn vị: ${unit}).`);
  const describe = (a: Parameters<typeof amountOf>[0]) =>
    AMOUNT_KEYS.flatMap((k) => {
      const v = k === 'total' || k === 'nstw' ? amountOf(a, k) : a[k];
      return v === undefined ? [] : [`${SOURCE_LABEL_VI[k]} ${formatVi(v)}`];
    }).join('; ');
  for (const item of plan.items) {
    const money = item.applicable ? describe(item.stated) || 'không nêu kinh phí' : 'không thuộc đối tượng';
    const lines = (item.sources ?? []).map((s) => s.line).filter((l) => l !== undefined);
    io.out(`${item.code.padEnd(7)} ${money}${lines.length ? ` (dòng ${lines.join(', ')})` : ''}`);
  }
  io.out(plan.statedTotals ? `TONG    ${describe(plan.statedTotals)}` : 'Văn bản không nêu tổng kinh phí.');
  for (const f of findings) io.out(findingLine(f));
  io.out(`Kết quả đối chiếu: ${findingSummary(findings)}.`);
  return hasErrors(findings) ? 1 : 0;
}
