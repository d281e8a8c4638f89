/**
 * Acceptance (issue 8): a plan whose parents form a cycle, or that names an unknown parent, gives the
 * same error finding (code and Vietnamese text) everywhere findings are shown — `gnbv check` (text and
 * --json), the task pane's import (which refuses such a tree, since a sheet cannot show it, and writes
 * nothing), `gnbv section --force`, `gnbv export --force` and `gnbv build` (its "Kiểm tra" sheet) — and
 * no row is dropped silently: both rows' names and money appear in the section, the Word table and the
 * workbook's plan sheet.
 * The plans are the example (thị xã Mường Lay 2024) plus user rows, as JSON files.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { whereLabel } from '../../src/domain/findings';
import { dec, formatVi } from '../../src/domain/money';
import type { FindingJson } from '../../src/domain/plan/json';
import { docxToLines } from '../helpers/docx-lines';
import { openXlsxFile } from '../helpers/xlsx-file';
import { gnbv, jsonOut } from './support/cli';
import { paneOverMemory } from './support/pane';

jest.setTimeout(60_000);

const EXAMPLE = join(__dirname, '../../examples/muong-lay-2024.json');

/** A user row of the plan JSON. */
interface UserRow {
  readonly code: string;
  readonly parent: string;
  readonly name: string;
  readonly amounts: Readonly<Record<string, string>>;
}

interface Case {
  readonly code: 'PARENT_CYCLE' | 'UNKNOWN_PARENT';
  readonly rows: readonly UserRow[];
  /** Codes the finding's text names. */
  readonly named: readonly string[];
}

