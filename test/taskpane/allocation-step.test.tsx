/** @jest-environment jsdom */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import { confirm } from '../../src/app/outcome';
import { FakeController } from './fake-controller';
import { openStep, renderApp } from './render-app';

const DA31 = 'Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp';
const DA41 = 'Tiểu dự án 1: Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn';

async function openAllocation(controller: FakeController) {
  const rendered = renderApp(controller);
  await openStep(rendered.user, /Phân bổ/);
  await screen.findByRole('checkbox', { name: DA41 });
  return rendered;
}

describe('step "Phân bổ"', () => {
  it('lists the sheet rows one per line with short labels and current figures in Vietnamese notation', async () => {
    await openAllocation(new FakeController());

    const grid = screen.getByRole('grid', { name: 'Các Dự án, Tiểu dự án nhận phân bổ' });
    const lines = within(grid)
      .getAllByRole('row')
      .map((row) => Array.from(row.children, (cell) => cell.textContent));
    expect(lines).toEqual([
      ['Chọn', 'Dự án, Tiểu dự án', 'Hiện có', 'Tỷ trọng', 'Phân bổ', 'Chênh lệch', 'Giữ cố định'],
      ['', 'DA3 Hỗ trợ phát triển sản xuất,…', '0', '', '', '', ''],
      ['', 'DA3.1 Hỗ trợ phát triển sản xuất…', '3.650', '', '', '', ''],
      ['', 'DA4.1 Phát triển giáo dục nghề…', '1.695', '', '', '', ''],
      ['', 'DA6.2 Truyền thông về giảm nghèo…', '466,25', '', '', '', ''],
      // The totals' label spans the choice and item columns.
      ['Tổng cộng', '5.811,25', '', '', '', ''],
    ]);
    expect(within(grid).getByText('1.695').getAttribute('title')).toBe('Hiện có: NSTW 1.588; NSĐP 107');
    expect(within(grid).getByText('466,25').getAttribute('title')).toBe(
      'Hiện có: NSTW 466,25; NSĐP chưa nhập',
    );
  });

  it('sends the typed totals, step, weights, locks and chosen rows to the preview', async () => {
    const controller = new FakeController();
    const { user } = await openAllocation(controller);

    await user.type(screen.getByLabelText('Ngân sách trung ương được giao'), '15.089');
    await user.type(screen.getByLabelText('Ngân sách địa phương (vốn đối ứng)'), '466,25');
    const step = screen.getByLabelText('Bước làm tròn');
    await user.clear(step);
    await user.type(step, '0,01');
    await user.click(screen.getByRole('checkbox', { name: /^Dự án 3:/ }));
    const weight = screen.getByLabelText(`Tỷ trọng: ${DA31}`);
    await user.clear(weight);
    await user.type(weight, '2,5');
    await user.click(screen.getByRole('button', { name: `Giữ cố định số tiền: ${DA41}` }));
    await user.type(screen.getByLabelText(`NSĐP cố định: ${DA41}`), '100');
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));

    await screen.findByRole('table', { name: /Xem trước phân bổ/ });
    expect(controller.callsTo('previewAllocation')).toEqual([
      [
        {
          nstw: '15.089',
          nsdp: '466,25',
          step: '0,01',
          method: 'weights',
          locale: 'auto',
          rows: [
            { code: 'DA3.1', weight: '2,5' },
            // NSTW left empty under the lock: the current 1.588 is kept.
            { code: 'DA4.1', weight: '1', lockedNstw: '1.588', lockedNsdp: '100' },
            { code: 'DA6.2', weight: '1' },
          ],
        },
      ],
    ]);
  });

  it('sends no weights for equal shares and hides the weight inputs', async () => {
    const controller = new FakeController();
    const { user } = await openAllocation(controller);
    await user.type(screen.getByLabelText('Ngân sách trung ương được giao'), '7538');
    await user.click(screen.getByRole('radio', { name: 'Chia đều' }));

    expect(screen.queryByLabelText(`Tỷ trọng: ${DA31}`)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    await screen.findByRole('table');
    const [call] = controller.callsTo('previewAllocation');
    expect(call?.[0].method).toBe('equal');
    expect(call?.[0].rows.every((row) => row.weight === undefined)).toBe(true);
  });

  it('reads typed figures in the chosen number notation, "Tự nhận" by default', async () => {
    const controller = new FakeController();
    const { user } = await openAllocation(controller);
    const notation = screen.getByLabelText<HTMLSelectElement>('Cách viết số');
    expect(notation.value).toBe('auto');
    expect(Array.from(notation.options, (o) => o.textContent)).toEqual([
      'Tự nhận',
      'Việt Nam "1.469,5"',
      'English "1,469.5"',
    ]);
    await user.type(screen.getByLabelText('Ngân sách trung ương được giao'), '1,469.5');
    await user.selectOptions(notation, 'en');
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    await screen.findByRole('table');
    const [call] = controller.callsTo('previewAllocation');
    expect(call?.[0]).toMatchObject({ nstw: '1,469.5', locale: 'en' });
  });

  it('shows the preview table with formatted figures and the totals row', async () => {
    const { user } = await openAllocation(new FakeController());
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));

    const table = await screen.findByRole('table', { name: /Xem trước phân bổ/ });
    const rows = within(table).getAllByRole('row');
    const cells = rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));
    expect(cells).toEqual([
      ['Dự án, Tiểu dự án', 'NSTW', 'NSĐP', 'Tổng'],
      ['Tiểu dự án 1: Hỗ trợ phát triển sản xuất', '3.650', '0', '3.650'],
      ['Tiểu dự án 1: Phát triển giáo dục nghề nghiệp', '1.588', '107', '1.695'],
      ['Tiểu dự án 2: Truyền thông', '466,25', '0', '466,25'],
      ['Tổng cộng', '5.704,25', '107', '5.811,25'],
    ]);
    expect(screen.getAllByText('Đơn vị tính: Triệu đồng').length).toBeGreaterThan(0);
  });

  it('writes values only after a preview, with the previewed request', async () => {
    const controller = new FakeController();
    const { user } = await openAllocation(controller);
    const writeValues = screen.getByRole('button', { name: 'Ghi giá trị' });
    expect((writeValues as HTMLButtonElement).disabled).toBe(true);

    await user.type(screen.getByLabelText('Ngân sách trung ương được giao'), '5.704,25');
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    await screen.findByRole('table');
    await user.click(writeValues);

    await screen.findByText('Đã ghi: phân bổ.');
    const [preview] = controller.callsTo('previewAllocation');
    expect(controller.callsTo('writeAllocation')).toEqual([[preview?.[0], 'values', undefined]]);
  });

  it('reads the rows again once the write is done, also when it asked first and the user chose "Ghi đè"', async () => {
    const controller = new FakeController();
    controller.writeResults.push(
      confirm(
        {
          vi: 'Trang "Kế hoạch kinh phí" có số liệu ở C10.',
          en: 'Sheet "Kế hoạch kinh phí" has figures in C10.',
        },
        'Kế hoạch kinh phí',
        ['C10'],
      ),
    );
    const { user } = await openAllocation(controller);
    const reads = controller.callsTo('allocationForm').length;
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Ghi giá trị' }));
    const dialog = await screen.findByRole('alertdialog');
    // Asking is not writing: the rows are not read again yet.
    expect(controller.callsTo('allocationForm')).toHaveLength(reads);

    // The sheet now holds the written figures: "Hiện có" must show them.
    controller.rows = controller.rows.map((r) =>
      r.code === 'DA4.1' ? { ...r, nstw: '2000', nsdp: '0' } : r,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Ghi đè' }));
    await screen.findByText('Đã ghi: phân bổ.');
    await waitFor(() => expect(controller.callsTo('allocationForm')).toHaveLength(reads + 1));
    const grid = screen.getByRole('grid', { name: 'Các Dự án, Tiểu dự án nhận phân bổ' });
    expect(await within(grid).findByText('2.000')).toBeTruthy();
  });

  it('writes GNBV formulas on request', async () => {
    const controller = new FakeController();
    const { user } = await openAllocation(controller);
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Ghi công thức GNBV' }));

    await screen.findByText('Đã ghi: phân bổ.');
    expect(controller.callsTo('writeAllocation')[0]?.[1]).toBe('formulas');
  });

  it('asks for a new preview when the figures change after the last one', async () => {
    const controller = new FakeController();
    const { user } = await openAllocation(controller);
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    await screen.findByRole('table');
    await user.type(screen.getByLabelText('Ngân sách địa phương (vốn đối ứng)'), '107');

    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText(/Số liệu đã thay đổi sau lần xem trước/)).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Ghi giá trị' }).disabled).toBe(true);
  });

  it('shows why an allocation failed, in words, and allows no write', async () => {
    const controller = new FakeController();
    controller.preview = {
      kind: 'failed',
      messages: [
        {
          vi: 'Ô "Ngân sách trung ương được giao": "1.469" đọc được hai cách (1469 hay 1,469).',
          en: '"Central budget assigned": "1.469" is ambiguous (1469 or 1.469).',
        },
      ],
    };
    const { user } = await openAllocation(controller);
    await user.type(screen.getByLabelText('Ngân sách trung ương được giao'), '1.469');
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));

    expect(await screen.findByText(/"1.469" đọc được hai cách/)).toBeTruthy();
    expect(screen.getByText('Chưa phân bổ được')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Ghi giá trị' }).disabled).toBe(true);
  });

  it('refuses to preview with no row chosen, without calling the controller', async () => {
    const controller = new FakeController();
    controller.rows = controller.rows.slice(2, 3);
    const { user } = await openAllocation(controller);
    await user.click(screen.getByRole('checkbox', { name: DA41 }));
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));

    expect(await screen.findByText('Chưa chọn Dự án, Tiểu dự án nào để phân bổ.')).toBeTruthy();
    expect(controller.callsTo('previewAllocation')).toHaveLength(0);
  });
});
