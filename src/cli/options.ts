/** Options several commands share: one positional file, -o, --locale, the words options, --style/--words. */
import type { TypedLocale } from '../domain/money/typed-amount';
import { SECTION_STYLES, type SectionStyle, type WordsScope } from '../domain/render';
import type { WordsOptions } from '../domain/words';
import { choice, flag, optionValue, UsageError, type Args } from './args';

export const LOCALES: readonly TypedLocale[] = ['auto', 'vi', 'en'];
export const WORDS_SCOPES: readonly WordsScope[] = ['none', 'total', 'all'];
/** Flags of how amounts are written in words. */
export const WORDS_FLAGS = ['le', 'ngan', 'chan'] as const;

/** `--locale vi|en|auto` (default auto): how typed amounts are read. */
export function localeArg(args: Args): TypedLocale {
  return choice(args, 'locale', LOCALES, 'auto');
}

/** Exactly one positional argument, named `what` in the message when it is missing or repeated. */
export function single(args: Args, what: string): string {
  if (args.positionals.length !== 1) {
    throw new UsageError(
      args.positionals.length === 0
        ? `Thiếu ${what}.`
        : `Chỉ nhận một ${what}, đã nhận ${args.positionals.length}.`,
    );
  }
  return args.positionals[0] ?? '';
}

/** `-o x` and `-o=x` as `--output`; the shared parser only knows long options. */
export function expandShort(argv: readonly string[]): string[] {
  return argv.map((a) => (a === '-o' ? '--output' : a.startsWith('-o=') ? `--output=${a.slice(3)}` : a));
}

/** `--le`, `--ngan`, `--chan`. */
export function wordsOptionsArg(args: Args): WordsOptions {
  return {
    ...(flag(args, 'le') ? { zeroTens: 'le' as const } : {}),
    ...(flag(args, 'ngan') ? { thousand: 'ngan' as const } : {}),
    ...(flag(args, 'chan') ? { chan: true } : {}),
  };
}

/** `--style` and `--words` of the section. */
export function sectionArgs(args: Args): { style: SectionStyle; words: WordsScope } {
  return {
    style: choice(args, 'style', SECTION_STYLES, 'kinh-phi-thuc-hien'),
    words: choice(args, 'words', WORDS_SCOPES, 'none'),
  };
}

/** The output file (`-o`, `--output`, or build's old `--out`), which must end in `extension`. */
export function outputArg(args: Args, extension: string, missing: string): string {
  const output = optionValue(args, 'output') ?? optionValue(args, 'out');
  if (output === undefined) throw new UsageError(missing);
  if (!output.toLowerCase().endsWith(extension)) {
    throw new UsageError(`Tệp ghi ra phải có đuôi ${extension} (đã nhập "${output}").`);
  }
  return output;
}

/** `--year`: a four-digit year, or undefined when not given. */
export function yearArg(args: Args): number | undefined {
  const text = optionValue(args, 'year');
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text)) throw new UsageError(`--year phải là năm có bốn chữ số (đã nhập "${text}").`);
  return Number(text);
}
