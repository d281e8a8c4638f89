/**
 * Bad inputs of the commands that write a file — `build`, `export` — each over an old output that
 * must survive: an output that is the input (same path, written another way, a symbolic or hard
 * link), a plan with no items or that cannot be read, a disk that fills up while saving, an output
 * folder that is missing or a name the disk refuses.
 */
import {
  binaryBytes,
  cp1258Bytes,
  docxBombBytes,
  emptyBytes,
  itemsOf,
  planDocxBytes,
  proseBytes,
  proseUtf16Bytes,
  tcvn3Bytes,
} from './bad-input-files';
import { json, OLD_DOCX, OLD_XLSX, PLAN_JSON, PLAN_TXT, type CliCase } from './bad-input-cli-common';
import { diskFullServices } from './bad-input-services';

/** build and export: the old output must survive every one of these. */
const OLD_OUT = { 'out.xlsx': OLD_XLSX };
const OLD_DOC = { 'out.docx': OLD_DOCX };

const buildCases: CliCase[] = [
  { name: 'build: missing -o', files: PLAN_TXT, argv: ['build', '@plan.txt'], code: 2, names: ['-o'] },
  {
    name: 'build: -o without a value',
    files: PLAN_TXT,
    argv: ['build', '@plan.txt', '-o'],
    code: 2,
    names: ['--output'],
  },
  {
    name: 'build: -o not .xlsx',
    files: PLAN_TXT,
    argv: ['build', '@plan.txt', '-o', '@plan.txt'],
    code: 2,
    names: ['.xlsx', 'plan.txt'],
  },
  {
    name: 'build: missing plan argument',
    files: OLD_OUT,
    argv: ['build', '-o', '@out.xlsx'],
    code: 2,
    names: ['tệp kế hoạch'],
  },
  {
    name: 'build: bad --year',
    files: { ...PLAN_TXT, ...OLD_OUT },
    argv: ['build', '@plan.txt', '-o', '@out.xlsx', '--year', '25'],
    code: 2,
    names: ['--year', '"25"'],
  },
  {
    name: 'build: bad --style',
    files: { ...PLAN_TXT, ...OLD_OUT },
    argv: ['build', '@plan.txt', '-o', '@out.xlsx', '--style', 'x'],
    code: 2,
    names: ['--style'],
  },
  {
    name: 'build: bad --locale',
    files: { ...PLAN_TXT, ...OLD_OUT },
    argv: ['build', '@plan.txt', '-o', '@out.xlsx', '--locale', 'vi-VN'],
    code: 2,
    names: ['--locale'],
  },
  {
    name: 'build: output is a symbolic link to the plan',
    files: { ...PLAN_JSON, 'out.xlsx': { symlinkTo: 'plan.json' } },
    argv: ['build', '@plan.json', '-o', '@out.xlsx'],
    code: 2,
    names: ['out.xlsx', 'plan.json'],
  },
  {
    name: 'build: output is a hard link to the plan',
    files: { ...PLAN_JSON, 'out.xlsx': { hardLinkTo: 'plan.json' } },
    argv: ['build', '@plan.json', '-o', '@out.xlsx'],
    code: 2,
    names: ['out.xlsx', 'plan.json'],
  },
  {
    name: 'build: a plan with no items',
    files: { ...json((p) => void (p.items = [])), ...OLD_OUT },
    argv: ['build', '@plan.json', '-o', '@out.xlsx'],
    code: 2,
    names: ['plan.json'],
  },
  {
    name: 'build: a text that is no plan',
    files: { 'kh.txt': proseBytes(), ...OLD_OUT },
    argv: ['build', '@kh.txt', '-o', '@out.xlsx'],
    code: 2,
    names: ['kh.txt'],
  },
  {
    name: 'build: a UTF-16 text without BOM that is no plan',
    files: { 'kh.txt': proseUtf16Bytes(), ...OLD_OUT },
    argv: ['build', '@kh.txt', '-o', '@out.xlsx'],
    code: 2,
    names: ['kh.txt'],
  },
  {
    name: 'build: an empty .txt',
    files: { 'kh.txt': emptyBytes(), ...OLD_OUT },
    argv: ['build', '@kh.txt', '-o', '@out.xlsx'],
    code: 2,
    names: ['kh.txt'],
  },
  {
    name: 'build: a binary .txt',
    files: { 'kh.txt': binaryBytes(), ...OLD_OUT },
    argv: ['build', '@kh.txt', '-o', '@out.xlsx'],
    code: 2,
    names: ['kh.txt'],
  },
  {
    name: 'build: a Windows-1258 .txt',
    files: { 'kh.txt': cp1258Bytes(), ...OLD_OUT },
    argv: ['build', '@kh.txt', '-o', '@out.xlsx'],
    code: 2,
    names: ['kh.txt'],
  },
  {
    name: 'build: JSON with a misspelt key',
    files: { ...json((p) => void (itemsOf(p)[0] = { code: 'DA2', amount: { total: '820' } })), ...OLD_OUT },
    argv: ['build', '@plan.json', '-o', '@out.xlsx'],
    code: 2,
    names: ['"amount"'],
  },
  {
    name: 'build: disk full while saving',
    files: { ...PLAN_TXT, ...OLD_OUT },
    argv: ['build', '@plan.txt', '-o', '@out.xlsx'],
    code: 2,
    names: ['out.xlsx', 'ổ đĩa đã đầy'],
    services: diskFullServices,
  },
  {
    name: 'build: output folder does not exist',
    files: PLAN_TXT,
    argv: ['build', '@plan.txt', '-o', '@khong-co/out.xlsx'],
    code: 2,
    names: ['khong-co/out.xlsx'],
  },
  {
    name: 'build: output name too long for the disk',
    files: PLAN_TXT,
    argv: ['build', '@plan.txt', '-o', `@${'b'.repeat(300)}.xlsx`],
    code: 2,
    names: ['quá dài'],
  },
  {
    name: 'build: output is a folder',
    files: { ...PLAN_TXT, 'out.xlsx': { folder: true } },
    argv: ['build', '@plan.txt', '-o', '@out.xlsx'],
    code: 2,
    names: ['out.xlsx'],
  },
];

