import { at } from '../../src/domain/findings';
import {
  builtInCatalogue,
  CatalogueIndex,
  entryLabel,
  extendCatalogue,
  QD90,
} from '../../src/domain/catalogue';

describe('the QĐ 90 catalogue', () => {
  const index = new CatalogueIndex(QD90);

  it('has the seven projects and the eleven sub-projects of the programme', () => {
    expect(QD90.entries.filter((e) => e.kind === 'du_an').map((e) => e.code)).toEqual([
      'DA1',
      'DA2',
      'DA3',
      'DA4',
      'DA5',
      'DA6',
      'DA7',
    ]);
    expect(QD90.entries.filter((e) => e.kind === 'tieu_du_an').map((e) => e.code)).toEqual([
      'DA3.1',
      'DA3.2',
      'DA4.1',
      'DA4.2',
      'DA4.3',
      'DA6.1',
      'DA6.2',
      'DA7.1',
      'DA7.2',
    ]);
  });

  it('labels entries with their official names', () => {
    expect(entryLabel(index.get('DA4.3')!)).toBe('Tiểu dự án 3: Hỗ trợ việc làm bền vững');
    expect(entryLabel(index.get('DA6')!)).toBe('Dự án 6: Truyền thông và giảm nghèo về thông tin');
    expect(index.get('DA1')!.title).toBe(
      'Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo',
    );
  });

  it('finds a sub-project by its number within its project', () => {
    expect(index.byNumber('DA4', 'tieu_du_an', 3)?.code).toBe('DA4.3');
    expect(index.byNumber(null, 'du_an', 7)?.code).toBe('DA7');
    expect(index.byNumber('DA2', 'tieu_du_an', 1)).toBeUndefined();
  });

  it('says which entries take investment money', () => {
    expect(QD90.entries.filter((e) => e.investment).map((e) => e.code)).toEqual(['DA1', 'DA4', 'DA4.1']);
  });

  it('is found by id', () => {
    expect(builtInCatalogue('qd90-2021-2025')).toBe(QD90);
    expect(builtInCatalogue('qd90')).toBe(QD90);
    expect(builtInCatalogue('nope')).toBeUndefined();
  });
});

describe('extendCatalogue', () => {
  it('adds nội dung and nội dung thành phần two levels down', () => {
    const { catalogue, findings } = extendCatalogue(QD90, [
      { code: 'DA3.1.1', parent: 'DA3.1', title: 'Hỗ trợ giống cây trồng' },
      { code: 'DA3.1.1.1', parent: 'DA3.1.1', title: 'Giống ngô lai' },
      { code: 'DA2.1', parent: 'DA2', title: 'Mô hình nuôi bò sinh sản' },
    ]);
    expect(findings).toEqual([]);
    const index = new CatalogueIndex(catalogue);
    expect(index.get('DA3.1.1')).toMatchObject({ kind: 'noi_dung', level: 3, number: 1, userDefined: true });
    expect(index.get('DA3.1.1.1')).toMatchObject({ kind: 'noi_dung_thanh_phan', level: 4 });
    expect(index.get('DA2.1')).toMatchObject({ kind: 'noi_dung', level: 2, parent: 'DA2' });
    expect(QD90.entries.some((e) => e.code === 'DA3.1.1')).toBe(false);
  });

  it('reports bad rows and keeps the good ones', () => {
    const { catalogue, findings } = extendCatalogue(QD90, [
      { code: 'DA9.1', parent: 'DA9', title: 'Không có cha' },
      { code: 'DA4', parent: 'DA4', title: 'Trùng mã' },
      { code: 'DA4.1.1', parent: 'DA4.1', title: 'Đào tạo nghề' },
      { code: 'DA4.1.1.1', parent: 'DA4.1.1', title: 'Nghề may' },
      { code: 'DA4.1.1.1.1', parent: 'DA4.1.1.1', title: 'Quá sâu' },
      { code: 'x y', parent: 'DA4', title: 'Mã sai' },
      { code: 'DA5.1', parent: 'DA5', title: '  ' },
    ]);
    expect(findings.map((f) => [f.where, f.severity])).toEqual([
      [at.item('DA9.1'), 'error'],
      [at.item('DA4'), 'error'],
      [at.item('DA4.1.1.1.1'), 'error'],
      [at.item('x y'), 'error'],
      [at.item('DA5.1'), 'error'],
    ]);
    expect(findings[0]?.text.vi).toBe('Không có mục cha DA9 cho dòng DA9.1.');
    expect(catalogue.entries.length).toBe(QD90.entries.length + 2);
  });
});
