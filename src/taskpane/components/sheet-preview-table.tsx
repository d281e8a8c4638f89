import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { SheetPreview } from '../../app/sheet-preview';
import { dec, formatEn, formatVi } from '../../domain/money';
import type { Lang } from '../controller-types';
import { useI18n } from '../hooks/use-i18n';

const useStyles = makeStyles({
  // The table is wider than the pane: it scrolls on its own, and can be reached by keyboard to scroll.
  scroller: {
    overflow: 'auto',
    maxHeight: '320px',
    maxWidth: '100%',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  caption: { textAlign: 'left', padding: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  head: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2 },
  // Column letters and row numbers stay in sight while the table scrolls to a far cell.
  top: { position: 'sticky', top: 0, zIndex: 1 },
  left: { position: 'sticky', left: 0, zIndex: 1 },
  corner: { position: 'sticky', top: 0, left: 0, zIndex: 2 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    maxWidth: '200px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  figure: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  highlight: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-2px',
    fontWeight: tokens.fontWeightSemibold,
  },
});

/**
 * A figure ("7538", "15089.00") in the UI language's notation, with the decimals it is written with:
 * `7.538`, `15.089,00` in Vietnamese; `7,538`, `15,089.00` in English.
 */
export function showFigure(figure: string, lang: Lang): string {
  const decimals = figure.split('.')[1]?.length ?? 0;
  try {
    return lang === 'vi' ? formatVi(dec(figure), { decimals }) : formatEn(dec(figure), { decimals });
  } catch {
    return figure;
  }
}

/**
 * A read-only table of a sheet's top-left block, with spreadsheet row numbers and column letters;
 * figures in the UI language's notation, the cells the add-in marked in their colour, and the
 * `highlight` cell outlined and scrolled into view.
 */
export function SheetPreviewTable(props: {
  readonly preview: SheetPreview;
  readonly caption: string;
  /** The cell to outline and scroll to ("E14"). */
  readonly highlight?: string;
}): JSX.Element {
  const { preview, highlight } = props;
  const { lang } = useI18n();
  const styles = useStyles();
  const highlighted = useRef<HTMLTableCellElement | null>(null);

  useEffect(() => {
    // jsdom has no scrollIntoView; a browser scrolls the table and the page so the cell shows.
    highlighted.current?.scrollIntoView?.({ block: 'center', inline: 'center' });
  }, [highlight, preview]);

  return (
    <div className={styles.scroller} tabIndex={0} role="region" aria-label={props.caption}>
      <table className={styles.table}>
        <caption className={styles.caption}>{props.caption}</caption>
        <thead>
          <tr>
            {/* The corner above the row numbers heads nothing: a plain cell, not an empty header. */}
            <td className={mergeClasses(styles.cell, styles.head, styles.corner)} />
            {preview.columns.map((c) => (
              <th key={c} scope="col" className={mergeClasses(styles.cell, styles.head, styles.top)}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.number}>
              <th scope="row" className={mergeClasses(styles.cell, styles.head, styles.left)}>
                {row.number}
              </th>
              {row.cells.map((text, c) => {
                const address = `${preview.columns[c] ?? ''}${row.number}`;
                const figure = row.figures?.[c] ?? null;
                const shown = figure === null ? text : showFigure(figure, lang);
                const fill = preview.marks?.[address];
                const current = address === highlight;
                return (
                  <td
                    key={c}
                    ref={current ? highlighted : undefined}
                    data-cell={address}
                    aria-current={current ? 'location' : undefined}
                    className={mergeClasses(
                      styles.cell,
                      figure !== null && styles.figure,
                      current && styles.highlight,
                    )}
                    style={fill !== undefined ? { backgroundColor: fill } : undefined}
                    title={shown || undefined}
                  >
                    {shown}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
