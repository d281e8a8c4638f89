/* eslint-disable @typescript-eslint/no-explicit-any --
 * Excel passes whatever a cell holds (number, text, empty, boolean, error), and the metadata generator
 * maps only `any` to "any"; the cores take `unknown` and check every value. */
import { bangchu } from './core/bangchu';
import { doiung } from './core/doiung';
import { kiemtra } from './core/kiemtra';
import { kinhphi } from './core/kinhphi';
import { phanbo } from './core/phanbo';
import { phanboNguon } from './core/phanbo-nguon';
import { phanboTieuchi } from './core/phanbo-tieuchi';
import { so as soCore } from './core/so';
import { unwrap } from './excel-error';

// The GNBV custom functions (namespace GNBV, e.g. =GNBV.PHANBO(...)). Each wrapper only hands Excel's
// values to a pure core in ./core and turns a failure into a CustomFunctions.Error. The JSDoc blocks are
// what custom-functions-metadata reads to generate functions.json, so they are written for the user; this
// note is a line comment because the generator would take a JSDoc block here as PHANBO's description.

/**
 * Phân bổ một tổng số tiền theo trọng số, thành các phần là bội số của bước làm tròn, tổng các phần đúng bằng tổng (phương pháp số dư lớn nhất).
 * @customfunction PHANBO
 * @param tong Số tiền cần phân bổ (ví dụ 466,25 triệu đồng).
 * @param trong_so Các trọng số, mỗi dòng một ô (một cột, một hàng hoặc một vùng, đọc theo từng hàng).
 * @param buoc Bước làm tròn, mặc định 1 (ví dụ 0,01).
 * @param toi_thieu Mức tối thiểu của từng dòng (ô trống: không giới hạn; một ô: dùng chung cho mọi dòng).
 * @param toi_da Mức tối đa của từng dòng (ô trống: không giới hạn; một ô: dùng chung cho mọi dòng).
 * @returns Các phần, một cột, theo thứ tự các trọng số.
 */
export function PHANBO(
  tong: any,
  trong_so: any[][],
  buoc?: any,
  toi_thieu?: any[][],
  toi_da?: any[][],
): number[][] {
  return unwrap(phanbo(tong, trong_so, buoc, toi_thieu, toi_da));
}

/**
 * Phân bổ Ngân sách trung ương và Ngân sách địa phương cho cùng các dòng; mỗi cột cộng đúng bằng tổng của nguồn đó.
 * @customfunction PHANBO_NGUON
 * @param tong_tw Tổng Ngân sách trung ương cần phân bổ.
 * @param tong_dp Tổng Ngân sách địa phương (vốn đối ứng) cần phân bổ.
 * @param trong_so_tw Trọng số phân bổ Ngân sách trung ương, mỗi dòng một ô.
 * @param trong_so_dp Trọng số phân bổ Ngân sách địa phương (cùng số ô); bỏ trống thì dùng trọng số của Ngân sách trung ương.
 * @param buoc Bước làm tròn, mặc định 1.
 * @returns Mỗi dòng hai cột: Ngân sách trung ương, Ngân sách địa phương.
 */
export function PHANBO_NGUON(
  tong_tw: any,
  tong_dp: any,
  trong_so_tw: any[][],
  trong_so_dp?: any[][],
  buoc?: any,
): number[][] {
  return unwrap(phanboNguon(tong_tw, tong_dp, trong_so_tw, trong_so_dp, buoc));
}

/**
 * Phân bổ một tổng số tiền cho các đối tượng (xã, thôn, đơn vị) theo tiêu chí và hệ số: điểm = hệ số cao nhất trong mỗi nhóm + số lượng × hệ số; tổng các phần đúng bằng tổng.
 * @customfunction PHANBO_TIEUCHI
 * @param tong Số tiền cần phân bổ.
 * @param ten Tên các đối tượng, mỗi đối tượng một ô (một cột).
 * @param nhom Mã các nhóm của từng đối tượng, cách nhau bằng dấu chấm phẩy (ví dụ khu_vuc_II;bien_gioi); ô trống: không thuộc nhóm nào.
 * @param so_luong Số lượng tính theo đơn vị (ví dụ số thôn đặc biệt khó khăn), mỗi đối tượng một hàng, mỗi tiêu chí một cột; ô trống là 0.
 * @param tieu_chi Mã tiêu chí của từng cột số lượng (dòng tiêu đề, ví dụ thon_dbkk); bỏ trống: các tiêu chí tính theo đơn vị của bảng, theo thứ tự trong bảng.
 * @param bang Mã bảng tiêu chí, mặc định "qd16-2026-xa" (hệ số theo số liệu được báo cáo: đối chiếu với văn bản gốc trước khi dùng).
 * @param buoc Bước làm tròn, mặc định 1.
 * @returns Mỗi đối tượng một hàng, hai cột: điểm, phần được phân bổ.
 */
