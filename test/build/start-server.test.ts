/**
 * The real start and serve scripts (run through tsx, as npm runs them) against a port another
 * program holds: one Vietnamese + English line naming the port and a `PORT=… npm start` to use
 * instead, exit code 1, no stack trace, and no build started. Also an invalid PORT, and office.js
 * served from node_modules when dist/ has no copy of it (the development build of npm start).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OFFICE_JS_DIR, serveHttp } from '../../scripts/serve';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `script` with `env` added; resolves when it exits (killed after 30 s: it must not serve). */
function run(script: string, env: Record<string, string>): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, [script], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('error', fail);
    child.once('exit', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

/** Holds a free port the way the server listens (all interfaces). */
function occupy(): Promise<Server> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, () => done(server));
  });
}

/** The single non-empty line of `text`; fails when there are more. */
function oneLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('npm start and npm run serve on a busy port', () => {
  let busy: Server;
  let port: number;
  beforeAll(async () => {
    busy = await occupy();
    port = (busy.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((done) => busy.close(done)));

  it('npm start says which port is busy and how to choose another, exits 1, builds nothing', async () => {
    const result = await run('scripts/start.ts', { PORT: String(port), npm_lifecycle_event: 'start' });
    expect(result.code).toBe(1);
    const line = oneLine(result.stderr);
    expect(line).toMatch(
      new RegExp(`^Cổng ${port} đang bị chương trình khác dùng.* / Port ${port} is already in use`),
    );
    expect(line).toMatch(/ví dụ PORT=\d+ npm start\. \/ .*e\.g\. PORT=\d+ npm start\.$/);
    expect(line).not.toContain(`PORT=${port} `);
    expect(result.stderr).not.toMatch(/EADDRINUSE|\n\s+at /);
    expect(result.stdout).toBe('');
  }, 60_000);

  it('npm run serve says the same with its own command', async () => {
    const result = await run('scripts/serve.ts', { PORT: String(port), npm_lifecycle_event: 'serve' });
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toMatch(
      new RegExp(
        `^Cổng ${port} .*ví dụ PORT=\\d+ npm run serve\\. / Port ${port} .*e\\.g\\. PORT=\\d+ npm run serve\\.$`,
      ),
    );
    expect(result.stdout).toBe('');
  }, 60_000);

  it('an invalid PORT is one line too, exit code 1', async () => {
    const result = await run('scripts/start.ts', { PORT: 'ba nghìn', npm_lifecycle_event: 'start' });
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toBe(
      'PORT phải là số cổng từ 1 đến 65535 (đang là "ba nghìn"), ví dụ PORT=3001 npm start. / ' +
        'PORT must be a port number from 1 to 65535 (got "ba nghìn"), e.g. PORT=3001 npm start.',
    );
    expect(result.stdout).toBe('');
  }, 60_000);
});

describe('office.js without a copy in dist/', () => {
  const dist = mkdtempSync(join(tmpdir(), 'gnbv-dist-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('is served from node_modules/@microsoft/office-js, nothing outside it', async () => {
    writeFileSync(join(dist, 'taskpane.html'), '<title>Kinh phí GNBV</title>');
    const { server, url } = await serveHttp(dist);
    try {
      const page = await fetch(url);
      expect(await page.text()).toContain('<title>Kinh phí GNBV</title>');
      const officeJs = await fetch(`${url}office-js/office.js`);
      expect(officeJs.status).toBe(200);
      expect(await officeJs.text()).toBe(readFileSync(join(OFFICE_JS_DIR, 'office.js'), 'utf8'));
      expect((await fetch(`${url}office-js/..%2Fpackage.json`)).status).toBe(404);
      expect((await fetch(`${url}office-js/no-such-file.js`)).status).toBe(404);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});
