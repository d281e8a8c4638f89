import path from 'path';
import { generateCustomFunctionsMetadata, type IFunction } from 'custom-functions-metadata';

const SOURCE = path.join(__dirname, '../../src/functions/functions.ts');

interface Expected {
  params: [name: string, optional: boolean, matrix: boolean][];
  result: { type?: string; matrix: boolean };
}

// What functions.json must declare: the user-facing contract of each function.
const EXPECTED: Record<string, Expected> = {
  PHANBO: {
    params: [
      ['tong', false, false],
      ['trong_so', false, true],
      ['buoc', true, false],
      ['toi_thieu', true, true],
      ['toi_da', true, true],
    ],
    result: { type: 'number', matrix: true },
  },
  PHANBO_NGUON: {
    params: [
      ['tong_tw', false, false],
      ['tong_dp', false, false],
      ['trong_so_tw', false, true],
      ['trong_so_dp', true, true],
      ['buoc', true, false],
    ],
    result: { type: 'number', matrix: true },
  },
  PHANBO_TIEUCHI: {
    params: [
      ['tong', false, false],
      ['ten', false, true],
      ['nhom', false, true],
      ['so_luong', true, true],
      ['tieu_chi', true, true],
      ['bang', true, false],
      ['buoc', true, false],
    ],
    result: { type: 'number', matrix: true },
  },
  DOIUNG: {
    params: [
      ['nstw', false, false],
      ['ty_le', false, false],
      ['buoc', true, false],
    ],
    result: { type: 'number', matrix: false },
  },
  KIEMTRA: {
    params: [
      ['tong', false, false],
      ['cac_phan', false, true],
    ],
    result: { type: 'string', matrix: false },
  },
  BANGCHU: {
    params: [
      ['so', false, false],
      ['don_vi', true, false],
    ],
    result: { type: 'string', matrix: false },
  },
  SO: {
    params: [
      ['so', false, false],
      ['so_le', true, false],
    ],
    result: { type: 'string', matrix: false },
  },
  KINHPHI: {
    params: [
      ['tong', false, false],
      ['nstw', false, false],
      ['nsdp', false, false],
      ['khac', true, false],
      ['kieu', true, false],
    ],
    result: { type: 'string', matrix: false },
  },
};

describe('the generated custom-function metadata', () => {
  let functions: IFunction[] = [];
  let errors: string[] = [];
  let associate: { functionName: string; id: string }[] = [];

  beforeAll(async () => {
    const r = await generateCustomFunctionsMetadata(SOURCE);
    errors = r.errors;
    associate = r.associate;
    functions = r.metadataJson ? (JSON.parse(r.metadataJson) as { functions: IFunction[] }).functions : [];
  }, 30_000);

  it('parses without errors', () => {
    expect(errors).toEqual([]);
  });

  it('declares exactly the eight GNBV functions, each id equal to its JavaScript name', () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of functions) expect(f.name).toBe(f.id);
    expect(associate.map((a) => [a.functionName, a.id]).sort()).toEqual(
      Object.keys(EXPECTED)
        .sort()
        .map((id) => [id, id]),
    );
  });

  it.each(Object.entries(EXPECTED))('declares %s with its parameters and result', (id, expected) => {
    const f = functions.find((x) => x.id === id);
    expect(f).toBeDefined();
    expect(f?.description).toMatch(/[àáảãạăâđêôơư]/); // Vietnamese, with diacritics
    const params = (f?.parameters ?? []).map((p) => [
      p.name,
      p.optional === true,
      p.dimensionality === 'matrix',
    ]);
    expect(params).toEqual(expected.params);
    for (const p of f?.parameters ?? []) {
      expect(p.type).toBe('any');
      expect(p.description).toBeTruthy();
    }
    expect(f?.result?.type).toBe(expected.result.type);
    expect(f?.result?.dimensionality === 'matrix').toBe(expected.result.matrix);
  });
});
