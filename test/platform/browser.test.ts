/** The browser platform, with a fake page: saving offers a download; there is no file system. */
import { createBrowserPlatform, downloadType, type BrowserEnv } from '../../src/platform/browser';

interface FakeLink {
  href: string;
  download: string;
  style: { display: string };
  clicked: number;
  removed: boolean;
  click(): void;
  remove(): void;
}

function fakePage() {
  const links: FakeLink[] = [];
  const blobs: Blob[] = [];
  const revoked: string[] = [];
  const pending: (() => void)[] = [];
  const env: BrowserEnv = {
    document: {
      createElement: (() => {
        const link: FakeLink = {
          href: '',
          download: '',
          style: { display: '' },
          clicked: 0,
          removed: false,
          click() {
            this.clicked++;
          },
          remove() {
            this.removed = true;
          },
        };
        links.push(link);
        return link;
      }) as unknown as Document['createElement'],
      body: { appendChild: (node: Node) => node } as unknown as HTMLElement,
    },
    url: {
      createObjectURL: (blob: Blob) => {
        blobs.push(blob);
        return `blob:${blobs.length}`;
      },
      revokeObjectURL: (url: string) => {
        revoked.push(url);
      },
    },
    later: (run) => {
      pending.push(run);
    },
  };
  return { env, links, blobs, revoked, pending };
}

describe('createBrowserPlatform', () => {
  it('offers the bytes as a download named after the last part of the path', async () => {
    const page = fakePage();
    const platform = createBrowserPlatform(page.env);
    expect(platform.readFile).toBeUndefined();
    const data = new TextEncoder().encode('PK…');
    expect(await platform.save('C:\\thu muc\\ke-hoach-2025.docx', data)).toEqual({
      ok: true,
      value: 'ke-hoach-2025.docx',
    });
    expect(page.links).toHaveLength(1);
    expect(page.links[0]).toMatchObject({
      href: 'blob:1',
      download: 'ke-hoach-2025.docx',
      clicked: 1,
      removed: true,
    });
    expect(page.blobs[0]?.type).toBe(downloadType('x.docx'));
    expect(new Uint8Array(await page.blobs[0]!.arrayBuffer())).toEqual(data);
    // The object URL is released only a moment later, after the browser has started reading it.
    expect(page.revoked).toEqual([]);
    page.pending.forEach((run) => run());
    expect(page.revoked).toEqual(['blob:1']);
  });

  it('reports a page that cannot offer a download as a failed save', async () => {
    const page = fakePage();
    const broken = {
      ...page.env,
      url: {
        ...page.env.url,
        createObjectURL: () => {
          throw new Error('blocked');
        },
      },
    };
    const saved = await createBrowserPlatform(broken).save('a.xlsx', new Uint8Array([1]));
    expect(saved.ok || saved.error.code).toBe('FILE_NOT_SAVED');
    expect(saved.ok || saved.error.text.en).toBe(
      'Cannot save the file "a.xlsx": an unexpected error occurred. The previous file, if any, is unchanged.',
    );
    expect(saved.ok || saved.error.text.vi).not.toMatch(/blocked/);
  });

  it('types downloads by their extension', () => {
    expect(downloadType('a.XLSX')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(downloadType('a.docx')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(downloadType('plan.json')).toBe('application/json');
    expect(downloadType('khong-duoi')).toBe('application/octet-stream');
  });
});
