/** @jest-environment jsdom */
import './setup';
import { screen } from '@testing-library/react';
import { failed } from '../../src/app/outcome';
import { FakeController } from './fake-controller';
import { openStep, renderApp } from './render-app';

/** Records what the pane hands to ClipboardItem, as jsdom has none. */
class RecordingClipboardItem {
  static made: RecordingClipboardItem[] = [];
  constructor(readonly items: Record<string, Blob>) {
    RecordingClipboardItem.made.push(this);
  }
}

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('no text read'));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsText(blob);
  });
}

function installClipboard(clipboard: Partial<Clipboard>, withItem: boolean): void {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
  if (withItem)
    Object.defineProperty(globalThis, 'ClipboardItem', { configurable: true, value: RecordingClipboardItem });
  else Reflect.deleteProperty(globalThis, 'ClipboardItem');
}

afterEach(() => {
  RecordingClipboardItem.made = [];
  Reflect.deleteProperty(globalThis, 'ClipboardItem');
});

describe('step "Xuất"', () => {
  it('writes the section with the chosen style and words', async () => {
    const controller = new FakeController();
    const { user } = renderApp(controller);
    await openStep(user, /Xuất/);
    await user.click(screen.getByRole('radio', { name: /^Nguồn vốn giao/ }));
    await user.click(screen.getByRole('radio', { name: 'Tất cả' }));
    await user.click(screen.getByRole('button', { name: 'Ghi vào trang Kinh phí' }));

    await screen.findByText('Đã ghi: phần kinh phí.');
    expect(controller.callsTo('writeSection')).toEqual([
      [{ style: 'nguon-von-giao', words: 'all' }, undefined],
    ]);
  });

  it('copies the section for Word as HTML with a plain-text alternative', async () => {
    const write = jest.fn<Promise<void>, [ClipboardItems]>().mockResolvedValue(undefined);
    const writeText = jest.fn<Promise<void>, [string]>().mockResolvedValue(undefined);
    const controller = new FakeController();
    const { user } = renderApp(controller);
    // user-event installs its own clipboard stub in setup(), so ours goes in afterwards.
    installClipboard({ write, writeText }, true);
    await openStep(user, /Xuất/);
    await user.click(screen.getByRole('radio', { name: 'Không' }));
    await user.click(screen.getByRole('button', { name: 'Sao chép để dán vào Word' }));

    await screen.findByText('Đã sao chép phần kinh phí. Mở Word và dán (Ctrl+V).');
    expect(controller.callsTo('sectionForClipboard')).toEqual([
      [{ style: 'kinh-phi-thuc-hien', words: 'none' }],
    ]);
    expect(write).toHaveBeenCalledTimes(1);
    expect(writeText).not.toHaveBeenCalled();
    const [item] = RecordingClipboardItem.made;
    expect(Object.keys(item?.items ?? {}).sort()).toEqual(['text/html', 'text/plain']);
    expect(await readBlob(item!.items['text/html']!)).toBe(controller.section.html);
    expect(await readBlob(item!.items['text/plain']!)).toBe(controller.section.text);
  });

  it('falls back to plain text where ClipboardItem is missing, and says so', async () => {
    const writeText = jest.fn<Promise<void>, [string]>().mockResolvedValue(undefined);
    const controller = new FakeController();
    const { user } = renderApp(controller);
    // user-event installs its own clipboard stub in setup(), so ours goes in afterwards.
    installClipboard({ writeText }, false);
    await openStep(user, /Xuất/);
    await user.click(screen.getByRole('button', { name: 'Sao chép để dán vào Word' }));

    expect(await screen.findByText(/dạng văn bản thường/)).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(controller.section.text);
  });

  it("copies nothing and says why when the plan's figures do not add up", async () => {
    const writeText = jest.fn<Promise<void>, [string]>().mockResolvedValue(undefined);
    const controller = new FakeController();
    controller.sectionRefusal = failed({
      vi: 'Bảng kế hoạch còn 2 lỗi về số liệu (xem bước "Kiểm tra").',
      en: 'The plan table has 2 errors in its figures (see the "Check" step).',
    });
    const { user } = renderApp(controller);
    installClipboard({ writeText }, false);
    await openStep(user, /Xuất/);
    await user.click(screen.getByRole('button', { name: 'Sao chép để dán vào Word' }));

    expect(await screen.findByText('Bảng kế hoạch còn 2 lỗi về số liệu (xem bước "Kiểm tra").')).toBeTruthy();
    expect(writeText).not.toHaveBeenCalled();
  });

  it('shows a clear error when the clipboard refuses', async () => {
    const writeText = jest
      .fn<Promise<void>, [string]>()
      .mockRejectedValue(new Error('Document is not focused.'));
    const { user } = renderApp(new FakeController());
    // user-event installs its own clipboard stub in setup(), so ours goes in afterwards.
    installClipboard({ writeText }, false);
    await openStep(user, /Xuất/);
    await user.click(screen.getByRole('button', { name: 'Sao chép để dán vào Word' }));

    expect(
      await screen.findByText('Không sao chép được vào bộ nhớ tạm: Document is not focused.'),
    ).toBeTruthy();
  });
});
