/**
 * Bad command lines of the commands that read no file — `words`, `allocate` — and of the dispatch
 * (unknown or misspelt commands): missing and stray arguments, unknown options, amounts with unknown
 * unit words or qualifiers, beyond the engine's precision, steps and ratios that are not positive.
 */
import { LONG, type CliCase } from './bad-input-cli-common';

const words: CliCase[] = [
  { name: 'words: missing amount', argv: ['words'], code: 2, names: ['số tiền'] },
  { name: 'words: not a number', argv: ['words', 'abc'], code: 2, names: ['Số tiền', '"abc"'] },
  { name: 'words: unknown unit word', argv: ['words', '5 đô'], code: 2, names: ['Số tiền', '"đô"'] },
  { name: 'words: two amounts', argv: ['words', '1', '2'], code: 2, names: ['số tiền'] },
  { name: 'words: bad --unit', argv: ['words', '5', '--unit', 'xu'], code: 2, names: ['--unit', '"xu"'] },
  { name: 'words: unknown option', argv: ['words', '5', '--to'], code: 2, names: ['--to'] },
  {
    name: 'words: bad --locale',
    argv: ['words', '5', '--locale', 'fr'],
    code: 2,
    names: ['--locale', '"fr"'],
  },
  { name: 'words: --locale without value', argv: ['words', '5', '--locale'], code: 2, names: ['--locale'] },
  { name: 'words: figure reading two ways', argv: ['words', '4,136'], code: 2, names: ['Số tiền', '4,136'] },
  { name: 'words: beyond 60 digits', argv: ['words', LONG], code: 2, names: ['Số tiền'] },
  { name: 'words: qualifier dropped', argv: ['words', 'khoảng 5 tỷ'], code: 2, names: ['Số tiền'] },
  { name: 'words: ratio for money', argv: ['words', '5%'], code: 2, names: ['Số tiền', '5%'] },
];

const allocate: CliCase[] = [
  { name: 'allocate: missing --total', argv: ['allocate', '--weights', '1,1'], code: 2, names: ['--total'] },
  { name: 'allocate: missing --weights', argv: ['allocate', '--total', '9'], code: 2, names: ['--weights'] },
  {
    name: 'allocate: --total not a number',
    argv: ['allocate', '--total', 'chín', '--weights', '1,1'],
    code: 2,
    names: ['--total', '"chín"'],
  },
  {
    name: 'allocate: --total with an unknown unit',
    argv: ['allocate', '--total', '1,5 tỉ đô', '--weights', '1,1'],
    code: 2,
    names: ['--total'],
  },
  {
    name: 'allocate: --total beyond 60 digits',
    argv: ['allocate', '--total', LONG, '--weights', '1,1'],
    code: 2,
    names: ['--total'],
  },
  {
    name: 'allocate: --total with a qualifier',
    argv: ['allocate', '--total', 'hơn 5 tỷ', '--weights', '1,1'],
    code: 2,
    names: ['--total', '"hơn 5 tỷ"'],
  },
  {
    name: 'allocate: --step 0',
    argv: ['allocate', '--total', '9', '--weights', '1,1', '--step', '0'],
    code: 2,
    names: ['--step', '"0"'],
  },
  {
    name: 'allocate: --step negative',
    argv: ['allocate', '--total', '9', '--weights', '1,1', '--step', '-0,5'],
    code: 2,
    names: ['--step', '"-0,5"'],
  },
  {
    name: 'allocate: a weight that is not a number',
    argv: ['allocate', '--total', '9', '--weights', '1;x'],
    code: 2,
    names: ['--weights (mục thứ 2)', '"x"'],
  },
  {
    name: 'allocate: an empty weight',
    argv: ['allocate', '--total', '9', '--weights', '1,,2'],
    code: 2,
    names: ['--weights (mục thứ 2)'],
  },
  {
    name: 'allocate: --min shorter than --weights',
    argv: ['allocate', '--total', '9', '--weights', '1,1,1', '--min', '1,1'],
    code: 2,
    names: ['--min', '--weights'],
  },
  {
    name: 'allocate: a stray positional',
    argv: ['allocate', '9', '--total', '9', '--weights', '1,1'],
    code: 2,
    names: ['"9"'],
  },
  {
    name: 'allocate: maxima below the total',
    argv: ['allocate', '--total', '100', '--weights', '1,1', '--max', '10,10'],
    code: 1,
    names: ['100', '20'],
    finding: 'ALLOC_TOTAL_EXCEEDS_MAX_SUM',
  },
];

const dispatch: CliCase[] = [
  { name: 'an unknown command', argv: ['kiemtra', 'plan.json'], code: 2, names: ['"kiemtra"'] },
  { name: 'a command in capitals', argv: ['CHECK'], code: 2, names: ['"CHECK"'] },
];

/** The cases of words, allocate and the dispatch. */
export const ARGUMENT_CASES: readonly CliCase[] = [...words, ...allocate, ...dispatch];
