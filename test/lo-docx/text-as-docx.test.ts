/**
 * A plan written as plain text and saved as .docx by LibreOffice (each line a paragraph, the wrapped
 * sentences and blank lines of a PDF's text kept as paragraphs of their own) imports exactly as the
 * text: same items, figures, qualifiers, totals, metadata and findings, and no error (but in the one
 * fixture whose wrong sum is on purpose). The plans are
 * the project's own fixtures in the styles of the real plans (test/fixtures/plans) and one written
 * here with tabs, non-breaking spaces, blank and indented lines and money sentences wrapped mid-figure.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPlan } from '../../src/app/check';
import { openPlanFile } from '../../src/app/open-document';
import { nodePlatform } from '../../src/platform/node';
import { item, stated } from '../import/helpers';
import { planDiff, type ReadPlan } from './plan-diff';
import { textsToDocx } from './text-to-docx';

const PLANS = join(__dirname, '..', 'fixtures', 'plans');
const OWN = join(__dirname, 'fixtures', 'wrapped-commune-style.txt');
const TEXTS = [
  ...readdirSync(PLANS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(PLANS, f)),
  OWN,
];

async function read(path: string): Promise<ReadPlan> {
  const opened = await openPlanFile(path, { platform: nodePlatform });
  if (opened.kind !== 'done') throw new Error(`${path}: ${opened.text.en}`);
  return { plan: opened.value.plan, findings: checkPlan(opened.value.plan, opened.value.findings) };
}

const reads = new Map<string, { txt: ReadPlan; docx: ReadPlan }>();

beforeAll(async () => {
  const docxs = textsToDocx(TEXTS, mkdtempSync(join(tmpdir(), 'gnbv-text-docx-')));
  for (const [i, txt] of TEXTS.entries()) {
    reads.set(txt, { txt: await read(txt), docx: await read(docxs[i] as string) });
  }
}, 120_000);

const both = (path: string) => {
  const r = reads.get(path);
  if (!r) throw new Error(`${path} was not converted`);
  return r;
};

describe('a text plan saved as .docx by LibreOffice', () => {
  it('covers the five plan styles and the one written here', () => {
    expect(TEXTS.length).toBeGreaterThanOrEqual(6);
  });

  it.each(TEXTS.map((t) => [t.slice(t.lastIndexOf('/') + 1), t]))('%s reads as the text', (name, path) => {
    const { txt, docx } = both(path);
    // A fixture named "…-sai-tong" carries a wrong sum on purpose: its errors must be found in both
    // (the diff already requires the same findings from each); every other fixture has none.
    const wrongOnPurpose = name.includes('-sai-tong');
    const diffs = planDiff(txt, docx).filter((d) => !(wrongOnPurpose && d.startsWith('error in the ')));
    expect(diffs).toEqual([]);
    if (wrongOnPurpose) expect(txt.findings.some((f) => f.severity === 'error')).toBe(true);
  });

  it('reads the wrapped title, the figures split over lines and the totals from the .docx', () => {
    const { plan, findings } = both(OWN).docx;
    expect(plan.year).toBe(2025);
    expect(plan.locality).toBe('xã Nậm Hàng');
    expect(plan.items.map((i) => [i.code, i.applicable, stated(i.stated)])).toEqual([
      ['DA1', false, {}],
      ['DA2', true, { total: '2340', nstw_su_nghiep: '2250', nsdp: '90' }],
      ['DA4.1', true, { total: '415', nstw: '415' }],
      ['DA4.3', true, { total: '86.5', nstw_su_nghiep: '86.5' }],
      ['DA6.2', true, { total: '64', nstw: '64' }],
    ]);
    expect(plan.statedTotals && stated(plan.statedTotals)).toEqual({
      total: '2905.5',
      nstw_su_nghiep: '2815.5',
      nsdp: '90',
    });
    expect(item(plan, 'DA2').name).toBe('Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo');
    // Central money not split into sự nghiệp / đầu tư is "not split", never a false total error.
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads the Mường Lay style .docx with every central figure as sự nghiệp', () => {
    const { plan } = both(join(PLANS, 'muong-lay-style.txt')).docx;
    expect(stated(item(plan, 'DA4.3').stated)).toEqual({ total: '197', nstw_su_nghiep: '197' });
    expect(stated(item(plan, 'DA7.2').stated)).toEqual({ total: '172', nstw_su_nghiep: '172' });
  });
});