export function PHANBO_TIEUCHI(
  tong: any,
  ten: any[][],
  nhom: any[][],
  so_luong?: any[][],
  tieu_chi?: any[][],
  bang?: any,
  buoc?: any,
): number[][] {
  return unwrap(phanboTieuchi(tong, ten, nhom, so_luong, tieu_chi, bang, buoc));
}

/**
 * Vốn đối ứng tối thiểu: bội số nhỏ nhất của bước làm tròn không nhỏ hơn Ngân sách trung ương nhân tỷ lệ đối ứng.
 * @customfunction DOIUNG
 * @param nstw Ngân sách trung ương.
 * @param ty_le Tỷ lệ đối ứng tối thiểu do tỉnh quy định (ví dụ 0,1 hoặc 10%).
 * @param buoc Bước làm tròn, mặc định 1.
 * @returns Vốn đối ứng (Ngân sách địa phương) tối thiểu.
 */
export function DOIUNG(nstw: any, ty_le: any, buoc?: any): number {
  return unwrap(doiung(nstw, ty_le, buoc));
}

/**
 * Kiểm tra tổng ghi có bằng tổng các phần không, tính bằng số thập phân chính xác.
 * @customfunction KIEMTRA
 * @param tong Tổng ghi trong kế hoạch.
 * @param cac_phan Các phần cộng thành tổng (ô trống không tính).
 * @returns "Khớp", hoặc "Lệch …" kèm số chênh lệch, tổng ghi và tổng các phần.
 */
export function KIEMTRA(tong: any, cac_phan: any[][]): string {
  return unwrap(kiemtra(tong, cac_phan));
}

/**
 * Số tiền bằng chữ, như ghi trong ngoặc sau số tiền trong văn bản.
 * @customfunction BANGCHU
 * @param so Số tiền.
 * @param don_vi Đơn vị tính của số tiền: "triệu" (mặc định), "tỷ" hoặc "đồng".
 * @returns Số tiền bằng chữ, viết hoa chữ đầu, kết thúc bằng "đồng".
 */
export function BANGCHU(so: any, don_vi?: any): string {
  return unwrap(bangchu(so, don_vi));
}

/**
 * Viết số theo kiểu Việt Nam (dấu chấm ngăn cách hàng nghìn, dấu phẩy thập phân), không làm tròn.
 * @customfunction SO
 * @param so Số cần viết.
 * @param so_le Số chữ số thập phân muốn hiện (chỉ thêm số 0, không làm tròn).
 * @returns Số dạng văn bản, ví dụ "15.555,25".
 */
export function SO(so: any, so_le?: any): string {
  return unwrap(soCore(so, so_le));
}

/**
 * Câu kinh phí của một mục theo văn phong kế hoạch (đơn vị tính: triệu đồng).
 * @customfunction KINHPHI
 * @param tong Tổng kinh phí (bỏ trống thì bằng tổng các nguồn).
 * @param nstw Ngân sách trung ương (bỏ trống: không nêu).
 * @param nsdp Ngân sách địa phương (bỏ trống: không nêu).
 * @param khac Nguồn vốn khác (bỏ trống: không nêu).
 * @param kieu Văn phong: 1 "Kinh phí thực hiện" (mặc định), 2 "Nguồn vốn giao".
 * @returns Câu kinh phí của mục.
 */
export function KINHPHI(tong: any, nstw: any, nsdp: any, khac?: any, kieu?: any): string {
  return unwrap(kinhphi(tong, nstw, nsdp, khac, kieu));
}

// The shared runtime finds functions only through associate; ids match the @customfunction names.
// Outside Excel (the pane opened in a plain browser) there is no CustomFunctions runtime to register with.
if (typeof CustomFunctions !== 'undefined') {
  CustomFunctions.associate('PHANBO', PHANBO);
  CustomFunctions.associate('PHANBO_NGUON', PHANBO_NGUON);
  CustomFunctions.associate('PHANBO_TIEUCHI', PHANBO_TIEUCHI);
  CustomFunctions.associate('DOIUNG', DOIUNG);
  CustomFunctions.associate('KIEMTRA', KIEMTRA);
  CustomFunctions.associate('BANGCHU', BANGCHU);
  CustomFunctions.associate('SO', SO);
  CustomFunctions.associate('KINHPHI', KINHPHI);
}
