/**
 * What both browser tests need: dist/ served over HTTP on a free port, and Debian's Chromium
 * launched by playwright-core with the flags this closed network needs (no background connections).
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { serveHttp } from '../../scripts/serve';

export const ROOT = join(__dirname, '../..');
export const DIST = join(ROOT, 'dist');
const CHROMIUM = '/usr/bin/chromium';

export interface BrowserSession {
  readonly browser: Browser;
  /** Base URL of the served dist/, ending in "/". */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Outside Office, office.js's own logger opens an iframe on Microsoft's telemetry service three seconds
 * after loading (ULSEndpointProxy in o15apptofilemappingtable.js). This closed network cannot reach it,
 * so the request fails for reasons that are not the page's; tests answer it locally with an empty page
 * and keep counting every other failed request.
 */
export async function answerOfficeTelemetry(context: BrowserContext): Promise<void> {
  await context.route('https://telemetryservice.firstpartyapps.oaspapps.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title></title>' }),
  );
}

/** Serves dist/ and starts Chromium; fails with a clear message when either is missing. */
export async function startBrowser(): Promise<BrowserSession> {
  if (!existsSync(join(DIST, 'taskpane.html'))) {
    throw new Error('dist/taskpane.html is missing: the test command builds it first ("npm run build").');
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium).`);
  }
  const { server, url }: { server: Server; url: string } = await serveHttp(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    url,
    close: async () => {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}
