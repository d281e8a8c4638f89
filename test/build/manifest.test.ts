/**
 * @jest-environment jsdom
 */
/**
 * An offline check of manifest.xml's structure (Microsoft's validator, `npm run validate`, needs
 * the internet): well-formed XML, ids, every resource id defined once and used, URLs, the shared
 * runtime, the custom functions extension point and the icons.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');
const all = (tag: string) => Array.from(doc.getElementsByTagName(tag));
const one = (tag: string) => {
  const found = all(tag);
  if (found.length !== 1) throw new Error(`expected one <${tag}>, found ${found.length}`);
  return found[0]!;
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const buf = readFileSync(file);
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

describe('manifest.xml', () => {
  it('is well-formed XML of a task pane add-in for workbooks', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.tagName).toBe('OfficeApp');
    expect(doc.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(one('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one('Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(one('DefaultLocale').textContent).toBe('vi-VN');
    expect(one('Permissions').textContent).toBe('ReadWriteDocument');
    expect(all('Host').some((h) => h.getAttribute('Name') === 'Workbook')).toBe(true);
    expect(all('AppDomain')).toHaveLength(0);
  });

  it('has Vietnamese names with English overrides', () => {
    const name = one('DisplayName');
    expect(name.getAttribute('DefaultValue')).toBe('Kinh phí GNBV');
    expect(name.getElementsByTagName('Override')[0]?.getAttribute('Locale')).toBe('en-US');
    for (const s of [...all('bt:String')]) {
      expect(s.getElementsByTagName('bt:Override')[0]?.getAttribute('Locale')).toBe('en-US');
    }
  });

  it('requires the shared runtime and custom functions, with one long-lived runtime', () => {
    const sets = all('Set').map((s) => `${s.getAttribute('Name')} ${s.getAttribute('MinVersion')}`);
    expect(sets).toEqual(expect.arrayContaining(['SharedRuntime 1.1', 'CustomFunctionsRuntime 1.1']));
    const runtime = one('Runtime');
    expect(runtime.getAttribute('lifetime')).toBe('long');
    const page = runtime.getAttribute('resid');
    // The same page everywhere: task pane, function file, custom functions page, ribbon action.
    expect(one('FunctionFile').getAttribute('resid')).toBe(page);
    expect(one('Page').getElementsByTagName('SourceLocation')[0]?.getAttribute('resid')).toBe(page);
    expect(one('Action').getElementsByTagName('SourceLocation')[0]?.getAttribute('resid')).toBe(page);
    expect(one('Action').getAttribute('xsi:type')).toBe('ShowTaskpane');
  });

  it('declares the GNBV custom functions namespace', () => {
    const point = all('ExtensionPoint').find((e) => e.getAttribute('xsi:type') === 'CustomFunctions');
    expect(point).toBeDefined();
    const namespace = point!.getElementsByTagName('Namespace')[0]?.getAttribute('resid');
    const value = all('bt:String')
      .find((s) => s.getAttribute('id') === namespace)
      ?.getAttribute('DefaultValue');
    expect(value).toBe('GNBV');
    const metadata = point!.getElementsByTagName('Metadata')[0]?.getElementsByTagName('SourceLocation')[0];
    const url = all('bt:Url').find((u) => u.getAttribute('id') === metadata?.getAttribute('resid'));
    expect(url?.getAttribute('DefaultValue')).toMatch(/\/functions\.json$/);
  });

  it('defines every resource id once and uses every one it defines', () => {
    const defined = [...all('bt:Image'), ...all('bt:Url'), ...all('bt:String')]
      .map((e) => e.getAttribute('id'))
      .filter((id): id is string => id !== null);
    expect(new Set(defined).size).toBe(defined.length);
    const used = Array.from(doc.getElementsByTagName('*'))
      .map((e) => e.getAttribute('resid'))
      .filter((id): id is string => id !== null);
    for (const id of used) expect(defined).toContain(id);
    for (const id of defined) expect(used).toContain(id);
  });

  it('points every URL at the add-in over HTTPS, and its icons exist at their sizes', () => {
    const urls = Array.from(doc.getElementsByTagName('*')).flatMap((e) =>
      ['DefaultValue'].map((a) => e.getAttribute(a) ?? '').filter((v) => v.startsWith('http')),
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith('https://localhost:3000/')).toBe(true);
    for (const image of all('bt:Image').filter((i) => i.getAttribute('id'))) {
      const size = Number(/(\d+)x\d+/.exec(image.getAttribute('id') ?? '')?.[1]);
      const file = (image.getAttribute('DefaultValue') ?? '').replace('https://localhost:3000/', '');
      expect(pngSize(join(root, file))).toEqual([size, size]);
    }
    for (const tag of ['IconUrl', 'HighResolutionIconUrl']) {
      const file = (one(tag).getAttribute('DefaultValue') ?? '').replace('https://localhost:3000/', '');
      const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
      expect(pngSize(join(root, file))).toEqual([size, size]);
    }
  });
});

describe('the production manifest', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { rewriteManifest } = require('../../scripts/manifest-url.js') as {
    rewriteManifest: (content: string, url: string) => string;
  };

  it('replaces every localhost URL, not only the first', () => {
    const out = rewriteManifest(xml, 'https://gnbv.example.gov.vn/addin');
    expect(out).not.toContain('localhost');
    const count = (s: string, part: string) => s.split(part).length - 1;
    expect(count(out, 'https://gnbv.example.gov.vn/addin/')).toBe(count(xml, 'https://localhost:3000/'));
  });

  it('refuses a URL that is not HTTPS', () => {
    expect(() => rewriteManifest(xml, 'http://gnbv.example.gov.vn/')).toThrow(/https/);
  });
});
