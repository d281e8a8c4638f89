/**
 * The areas the add-in wrote, recorded as workbook names `GNBV_VUNG_<hash>_<n>`: one scheme for the
 * task pane and `gnbv build`, defined in src/sheet/patches/conflicts.ts (which reads them back).
 */
export { ownedNameFor, withOwnedArea } from '../sheet';
