/**
 * Acceptance (issue 8): the same inputs through the CLI adapter (`gnbv …`, run in-process with the
 * node composition root) and the task-pane adapter (the WorkbookController with the pane's own
 * services; standalone mode for an .xlsx) give identical plans and findings:
 * - one plan document (test/fixtures/parity/tam-duong-style.txt) as UTF-8, UTF-8+BOM, UTF-16 LE/BE
 *   with and without BOM, and .docx; and the same text in Windows-1258, which both refuse alike;
 * - typed amounts under each locale setting (`allocate`/`words` and the pane's allocation preview);
 * - a built workbook whose plan sheet was renamed, moved, has a sheet before it, or was copied by hand,
 *   with and without a wrong figure.
 * The plan of the fixture states DA6.1's money as vốn đầu tư phát triển, which the catalogue does not
 * allow there: every view must report that warning, so the findings compared are never both empty.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { whereLabel } from '../../src/domain/findings';
import { Dec } from '../../src/domain/money';
import type { FindingJson, PlanJson } from '../../src/domain/plan/json';
import { amountInWords } from '../../src/domain/words';
import { standaloneWorkbook } from '../../src/taskpane/compose';
import type { AllocationPreview } from '../../src/taskpane/controller-types';
import type { WorkbookController } from '../../src/taskpane/workbook-controller';
import { TEXT_ENCODINGS, docxOf, windows1258 } from './support/bytes';
import { gnbv, gnbvBin, jsonOut } from './support/cli';
import { paneFindings, paneOverMemory, panePlanRows } from './support/pane';
import { cliFindings, cliItems } from './support/seen';
import { changed, VARIANTS, type WrongFigure } from './support/workbook-variants';

jest.setTimeout(120_000);

const PLAN_TEXT = readFileSync(join(__dirname, '../fixtures/parity/tam-duong-style.txt'), 'utf8');

/** What the plan text states: every item with money, in order, and the one finding it deserves. */
const CODES = ['DA2', 'DA3.1', 'DA3.2', 'DA4.1', 'DA4.3', 'DA6.1', 'DA6.2', 'DA7.1', 'DA7.2'];
const INVESTMENT_WARNING = {
  severity: 'warning',
  code: 'INVESTMENT_NOT_ALLOWED',
  where: 'DA6.1',
  vi:
    'DA6.1 (Tiểu dự án 1: Giảm nghèo về thông tin): có Ngân sách trung ương (vốn đầu tư phát triển) ' +
    '176 triệu đồng nhưng theo danh mục của Chương trình, mục này chỉ được bố trí vốn sự nghiệp.',
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gnbv-parity-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes bytes into the test's folder; returns the path. */
function saved(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('a plan document, in every encoding and as .docx', () => {
  const documents: [string, string, () => Promise<Uint8Array>][] = [
    ...Object.entries(TEXT_ENCODINGS).map(
      ([encoding, encode]): [string, string, () => Promise<Uint8Array>] => [
        encoding,
        'ke-hoach-tam-duong.txt',
        () => Promise.resolve(encode(PLAN_TEXT)),
      ],
    ),
    ['.docx', 'ke-hoach-tam-duong.docx', () => docxOf(PLAN_TEXT)],
  ];

  it.each(documents)(
    '%s: `gnbv import --json` and the pane import the same plan and findings',
    async (encoding, name, bytesOf) => {
      const bytes = await bytesOf();
      const path = saved(`${encoding.replace(/\W+/g, '-')}-${name}`, bytes);
      const run = await gnbv('import', path, '--json');
      expect([run.code, run.err]).toEqual([0, '']);
      const json = jsonOut<PlanJson>(run);
      const cli = { items: cliItems(json), findings: cliFindings(json.findings ?? []) };

      const { controller } = paneOverMemory();
      const imported = await controller.importDocument({ name, bytes });
      expect([imported.kind, imported.text.vi]).toEqual([
        'done',
        expect.stringContaining(`Đã nhập ${CODES.length} mục từ "${name}"`),
      ]);
      const rows = await panePlanRows(controller);
      const pane = { items: rows.stated, findings: (await paneFindings(controller)).findings };

      expect(pane).toEqual(cli);
      // The Dự án rows the sheet sums show exactly what their Tiểu dự án add up to.
      expect(rows.sums.map((s) => s.code)).toEqual(['DA3', 'DA4', 'DA6', 'DA7']);
      for (const s of rows.sums) expect([s.code, s.shown]).toEqual([s.code, s.below]);
      // What the text says, so that both adapters going wrong the same way still fails.
      expect(cli.items.map((i) => i.code)).toEqual(CODES);
      expect(cli.items.find((i) => i.code === 'DA4.1')?.amounts).toEqual({
        total: '905',
        nstw: '860',
        nstw_su_nghiep: '860',
        nsdp: '45',
      });
      expect(cli.items.find((i) => i.code === 'DA7.2')?.amounts.total).toBe('162.5');
      expect(cli.findings).toEqual([expect.objectContaining(INVESTMENT_WARNING)]);
      // The rows the pane offers to allocate to carry the same figures; the others it offers are the
      // table's rows the document leaves empty.
      const offered = await controller.allocationRows();
      const filled = offered.filter((r) => r.nstw !== null || r.nsdp !== null);
      expect(filled.map((r) => [r.code, r.nstw, r.nsdp])).toEqual(
        cli.items.map((i) => [i.code, i.amounts.nstw ?? null, i.amounts.nsdp ?? null]),
      );
      expect(offered.length).toBeGreaterThan(filled.length);
    },
  );

  it("a document whose figures do not add up: the pane's import result names the errors `gnbv import` reports", async () => {
    // DA4.1 states 905 but its sources are 860 + 40; the plan's NSĐP (101) is then 5 more than its items.
    const text = PLAN_TEXT.replace(
      '+ Ngân sách địa phương: 45 triệu đồng.',
      '+ Ngân sách địa phương: 40 triệu đồng.',
    );
    expect(text).not.toBe(PLAN_TEXT);
    const name = 'ke-hoach-sai-so.txt';
    const bytes = new TextEncoder().encode(text);
    const run = await gnbv('import', saved(name, bytes), '--json');
    expect(run.code).toBe(1);
    const cliErrors = cliFindings(jsonOut<PlanJson>(run).findings ?? []).filter(
      (f) => f.severity === 'error',
    );
    expect(cliErrors.map((f) => [f.code, f.where])).toEqual([
      ['ITEM_TOTAL', 'DA4.1'],
      ['PLAN_TOTAL', 'TONG'],
    ]);

    const { controller } = paneOverMemory();
    const imported = await controller.importDocument({ name, bytes });
    if (imported.kind !== 'done') throw new Error(imported.text.en);
    // On the sheet the totals become SUM formulas, so the import says so with the document's errors,
    // the same ones (code, place, text) as the CLI's.
    expect(imported.text.vi).toContain(`văn bản có ${cliErrors.length} lỗi số liệu`);
    const announced = imported.findings
      .filter((f) => f.severity === 'error')
      .map((f) => ({ code: f.code, where: whereLabel(f.where), vi: f.text.vi }));
    expect(announced).toEqual(cliErrors.map((f) => ({ code: f.code, where: f.where, vi: f.vi })));
  });

  it('Windows-1258: both refuse the file with the same text, and the pane writes nothing', async () => {
    const name = 'ke-hoach-tam-duong-1258.txt';
    const bytes = windows1258(PLAN_TEXT);
    const path = saved(name, bytes);
    const run = await gnbv('import', path, '--json');
    expect([run.code, run.out]).toEqual([2, '']);
    const prefix = `Lỗi: ${path}: `;
    expect(run.err.startsWith(prefix)).toBe(true);
    const cliReason = run.err.slice(prefix.length);
    expect(cliReason).toContain('Windows-1258');
    // The installed command says the same, in one line.
    expect(gnbvBin('import', path)).toEqual({ code: 2, out: '', err: run.err });

    const { host, controller } = paneOverMemory();
    const refused = await controller.importDocument({ name, bytes });
    expect(refused.kind).toBe('failed');
    expect(refused.text.vi).toBe(`${name}: ${cliReason}`);
    expect(await host.listSheets()).toEqual(['Sheet1']);
    expect((await host.readSheet('Sheet1'))?.rows.flat().filter((c) => c.text !== '')).toEqual([]);
  });
});

describe('typed amounts under each locale setting', () => {
  type Locale = 'vi' | 'en' | 'auto';
  /** What each figure is read as (a plain decimal), or null: refused. */
  const EXPECTED: Record<string, Record<Locale, string | null>> = {
    '4,136': { vi: '4.136', en: '4136', auto: null },
    '1,469.50': { vi: null, en: '1469.5', auto: '1469.5' },
    '1.469': { vi: '1469', en: '1.469', auto: '1469' },
    '15.555,25': { vi: '15555.25', en: null, auto: '15555.25' },
    '466,25': { vi: '466.25', en: null, auto: '466.25' },
  };
  /** A rounding step fine enough for every figure, written the way the locale reads it. */
  const STEP: Record<Locale, string> = { vi: '0,0001', en: '0.0001', auto: '0,0001' };
  const cases = Object.entries(EXPECTED).flatMap(([typed, byLocale]) =>
    (['vi', 'en', 'auto'] as const).map((locale): [string, Locale, string | null] => [
      typed,
      locale,
      byLocale[locale],
    ]),
  );

  let controller: WorkbookController;
  let rowCode: string;
  beforeAll(async () => {
    ({ controller } = paneOverMemory());
    const imported = await controller.importDocument({
      name: 'ke-hoach.txt',
      bytes: new TextEncoder().encode(PLAN_TEXT),
    });
    expect(imported.kind).toBe('done');
    rowCode = (await controller.allocationRows())[0]?.code ?? '';
  });

  /** "1.469,5" as the pane shows it → "1469.5". */
  const plainOfVi = (shown: string) => new Dec(shown.replace(/\./g, '').replace(',', '.')).toFixed();

  /** The pane's allocation preview of `typed` as the assigned NSTW: the value, or the refusal's text. */
  async function pane(typed: string, locale: Locale): Promise<{ value: string } | { refused: string }> {
    const preview: AllocationPreview = await controller.previewAllocation({
      nstw: typed,
      nsdp: '0',
      step: STEP[locale],
      method: 'weights',
      rows: [{ code: rowCode, weight: '1' }],
      locale,
    });
    if (preview.kind === 'ok') return { value: plainOfVi(preview.totals.nstw) };
    expect(preview.messages).toHaveLength(1);
    const label = 'NSTW được giao: ';
    const text = preview.messages[0]?.vi ?? '';
    expect(text.startsWith(label)).toBe(true);
    return { refused: text.slice(label.length) };
  }

  /** `gnbv allocate --total typed --weights 1`: the value, or the refusal's text. */
  async function cliAllocate(
    typed: string,
    locale: Locale,
  ): Promise<{ value: string } | { refused: string }> {
    const run = await gnbv(
      'allocate',
      '--total',
      typed,
      '--weights',
      '1',
      '--step',
      STEP[locale],
      '--locale',
      locale,
    );
    if (run.code === 0) return { value: jsonOut<string[]>(run)[0] ?? '' };
    const label = 'Lỗi: --total: ';
    expect([run.code, run.out, run.err.startsWith(label)]).toEqual([2, '', true]);
    return { refused: run.err.slice(label.length) };
  }

  /** `gnbv words typed`: the words, or the refusal's text. */
  async function cliWords(typed: string, locale: Locale): Promise<{ words: string } | { refused: string }> {
    const run = await gnbv('words', typed, '--locale', locale);
    if (run.code === 0) return { words: run.out };
    const label = 'Lỗi: Số tiền: ';
    expect([run.code, run.out, run.err.startsWith(label)]).toEqual([2, '', true]);
    return { refused: run.err.slice(label.length) };
  }

  it.each(cases)(
    '"%s" under %s: the CLI and the pane accept or refuse it alike',
    async (typed, locale, expected) => {
      const inPane = await pane(typed, locale);
      const allocated = await cliAllocate(typed, locale);
      const words = await cliWords(typed, locale);
      expect(allocated).toEqual(inPane);
      if (expected === null) {
        expect(words).toEqual(inPane);
        expect('refused' in inPane && inPane.refused).toContain(`"${typed}"`);
        return;
      }
      expect(inPane).toEqual({ value: expected });
      const inWords = amountInWords(new Dec(expected), 'trieu_dong');
      expect(words).toEqual({ words: inWords.ok ? inWords.value : inWords.error.text.vi });
    },
  );
});

describe('a built workbook whose plan sheet was moved, renamed or copied', () => {
  /** DA4.1's total typed over its formula, 5 more than its sources (860 + 45). */
  const WRONG_ITEM: WrongFigure = {
    row: 'Tiểu dự án 1: Phát triển giáo dục nghề nghiệp',
    column: 'C',
    value: 910,
  };
  const ITEM_TOTAL_VI =
    'DA4.1: tổng kinh phí ghi 910 triệu đồng nhưng tổng các nguồn là 905 triệu đồng (chênh lệch 5 triệu đồng).';
  const IN_COLUMN_F: unknown = expect.stringMatching(/^F\d+$/);
  const ANY_TEXT: unknown = expect.any(String);
  /** Dự án 4's total typed over its formula: 1.200 where its Tiểu dự án add up to 905 + 214 = 1.119. */
  const WRONG_PARENT: WrongFigure = { row: 'Dự án 4:', column: 'C', value: 1200 };

  let built: Uint8Array;
  beforeAll(async () => {
    const input = saved('tam-duong.txt', new TextEncoder().encode(PLAN_TEXT));
    const out = join(dir, 'tam-duong.xlsx');
    const run = await gnbv('build', input, '-o', out);
    expect([run.code, run.err]).toEqual([0, '']);
    built = new Uint8Array(readFileSync(out));
  });

  /** `gnbv check x.xlsx` (text and --json) and the pane (standalone: open the bytes, then the Check step). */
  async function bothCheck(name: string, bytes: Uint8Array) {
    const path = saved(name, bytes);
    const text = await gnbv('check', path);
    const json = await gnbv('check', path, '--json');
    expect(json.code).toBe(text.code);
    const listed = jsonOut<(FindingJson & { sheet: string; cell: string | null })[]>(json);
    const cli = {
      sheet: /^Sổ tính [^\n]*, trang "([^"]+)"/.exec(text.out)?.[1],
      findings: cliFindings(listed, true),
    };
    expect(listed.every((f) => f.sheet === cli.sheet)).toBe(true);

    const workbook = standaloneWorkbook();
    const opened = await workbook.open({ name, bytes });
    expect(opened.kind).toBe('done');
    const checked = await paneFindings(workbook.controller, true);
    const preview = await workbook.preview();
    expect(preview?.sheet).toBe(checked.sheet);
    return { cli, pane: { sheet: checked.sheet, findings: checked.findings } };
  }

  describe.each(VARIANTS)('$name', (variant) => {
    it('both find the same plan sheet and the same findings', async () => {
      const { bytes } = await changed(built, variant);
      const { cli, pane } = await bothCheck('doi-ten.xlsx', bytes);
      expect(pane).toEqual(cli);
      expect(cli.sheet).toBe(variant.planSheet);
      // DA6.1's vốn đầu tư phát triển, at its cell (F); read from a sheet, Dự án 6's sum repeats it.
      expect(cli.findings).toContainEqual(
        expect.objectContaining({ ...INVESTMENT_WARNING, cell: IN_COLUMN_F }),
      );
      expect(new Set(cli.findings.map((f) => f.code))).toEqual(new Set([INVESTMENT_WARNING.code]));
    });

    it('both report a wrong figure at the same cell', async () => {
      const { bytes, cell } = await changed(built, variant, WRONG_ITEM);
      const { cli, pane } = await bothCheck('sai-so.xlsx', bytes);
      expect(pane).toEqual(cli);
      expect(cli.sheet).toBe(variant.planSheet);
      expect(cli.findings).toContainEqual({
        severity: 'error',
        code: 'ITEM_TOTAL',
        where: 'DA4.1',
        cell,
        vi: ITEM_TOTAL_VI,
        en: ANY_TEXT,
      });
    });
  });

  it('a finding about a whole row (a Dự án total typed over its formula) is shown at the same place by both', async () => {
    const { bytes } = await changed(built, VARIANTS[0]!, WRONG_PARENT);
    const { cli, pane } = await bothCheck('sai-du-an.xlsx', bytes);
    expect(cli.findings.map((f) => f.code)).toContain('PARENT_SUM');
    expect(pane).toEqual(cli);
  });
});
