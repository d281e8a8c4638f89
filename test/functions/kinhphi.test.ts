import { kinhphi } from '../../src/functions/core/kinhphi';
import { failure, value } from './helpers';

describe('KINHPHI', () => {
  it('writes the kinh-phi-thuc-hien sentence of an item (style 1, default)', () => {
    expect(value(kinhphi(1695, 1588, 107))).toBe(
      'b) Kinh phí thực hiện: 1.695 triệu đồng, cụ thể: - Ngân sách trung ương: 1.588 triệu đồng; - Ngân sách địa phương: 107 triệu đồng.',
    );
  });

  it('writes the nguon-von-giao sentence (style 2), the total derived when left empty', () => {
    expect(value(kinhphi('', 6667, '466,25', null, 2))).toBe(
      '- Nguồn vốn giao: 7.133,25 triệu đồng. Trong đó: + Ngân sách trung ương: 6.667 triệu đồng. + Ngân sách địa phương: 466,25 triệu đồng.',
    );
  });

  it('leaves out sources that are not stated, and keeps a stated zero', () => {
    expect(value(kinhphi('1.005', '', ''))).toBe('b) Kinh phí thực hiện: 1.005 triệu đồng.');
    expect(value(kinhphi(100, 100, 0))).toBe(
      'b) Kinh phí thực hiện: 100 triệu đồng, cụ thể: - Ngân sách trung ương: 100 triệu đồng; - Ngân sách địa phương: 0 triệu đồng.',
    );
    expect(value(kinhphi(null, 50, null, null, '1'))).toBe(
      'b) Kinh phí thực hiện: 50 triệu đồng (Ngân sách trung ương: 50 triệu đồng).',
    );
  });

  it('lists other sources (nguồn vốn khác)', () => {
    expect(value(kinhphi(120, 100, 15, 5, 2))).toBe(
      '- Nguồn vốn giao: 120 triệu đồng. Trong đó: + Ngân sách trung ương: 100 triệu đồng. + Ngân sách địa phương: 15 triệu đồng. + Nguồn vốn khác: 5 triệu đồng.',
    );
  });

  it('refuses a total that differs from the sum of the sources', () => {
    const e = failure(kinhphi(1700, 1588, 107));
    expect(e.error).toBe('num');
    expect(e.text.vi).toBe(
      'tong: 1.700 khác tổng các nguồn nstw + nsdp + khac = 1.695 (lệch 5); hãy sửa số liệu hoặc để trống tong.',
    );
  });

  it('refuses an unknown style, negative amounts and nothing stated', () => {
    expect(failure(kinhphi(1, 1, '', '', 3)).text.vi).toMatch(/^kieu: 3 không phải là kiểu văn phong/);
    expect(failure(kinhphi('', -1, 2)).text.vi).toMatch(/^nstw: là số âm/);
    expect(failure(kinhphi('', '', '')).error).toBe('value');
    expect(failure(kinhphi('', '1,469.5.2', '')).text.vi).toMatch(/^nstw: không phải là số/);
  });
});
