import { Button, Label, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { readFileBytes } from '../file-bytes';
import type { ActionRunner } from '../hooks/use-action';
import { useI18n } from '../hooks/use-i18n';
import type { SheetPreview } from '../../app/sheet-preview';
import type { StandaloneWorkbookApi } from '../standalone/standalone-types';
import { workbookStrings } from '../standalone/strings';
import { SheetPreviewTable } from './sheet-preview-table';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  fileField: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  file: { fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * Standalone mode's "Sổ tính" panel, above the steps: open an .xlsx, go back to the example, save
 * the workbook, and a read-only preview of the plan sheet that follows every write.
 */
export function WorkbookPanel(props: {
  readonly workbook: StandaloneWorkbookApi;
  readonly runner: ActionRunner;
}): JSX.Element {
  const { workbook, runner } = props;
  const { lang } = useI18n();
  const w = workbookStrings(lang);
  const styles = useStyles();
  const id = useId();
  const [preview, setPreview] = useState<SheetPreview | null | undefined>(undefined);
  const source = workbook.source();
  const sourceKey = source.kind === 'file' ? `file:${source.name}` : 'example';

  // Every action ends with a notice, so a new notice is when the sheet may have changed.
  useEffect(() => {
    let live = true;
    workbook.preview().then(
      (p) => {
        if (live) setPreview(p);
      },
      () => {
        if (live) setPreview(null);
      },
    );
    return () => {
      live = false;
    };
  }, [workbook, runner.notice, sourceKey]);

  const open = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    const read = await runner.task(() => readFileBytes(file));
    // Cleared so choosing the same file again opens it again.
    input.value = '';
    if (!read.ok) return;
    const bytes = read.value;
    await runner.write((options) => workbook.open({ name: file.name, bytes }, options));
  };

  return (
    <section className={styles.section} aria-labelledby={`${id}-heading`}>
      <Subtitle2 as="h2" id={`${id}-heading`}>
        {w.heading}
      </Subtitle2>
      <Text>{source.kind === 'file' ? w.onFile(source.name) : w.onExample}</Text>
      <div className={styles.fileField}>
        <Label htmlFor={`${id}-file`}>{w.open}</Label>
        <input
          id={`${id}-file`}
          className={styles.file}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={runner.busy}
          onChange={(event) => void open(event)}
        />
      </div>
      <div className={styles.buttons}>
        <Button
          disabled={runner.busy}
          onClick={() => void runner.write((options) => workbook.useExample(options))}
        >
          {w.useExample}
        </Button>
        <Button
          appearance="primary"
          disabled={runner.busy}
          onClick={() => void runner.write(() => workbook.download())}
        >
          {w.download}
        </Button>
        <Button disabled={runner.busy} onClick={() => void runner.write(() => workbook.downloadDocument())}>
          {w.downloadDocument}
        </Button>
      </div>
      {preview === undefined ? null : preview === null ? (
        <Text>{w.previewEmpty}</Text>
      ) : (
        <SheetPreviewTable preview={preview} caption={w.previewCaption(preview.sheet, preview.truncated)} />
      )}
    </section>
  );
}
