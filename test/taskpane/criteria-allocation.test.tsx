/** @jest-environment jsdom */
/**
 * Step 2's mode "Theo tiêu chí, hệ số" over the real controller and an in-memory workbook: the Xã A/B/C
 * recipients typed into a sheet range are scored 55, 52, 25 and share 1.000 exactly, shown in the
 * preview and written right of the range; "Hoàn tác" puts the cells back; an unknown category is told
 * by its cell and nothing is written; field problems show under their field.
 */
import './setup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { App } from '../../src/taskpane/app';
import { MemoryHost } from '../../src/hosts';
import { OfficeHost } from '../../src/hosts/office/office-host';
import { FakeExcel } from '../hosts/fake-excel';
import { WorkbookController } from '../../src/taskpane/workbook-controller';
import { memoryServices } from '../app/app-session-helpers';
import { openStep } from './render-app';
import { WorkbookSession } from '../../src/app/session';
import { CriteriaAllocation } from '../../src/taskpane/components/criteria-allocation';
import { ResultBar } from '../../src/taskpane/components/result-bar';
import { SessionCriteria, type CriteriaController } from '../../src/taskpane/criteria-controller';
import { useAction } from '../../src/taskpane/hooks/use-action';
import { I18nProvider } from '../../src/taskpane/hooks/use-i18n';

const SHEET = 'Đối tượng';

function workbook(category = 'khu_vuc_III'): MemoryHost {
  const host = new MemoryHost([SHEET]);
  const rows: (string | number | null)[][] = [
    ['ten', 'nhom', 'thon_dbkk'],
    ['Xã A', category, 5],
    ['Xã B', 'khu_vuc_II;bien_gioi', 2],
    ['Xã C', null, 0],
  ];
  rows.forEach((row, i) =>
    row.forEach((value, j) => {
      if (value !== null) host.setCell(SHEET, `${'ABC'[j]}${i + 1}`, { value });
    }),
  );
  return host;
}

async function openCriteria(host: MemoryHost): Promise<UserEvent> {
  const controller = new WorkbookController(host, memoryServices(), 'browser');
  const user = userEvent.setup();
  render(<App controller={controller} />);
  await openStep(user, /Phân bổ/);
  await user.click(screen.getByRole('radio', { name: 'Theo tiêu chí, hệ số' }));
  return user;
}

async function fill(user: UserEvent, range: string, total: string): Promise<void> {
  await user.type(screen.getByLabelText(/^Vùng đối tượng/), range);
  await user.type(screen.getByLabelText(/^Tổng số tiền/), total);
}

/** The preview table's lines as text, cell by cell. */
function lines(): string[][] {
  const table = screen.getByRole('table', { name: 'Điểm và phần phân bổ theo tiêu chí' });
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('td, th')].map((c) => c.textContent ?? ''));
}

