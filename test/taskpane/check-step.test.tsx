/** @jest-environment jsdom */
import './setup';
import { screen, within } from '@testing-library/react';
import { FakeController, MUONG_LAY_FINDINGS } from './fake-controller';
import { openStep, renderApp } from './render-app';

describe('step "Kiểm tra"', () => {
  it('lists findings with a severity badge, message and cell, and selects the cell on click', async () => {
    const controller = new FakeController();
    const { user } = renderApp(controller);
    await openStep(user, /Kiểm tra/);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));

    const list = await screen.findByRole('list', { name: 'Kết quả kiểm tra' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByText('Lỗi')).toBeTruthy();
    expect(
      within(items[0]!).getByText('Dự án 4: tổng 1.695 khác tổng các Tiểu dự án 1.795 (chênh 100).'),
    ).toBeTruthy();
    expect(within(items[0]!).getByText('Ô E12')).toBeTruthy();
    expect(within(items[1]!).getByText('Cảnh báo')).toBeTruthy();
    expect(within(items[1]!).getByText('TONG')).toBeTruthy();
    expect(screen.getByText(/1 lỗi, 1 cảnh báo, 0 thông tin/)).toBeTruthy();

    await user.click(within(items[0]!).getByRole('button'));
    expect(controller.callsTo('selectFinding')).toEqual([[MUONG_LAY_FINDINGS[0]]]);
  });

  it('says so when every total adds up', async () => {
    const controller = new FakeController();
    controller.findings = [];
    const { user } = renderApp(controller);
    await openStep(user, /Kiểm tra/);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));

    expect(await screen.findByText('Không phát hiện sai lệch: mọi tổng đều khớp.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Kết quả kiểm tra' })).toBeNull();
  });

  it('marks and clears the cells with errors through the controller', async () => {
    const controller = new FakeController();
    const { user } = renderApp(controller);
    await openStep(user, /Kiểm tra/);

    await user.click(screen.getByRole('button', { name: 'Đánh dấu ô lỗi' }));
    await screen.findByText('Đã ghi: đánh dấu.');
    await user.click(screen.getByRole('button', { name: 'Xoá đánh dấu' }));
    await screen.findByText('Đã ghi: xoá đánh dấu.');
    expect(controller.calls.map((call) => call.method).filter((m) => m !== 'allocationForm')).toEqual([
      'markFindings',
      'clearMarks',
    ]);
  });
});
