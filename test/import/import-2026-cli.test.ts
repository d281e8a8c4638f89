/**
 * `gnbv import` and `gnbv check` on plan texts of the 2026–2035 structure, in process: exit codes,
 * the items printed, the wrong sum named at its item, and `--catalogue`.
 */
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { FIXTURES } from './helpers';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const good = join(FIXTURES, 'xa-nam-cuoi-2027.txt');
const wrong = join(FIXTURES, 'xa-nam-cuoi-2027-sai-tong.txt');

interface ImportJson {
  catalogue: string;
  items: { code: string; amounts: Record<string, string> }[];
  findings: { severity: string; code: string; where: string }[];
}

describe('gnbv import / check on a 2026–2035 commune plan', () => {
  it('imports it with exit 0, each item with its amounts, under the merged programme', async () => {
    const r = await run('import', good);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Kế hoạch xã Nậm Cười, năm 2027: 15 mục');
    expect(r.out).toContain('danh mục ctmtqg-2026-2035');
    expect(r.out).toMatch(
      /^HP1\.2\.5 +Tổng kinh phí 700; .*vốn đầu tư phát triển\) 650; Ngân sách địa phương 50 \(dòng 46\)$/mu,
    );
    expect(r.out).toMatch(/^TONG +Tổng kinh phí 3\.490; Ngân sách trung ương 3\.340;/mu);
    expect(r.out).toMatch(/0 lỗi, 0 cảnh báo, 0 thông tin\.$/u);
  });

  it('prints the JSON plan with the amounts as decimal strings', async () => {
    const r = await run('import', good, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as ImportJson;
    expect(json.catalogue).toBe('ctmtqg-2026-2035');
    expect(json.items.find((i) => i.code === 'HP1.2')?.amounts).toMatchObject({
      total: '2150',
      nstw_su_nghiep: '250',
      nstw_dau_tu: '1800',
      nsdp: '100',
    });
    expect(json.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('checks it with exit 0', async () => {
    expect((await run('check', good)).code).toBe(0);
  });

  it('names the wrong sum at HP1.2 with exit 1, in check and in import', async () => {
    const check = await run('check', wrong, '--json');
    expect(check.code).toBe(1);
    const findings = JSON.parse(check.out) as { severity: string; code: string; where: string }[];
    expect(findings).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'ITEM_TOTAL', where: 'HP1.2' }),
    );
    const imported = await run('import', wrong);
    expect(imported.code).toBe(1);
    expect(imported.out).toMatch(/HP1\.2.*2\.160.*2\.150/u);
  });

  it('imports as the catalogue --catalogue names', async () => {
    const asNew = await run('import', good, '--catalogue', 'ctmtqg-2026-2035', '--json');
    expect(asNew.code).toBe(0);
    expect((JSON.parse(asNew.out) as ImportJson).items).toHaveLength(15);
    // Read as a 2021–2025 plan, its headings name no item: nothing to reconcile.
    const asOld = await run('import', good, '--catalogue', 'qd90-2021-2025', '--json');
    expect(asOld.code).toBe(2);
    expect(asOld.err).toContain('không có mục kinh phí nào');
  });

  it('refuses an unknown --catalogue with exit 2, listing the known ones', async () => {
    const r = await run('import', good, '--catalogue', 'ctmtqg-2026');
    expect(r.code).toBe(2);
    expect(r.err).toContain('ctmtqg-2026-2035');
    expect(r.out).toBe('');
  });

  it('refuses a JSON plan whose catalogue is not the one --catalogue names', async () => {
    const example = join(__dirname, '../../examples/muong-lay-2024.json');
    const r = await run('import', example, '--catalogue', 'ctmtqg-2026-2035');
    expect(r.code).toBe(2);
    expect(r.err).toContain('qd90-2021-2025');
  });
});
