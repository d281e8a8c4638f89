/**
 * A small static server for dist/: used by `npm start` (HTTPS on localhost:3000 with the
 * office-addin-dev-certs certificate, falling back to HTTP when no certificate can be made) and by
 * the browser tests (HTTP on a free port).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import {
  createServer as createHttp,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttps } from 'node:https';
import { extname, join, normalize, resolve } from 'node:path';

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

function handler(root: string) {
  const base = resolve(root);
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const wanted = decodeURIComponent(url.pathname === '/' ? '/taskpane.html' : url.pathname);
    const file = normalize(join(base, wanted));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
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

interface HttpsOptions {
  key: string | Buffer;
  cert: string | Buffer;
}

/** The localhost certificate of office-addin-dev-certs; undefined when it cannot be made or read. */
async function devCertificate(): Promise<HttpsOptions | undefined> {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const certs = require('office-addin-dev-certs') as {
      getHttpsServerOptions: (days?: number) => Promise<HttpsOptions>;
    };
    return await certs.getHttpsServerOptions();
  } catch (e) {
    // Installing its CA needs administrator rights; the certificate files may still have been written.
    const dir = join(process.env.HOME ?? '', '.office-addin-dev-certs');
    const key = join(dir, 'localhost.key');
    const cert = join(dir, 'localhost.crt');
    if (existsSync(key) && existsSync(cert)) {
      console.warn(`Không cài được chứng chỉ gốc (${String(e)}); vẫn dùng chứng chỉ localhost đã tạo.`);
      const { readFileSync } = await import('node:fs');
      return { key: readFileSync(key), cert: readFileSync(cert) };
    }
    console.warn(`Không tạo được chứng chỉ HTTPS cho localhost (${String(e)}).`);
    return undefined;
  }
}

async function main(): Promise<void> {
  const root = resolve(__dirname, '..', 'dist');
  if (!existsSync(join(root, 'taskpane.html'))) {
    console.error('Chưa có dist/taskpane.html: chạy "npm run build" trước.');
    process.exit(2);
  }
  const port = Number(process.env.PORT ?? 3000);
  const cert = await devCertificate();
  const server = cert ? createHttps(cert, handler(root)) : createHttp(handler(root));
  const scheme = cert ? 'https' : 'http';
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

if (require.main === module) void main();