describe('allocation by criteria in the pane', () => {
  it('previews the scores and parts, writes them right of the range, and undo restores', async () => {
    const host = workbook();
    const user = await openCriteria(host);
    // The weights form is not shown in this mode; the table's caution is.
    expect(screen.queryByLabelText('Ngân sách trung ương được giao')).toBeNull();
    expect(screen.getByText(/đối chiếu với văn bản gốc trước khi dùng/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ghi vào trang tính' }).hasAttribute('disabled')).toBe(true);

    await fill(user, 'A1:C4', '1000');
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    await screen.findByRole('table', { name: 'Điểm và phần phân bổ theo tiêu chí' });
    expect(lines()).toEqual([
      ['Tên', 'Điểm', 'Phần'],
      ['Xã A', '55', '417'],
      ['Xã B', '52', '394'],
      ['Xã C', '25', '189'],
      ['Tổng cộng', '132', '1.000'],
    ]);

    await user.click(screen.getByRole('button', { name: 'Ghi vào trang tính' }));
    expect(await screen.findByText(/Đã ghi điểm và phần phân bổ của 3 đối tượng vào D1:E4/)).toBeTruthy();
    const value = (a: string) => host.getCell(SHEET, a).value;
    expect(['D1', 'E1', 'D2', 'E2', 'E3', 'E4'].map(value)).toEqual([
      'Điểm',
      'Phần phân bổ',
      55,
      417,
      394,
      189,
    ]);

    await user.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await waitFor(() => expect(value('E2')).toBeNull());
    expect(['D1', 'E1', 'D2', 'E4'].map(value)).toEqual([null, null, null, null]);
    // The preview of before the undo is gone with it.
    expect(screen.queryByRole('table', { name: 'Điểm và phần phân bổ theo tiêu chí' })).toBeNull();
  });

  it('names the cell of an unknown category and writes nothing', async () => {
    const host = workbook('khu_vuc_IV');
    const user = await openCriteria(host);
    await fill(user, 'A1:C4', '1000');
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect(await screen.findByText(/Ô B2 \(cột "nhom"\): nhóm "khu_vuc_IV" không có/)).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Điểm và phần phân bổ theo tiêu chí' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Ghi vào trang tính' }).hasAttribute('disabled')).toBe(true);
    expect(host.getCell(SHEET, 'D1').value).toBeNull();
  });

  it('shows field problems under their field', async () => {
    const user = await openCriteria(workbook());
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    const range = screen.getByLabelText(/^Vùng đối tượng/);
    expect(range.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Hãy ghi vùng đối tượng, ví dụ A1:C20.').length).toBeGreaterThan(0);
    expect(screen.getByLabelText(/^Tổng số tiền/).getAttribute('aria-invalid')).toBe('true');

    await fill(user, 'A1:', 'một nghìn');
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    await waitFor(() => expect(screen.getAllByText(/"A1:" không phải một vùng ô/).length).toBeGreaterThan(0));
    expect(screen.getByLabelText(/^Tổng số tiền/).getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText(/^Vùng đối tượng/));

    // Back to the weights mode: its form is there again.
    await user.click(screen.getByRole('radio', { name: 'Theo tỷ trọng' }));
    expect(screen.getByLabelText('Ngân sách trung ương được giao')).toBeTruthy();
  });

  it('offers "Dùng vùng đang chọn" where the host tells the selected range', async () => {
    const base = new SessionCriteria(new WorkbookSession(workbook()));
    let selected: string | null = null;
    const criteria: CriteriaController = {
      tables: () => base.tables(),
      preview: (r) => base.preview(r),
      write: (r, o) => base.write(r, o),
      selectedRange: () => Promise.resolve(selected),
    };
    function Harness(): JSX.Element {
      const runner = useAction();
      return (
        <I18nProvider lang="vi">
          <ResultBar notice={runner.notice} onDismiss={runner.dismiss} />
          <CriteriaAllocation criteria={criteria} runner={runner} modeSwitch={null} />
        </I18nProvider>
      );
    }
    const user = userEvent.setup();
    render(<Harness />);
    const button = screen.getByRole('button', { name: 'Dùng vùng đang chọn' });
    await user.click(button);
    expect(await screen.findByText('Chưa chọn vùng nào trong sổ tính.')).toBeTruthy();
    selected = `'${SHEET}'!A1:C4`;
    await user.click(button);
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLInputElement>(/^Vùng đối tượng/).value).toBe(`'${SHEET}'!A1:C4`),
    );
    await user.type(screen.getByLabelText(/^Tổng số tiền/), '99');
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    await screen.findByRole('table', { name: 'Điểm và phần phân bổ theo tiêu chí' });
    expect(lines().at(-1)).toEqual(['Tổng cộng', '132', '99']);
  });

  it('reads the selection through the session where the host can (Excel), and offers nothing where it cannot', async () => {
    const excel = new FakeExcel(['Sheet1', SHEET]);
    excel.selection = { sheet: SHEET, rect: { top: 0, left: 0, bottom: 3, right: 2 } };
    const inExcel = new SessionCriteria(new WorkbookSession(new OfficeHost(excel.run)));
    await expect(inExcel.selectedRange?.()).resolves.toBe(`'${SHEET}'!A1:C4`);
    expect(new SessionCriteria(new WorkbookSession(workbook())).selectedRange).toBeUndefined();
  });
});