const CASES: [string, Case][] = [
  [
    'two user rows whose parents point at each other',
    {
      code: 'PARENT_CYCLE',
      rows: [
        {
          code: 'DA4.1.1',
          parent: 'DA4.1.2',
          name: 'Mở lớp dạy nghề mộc cho thanh niên bản Na Lay',
          amounts: { total: '60', nsdp: '60' },
        },
        {
          code: 'DA4.1.2',
          parent: 'DA4.1.1',
          name: 'Mua sắm dụng cụ thực hành nghề hàn',
          amounts: { total: '47', nsdp: '47' },
        },
      ],
      named: ['DA4.1.1', 'DA4.1.2'],
    },
  ],
  [
    'a user row naming an unknown parent DA9',
    {
      code: 'UNKNOWN_PARENT',
      rows: [
        {
          code: 'DA4.1.1',
          parent: 'DA9',
          name: 'Tổ chức phiên giao dịch việc làm lưu động tại các bản',
          amounts: { total: '35', nstw_su_nghiep: '35' },
        },
      ],
      named: ['DA4.1.1', 'DA9'],
    },
  ],
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gnbv-cycle-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The finding as every view must show it. */
interface Shown {
  readonly code: string;
  readonly where: string;
  readonly vi: string;
}

/** "LỖI       DA4.1.1 [PARENT_CYCLE] Mục cha …": a CLI line naming the finding. */
const lineOf = (f: Shown) => new RegExp(`^LỖI\\s.*\\[${f.code}\\] ${escape(f.vi)}$`, 'm');
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The row money as documents print it ("60"). */
const moneyOf = (row: UserRow) => formatVi(dec(row.amounts.total ?? '0'));

describe.each(CASES)('a JSON plan with %s', (_name, { code, rows, named }) => {
  let path: string;
  let bytes: Uint8Array;
  let reference: Shown;

  beforeAll(() => {
    const plan = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { items: unknown[] };
    plan.items.push(...rows);
    bytes = new TextEncoder().encode(JSON.stringify(plan, null, 2));
    path = join(dir, `${code.toLowerCase()}.json`);
    writeFileSync(path, bytes);
  });

  /** The finding as `gnbv check --json` reports it: the reference every other view is compared with. */
  async function checked(): Promise<Shown> {
    if (reference) return reference;
    const run = await gnbv('check', path, '--json');
    expect([run.code, run.err]).toEqual([1, '']);
    const found = jsonOut<FindingJson[]>(run).filter((f) => f.code === code);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.severity).toBe('error');
    reference = { code: f.code, where: f.where, vi: f.message };
    return reference;
  }

  it('`gnbv check --json` reports the error once, naming the rows concerned', async () => {
    const f = await checked();
    expect(rows.map((r) => r.code)).toContain(f.where);
    for (const c of named) expect(f.vi).toContain(c);
  });

  it('`gnbv check` prints the same finding', async () => {
    const f = await checked();
    const run = await gnbv('check', path);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(lineOf(f));
  });

  it('the pane refuses to import it with the same finding, and writes nothing', async () => {
    const f = await checked();
    const { host, controller } = paneOverMemory();
    const before = JSON.stringify(await host.readSheet(await host.activeSheet()));
    const imported = await controller.importDocument({ name: 'ke-hoach.json', bytes });
    // A sheet cannot show such a tree: writing it would put the rows under some other parent.
    expect(imported.kind).toBe('failed');
    if (imported.kind !== 'failed') return;
    const shown = imported.findings.filter((x) => x.code === code);
    expect(shown.map((x) => ({ code: x.code, where: whereLabel(x.where), vi: x.text.vi }))).toEqual([f]);
    expect(shown[0]?.severity).toBe('error');
    expect(imported.text.vi).toContain(f.vi);
    expect(imported.text.vi).toContain('Chưa ghi gì vào bảng tính');
    expect(JSON.stringify(await host.readSheet(await host.activeSheet()))).toBe(before);
  });

  it('`gnbv section --force` prints every row with its money and the finding; without --force it refuses with it', async () => {
    const f = await checked();
    const forced = await gnbv('section', path, '--force');
    expect(forced.code).toBe(0);
    const lines = forced.out.split('\n');
    for (const row of rows) {
      const heading = lines.findIndex((l) => l.endsWith(row.name));
      expect([row.name, heading >= 0]).toEqual([row.name, true]);
      expect(lines[heading + 1]).toContain(`${moneyOf(row)} triệu đồng`);
    }
    expect(forced.err).toMatch(lineOf(f));
    const refused = await gnbv('section', path);
    expect([refused.code, refused.out]).toEqual([1, '']);
    expect(refused.err).toMatch(lineOf(f));
  });

  it('`gnbv export --force` puts every row with its money in the Word table and reports the finding', async () => {
    const f = await checked();
    const out = join(dir, `${code.toLowerCase()}.docx`);
    const run = await gnbv('export', path, '-o', out, '--force');
    expect(run.code).toBe(0);
    expect(run.err).toMatch(lineOf(f));
    const read = await docxToLines(new Uint8Array(readFileSync(out)));
    if (!read.ok) throw new Error('the exported .docx does not read back');
    const table = read.lines.filter((l) => l.includes(' | '));
    for (const row of rows) {
      const line = table.find((l) => l.split(' | ').includes(row.name));
      expect([row.name, line?.split(' | ')]).toEqual([row.name, expect.arrayContaining([moneyOf(row)])]);
    }
  });

  it('`gnbv build` lists the finding on "Kiểm tra" and every row with its money on the plan sheet', async () => {
    const f = await checked();
    const out = join(dir, `${code.toLowerCase()}.xlsx`);
    const run = await gnbv('build', path, '-o', out);
    expect(run.code).toBe(1);
    const host = await openXlsxFile(out);
    const check = (await host.readSheet('Kiểm tra'))?.rows.map((r) => r.map((c) => c.text)) ?? [];
    // Columns: STT, Mức độ, Mục, Ô, Mã kiểm tra, Nội dung, Nội dung (English).
    const listed = check.filter((r) => r[4] === code).map((r) => ({ code: r[4], where: r[2], vi: r[5] }));
    expect(listed).toEqual([f]);
    expect(check.find((r) => r[4] === code)?.[1]).toBe('LỖI');
    const plan = (await host.readSheet('Kế hoạch kinh phí'))?.rows.map((r) => r.map((c) => c.text)) ?? [];
    for (const row of rows) {
      const line = plan.find((r) => r.includes(row.name));
      expect([row.name, line]).toEqual([row.name, expect.arrayContaining([moneyOf(row)])]);
    }
  });
});
