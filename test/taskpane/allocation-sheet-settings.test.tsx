/** @jest-environment jsdom */
import './setup';
import { screen, waitFor } from '@testing-library/react';
import { done } from '../../src/app/outcome';
import { at, finding } from '../../src/domain/findings';
import { FakeController, MUONG_LAY_PREVIEW } from './fake-controller';
import { chooseLanguage, openStep, renderApp } from './render-app';

const DA41 = 'Tiểu dự án 1: Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn';
const HINT = {
  vi: 'Lấy từ khối thiết lập của trang "Kế hoạch kinh phí" (NSTW được giao ô C5, NSĐP được giao ô C6, bước làm tròn ô C7).',
  en: 'Taken from the settings block of sheet "Kế hoạch kinh phí" (assigned central budget cell C5, assigned local budget cell C6, rounding step cell C7).',
};

function withSettings(): FakeController {
  const controller = new FakeController();
  controller.settings = { nstw: '7.538', nsdp: '107', step: '0,01', hint: HINT };
  return controller;
}

async function openAllocation(controller: FakeController) {
  const rendered = renderApp(controller);
  await openStep(rendered.user, /Phân bổ/);
  await screen.findByRole('checkbox', { name: DA41 });
  return rendered;
}

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);

describe('step "Phân bổ" filled from the sheet\'s settings block', () => {
  it('fills the empty assigned totals and the step, and says where they came from', async () => {
    await openAllocation(withSettings());
    await waitFor(() => expect(field('Ngân sách trung ương được giao').value).toBe('7.538'));
    expect(field('Ngân sách địa phương (vốn đối ứng)').value).toBe('107');
    expect(field('Bước làm tròn').value).toBe('0,01');
    expect(screen.getByRole('note').textContent).toBe(HINT.vi);
  });

  it('leaves the fields and shows no hint when the sheet states nothing', async () => {
    await openAllocation(new FakeController());
    expect(field('Ngân sách trung ương được giao').value).toBe('');
    expect(field('Bước làm tròn').value).toBe('1');
    expect(screen.queryByText(/Lấy từ khối thiết lập/)).toBeNull();
  });

  it('never overwrites what the user typed when the rows are read again', async () => {
    const controller = withSettings();
    const { user } = await openAllocation(controller);
    await waitFor(() => expect(field('Ngân sách trung ương được giao').value).toBe('7.538'));
    const nstw = field('Ngân sách trung ương được giao');
    await user.clear(nstw);
    await user.type(nstw, '8.000');
    controller.settings = { nstw: '9.999', nsdp: '200', step: '1', hint: HINT };
    await user.click(screen.getByRole('button', { name: 'Tải lại danh sách' }));
    await waitFor(() => expect(field('Ngân sách địa phương (vốn đối ứng)').value).toBe('200'));
    expect(field('Ngân sách trung ương được giao').value).toBe('8.000');
    expect(field('Bước làm tròn').value).toBe('1');
  });

  it('asks for the figures in the chosen notation and refills the untouched fields in it', async () => {
    const controller = withSettings();
    const { user } = await openAllocation(controller);
    await waitFor(() => expect(field('Ngân sách trung ương được giao').value).toBe('7.538'));
    expect(controller.callsTo('allocationForm').at(-1)).toEqual(['auto']);
    controller.settings = { nstw: '7,538', nsdp: '107', step: '0.01', hint: HINT };
    await user.selectOptions(screen.getByLabelText('Cách viết số'), 'en');
    await waitFor(() => expect(field('Ngân sách trung ương được giao').value).toBe('7,538'));
    expect(controller.callsTo('allocationForm').at(-1)).toEqual(['en']);
    expect(field('Bước làm tròn').value).toBe('0.01');
  });

  it('shows the warnings of a preview (assigned totals that differ from the sheet) in the UI language', async () => {
    const controller = withSettings();
    const warning = {
      vi: 'NSTW được giao trên trang "Kế hoạch kinh phí" (ô C5) là 7.538 triệu đồng, khác số đang phân bổ 8.000 triệu đồng (chênh lệch +462 triệu đồng).',
      en: 'The assigned central budget (NSTW) on sheet "Kế hoạch kinh phí" (cell C5) is 7,538 million VND, but the allocation totals 8,000 million VND (difference +462 million VND).',
    };
    if (MUONG_LAY_PREVIEW.kind !== 'ok') throw new Error('the fake preview is a split');
    controller.preview = { ...MUONG_LAY_PREVIEW, warnings: [warning] };
    const { user } = await openAllocation(controller);
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    await screen.findByRole('table');
    expect(screen.getByText('Cần xem trước khi ghi')).toBeTruthy();
    expect(screen.getByText(warning.vi)).toBeTruthy();
    await chooseLanguage(user, 'English');
    expect(await screen.findByText(warning.en)).toBeTruthy();
    expect(screen.getByText('Look at this before writing')).toBeTruthy();
  });

  it('shows a write that left formulas not recalculated as a warning naming them', async () => {
    const controller = withSettings();
    const text = {
      vi: 'Đã ghi phân bổ cho 3 dòng (9 ô). 2 công thức không được tính lại (D15, D16) trên trang "Kế hoạch kinh phí": mở sổ tính trong Excel hoặc LibreOffice để tính lại.',
      en: 'The allocation was written for 3 rows (9 cells). 2 formulas were not recalculated (D15, D16) on sheet "Kế hoạch kinh phí": open the workbook in Excel or LibreOffice to recalculate.',
    };
    const notice = finding({
      severity: 'warning',
      code: 'APP_NOT_RECALCULATED',
      where: at.cell('Kế hoạch kinh phí', 'D15'),
      text,
    });
    controller.writeResults.push(done({ cellCount: 9 }, text, [notice]));
    const { user } = await openAllocation(controller);
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Ghi giá trị' }));
    expect(await screen.findByText(text.vi, { exact: false })).toBeTruthy();
    expect(screen.getByText('Cần chú ý')).toBeTruthy();
    expect(screen.queryByText('Thành công')).toBeNull();
  });
});
