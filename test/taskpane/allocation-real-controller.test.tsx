/** @jest-environment jsdom */
/**
 * The pane over the real controller and an in-memory workbook holding the example plan: the allocation
 * form starts from the sheet's settings block, the preview warns about a different assigned total, a
 * write of GNBV formulas (which nothing outside Excel calculates) says which formulas were not
 * recalculated, and the check then reports them as such instead of as discrepancies.
 */
import './setup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/app';
import { WorkbookController } from '../../src/taskpane/workbook-controller';
import { exampleSession, memoryServices } from '../app/app-session-helpers';
import { openStep } from './render-app';

describe('the pane over the example workbook', () => {
  it('fills the form from the sheet, warns, names the formulas not recalculated, and checks without false errors', async () => {
    const { host } = await exampleSession();
    const controller = new WorkbookController(host, memoryServices(), 'browser');
    const user = userEvent.setup();
    render(<App controller={controller} />);
    await openStep(user, /Phân bổ/);

    const nstw = screen.getByLabelText<HTMLInputElement>('Ngân sách trung ương được giao');
    await waitFor(() => expect(nstw.value).toBe('7.538'));
    expect(screen.getByLabelText<HTMLInputElement>('Ngân sách địa phương (vốn đối ứng)').value).toBe('107');
    expect(screen.getByLabelText<HTMLInputElement>('Bước làm tròn').value).toBe('1');
    expect(
      screen.getByText(/^Lấy từ khối thiết lập của trang "Kế hoạch kinh phí" \(NSTW được giao ô C5/),
    ).toBeTruthy();

    await user.clear(nstw);
    await user.type(nstw, '8.000');
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    await screen.findByRole('table');
    expect(
      screen.getByText(/khác số đang phân bổ 8\.000 triệu đồng \(chênh lệch \+462 triệu đồng\)/),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Ghi công thức GNBV' }));
    expect(await screen.findByText(/công thức không được tính lại \(/)).toBeTruthy();
    expect(screen.getByText('Cần chú ý')).toBeTruthy();
    expect(screen.getByText(/mở sổ tính trong Excel hoặc LibreOffice để tính lại/)).toBeTruthy();

    await openStep(user, /Kiểm tra/);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    const list = await screen.findByRole('list', { name: /./ });
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(items.some((text) => text.includes('công thức chưa được tính lại sau lần ghi trước'))).toBe(true);
    expect(items.filter((text) => text.includes('chênh lệch'))).toEqual([]);
  });
});
