/**
 * A small static server for dist/: used by `npm start` and `npm run serve` (HTTPS on localhost:3000
 * or PORT with the office-addin-dev-certs certificate, falling back to HTTP when no certificate can
 * be made) and by the browser tests (HTTP on a free port). /office-js/ comes from dist/office-js when
 * the production build copied it there, else straight from node_modules/@microsoft/office-js/dist
 * (the development build of `npm start` does not copy its 57 MB).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import {
  createServer as createHttp,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttps } from 'node:https';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { devCertificate } from './dev-certificate';
import { exitListenFailure, freePortFromEnv } from './dev-port';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** office.js with its locale and host files, as installed by npm. */
export const OFFICE_JS_DIR = resolve(__dirname, '..', 'node_modules', '@microsoft', 'office-js', 'dist');
const OFFICE_JS_PATH = '/office-js/';

/** The file under `dir` at `wanted` (a URL path), or undefined when it is outside `dir` or no file. */
function fileIn(dir: string, wanted: string): string | undefined {
  const base = resolve(dir);
  const file = normalize(join(base, wanted));
  if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  return file;
}

function handler(root: string) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let wanted: string;
    try {
      wanted = decodeURIComponent(url.pathname === '/' ? '/taskpane.html' : url.pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Địa chỉ hỏng / Bad URL');
      return;
    }
    const file =
      fileIn(root, wanted) ??
      (wanted.startsWith(OFFICE_JS_PATH)
        ? fileIn(OFFICE_JS_DIR, wanted.slice(OFFICE_JS_PATH.length - 1))
        : undefined);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Không có tệp này / Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  };
}

/** Serves `root` over HTTP on `port` (0: any free port); resolves with the server and its base URL. */
export function serveHttp(root: string, port = 0): Promise<{ server: Server; url: string }> {
  return new Promise((ok, fail) => {
    const server = createHttp(handler(root));
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      ok({ server, url: `http://127.0.0.1:${actual}/` });
    });
  });
}

/**
 * Serves dist/ over HTTPS on PORT (3000 by default), as `npm run serve` and, after its development
 * build, `npm start` (scripts/start.ts) do; a busy port ends the process with one line, exit code 1.
 */
export async function serveDist(port: number): Promise<void> {
  const root = resolve(__dirname, '..', 'dist');
  if (!existsSync(join(root, 'taskpane.html'))) {
    console.error('Chưa có dist/taskpane.html: chạy "npm run build" trước.');
    process.exit(2);
  }
  const cert = await devCertificate();
  const server = cert ? createHttps(cert, handler(root)) : createHttp(handler(root));
  const scheme = cert ? 'https' : 'http';
  server.once('error', (e: NodeJS.ErrnoException) => void exitListenFailure(e, port));
  server.listen(port, () => {
    console.log(`Kinh phí GNBV đang phục vụ ${scheme}://localhost:${port}/ (thư mục dist/).`);
    if (!cert) {
      console.log(
        'Lưu ý: đang dùng HTTP; Excel chỉ nạp phần bổ trợ qua HTTPS, trình duyệt thường vẫn mở được trang.',
      );
    }
    console.log(`Mở ${scheme}://localhost:${port}/ trong trình duyệt để dùng thử không cần Excel.`);
    console.log(
      'Cài vào Excel trên web: Trang đầu → Phần bổ trợ → Thêm cài đặt → Tải lên phần bổ trợ của tôi → dist/manifest.xml.',
    );
    console.log(
      'Excel trên Windows: chia sẻ thư mục chứa manifest.xml, thêm vào Tệp → Tùy chọn → Trung tâm Tin cậy → Danh mục Phần bổ trợ Tin cậy, rồi Trang đầu → Phần bổ trợ → Thư mục được chia sẻ.',
    );
    console.log('Dừng: Ctrl+C.');
  });
}

if (require.main === module) void freePortFromEnv().then(serveDist);
