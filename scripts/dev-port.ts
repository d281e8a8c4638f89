/**
 * The port of `npm start` and `npm run serve`: read from PORT (3000 when unset), checked before
 * anything slow happens, and every failure to listen told in one Vietnamese + English line that says
 * how to choose another port (no stack trace).
 */
import { createServer } from 'node:net';

/** The port of the manifest's development URL (scripts/manifest-url.js). */
export const DEFAULT_PORT = 3000;

/** The npm command being run, for the `PORT=… npm start` hint: `npm run serve` or `npm start`. */
export function npmCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.npm_lifecycle_event === 'serve' ? 'npm run serve' : 'npm start';
}

/** PORT as a number, or the line explaining why it is not a port. */
export function portFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): { ok: true; port: number } | { ok: false; message: string } {
  const raw = env.PORT?.trim();
  if (raw === undefined || raw === '') return { ok: true, port: DEFAULT_PORT };
  const port = Number(raw);
  if (/^\d+$/.test(raw) && port >= 1 && port <= 65535) return { ok: true, port };
  const hint = `PORT=${DEFAULT_PORT + 1} ${npmCommand(env)}`;
  return {
    ok: false,
    message:
      `PORT phải là số cổng từ 1 đến 65535 (đang là "${raw}"), ví dụ ${hint}. / ` +
      `PORT must be a port number from 1 to 65535 (got "${raw}"), e.g. ${hint}.`,
  };
}

/** Why listening on `port` failed, in one line with the way out; `another` is a port to suggest. */
export function listenFailure(error: NodeJS.ErrnoException, port: number, another: number): string {
  const hint = `PORT=${another} ${npmCommand()}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return (
        `Cổng ${port} đang bị chương trình khác dùng (có thể là một npm start khác đang chạy): chọn cổng khác, ví dụ ${hint}. / ` +
        `Port ${port} is already in use (perhaps by another npm start): choose another port, e.g. ${hint}.`
      );
    case 'EACCES':
      return (
        `Không được phép mở cổng ${port} (cổng dưới 1024 cần quyền quản trị): chọn cổng khác, ví dụ ${hint}. / ` +
        `Not allowed to open port ${port} (ports below 1024 need administrator rights): choose another port, e.g. ${hint}.`
      );
    default:
      return (
        `Không mở được cổng ${port} (${error.code ?? error.message}): chọn cổng khác, ví dụ ${hint}. / ` +
        `Cannot open port ${port} (${error.code ?? error.message}): choose another port, e.g. ${hint}.`
      );
  }
}

/** Resolves with undefined when `port` can be listened on (as the server will), else with the error. */
export function tryPort(port: number): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', (e: NodeJS.ErrnoException) => done(e));
    probe.listen(port, () => probe.close(() => done(undefined)));
  });
}

/** The first port after `port` that is free (to suggest), or port + 1 when none of the next 20 is. */
export async function nextFreePort(port: number): Promise<number> {
  for (let p = port + 1; p <= Math.min(port + 20, 65535); p++) {
    if ((await tryPort(p)) === undefined) return p;
  }
  return port < 65535 ? port + 1 : DEFAULT_PORT + 1;
}

/** Prints the line for a failure to listen on `port` and ends the process with exit code 1. */
export async function exitListenFailure(error: NodeJS.ErrnoException, port: number): Promise<never> {
  console.error(listenFailure(error, port, await nextFreePort(port)));
  process.exit(1);
}

/** The port from PORT, checked free; on any problem prints one line and exits with code 1. */
export async function freePortFromEnv(): Promise<number> {
  const parsed = portFromEnv();
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(1);
  }
  const error = await tryPort(parsed.port);
  if (error) await exitListenFailure(error, parsed.port);
  return parsed.port;
}
