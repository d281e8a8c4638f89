/**
 * `gnbv allocate --total T --weights w1,w2,… [--step S] [--min …] [--max …] [--locked …] [--locale …]`,
 * and with `--criteria recipients.csv` the allocation by criteria and coefficients (./allocate-criteria).
 */
import { allocate, type AllocationLine } from '../domain/allocation';
import { at } from '../domain/findings';
import { plain, type Dec } from '../domain/money/decimal';
import type { Services } from '../app/services';
import { allocateCriteriaCommand, wantsCriteria } from './allocate-criteria';
import { amountArg, listArg } from './amounts';
import { optionValue, parseArgs, UsageError } from './args';
import type { Io } from './io';
import { localeArg } from './options';
import { positiveArg } from './positive-args';
import { findingLine } from './report';

export const ALLOCATE_USAGE =
  'gnbv allocate --total T --weights w1,w2,… [--step S] [--min m1,…] [--max M1,…] [--locked l1,…] [--locale vi|en|auto]';

/**
 * Splits a total by weights in whole steps; prints the parts as a JSON array. 0 done, 1 infeasible.
 * With `--criteria`, allocates by criteria instead ({@link allocateCriteriaCommand}).
 */
export function allocateCommand(
  argv: readonly string[],
  io: Io,
  services?: Services,
): number | Promise<number> {
  if (wantsCriteria(argv)) return allocateCriteriaCommand(argv, io, services);
  const args = parseArgs(argv, {
    values: ['total', 'weights', 'step', 'min', 'max', 'locked', 'locale'],
    flags: [],
  });
  if (args.positionals.length > 0) throw new UsageError(`Không hiểu "${args.positionals.join(' ')}".`);
  const locale = localeArg(args);
  const totalText = optionValue(args, 'total');
  const weightsText = optionValue(args, 'weights');
  if (totalText === undefined) throw new UsageError('Thiếu --total (số tiền cần phân bổ).');
  if (weightsText === undefined) throw new UsageError('Thiếu --weights (tỷ trọng các dòng, ví dụ 1,1,2).');
  const total = amountArg(totalText, at.argument('--total'), locale);
  const weights = listArg(weightsText, '--weights', locale);
  const step = positiveArg(optionValue(args, 'step') ?? '1', '--step', locale);
  const perLine = (name: string): (Dec | undefined)[] => {
    const text = optionValue(args, name);
    if (text === undefined) return [];
    const list = listArg(text, `--${name}`, locale);
    if (list.length !== weights.length) {
      throw new UsageError(`--${name} có ${list.length} mục nhưng --weights có ${weights.length} mục.`);
    }
    return list;
  };
  const mins = perLine('min');
  const maxs = perLine('max');
  const locks = perLine('locked');
  const lines: AllocationLine[] = weights.map((weight, i) => {
    if (weight === undefined) throw new UsageError(`--weights (mục thứ ${i + 1}) bị bỏ trống.`);
    const [min, max, locked] = [mins[i], maxs[i], locks[i]];
    return {
      weight,
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
