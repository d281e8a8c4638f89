import { makeStyles, tokens } from '@fluentui/react-components';
import type { SheetPreview } from '../../app/sheet-preview';

const useStyles = makeStyles({
  // The table is wider than the pane: it scrolls on its own, and can be reached by keyboard to scroll.
  scroller: { overflow: 'auto', maxHeight: '320px', border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  caption: { textAlign: 'left', padding: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  head: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    maxWidth: '200px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
});

/** A read-only table of a sheet's top-left block, with spreadsheet row numbers and column letters. */
export function SheetPreviewTable(props: {
  readonly preview: SheetPreview;
  readonly caption: string;
}): JSX.Element {
  const { preview } = props;
  const styles = useStyles();
  return (
    <div className={styles.scroller} tabIndex={0} role="region" aria-label={props.caption}>
      <table className={styles.table}>
        <caption className={styles.caption}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={`${styles.cell} ${styles.head}`} />
            {preview.columns.map((c) => (
              <th key={c} scope="col" className={`${styles.cell} ${styles.head}`}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.number}>
              <th scope="row" className={`${styles.cell} ${styles.head}`}>
                {row.number}
              </th>
              {row.cells.map((text, c) => (
                <td key={c} className={styles.cell} title={text || undefined}>
                  {text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
