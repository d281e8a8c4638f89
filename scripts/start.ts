/**
 * `npm start`: checks the port first (a busy port is one line, exit code 1, before any build), then a
 * development build into dist/ (webpack.config.js: no minifier, cached, office.js not copied) and
 * serves it over HTTPS as `npm run serve` does. With PORT set, dist/manifest.xml points to that port
 * (unless ADDIN_URL says otherwise), so Excel loads the add-in from where it is served.
 */
import { spawn } from 'node:child_process';
import { DEFAULT_PORT, freePortFromEnv } from './dev-port';
import { serveDist } from './serve';

/** Runs webpack in development mode; resolves with its exit code. */
function developmentBuild(port: number): Promise<number> {
  const env = { ...process.env };
  if (port !== DEFAULT_PORT && !env.ADDIN_URL) env.ADDIN_URL = `https://localhost:${port}/`;
  const cli = require.resolve('webpack-cli/bin/cli.js');
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, '--mode', 'development'], { stdio: 'inherit', env });
    child.once('error', (e) => {
      console.error(`Không chạy được webpack (${e.message}).`);
      done(1);
    });
    child.once('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<void> {
  const port = await freePortFromEnv();
  console.log('Đang dựng bản phát triển vào dist/ (lần đầu khoảng một phút, các lần sau vài giây)…');
  const status = await developmentBuild(port);
  if (status !== 0) {
    console.error('Dựng không thành công (xem lỗi ở trên). / The build failed (see above).');
    process.exit(status);
  }
  await serveDist(port);
}

void main();
