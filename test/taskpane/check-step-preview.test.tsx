/** @jest-environment jsdom */
import './setup';
import { screen, within } from '@testing-library/react';
import type { SheetPreview } from '../../src/app/sheet-preview';
import type { FindingView } from '../../src/taskpane/controller-types';
import { FakeController } from './fake-controller';
import { chooseLanguage, openStep, renderApp } from './render-app';

/** A text number in E16 and the sums that disagree only because of it. */
const CAUSED: readonly FindingView[] = [
  {
    id: 'c1',
    severity: 'warning',
    where: 'DA3.1',
    cell: 'E16',
    message: { vi: 'Ô E16 chứa số dạng văn bản "1.469".', en: 'Cell E16 holds the text "1.469".' },
  },
  {
    id: 'c2',
    severity: 'info',
    where: 'DA3',
    cell: 'E15',
    causeId: 'c1',
    message: {
      vi: 'Dự án 3: tổng khác tổng các phần (do ô E16).',
      en: 'Project 3: total differs (caused by E16).',
    },
  },
  {
    id: 'c3',
    severity: 'info',
    where: 'TONG',
    cell: 'E12',
    causeId: 'c1',
    message: {
      vi: 'Tổng cộng khác tổng các dự án (do ô E16).',
      en: 'The grand total differs (caused by E16).',
    },
  },
  {
    id: 'c4',
    severity: 'error',
    where: 'DA4',
    cell: 'C18',
    message: { vi: 'Dự án 4: tổng sai.', en: 'Project 4: wrong total.' },
  },
];

/** Rows 12..18 of a plan sheet, columns A..E; E16 is marked red. */
const SHEET: SheetPreview = {
  sheet: 'Kế hoạch kinh phí',
  columns: ['A', 'B', 'C', 'D', 'E'],
  rows: [12, 13, 14, 15, 16, 17, 18].map((number) => ({
    number,
    cells: ['', `Dòng ${number}`, '7538', '15555.25', number === 16 ? '1.469' : '1469.00'],
    figures: [null, null, '7538', '15555.25', number === 16 ? null : '1469.00'],
  })),
  truncated: false,
  marks: { E16: '#F8D7DA' },
};

function browserController(): FakeController {
  const controller = new FakeController('browser');
  controller.findings = CAUSED;
  controller.sheet = SHEET;
  return controller;
}

describe('step "Kiểm tra" in standalone mode', () => {
  it('lists the consequences under their cause', async () => {
    const { user } = renderApp(browserController());
    await openStep(user, /Kiểm tra/);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));

    const list = await screen.findByRole('list', { name: 'Kết quả kiểm tra' });
    const top = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === list);
    expect(top.map((li) => li.querySelector('button')?.textContent)).toEqual([
      expect.stringContaining('Ô E16 chứa số dạng văn bản'),
      expect.stringContaining('Dự án 4: tổng sai.'),
    ]);
    const nested = within(top[0]!).getByRole('list', { name: 'Hệ quả của ô E16' });
    expect(
      within(nested)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      expect.stringContaining('Dự án 3: tổng khác tổng các phần (do ô E16).'),
      expect.stringContaining('Tổng cộng khác tổng các dự án (do ô E16).'),
    ]);
    expect(within(top[1]!).queryByRole('list')).toBeNull();
  });

  it('shows the sheet with Vietnamese figures and marks, and outlines the cell of a clicked finding', async () => {
    const controller = browserController();
    const { user } = renderApp(controller);
    await openStep(user, /Kiểm tra/);
    const table = await screen.findByRole('region', { name: /^Trang "Kế hoạch kinh phí"/ });
    const row16 = within(table).getByRole('row', { name: /^16 / });
    const cells = within(row16).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual(['', 'Dòng 16', '7.538', '15.555,25', '1.469']);
    // The marked cell keeps the colour the marking gave it.
    expect(cells[4]?.style.backgroundColor).toBe('rgb(248, 215, 218)');
    expect(table.querySelector('[aria-current]')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await user.click(await screen.findByRole('button', { name: /Dự án 4: tổng sai\./ }));
    expect(controller.callsTo('selectFinding')).toEqual([[CAUSED[3]]]);
    const outlined = table.querySelector('[aria-current="location"]');
    expect(outlined?.getAttribute('data-cell')).toBe('C18');
    expect(outlined?.textContent).toBe('7.538');
    expect(screen.getByText('Đang chỉ ô C18').getAttribute('role')).toBe('status');
  });

  it('shows figures in English notation in the English UI', async () => {
    const { user } = renderApp(browserController());
    await chooseLanguage(user, 'English');
    await openStep(user, /Check/);
    const table = await screen.findByRole('region', { name: /^Sheet "Kế hoạch kinh phí"/ });
    const cells = within(within(table).getByRole('row', { name: /^13 / })).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual(['', 'Dòng 13', '7,538', '15,555.25', '1,469.00']);
  });

  it('shows no sheet preview inside Excel, where the sheet itself is on show', async () => {
    const controller = new FakeController('excel');
    controller.sheet = SHEET;
    const { user } = renderApp(controller);
    await openStep(user, /Kiểm tra/);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByRole('list', { name: 'Kết quả kiểm tra' });
    expect(screen.queryByRole('region', { name: /^Trang "/ })).toBeNull();
    expect(controller.callsTo('sheetPreview')).toEqual([]);
  });
});
