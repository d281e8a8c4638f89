import { useCallback, useMemo, useState } from 'react';
import type { Text } from '../../domain/findings';
import type { ActionResult, WriteOptions } from '../controller-types';
import { stringsFor } from '../i18n';
import { useDelayedFlag } from './use-delayed-flag';

/** How a result is shown: the intents of a Fluent MessageBar. */
export type NoticeIntent = 'success' | 'warning' | 'error' | 'info';

/** The message bar's content; kept as a two-language message so switching language re-renders it. */
export interface Notice {
  readonly intent: NoticeIntent;
  readonly message: Text;
}

/** A write that stopped to ask before replacing cells the add-in did not create. */
export interface PendingConfirm {
  readonly message: Text;
  readonly cells: readonly string[];
  readonly retry: () => Promise<ActionResult>;
  /** What the step does once the write is done (after "Ghi đè" too). */
  readonly onDone?: AfterWrite;
}

/** What a step does once its write is done: read its rows again, say. Run after the result is painted. */
export type AfterWrite = (result: ActionResult) => void | Promise<void>;

/** Resolves once the browser has painted what was rendered so far (at once where nothing paints). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') setTimeout(resolve, 0);
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/**
 * For an effect that reads the workbook again after an action: runs `load` once the action's message
 * has painted (reading must not hold it back), and hands on its value or error unless the effect was
 * cleaned up first. Returns the clean-up.
 */
export function loadAfterPaint<T>(
  load: () => Promise<T>,
  loaded: (value: T) => void,
  failed: (error: unknown) => void,
): () => void {
  let live = true;
  void afterPaint().then(() => {
    if (!live) return;
    // A load that throws before its promise is failed alike.
    Promise.resolve()
      .then(load)
      .then(
        (value) => {
          if (live) loaded(value);
        },
        (error: unknown) => {
          if (live) failed(error);
        },
      );
  });
  return () => {
    live = false;
  };
}

/** A non-writing action either gives its value or has already shown its error. */
export type TaskOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

/** Runs the pane's actions with one shared busy state, progress indicator, message bar and confirm dialog. */
export interface ActionRunner {
  /** Some action is running: buttons that start another are disabled. */
  readonly busy: boolean;
  /** An action has been running for longer than the progress delay. */
  readonly progress: boolean;
  readonly notice: Notice | null;
  readonly confirm: PendingConfirm | null;
  /**
   * Runs a write; a `confirm` result opens the dialog, which calls the action again with `overwrite`.
   * Once the write is done, and its message painted, `onDone` runs (so the message shows at once
   * however long the step takes to read the sheet again).
   */
  readonly write: (
    action: (options?: WriteOptions) => Promise<ActionResult>,
    onDone?: AfterWrite,
  ) => Promise<ActionResult | undefined>;
  /** Runs an action that returns data; a thrown error becomes an error notice. */
  readonly task: <T>(action: () => Promise<T>) => Promise<TaskOutcome<T>>;
  readonly notify: (intent: NoticeIntent, message: Text) => void;
  /** The user chose "Ghi đè" in the confirm dialog. */
  readonly overwrite: () => Promise<void>;
  /** The user chose "Huỷ" (or closed the dialog). */
  readonly cancel: () => void;
  readonly dismiss: () => void;
}

/** An action that rejected: a failing host or a bug (bad input comes back as a failed outcome). */
function describe(error: unknown): Text {
  const detail = error instanceof Error ? error.message : String(error);
  return stringsFor('vi').unexpected(detail);
}

/** State and handlers behind {@link ActionRunner}. */
export function useAction(): ActionRunner {
  const [running, setRunning] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirm, setConfirm] = useState<PendingConfirm | null>(null);
  const progress = useDelayedFlag(running > 0);

  const guarded = useCallback(async <T>(action: () => Promise<T>): Promise<TaskOutcome<T>> => {
    setRunning((n) => n + 1);
    try {
      return { ok: true, value: await action() };
    } catch (error) {
      setNotice({ intent: 'error', message: describe(error) });
      return { ok: false };
    } finally {
      setRunning((n) => n - 1);
    }
  }, []);

  const show = useCallback(
    (result: ActionResult, retry: () => Promise<ActionResult>, onDone?: AfterWrite): void => {
      switch (result.kind) {
        case 'done':
          // A write that carries warnings (formulas left not recalculated, points to look at) says so.
          setNotice({
            intent: result.findings.some((f) => f.severity !== 'info') ? 'warning' : 'success',
            message: result.text,
          });
          return;
        case 'failed':
          setNotice({ intent: 'error', message: result.text });
          return;
        case 'confirm':
          setNotice(null);
          setConfirm({ message: result.text, cells: result.cells, retry, ...(onDone ? { onDone } : {}) });
          return;
      }
    },
    [],
  );

  const finish = useCallback(async (result: ActionResult, onDone: AfterWrite | undefined): Promise<void> => {
    if (result.kind !== 'done' || onDone === undefined) return;
    await afterPaint();
    await onDone(result);
  }, []);

  const write = useCallback(
    async (
      action: (options?: WriteOptions) => Promise<ActionResult>,
      onDone?: AfterWrite,
    ): Promise<ActionResult | undefined> => {
      setNotice(null);
      const outcome = await guarded(() => action());
      if (!outcome.ok) return undefined;
      show(outcome.value, () => action({ overwrite: true }), onDone);
      await finish(outcome.value, onDone);
      return outcome.value;
    },
    [guarded, show, finish],
  );

  const task = useCallback(
    <T>(action: () => Promise<T>): Promise<TaskOutcome<T>> => {
      setNotice(null);
      return guarded(action);
    },
    [guarded],
  );

  const overwrite = useCallback(async (): Promise<void> => {
    const pending = confirm;
    setConfirm(null);
    if (pending === null) return;
    const outcome = await guarded(pending.retry);
    // A second confirm after the user agreed would loop; the controller should not ask twice.
    if (!outcome.ok) return;
    show(outcome.value, pending.retry);
    await finish(outcome.value, pending.onDone);
  }, [confirm, guarded, show, finish]);

  const notify = useCallback((intent: NoticeIntent, message: Text) => setNotice({ intent, message }), []);
  const cancel = useCallback(() => setConfirm(null), []);
  const dismiss = useCallback(() => setNotice(null), []);

  return useMemo(
    () => ({
      busy: running > 0,
      progress,
      notice,
      confirm,
      write,
      task,
      notify,
      overwrite,
      cancel,
      dismiss,
    }),
    [running, progress, notice, confirm, write, task, notify, overwrite, cancel, dismiss],
  );
}
