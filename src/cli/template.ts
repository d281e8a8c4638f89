/**
 * `gnbv template --catalogue <mã> --year <năm> --locality "…" -o mau.xlsx`: the empty standard
 * template of a programme, saved atomically (never over an existing file of another kind).
 */
import { templateWorkbook } from '../app/template-workbook';
import type { Services } from '../app/services';
import { defaultCatalogueFor } from '../domain/catalogue';
import { optionValue, parseArgs, UsageError } from './args';
import { catalogueArg } from './catalogue';
import { cliServices } from './compose';
import { guarded, InputError, valueOf, type Io } from './io';
import { expandShort, localeArg, outputArg, yearArg } from './options';

export const TEMPLATE_USAGE =
  'gnbv template [--catalogue <mã danh mục>] --year <năm> [--locality "…"] -o mau.xlsx';

/** Runs `gnbv template`; returns the exit code. */
export function templateCommand(
  argv: readonly string[],
  io: Io,
  services: Services = cliServices(),
): Promise<number> {
  return guarded(io, async () => {
    const args = parseArgs(expandShort(argv), {
      values: ['output', 'catalogue', 'year', 'locality', 'locale'],
      flags: [],
    });
    if (args.positionals.length > 0) {
      throw new UsageError(`Lệnh template không nhận tệp đầu vào (đã nhập "${args.positionals[0]}").`);
    }
    const out = outputArg(args, '.xlsx', 'Thiếu -o <tệp.xlsx> (mẫu sẽ ghi ra).');
    localeArg(args);
    const year = yearArg(args);
    if (year === undefined) throw new UsageError('Thiếu --year <năm> (năm của kế hoạch, ví dụ 2027).');
    const id = optionValue(args, 'catalogue');
    const catalogue = id === undefined ? defaultCatalogueFor(year) : catalogueArg(id);
    const locality = (optionValue(args, 'locality') ?? '').trim();
    const made = valueOf(
      await templateWorkbook(
        { catalogueId: catalogue.id, year, locality: locality === '' ? 'chưa ghi địa bàn' : locality },
        services,
      ),
    );
    const saved = await services.platform.save(out, made.bytes);
    if (!saved.ok) throw new InputError(saved.error.text.vi);
    io.out(
      `Đã ghi ${out}: mẫu kế hoạch năm ${year} theo danh mục ${catalogue.id}, trang "${made.sheet}" (${made.rows} dòng).`,
    );
    return 0;
  });
}
