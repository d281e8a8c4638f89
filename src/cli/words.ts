/** `gnbv words <số tiền> [--unit trieu|ty|dong] [--le] [--ngan] [--chan] [--locale vi|en|auto]`. */
import { at } from '../domain/findings';
import type { MoneyUnit } from '../domain/money/units';
import { amountInWords } from '../domain/words';
import { amountArg } from './amounts';
import { choice, parseArgs, UsageError } from './args';
import type { Io } from './io';
import { localeArg, single, WORDS_FLAGS, wordsOptionsArg } from './options';

export const WORDS_USAGE =
  'gnbv words <số tiền> [--unit trieu|ty|dong] [--le] [--ngan] [--chan] [--locale vi|en|auto]';

const UNIT_ARG: Record<string, MoneyUnit> = { trieu: 'trieu_dong', ty: 'ty_dong', dong: 'dong' };

/** Prints an amount in words; 0, or throws a UsageError for bad input. */
export function wordsCommand(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, { values: ['unit', 'locale'], flags: WORDS_FLAGS });
  const unit = UNIT_ARG[choice(args, 'unit', ['trieu', 'ty', 'dong'], 'trieu')] ?? 'trieu_dong';
  const amount = amountArg(single(args, 'số tiền'), at.argument('Số tiền'), localeArg(args), unit);
  const r = amountInWords(amount, unit, wordsOptionsArg(args));
  if (!r.ok) throw new UsageError(r.error.text.vi);
  io.out(r.value);
  return 0;
}