const exportCases: CliCase[] = [
  { name: 'export: missing -o', files: PLAN_TXT, argv: ['export', '@plan.txt'], code: 2, names: ['-o'] },
  {
    name: 'export: -o not .docx',
    files: PLAN_TXT,
    argv: ['export', '@plan.txt', '-o', '@out.xlsx'],
    code: 2,
    names: ['.docx', 'out.xlsx'],
  },
  {
    name: 'export: two plans',
    files: { ...PLAN_TXT, ...OLD_DOC },
    argv: ['export', '@plan.txt', '@plan.txt', '-o', '@out.docx'],
    code: 2,
    names: ['tệp kế hoạch'],
  },
  {
    name: 'export: output is the input .docx',
    files: { 'plan.docx': planDocxBytes },
    argv: ['export', '@plan.docx', '-o', '@plan.docx'],
    code: 2,
    names: ['plan.docx'],
  },
  {
    name: 'export: output is the input written another way (./x/../plan.docx)',
    files: { 'plan.docx': planDocxBytes, x: { folder: true } },
    argv: ['export', '@plan.docx', '-o', '@x/../plan.docx'],
    code: 2,
    names: ['plan.docx'],
  },
  {
    name: 'export: output is a symbolic link to the input',
    files: { 'plan.docx': planDocxBytes, 'out.docx': { symlinkTo: 'plan.docx' } },
    argv: ['export', '@plan.docx', '-o', '@out.docx'],
    code: 2,
    names: ['out.docx', 'plan.docx'],
  },
  {
    name: 'export: output is a hard link to the input',
    files: { 'plan.docx': planDocxBytes, 'out.docx': { hardLinkTo: 'plan.docx' } },
    argv: ['export', '@plan.docx', '-o', '@out.docx'],
    code: 2,
    names: ['out.docx', 'plan.docx'],
  },
  {
    name: 'export: a plan with no items',
    files: { ...json((p) => void (p.items = [])), ...OLD_DOC },
    argv: ['export', '@plan.json', '-o', '@out.docx'],
    code: 2,
    names: ['plan.json'],
  },
  {
    name: 'export: a .docx zip bomb',
    files: { 'kh.docx': docxBombBytes(), ...OLD_DOC },
    argv: ['export', '@kh.docx', '-o', '@out.docx'],
    code: 2,
    names: ['kh.docx'],
  },
  {
    name: 'export: a TCVN3 text',
    files: { 'kh.txt': tcvn3Bytes(), ...OLD_DOC },
    argv: ['export', '@kh.txt', '-o', '@out.docx'],
    code: 2,
    names: ['kh.txt'],
  },
  {
    name: 'export: bad --words',
    files: { ...PLAN_TXT, ...OLD_DOC },
    argv: ['export', '@plan.txt', '-o', '@out.docx', '--words', 'het'],
    code: 2,
    names: ['--words'],
  },
  {
    name: 'export: --landscape given a value',
    files: { ...PLAN_TXT, ...OLD_DOC },
    argv: ['export', '@plan.txt', '-o', '@out.docx', '--landscape=yes'],
    code: 2,
    names: ['--landscape'],
  },
  {
    name: 'export: totals that do not add up, without --force',
    files: {
      ...json((p) => {
        p.stated_totals = { total: '900', nstw_su_nghiep: '884.5' };
      }),
      ...OLD_DOC,
    },
    argv: ['export', '@plan.json', '-o', '@out.docx'],
    code: 1,
    names: ['TONG'],
    finding: 'PLAN_TOTAL',
  },
  {
    name: 'export: disk full while saving',
    files: { ...PLAN_TXT, ...OLD_DOC },
    argv: ['export', '@plan.txt', '-o', '@out.docx'],
    code: 2,
    names: ['out.docx', 'ổ đĩa đã đầy'],
    services: diskFullServices,
  },
];

/** The cases of build and export. */
export const OUTPUT_CASES: readonly CliCase[] = [...buildCases, ...exportCases];
