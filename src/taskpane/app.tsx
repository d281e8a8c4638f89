import {
  Button,
  Caption1,
  FluentProvider,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
  mergeClasses,
} from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { AllocationStep } from './components/allocation-step';
import { BrowserNotice } from './components/browser-notice';
import { CheckStep } from './components/check-step';
import { ConfirmDialog } from './components/confirm-dialog';
import { ExportStep } from './components/export-step';
import { LanguageSwitch } from './components/language-switch';
import { ProgressStatus } from './components/progress-status';
import { ResultBar } from './components/result-bar';
import { TemplateStep } from './components/template-step';
import { WorkbookPanel } from './components/workbook-panel';
import type { ActionResult, Lang, TaskpaneController } from './controller-types';
import { useAction, type ActionRunner } from './hooks/use-action';
import { I18nProvider, useI18n } from './hooks/use-i18n';
import type { StandaloneWorkbookApi } from './standalone/standalone-types';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  toolbar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minHeight: '32px' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  // The class's display would otherwise win over the hidden attribute and show every step at once.
  hiddenPanel: { display: 'none' },
});

/** The four steps, in the order the work is done. */
export type StepId = 'template' | 'allocation' | 'check' | 'export';
const STEPS: readonly StepId[] = ['template', 'allocation', 'check', 'export'];

function isStep(value: unknown): value is StepId {
  return typeof value === 'string' && (STEPS as readonly string[]).includes(value);
}

/**
 * The task pane: header, language switch, the four steps, undo, progress and results; in standalone
 * mode (a plain browser tab) also the "Sổ tính" panel of the workbook it works on.
 */
export function App(props: {
  readonly controller: TaskpaneController;
  readonly workbook?: StandaloneWorkbookApi;
}): JSX.Element {
  const [lang, setLang] = useState<Lang>('vi');
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <I18nProvider lang={lang}>
        <Pane controller={props.controller} workbook={props.workbook} onLang={setLang} />
      </I18nProvider>
    </FluentProvider>
  );
}

function Pane(props: {
  readonly controller: TaskpaneController;
  readonly workbook: StandaloneWorkbookApi | undefined;
  readonly onLang: (lang: Lang) => void;
}): JSX.Element {
  const { controller } = props;
  const { t } = useI18n();
  const styles = useStyles();
  const runner = useAction();
  const [step, setStep] = useState<StepId>('template');
  // Goes up after every undo and redo, so the steps read the sheet again.
  const [revision, setRevision] = useState(0);
  const history = async (action: () => Promise<ActionResult>): Promise<void> => {
    const result = await runner.write(action);
    if (result?.kind === 'done') setRevision((n) => n + 1);
  };
  const label: Record<StepId, string> = {
    template: t.tabTemplate,
    allocation: t.tabAllocation,
    check: t.tabCheck,
    export: t.tabExport,
  };

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{t.appTitle}</Title3>
        <Caption1>{t.appSubtitle}</Caption1>
        <LanguageSwitch onChange={props.onLang} />
      </header>
      {controller.environment === 'browser' ? <BrowserNotice /> : null}
      {props.workbook ? <WorkbookPanel workbook={props.workbook} runner={runner} /> : null}
      <TabList
        aria-label={t.stepsLabel}
        selectedValue={step}
        onTabSelect={(_e, data) => {
          if (isStep(data.value)) setStep(data.value);
        }}
      >
        {STEPS.map((id, index) => (
          <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
            {`${index + 1}. ${label[id]}`}
          </Tab>
        ))}
      </TabList>
      <div className={styles.toolbar}>
        <Button
          disabled={runner.busy || !controller.canUndo()}
          onClick={() => void history(() => controller.undo())}
        >
          {t.undo}
        </Button>
        <Button
          disabled={runner.busy || !controller.canRedo()}
          onClick={() => void history(() => controller.redo())}
        >
          {t.redo}
        </Button>
        <ProgressStatus visible={runner.progress} />
      </div>
      <ResultBar notice={runner.notice} onDismiss={runner.dismiss} />
      {STEPS.map((id) => (
        <StepPanel
          key={id}
          id={id}
          hidden={id !== step}
          className={mergeClasses(styles.panel, id !== step && styles.hiddenPanel)}
        >
          {renderStep(id, controller, runner, id === step, revision)}
        </StepPanel>
      ))}
      <ConfirmDialog
        pending={runner.confirm}
        onOverwrite={() => void runner.overwrite()}
        onCancel={runner.cancel}
      />
    </main>
  );
}

/** Every panel stays mounted, so what the user typed in one step survives a visit to another. */
function StepPanel(props: {
  readonly id: StepId;
  readonly hidden: boolean;
  readonly className: string;
  readonly children: ReactNode;
}): JSX.Element {
  return (
    <div
      role="tabpanel"
      id={`panel-${props.id}`}
      aria-labelledby={`tab-${props.id}`}
      hidden={props.hidden}
      className={props.className}
    >
      {props.children}
    </div>
  );
}

function renderStep(
  id: StepId,
  controller: TaskpaneController,
  runner: ActionRunner,
  active: boolean,
  revision: number,
): JSX.Element {
  switch (id) {
    case 'template':
      return <TemplateStep controller={controller} runner={runner} />;
    case 'allocation':
      return <AllocationStep controller={controller} runner={runner} active={active} revision={revision} />;
    case 'check':
      return <CheckStep controller={controller} runner={runner} revision={revision} />;
    case 'export':
      return <ExportStep controller={controller} runner={runner} />;
  }
}
