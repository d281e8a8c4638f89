/**
 * `gnbv`: the command line, an adapter over src/app. Each command is its own file translating argv
 * into use-case and domain calls and printing the outcome; this file only dispatches. Exit codes:
 * 0 ok, 1 findings with errors, 2 unreadable input or bad usage.
 */
import type { Services } from '../app/services';
import { allocateCommand, ALLOCATE_USAGE } from './allocate';
import { ALLOCATE_CRITERIA_USAGE } from './allocate-criteria';
import { UsageError } from './args';
import { buildCommand, BUILD_USAGE } from './build';
import { catalogueCommand, CATALOGUE_USAGE } from './catalogue';
import { checkCommand, CHECK_USAGE } from './check';
import { cliServices } from './compose';
import { exportCommand, EXPORT_USAGE } from './export';
import { importCommand, IMPORT_USAGE } from './import';
import { guarded, processIo, type Io } from './io';
import { sectionCommand, SECTION_USAGE } from './section';
import { templateCommand, TEMPLATE_USAGE } from './template';
import { wordsCommand, WORDS_USAGE } from './words';

export type { Io } from './io';

export const USAGE = `Kinh phí GNBV — công cụ dòng lệnh

Cách dùng:
  ${WORDS_USAGE}
      Ghi số tiền bằng chữ (mặc định đơn vị triệu đồng). Nhận 15555.25 hoặc 15.555,25.
  ${ALLOCATE_USAGE}
      Phân bổ T theo tỷ trọng, mỗi phần là bội số của bước S (mặc định 1), tổng đúng bằng T.
      Danh sách phân cách bằng dấu phẩy, hoặc dấu chấm phẩy khi số có dấu phẩy thập phân (1,5;2).
  ${ALLOCATE_CRITERIA_USAGE}
      Phân bổ T theo tiêu chí, hệ số: điểm từng đối tượng theo bảng hệ số (mặc định qd16-2026-xa), phần tỷ lệ với điểm, tổng đúng bằng T.
  ${IMPORT_USAGE}
      Đọc văn bản kế hoạch: kinh phí từng Dự án, Tiểu dự án theo nguồn, các tổng kế hoạch nêu, và đối chiếu.
  ${BUILD_USAGE}
      Sổ tính: mẫu kế hoạch chuẩn có công thức, trang "Kinh phí" và trang "Kiểm tra" (liên kết tới từng ô).
  ${EXPORT_USAGE}
      Văn bản Word theo Nghị định 30/2020/NĐ-CP: phần kinh phí và bảng tổng hợp (Đơn vị tính: Triệu đồng).
  ${CHECK_USAGE}
      Kiểm tra các tổng; mã thoát 0: không có lỗi, 1: có lỗi, 2: không đọc được đầu vào.
  ${SECTION_USAGE}
      In phần kinh phí của kế hoạch (từ chối khi kế hoạch có lỗi, trừ khi có --force).
  ${CATALOGUE_USAGE}
      Các danh mục chương trình (2021–2025: qd90-2021-2025; 2026–2035: ctmtqg-2026-2035), hoặc cây một danh mục.
  ${TEMPLATE_USAGE}
      Mẫu kế hoạch trống theo danh mục (mặc định theo năm: từ 2026 là danh mục 2026–2035), có công thức tổng.

Tùy chọn chung: --locale vi|en|auto quy định cách đọc dấu chấm và dấu phẩy trong số gõ trên dòng lệnh
(mặc định auto: 1.469 và 15.555,25 đọc kiểu Việt Nam, số đọc được hai cách như 4,136 bị báo không rõ nghĩa).
Mọi lệnh đều nhận --locale; words, allocate và check dùng nó cho số tiền, --step, --ratio; import, section,
build và export không nhận số gõ nên --locale không đổi gì (số trong tệp đọc theo cách viết của tệp).
--step và --ratio phải là số dương; --ratio nhận 0,05, 0.05 hoặc 5%.
build và export không ghi đè tệp đầu vào; mọi lệnh đọc kế hoạch đều từ chối kế hoạch không có mục kinh phí nào.`;

type Command = (argv: readonly string[], io: Io, services: Services) => number | Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  words: (argv, io) => wordsCommand(argv, io),
  allocate: (argv, io, services) => allocateCommand(argv, io, services),
  check: checkCommand,
  section: sectionCommand,
  import: importCommand,
  build: buildCommand,
  export: exportCommand,
  catalogue: (argv, io) => catalogueCommand(argv, io),
  template: templateCommand,
};

/** Runs one command; returns the exit code. Never throws for bad input. */
export function main(argv: readonly string[], io: Io = processIo, services?: Services): Promise<number> {
  const [command, ...rest] = argv;
  return guarded(io, () => {
    if (command === undefined || ['help', '--help', '-h'].includes(command)) {
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    }
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) throw new UsageError(`Không có lệnh "${command}". Gõ "gnbv help" để xem các lệnh.`);
    return run(rest, io, services ?? cliServices());
  });
}
