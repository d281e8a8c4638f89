/** @jest-environment jsdom */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import { TextDecoder } from 'util';
import { confirm } from '../../src/app/outcome';
import { defaultCatalogueFor } from '../../src/domain/catalogue';
import { FakeController } from './fake-controller';
import { renderApp } from './render-app';

describe('step "Mẫu"', () => {
  it('inserts the template with the typed year and locality', async () => {
    const controller = new FakeController();
    const { user } = renderApp(controller);

    const year = screen.getByLabelText('Năm kế hoạch');
    expect((year as HTMLInputElement).value).toBe(String(new Date().getFullYear()));
    await user.clear(year);
    await user.type(year, '2025');
    await user.type(screen.getByLabelText('Địa phương'), 'xã Bình Lư');
    await user.click(screen.getByRole('button', { name: 'Chèn mẫu' }));

    await screen.findByText('Đã ghi: mẫu kế hoạch.');
    expect(controller.callsTo('insertTemplate')).toEqual([
      [{ year: 2025, locality: 'xã Bình Lư', catalogueId: 'qd90-2021-2025' }, undefined],
    ]);
  });

  it('refuses a year that is not a plan year and names the field, without calling the controller', async () => {
    const controller = new FakeController();
    const { user } = renderApp(controller);

    const year = screen.getByLabelText('Năm kế hoạch');
    await user.clear(year);
    await user.type(year, '202');
    await user.click(screen.getByRole('button', { name: 'Chèn mẫu' }));

    expect(
      await screen.findByText(/Ô "Năm kế hoạch" phải là một năm từ 2000 đến 2100; đã nhập "202"/),
    ).toBeTruthy();
    expect(controller.callsTo('insertTemplate')).toHaveLength(0);
  });

  it('imports a chosen .txt plan as bytes with its name', async () => {
    const controller = new FakeController();
    const { user } = renderApp(controller);
    const text = 'IV. KINH PHÍ THỰC HIỆN: 7.645 triệu đồng';
    const file = new File([text], 'ke-hoach-2024.txt', { type: 'text/plain' });

    const importButton = screen.getByRole('button', { name: 'Nhập kế hoạch' });
    expect((importButton as HTMLButtonElement).disabled).toBe(true);
    await user.upload(screen.getByLabelText('Văn bản kế hoạch (.txt, .docx)'), file);
    await user.click(importButton);

    await screen.findByText('Đã ghi: kế hoạch đã nhập.');
    const [call] = controller.callsTo('importDocument');
    expect(call?.[0].name).toBe('ke-hoach-2024.txt');
    expect(new TextDecoder().decode(call?.[0].bytes)).toBe(text);
  });

  it('rejects a file that is neither .txt nor .docx with a message naming it', async () => {
    const controller = new FakeController();
    // The accept filter is only a hint to the file dialog; a user can still pick any file.
    const { user } = renderApp(controller, { applyAccept: false });
    const input = screen.getByLabelText('Văn bản kế hoạch (.txt, .docx)');
    await user.upload(input, new File(['%PDF'], 'ke-hoach.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: 'Nhập kế hoạch' }));

    expect(await screen.findByText(/Tệp "ke-hoach.pdf" không phải .txt hoặc .docx/)).toBeTruthy();
    expect(controller.callsTo('importDocument')).toHaveLength(0);
  });

  it('asks before overwriting foreign cells and repeats the write with overwrite when the user agrees', async () => {
    const controller = new FakeController();
    controller.writeResults.push(
      confirm(
        {
          vi: 'Trang "Kế hoạch" có 2 ô đã có dữ liệu không do Kinh phí GNBV tạo (B5, E12).',
          en: 'Sheet "Kế hoạch" has 2 cells with data Kinh phí GNBV did not create (B5, E12).',
        },
        'Kế hoạch',
        ['B5', 'E12'],
      ),
    );
    const { user } = renderApp(controller);
    await user.type(screen.getByLabelText('Địa phương'), 'thị xã Mường Lay');
    await user.click(screen.getByRole('button', { name: 'Chèn mẫu' }));

    const dialog = await screen.findByRole('alertdialog');
    expect(
      within(dialog).getByText(
        'Trang "Kế hoạch" có 2 ô đã có dữ liệu không do Kinh phí GNBV tạo (B5, E12). Ghi đè?',
      ),
    ).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Ghi đè' }));

    await screen.findByText('Đã ghi: mẫu kế hoạch.');
    const calls = controller.callsTo('insertTemplate');
    expect(calls).toHaveLength(2);
    expect(calls[1]).toEqual([
      {
        year: new Date().getFullYear(),
        locality: 'thị xã Mường Lay',
        catalogueId: defaultCatalogueFor(new Date().getFullYear()).id,
      },
      { overwrite: true },
    ]);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('writes nothing more when the user cancels the overwrite', async () => {
    const controller = new FakeController();
    controller.writeResults.push(
      confirm(
        { vi: 'Có ô không do phần bổ trợ tạo.', en: 'Some cells were not created by the add-in.' },
        'Kế hoạch',
        ['Kế hoạch!B5'],
      ),
    );
    const { user } = renderApp(controller);
    await user.click(screen.getByRole('button', { name: 'Chèn mẫu' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Huỷ' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(controller.callsTo('insertTemplate')).toHaveLength(1);
    expect(controller.canUndo()).toBe(false);
  });
});
