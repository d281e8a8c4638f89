/** @jest-environment jsdom */
import { guardUnload } from '../../src/taskpane/standalone/unload-guard';

function unload(): Event {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event;
}

describe('the unload guard of standalone mode', () => {
  it('makes the browser ask only while there are unsaved changes, until removed', () => {
    let unsaved = false;
    const stop = guardUnload(window, () => unsaved);
    expect(unload().defaultPrevented).toBe(false);
    unsaved = true;
    expect(unload().defaultPrevented).toBe(true);
    stop();
    expect(unload().defaultPrevented).toBe(false);
  });
});
