import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SectionPreviewLine } from '../controller-types';
import { useI18n } from '../hooks/use-i18n';

const useStyles = makeStyles({
  box: {
    maxHeight: '360px',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    // The look Word gets: Times New Roman, justified paragraphs.
    fontFamily: "'Times New Roman', Times, serif",
    fontSize: tokens.fontSizeBase300,
    overflowWrap: 'anywhere',
  },
  line: { margin: `0 0 ${tokens.spacingVerticalXS} 0`, textAlign: 'justify' },
  bold: { fontWeight: tokens.fontWeightBold },
});

/** The kinh phí section as it will be written: one paragraph a line, headings bold; scrolls on its own. */
export function SectionPreview(props: {
  readonly lines: readonly SectionPreviewLine[] | null;
  readonly loading: boolean;
}): JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div
      className={styles.box}
      tabIndex={0}
      role="region"
      aria-label={t.sectionPreviewLabel}
      aria-busy={props.loading}
    >
      <Caption1 as="p">{t.sectionPreviewNote}</Caption1>
      {props.lines === null ? (
        <Text>{t.sectionPreviewLoading}</Text>
      ) : (
        props.lines.map((line, i) => (
          <p key={i} className={line.bold ? `${styles.line} ${styles.bold}` : styles.line}>
            {line.text}
          </p>
        ))
      )}
    </div>
  );
}
