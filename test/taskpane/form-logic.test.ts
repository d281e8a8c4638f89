import { parseYear } from '../../src/taskpane/components/template-step';
import { buildRequest, type RowChoice } from '../../src/taskpane/hooks/use-allocation-form';
import { copyForWord } from '../../src/taskpane/clipboard';
import { isPlanDocument } from '../../src/taskpane/file-bytes';
import { showAmount } from '../../src/taskpane/show-amount';
import { MUONG_LAY_ROWS } from './fake-controller';

describe('parseYear', () => {
  it.each([
    ['2024', 2024],
    [' 2025 ', 2025],
    ['2000', 2000],
    ['2100', 2100],
  ])('reads %j as %d', (typed, year) => expect(parseYear(typed)).toBe(year));

  it.each(['', '202', '1999', '2101', '2024.5', '20 24', 'năm 2024'])('refuses %j', (typed) =>
    expect(parseYear(typed)).toBeNull(),
  );
});

describe('buildRequest', () => {
  const choices = new Map<string, RowChoice>([
    ['DA3', { chosen: false, weight: '1', locked: false, lockedNstw: '', lockedNsdp: '' }],
    ['DA4.1', { chosen: true, weight: ' 3 ', locked: true, lockedNstw: ' 1.588 ', lockedNsdp: '' }],
    ['DA6.2', { chosen: true, weight: '1', locked: false, lockedNstw: '500', lockedNsdp: '20' }],
  ]);
  const choiceOf = (code: string): RowChoice =>
    choices.get(code) ?? { chosen: true, weight: '1', locked: false, lockedNstw: '', lockedNsdp: '' };
  const fields = {
    nstw: ' 7.538 ',
    nsdp: '107',
    step: '1',
    method: 'weights' as const,
    locale: 'auto' as const,
  };

  it('keeps chosen rows in sheet order with trimmed weights and only the locks that are on', () => {
    expect(buildRequest(fields, MUONG_LAY_ROWS, choiceOf)).toEqual({
      nstw: '7.538',
      nsdp: '107',
      step: '1',
      method: 'weights',
      locale: 'auto',
      rows: [
        { code: 'DA3.1', weight: '1' },
        // A locked row's empty lock field keeps the current figure (NSĐP 107), never nothing.
        { code: 'DA4.1', weight: '3', lockedNstw: '1.588', lockedNsdp: '107' },
        // Figures typed while the lock was on are ignored once it is off.
        { code: 'DA6.2', weight: '1' },
      ],
    });
  });

  it('sends no weights for the methods that do not use them', () => {
    const request = buildRequest({ ...fields, method: 'last-year' }, MUONG_LAY_ROWS, choiceOf);
    expect(request.rows.map((row) => Object.keys(row))).toEqual([
      ['code'],
      ['code', 'lockedNstw', 'lockedNsdp'],
      ['code'],
    ]);
  });

  it('locks an empty field at the current figure written for the locale, an empty cell at 0', () => {
    const locked: RowChoice = { chosen: true, weight: '1', locked: true, lockedNstw: '', lockedNsdp: '' };
    const rows = MUONG_LAY_ROWS.filter((r) => r.code === 'DA6.2');
    const locks = (locale: 'auto' | 'vi' | 'en') =>
      buildRequest({ ...fields, locale }, rows, () => locked).rows.map((r) => [r.lockedNstw, r.lockedNsdp]);
    expect(locks('vi')).toEqual([['466,25', '0']]);
    expect(locks('auto')).toEqual([['466,25', '0']]);
    expect(locks('en')).toEqual([['466.25', '0']]);
  });
});

describe('copyForWord', () => {
  it('uses plain text when ClipboardItem does not exist', async () => {
    const written: string[] = [];
    const kind = await copyForWord(
      { html: '<p>a</p>', text: 'a' },
      {
        writeText: (text) => {
          written.push(text);
          return Promise.resolve();
        },
      },
    );
    expect(kind).toBe('plain');
    expect(written).toEqual(['a']);
  });

  it('fails loudly when there is no clipboard at all', async () => {
    await expect(copyForWord({ html: '', text: '' }, undefined)).rejects.toThrow('navigator.clipboard');
  });
});

describe('small helpers', () => {
  it.each([
    ['ke-hoach.docx', true],
    ['KE-HOACH.TXT', true],
    ['ke-hoach.pdf', false],
    ['docx', false],
  ])('isPlanDocument(%j) is %s', (name, ok) => expect(isPlanDocument(name)).toBe(ok));

  it.each([
    ['7645', '7.645'],
    ['466.25', '466,25'],
    ['15555.25', '15.555,25'],
    ['không rõ', 'không rõ'],
  ])('shows %j as %j', (plain, shown) => expect(showAmount(plain)).toBe(shown));
});
