import { Button, Field, Radio, RadioGroup, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { SECTION_STYLES } from '../../domain/render';
import { copyForWord } from '../clipboard';
import type { SectionOptionsView, SectionStyleView, TaskpaneController } from '../controller-types';
import type { ActionRunner } from '../hooks/use-action';
import { useI18n } from '../hooks/use-i18n';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Words = SectionOptionsView['words'];

function isStyle(value: string): value is SectionStyleView {
  return (SECTION_STYLES as readonly string[]).includes(value);
}

function isWords(value: string): value is Words {
  return value === 'none' || value === 'total' || value === 'all';
}

/** Step 4 ("Xuất"): write the kinh phí section to its sheet, or copy it for Word. */
export function ExportStep(props: {
  readonly controller: TaskpaneController;
  readonly runner: ActionRunner;
}): JSX.Element {
  const { controller, runner } = props;
  const { t } = useI18n();
  const styles = useStyles();
  const [style, setStyle] = useState<SectionStyleView>('kinh-phi-thuc-hien');
  const [words, setWords] = useState<Words>('total');
  const options: SectionOptionsView = { style, words };

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
    <section className={styles.section} aria-labelledby="export-heading">
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
      </div>
    </section>
  );
}
