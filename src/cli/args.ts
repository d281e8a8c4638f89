/** A parsed command line: positionals in order, options by name (flags are `true`). */
export interface Args {
  readonly positionals: string[];
  readonly options: Map<string, string | true>;
}

/** What a command accepts: options that take a value, and flags. */
export interface ArgSpec {
  readonly values: readonly string[];
  readonly flags: readonly string[];
}

export class UsageError extends Error {}

/**
 * A small parser so that amounts such as `-5` or `-1.469,5` are read as values, not as
 * options (node's parseArgs would take them for short options).
 */
export function parseArgs(argv: readonly string[], spec: ArgSpec): Args {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? '';
    if (token === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!token.startsWith('--') || token === '--') {
      positionals.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const name = token.slice(2, eq === -1 ? undefined : eq);
    if (spec.flags.includes(name)) {
      if (eq !== -1) throw new UsageError(`Tùy chọn --${name} không nhận giá trị.`);
      options.set(name, true);
    } else if (spec.values.includes(name)) {
      const value = eq !== -1 ? token.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`Tùy chọn --${name} cần một giá trị.`);
      options.set(name, value);
    } else {
      throw new UsageError(`Tùy chọn không hợp lệ: ${token}.`);
    }
  }
  return { positionals, options };
}

export function optionValue(args: Args, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === 'string' ? v : undefined;
}

export function flag(args: Args, name: string): boolean {
  return args.options.get(name) === true;
}

/** Exactly one value of a closed set, with a message listing the choices. */
export function choice<T extends string>(args: Args, name: string, choices: readonly T[], fallback: T): T {
  const v = optionValue(args, name);
  if (v === undefined) return fallback;
  if ((choices as readonly string[]).includes(v)) return v as T;
  throw new UsageError(`--${name} phải là một trong: ${choices.join(', ')} (đã nhập "${v}").`);
}
