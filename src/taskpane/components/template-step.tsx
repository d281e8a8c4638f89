import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { TaskpaneController } from '../controller-types';
import { catalogueOptions, defaultCatalogueId } from '../catalogue-options';
import { isPlanDocument, readFileBytes } from '../file-bytes';
import type { ActionRunner } from '../hooks/use-action';
import { useFieldError } from '../hooks/use-field-error';
import { useI18n } from '../hooks/use-i18n';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  file: { fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300, maxWidth: '100%' },
});

const CATALOGUES = catalogueOptions();

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** The plan year as typed, or null when it is not a whole year in the range plans use. */
export function parseYear(typed: string): number | null {
  const trimmed = typed.trim();
  if (!/^\d{4}$/.test(trimmed)) return null;
  const year = Number(trimmed);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/** Step 1 ("Mẫu"): insert the standard plan template, or import an existing plan document. */
export function TemplateStep(props: {
  readonly controller: TaskpaneController;
  readonly runner: ActionRunner;
}): JSX.Element {
  const { controller, runner } = props;
  const { t } = useI18n();
  const styles = useStyles();
  const fileId = useId();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [locality, setLocality] = useState('');
  // The catalogue follows the (last valid) year until the user picks one.
  const [yearShown, setYearShown] = useState(new Date().getFullYear());
  const [picked, setPicked] = useState<string | null>(null);
  const catalogueId = picked ?? defaultCatalogueId(yearShown);
  const [file, setFile] = useState<File | null>(null);
  const yearError = useFieldError();
  const fileError = useFieldError();
  const yearInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const insert = async (): Promise<void> => {
    const parsed = parseYear(year);
    if (parsed === null) {
      // Said under the field itself, which gets the focus; an older result would only mislead.
      runner.dismiss();
      yearError.show(t.yearInvalid(year));
      yearInput.current?.focus();
      return;
    }
    const options = { year: parsed, locality: locality.trim(), catalogueId };
    await runner.write((write) => controller.insertTemplate(options, write));
  };

  const importFile = async (): Promise<void> => {
    const refused =
      file === null ? t.fileMissing : isPlanDocument(file.name) ? null : t.fileUnsupported(file.name);
    if (file === null || refused !== null) {
      runner.dismiss();
      fileError.show(refused ?? t.fileMissing);
      fileInput.current?.focus();
      return;
    }
    const read = await runner.task(() => readFileBytes(file));
    if (!read.ok) return;
    const document = { name: file.name, bytes: read.value };
    await runner.write((write) => controller.importDocument(document, write));
  };

  const chooseFile = (event: ChangeEvent<HTMLInputElement>): void => {
    setFile(event.target.files?.[0] ?? null);
    fileError.clear();
  };

  return (
    <>
      <section className={styles.section} aria-labelledby={`${fileId}-template`}>
        <Subtitle2 as="h2" id={`${fileId}-template`}>
          {t.templateHeading}
        </Subtitle2>
        <Text>{t.templateHint}</Text>
        <Field label={t.yearLabel} {...yearError.field}>
          <Input
            ref={yearInput}
            type="number"
            inputMode="numeric"
            value={year}
            onChange={(_e, data) => {
              setYear(data.value);
              const parsed = parseYear(data.value);
              if (parsed !== null) setYearShown(parsed);
              yearError.clear();
            }}
          />
        </Field>
        <Field label={t.catalogueLabel}>
          <RadioGroup value={catalogueId} onChange={(_e, data) => setPicked(data.value)}>
            {CATALOGUES.map((c) => (
              <Radio
                key={c.id}
                value={c.id}
                label={
                  c.extendedTo === undefined
                    ? c.shortName
                    : `${c.shortName} — ${t.catalogueExtended(c.extendedTo)}`
                }
              />
            ))}
          </RadioGroup>
        </Field>
        <Field label={t.localityLabel}>
          <Input
            value={locality}
            placeholder={t.localityPlaceholder}
            onChange={(_e, data) => setLocality(data.value)}
          />
        </Field>
        <div>
          <Button appearance="primary" disabled={runner.busy} onClick={() => void insert()}>
            {t.insertTemplate}
          </Button>
        </div>
      </section>
      <section className={styles.section} aria-labelledby={`${fileId}-import`}>
        <Subtitle2 as="h2" id={`${fileId}-import`}>
          {t.importHeading}
        </Subtitle2>
        <Text>{t.importHint}</Text>
        <Field label={t.fileLabel} {...fileError.field}>
          {(control) => (
            <input
              {...control}
              ref={fileInput}
              className={styles.file}
              type="file"
              accept=".txt,.docx"
              onChange={chooseFile}
            />
          )}
        </Field>
        <div>
          <Button disabled={runner.busy || file === null} onClick={() => void importFile()}>
            {t.importButton}
          </Button>
        </div>
      </section>
    </>
  );
}
