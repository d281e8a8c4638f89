import { asciiSlug, documentFileName } from '../../src/app/document-file-name';

describe('the Word document file name', () => {
  it('is made from the locality without diacritics and the year', () => {
    expect(documentFileName({ locality: 'xã Bình Lư', year: 2025 })).toBe('kinh-phi-xa-binh-lu-2025.docx');
    expect(documentFileName({ locality: 'huyện Sông Mã', year: 2024 })).toBe(
      'kinh-phi-huyen-song-ma-2024.docx',
    );
    expect(documentFileName({ locality: 'Thị xã Mường Lay', year: 2024 })).toBe(
      'kinh-phi-thi-xa-muong-lay-2024.docx',
    );
  });

  it('turns đ into d and keeps only ASCII letters, digits and single hyphens', () => {
    expect(asciiSlug('Đắk Đoa, Gia Lai')).toBe('dak-doa-gia-lai');
    expect(asciiSlug('  phường 12 – quận Gò Vấp  ')).toBe('phuong-12-quan-go-vap');
    expect(asciiSlug('Ứng Hoà / Hà Nội')).toBe('ung-hoa-ha-noi');
  });

  it('leaves out what the plan does not say', () => {
    expect(documentFileName({ year: 2025 })).toBe('kinh-phi-2025.docx');
    expect(documentFileName({ locality: 'xã Bình Lư' })).toBe('kinh-phi-xa-binh-lu.docx');
    expect(documentFileName({ locality: '  ' })).toBe('kinh-phi.docx');
  });
});
