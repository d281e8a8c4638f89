/**
 * Testing Library waits 1 s by default for what a test looks for (a dialog, a message). The task
 * pane's jsdom tests render Fluent UI components; on a loaded two-core machine a dialog can take
 * longer to appear without anything being wrong, so the tests wait up to 5 s.
 */
// From the DOM library: importing @testing-library/react here, before jest's globals exist, would
// keep it from registering its cleanup after each test.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 5_000 });
