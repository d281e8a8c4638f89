import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Text } from '../../domain/findings';
import { SECTION_STYLES } from '../../domain/render';
import { copyForWord } from '../clipboard';
import type {
  SectionOptionsView,
  SectionPreviewLine,
  SectionStyleView,
  TaskpaneController,
} from '../controller-types';
import { loadAfterPaint, type ActionRunner } from '../hooks/use-action';
import { useI18n } from '../hooks/use-i18n';
import { useShown } from '../hooks/use-shown';
import { SectionPreview } from './section-preview';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Words = SectionOptionsView['words'];

function isStyle(value: string): value is SectionStyleView {
  return (SECTION_STYLES as readonly string[]).includes(value);
}

function isWords(value: string): value is Words {
  return value === 'none' || value === 'total' || value === 'all';
}

/** The preview of the section: its lines, or why it cannot be written; null while it is composed. */
type Preview = { readonly lines: readonly SectionPreviewLine[] } | { readonly refused: Text } | null;

/**
 * The section worded with `style` and `words`, composed again whenever they change and after every
 * action (a new notice: the sheet may have changed) or undo (`revision`).
 */
function useSectionPreview(
  controller: TaskpaneController,
  style: SectionStyleView,
  words: Words,
  notice: unknown,
  revision: number | undefined,
  shown: boolean,
): Preview {
  const [preview, setPreview] = useState<Preview>(null);
  useEffect(() => {
    if (!shown) return;
    return loadAfterPaint(
      () => controller.previewSection({ style, words }),
      (outcome) => setPreview(outcome.kind === 'done' ? { lines: outcome.value } : { refused: outcome.text }),
      (error) => {
        const detail = error instanceof Error ? error.message : String(error);
        setPreview({ refused: { vi: detail, en: detail } });
      },
    );
  }, [controller, style, words, notice, revision, shown]);
  return preview;
}

/**
 * Step 4 ("Xuất"): choose the wording, see the section as it will be written, and write it to its
 * sheet, copy it for Word or download the Word document, all three with the same options.
 */
export function ExportStep(props: {
  readonly controller: TaskpaneController;
  readonly runner: ActionRunner;
  /** Goes up after every undo and redo: the preview is composed again. */
  readonly revision?: number;
  /** The step is on show; when not given, the step finds out from the page. */
  readonly active?: boolean;
}): JSX.Element {
  const { controller, runner } = props;
  const { t, say } = useI18n();
  const styles = useStyles();
  const [ref, shown] = useShown<HTMLElement>(props.active);
  const [style, setStyle] = useState<SectionStyleView>('kinh-phi-thuc-hien');
  const [words, setWords] = useState<Words>('total');
  const options: SectionOptionsView = { style, words };
  const preview = useSectionPreview(controller, style, words, runner.notice, props.revision, shown);

  const copy = async (): Promise<void> => {
    const section = await runner.task(() => controller.sectionForClipboard(options));
    if (!section.ok) return;
    const outcome = section.value;
    if (outcome.kind !== 'done') {
      runner.notify('error', outcome.text);
      return;
    }
    try {
      const kind = await copyForWord(outcome.value);
      runner.notify('success', kind === 'rich' ? t.copiedRich : t.copiedPlain);
    } catch (error) {
      runner.notify('error', t.copyFailed(error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <section ref={ref} className={styles.section} aria-labelledby="export-heading">
      <Subtitle2 as="h2" id="export-heading">
        {t.exportHeading}
      </Subtitle2>
      <Field label={t.styleLabel}>
        <RadioGroup
          value={style}
          onChange={(_e, data) => {
            if (isStyle(data.value)) setStyle(data.value);
          }}
        >
          <Radio value="kinh-phi-thuc-hien" label={t.styleKinhPhi} />
          <Radio value="nguon-von-giao" label={t.styleNguonVon} />
        </RadioGroup>
      </Field>
      <Field label={t.wordsLabel}>
        <RadioGroup
          layout="horizontal"
          value={words}
          onChange={(_e, data) => {
            if (isWords(data.value)) setWords(data.value);
          }}
        >
          <Radio value="none" label={t.wordsNone} />
          <Radio value="total" label={t.wordsTotal} />
          <Radio value="all" label={t.wordsAll} />
        </RadioGroup>
      </Field>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={runner.busy}
          onClick={() => void runner.write((write) => controller.writeSection(options, write))}
        >
          {t.writeSection}
        </Button>
        <Button disabled={runner.busy} onClick={() => void copy()}>
          {t.copyForWord}
        </Button>
        <Button
          disabled={runner.busy}
          onClick={() => void runner.write(() => controller.downloadDocument(options))}
        >
          {t.downloadDocument}
        </Button>
      </div>
      {preview !== null && 'refused' in preview ? (
        <MessageBar intent="warning">
          <MessageBarBody>{say(preview.refused)}</MessageBarBody>
        </MessageBar>
      ) : (
        <SectionPreview lines={preview?.lines ?? null} loading={preview === null} />
      )}
    </section>
  );
}
