/**
 * `gnbv catalogue [id] [--json]`: the programmes' catalogues. Without an id, one line per built-in
 * catalogue; with one, its tree (code, label, "ĐTPT" where investment money may go); `--json`, an
 * array of `{code, name, level, parent, kind, number, investment}` in catalogue order.
 */
import { builtInCatalogue, builtInCatalogueIds, entryLabel, type Catalogue } from '../domain/catalogue';
import { flag, parseArgs, UsageError } from './args';
import type { Io } from './io';
import { localeArg } from './options';

export const CATALOGUE_USAGE = 'gnbv catalogue [mã danh mục] [--json]';

/** The catalogue named on the command line, or a usage error listing the ones there are. */
export function catalogueArg(id: string): Catalogue {
  const catalogue = builtInCatalogue(id);
  if (catalogue) return catalogue;
  const known = builtInCatalogueIds();
  const near = known.find((k) => k.startsWith(id.slice(0, 4).toLowerCase()));
  throw new UsageError(
    `Không có danh mục "${id}"${near ? ` (có phải "${near}"?)` : ''}; các danh mục có sẵn: ${known.join(', ')}.`,
  );
}

function listLine(c: Catalogue): string {
  const years = c.years ? ` (${c.years.from}–${c.years.to})` : '';
  return `${c.id}${years}: ${c.name}; ${c.entries.length} mục`;
}

/** Prints the list or one catalogue; 0, or throws a UsageError. */
export function catalogueCommand(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, { values: ['locale'], flags: ['json'] });
  localeArg(args); // accepted for every command; nothing here is a typed number
  const json = flag(args, 'json');
  if (args.positionals.length > 1) throw new UsageError('Cần nhiều nhất một mã danh mục.');
  const id = args.positionals[0];
  if (id === undefined) {
    const all = builtInCatalogueIds()
      .map((k) => builtInCatalogue(k))
      .filter((c) => c !== undefined);
    if (json) {
      io.out(
        JSON.stringify(
          all.map((c) => ({ id: c.id, name: c.name, years: c.years ?? null, entries: c.entries.length })),
          null,
          2,
        ),
      );
    } else io.out(all.map(listLine).join('\n'));
    return 0;
  }
  const catalogue = catalogueArg(id);
  if (json) {
    const rows = catalogue.entries.map((e) => ({
      code: e.code,
      name: e.title,
      level: e.level,
      parent: e.parent,
      kind: e.kind,
      number: e.number,
      investment: e.investment,
    }));
    io.out(JSON.stringify(rows, null, 2));
    return 0;
  }
  const width = Math.max(...catalogue.entries.map((e) => e.code.length));
  const lines = catalogue.entries.map((e) => {
    const indent = '  '.repeat(e.level - 1);
    const name =
      e.title === ''
        ? `${entryLabel(e, catalogue)} (tên do người lập kế hoạch ghi)`
        : entryLabel(e, catalogue);
    return `${e.code.padEnd(width)}  ${indent}${name}${e.investment ? ' [ĐTPT]' : ''}`;
  });
  io.out(
    [
      catalogue.name,
      ...lines,
      '[ĐTPT]: mục được nhận vốn đầu tư phát triển; các mục khác chỉ nhận vốn sự nghiệp.',
    ].join('\n'),
  );
  return 0;
}
