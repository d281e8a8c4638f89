import { bangchu } from '../../src/functions/core/bangchu';
import { failure, value } from './helpers';

describe('BANGCHU', () => {
  it('writes triệu đồng by default', () => {
    expect(value(bangchu(7645))).toBe('Bảy tỷ sáu trăm bốn mươi lăm triệu đồng');
    expect(value(bangchu('15.555,25'))).toBe(
      'Mười lăm tỷ năm trăm năm mươi lăm triệu hai trăm năm mươi nghìn đồng',
    );
  });

  it('takes the unit tỷ or đồng, also written without diacritics', () => {
    expect(value(bangchu(1, 'tỷ'))).toBe('Một tỷ đồng');
    expect(value(bangchu(1005, 'đồng'))).toBe('Một nghìn không trăm linh năm đồng');
    expect(value(bangchu(1, 'trieu'))).toBe('Một triệu đồng');
    expect(value(bangchu(1, ''))).toBe('Một triệu đồng');
  });

  it('fails with #NUM! on a fraction of a đồng rather than rounding', () => {
    const e = failure(bangchu(0.0000005));
    expect(e.error).toBe('num');
    expect(e.text.vi).toMatch(/^so: Số tiền 0,0000005 triệu đồng bằng 0,5 đồng/);
  });

  it('refuses an unknown unit and a non-number', () => {
    expect(failure(bangchu(1, 'xu')).text.vi).toBe(
      'don_vi: "xu" không phải là đơn vị tính; hãy ghi "triệu", "tỷ" hoặc "đồng".',
    );
    expect(failure(bangchu(1, 3)).error).toBe('value');
    expect(failure(bangchu(true)).text.vi).toBe('so: không phải là số (đang là giá trị logic TRUE).');
  });
});
