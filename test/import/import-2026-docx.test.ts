/**
 * A 2026–2035 plan as a Word document (made here with the `docx` package from the paragraphs of
 * test/fixtures/plans/xa-pa-u-2027.txt; its Nội dung rows as a table): read as the text is, item by
 * item, and checked through the CLI.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { openPlanFile } from '../../src/app/open-document';
import { main } from '../../src/cli/main';
import { importDocument, importPlanText } from '../../src/import';
import { nodeInflateRaw, nodePlatform } from '../../src/platform/node';
import { fixture, stated } from './helpers';

/** The fixture's paragraphs; a line with cells (" | ") becomes a table row, consecutive ones one table. */
async function docxOf(text: string): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  let rows: TableRow[] = [];
  const flush = () => {
    if (rows.length > 0) children.push(new Table({ rows }));
    rows = [];
  };
  for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
    if (!line.includes(' | ')) {
      flush();
      children.push(new Paragraph({ text: line }));
      continue;
    }
    const cells = line.split(' | ').map((c) => new TableCell({ children: [new Paragraph({ text: c })] }));
    rows.push(new TableRow({ children: cells }));
  }
  flush();
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('a 2026–2035 commune plan as .docx (xã Pa Ủ, 2027)', () => {
  const text = fixture('xa-pa-u-2027.txt');
  let bytes: Uint8Array;
  let path: string;

  beforeAll(async () => {
    bytes = await docxOf(text);
    path = join(mkdtempSync(join(tmpdir(), 'gnbv-2026-')), 'ke-hoach-xa-pa-u-2027.docx');
    writeFileSync(path, bytes);
  });

  it('holds its Nội dung rows in a Word table', async () => {
    const { plan } = await importDocument(bytes, 'x.docx', nodeInflateRaw);
    expect(plan.items.find((i) => i.code === 'HP1.2.1')?.sources?.[0]?.text).toContain(' | ');
  });

  it('reads item by item exactly as the text, with the same totals, and no note', async () => {
    const { plan, findings } = await importDocument(bytes, 'x.docx', nodeInflateRaw);
    expect(plan.catalogueId).toBe('ctmtqg-2026-2035');
    expect(plan.items.map((i) => [i.code, stated(i.stated)])).toEqual([
      ['HP1.2', { total: '1065' }],
      ['HP1.2.1', { nstw_dau_tu: '900', nsdp: '45' }],
      ['HP1.2.14', { nstw_su_nghiep: '120', nsdp: '0' }],
      ['HP1.4', { total: '160', nstw_su_nghiep: '150', nsdp: '10' }],
      ['HP2.1', { total: '1300', nstw_dau_tu: '1250', nsdp: '50' }],
      ['HP2.5.2', { nstw_su_nghiep: '40' }],
    ]);
    const fromText = importPlanText(text).plan;
    expect(plan.items.map((i) => [i.code, i.name, stated(i.stated)])).toEqual(
      fromText.items.map((i) => [i.code, i.name, stated(i.stated)]),
    );
    expect(stated(plan.statedTotals ?? {})).toEqual(stated(fromText.statedTotals ?? {}));
    expect(plan.year).toBe(2027);
    expect(plan.locality).toBe('xã Pa Ủ');
    expect(findings).toEqual([]);
  });

  it('opens from a file as the CLI opens it, and `gnbv check` and `gnbv import` find no error', async () => {
    const opened = await openPlanFile(path, { platform: nodePlatform });
    expect(opened.kind).toBe('done');
    const check = await run('check', path);
    expect(check.code).toBe(0);
    const imported = await run('import', path, '--json');
    expect(imported.code).toBe(0);
    const json = JSON.parse(imported.out) as { catalogue: string; items: { code: string }[] };
    expect(json.catalogue).toBe('ctmtqg-2026-2035');
    expect(json.items.map((i) => i.code)).toEqual([
      'HP1.2',
      'HP1.2.1',
      'HP1.2.14',
      'HP1.4',
      'HP2.1',
      'HP2.5.2',
    ]);
  });
});
