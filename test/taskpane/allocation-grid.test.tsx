/** @jest-environment jsdom */
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AllocationRow } from '../../src/taskpane/controller-types';
import { FakeController, MUONG_LAY_PREVIEW } from './fake-controller';
import { openStep, renderApp } from './render-app';

const DA31 = 'Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp';
const DA41 = 'Tiểu dự án 1: Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn';
const GRID = 'Các Dự án, Tiểu dự án nhận phân bổ';

async function openAllocation(controller: FakeController) {
  const rendered = renderApp(controller);
  await openStep(rendered.user, /Phân bổ/);
  await screen.findByRole('grid', { name: GRID });
  return rendered;
}

function chosenCodes(controller: FakeController): string[] {
  const calls = controller.callsTo('previewAllocation');
  return calls[calls.length - 1]?.[0].rows.map((r) => r.code) ?? [];
}

/** The data lines the grid renders now (without its header and totals). */
function renderedLines(): HTMLElement[] {
  const grid = screen.getByRole('grid', { name: GRID });
  return within(grid)
    .getAllByRole('row')
    .filter((row) => row.querySelector('input[type="checkbox"]') !== null);
}

describe('the allocation grid', () => {
  it('finds rows by code or name without diacritics, and chooses none / all of the rows found', async () => {
    const controller = new FakeController();
    const { user } = await openAllocation(controller);

    await user.type(screen.getByRole('searchbox', { name: 'Tìm Dự án, Tiểu dự án' }), 'giao duc');
    expect(renderedLines()).toHaveLength(1);
    expect(screen.getByRole('checkbox', { name: DA41 })).toBeTruthy();
    expect(screen.getByText(/^Đang hiện 1\/4 dòng/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Bỏ chọn tất cả' }));
    await user.clear(screen.getByRole('searchbox', { name: 'Tìm Dự án, Tiểu dự án' }));
    expect(renderedLines()).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect(chosenCodes(controller)).toEqual(['DA3', 'DA3.1', 'DA6.2']);

    await user.type(screen.getByRole('searchbox', { name: 'Tìm Dự án, Tiểu dự án' }), 'DA3');
    await user.click(screen.getByRole('button', { name: 'Bỏ chọn tất cả' }));
    await user.clear(screen.getByRole('searchbox', { name: 'Tìm Dự án, Tiểu dự án' }));
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect(chosenCodes(controller)).toEqual(['DA6.2']);

    await user.click(screen.getByRole('button', { name: 'Chọn tất cả' }));
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect(chosenCodes(controller)).toEqual(['DA3', 'DA3.1', 'DA4.1', 'DA6.2']);
  });

  it('names the row by code and name when its weight cannot be read, and does not preview', async () => {
    const controller = new FakeController();
    const { user } = await openAllocation(controller);
    const weight = screen.getByLabelText(`Tỷ trọng: ${DA31}`);
    await user.clear(weight);
    await user.type(weight, 'hai');

    expect(weight.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('1 dòng có tỷ trọng chưa đúng')).toBeTruthy();
    expect(
      screen.getAllByText(/^DA3\.1 Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp: tỷ trọng/),
    ).toHaveLength(1);
    expect(screen.queryByText(/Dòng \d/)).toBeNull();

    await user.clear(weight);
    await user.type(weight, '-2');
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect(controller.callsTo('previewAllocation')).toHaveLength(0);
    expect(
      screen.getAllByText(
        /DA3\.1 Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp: tỷ trọng -2 là số âm/,
      ).length,
    ).toBeGreaterThan(0);
  });

  it('rewords an engine message about "Dòng 2" to name the second chosen row', async () => {
    const controller = new FakeController();
    controller.preview = {
      kind: 'failed',
      messages: [
        {
          vi: 'Ngân sách trung ương: Dòng 2: mức tối thiểu 5 lớn hơn mức tối đa 3.',
          en: 'Central budget: Line 2: minimum 5 is above maximum 3.',
        },
      ],
    };
    const { user } = await openAllocation(controller);
    await user.click(screen.getByRole('checkbox', { name: /^Dự án 3:/ }));
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));

    expect(
      await screen.findByText(
        'Ngân sách trung ương: DA4.1 Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn: mức tối thiểu 5 lớn hơn mức tối đa 3.',
      ),
    ).toBeTruthy();
  });

  it('says what an empty lock keeps and sends the current figures, an empty cell as 0', async () => {
    const controller = new FakeController();
    const { user } = await openAllocation(controller);
    await user.click(screen.getByRole('button', { name: `Giữ cố định số tiền: ${DA31}` }));

    expect(
      screen.getByText('Ô nào để trống thì giữ số hiện có của ô đó: NSTW 3.650; NSĐP 0 (ô trống).'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    const sent = controller.callsTo('previewAllocation')[0]?.[0].rows.find((r) => r.code === 'DA3.1');
    expect(sent).toEqual({ code: 'DA3.1', weight: '1', lockedNstw: '3.650', lockedNsdp: '0' });
  });

  it("shows each row's share and its difference from the current figure after a preview, and the totals", async () => {
    const controller = new FakeController();
    controller.rows = controller.rows.filter((r) => r.code !== 'DA3');
    const { user } = await openAllocation(controller);
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    await screen.findByRole('table', { name: /Xem trước phân bổ/ });

    const grid = screen.getByRole('grid', { name: GRID });
    const lines = within(grid)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Array.from(row.children, (cell) => cell.textContent).slice(-5, -1));
    expect(lines).toEqual([
      ['3.650', '', '3.650', '0'],
      ['1.695', '', '1.695', '0'],
      ['466,25', '', '466,25', '0'],
      ['5.811,25', '', MUONG_LAY_PREVIEW.kind === 'ok' ? MUONG_LAY_PREVIEW.totals.total : '', '0'],
    ]);
  });

  it('renders only the lines in view of a 5 000-row plan, and the others as it scrolls', async () => {
    const controller = new FakeController();
    controller.rows = Array.from({ length: 5000 }, (_, i): AllocationRow => ({
      code: `R${i + 1}`,
      label: `Nội dung số ${i + 1}`,
      level: 2,
      nstw: String(i + 1),
      nsdp: null,
    }));
    await openAllocation(controller);

    const first = renderedLines();
    expect(first.length).toBeGreaterThan(5);
    expect(first.length).toBeLessThan(30);
    expect(document.querySelectorAll('input').length).toBeLessThan(100);
    expect(screen.getByRole('grid', { name: GRID }).getAttribute('aria-rowcount')).toBe('5002');
    // The totals row is there without scrolling: 1 + 2 + … + 5000.
    expect(screen.getByText('12.502.500')).toBeTruthy();

    const viewport = screen.getByRole('checkbox', { name: 'Nội dung số 1' }).closest('[role="rowgroup"]')
      ?.parentElement as HTMLElement;
    viewport.scrollTop = 36 * 4000;
    fireEvent.scroll(viewport);
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Nội dung số 4001' })).toBeTruthy());
    expect(screen.queryByRole('checkbox', { name: 'Nội dung số 1' })).toBeNull();
    expect(renderedLines().length).toBeLessThan(30);
  });

  it('reads the rows and previews again after an undo, so the grid and the preview show the restored cells', async () => {
    const controller = new FakeController();
    const { user } = await openAllocation(controller);
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    await screen.findByRole('table', { name: /Xem trước phân bổ/ });
    await user.click(screen.getByRole('button', { name: 'Ghi giá trị' }));
    await screen.findByText('Đã ghi: phân bổ.');

    controller.rows = controller.rows.map((r) =>
      r.code === 'DA4.1' ? { ...r, nstw: '1000', nsdp: '7' } : r,
    );
    controller.preview = {
      kind: 'ok',
      rows: [{ code: 'DA4.1', label: DA41, nstw: '1.000', nsdp: '7', total: '1.007' }],
      totals: { code: 'TONG', label: 'Tổng cộng', nstw: '1.000', nsdp: '7', total: '1.007' },
      warnings: [],
    };
    const previews = controller.callsTo('previewAllocation').length;
    await user.click(screen.getByRole('button', { name: /^Hoàn tác$/ }));

    await waitFor(() => expect(controller.callsTo('previewAllocation')).toHaveLength(previews + 1));
    const grid = screen.getByRole('grid', { name: GRID });
    await waitFor(() => expect(within(grid).getAllByText('1.007').length).toBeGreaterThan(0));
    const table = screen.getByRole('table', { name: /Xem trước phân bổ/ });
    expect(within(table).getAllByText('1.007').length).toBeGreaterThan(0);
    expect(within(table).queryByText('1.695')).toBeNull();
  });
});
