import { HOST_MESSAGES, HostError, type HostArgs, type HostCode } from '../../src/hosts';
import { hostError, MAX_CELL_TEXT } from '../../src/hosts/messages';

/** One example per code: the type makes a new code without an example a compile error. */
const EXAMPLES: { readonly [C in HostCode]: HostArgs[C] } = {
  badAddress: { address: 'C0' },
  badRange: { range: 'A1:', purpose: { vi: 'gộp ô', en: 'merge' } },
  duplicateCell: { address: 'C7' },
  badNumber: { address: 'C7', value: Number.NaN },
  textTooLong: { address: 'A1', length: MAX_CELL_TEXT + 1 },
  badFormula: { address: 'C7', formula: 'SUM(C8:C9)' },
  badColor: { address: 'C7', color: 'yellow' },
  badWidth: { column: 'C', width: 300 },
  badColumn: { column: 'C1' },
  badName: { name: 'C7' },
  badSheetName: { sheet: 'Kế/hoạch' },
  noSheet: { sheet: 'Phụ lục' },
  snapshotMismatch: { snapshotSheet: 'Kinh phí', sheet: 'Kế hoạch kinh phí' },
};

describe('the hosts catalogue', () => {
  it.each(Object.keys(EXAMPLES) as HostCode[])('%s speaks both languages', (code) => {
    const error = hostError(code, 'x', EXAMPLES[code]);
    expect(error.text.vi.trim()).not.toBe('');
    expect(error.text.en.trim()).not.toBe('');
    expect(error.text.vi).not.toBe(error.text.en);
    expect(error.text.vi).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữìíịỉĩòóọỏõùúụủũỳýỵỷỹ]/i);
  });

  it('has an example for exactly the codes it holds', () => {
    expect(Object.keys(HOST_MESSAGES).sort()).toEqual(Object.keys(EXAMPLES).sort());
  });

  it('raises an error carrying the code, what is at fault and the text in both languages', () => {
    const error = hostError('textTooLong', 'A1', EXAMPLES.textTooLong);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ name: 'HostError', code: 'textTooLong', where: 'A1' });
    expect(error.text.vi).toBe('Ô A1: văn bản dài 32.768 ký tự, vượt giới hạn 32.767 ký tự của một ô Excel.');
    expect(error.text.en).toBe(
      "Cell A1: the text is 32,768 characters long, over Excel's limit of 32,767 per cell.",
    );
    expect(error.message).toBe(`${error.text.vi} (${error.text.en})`);
  });
});
