/**
 * The HTTPS certificate of `npm start` / `npm run serve`: office-addin-dev-certs makes a localhost
 * certificate and then installs its CA, which needs administrator rights (sudo). When the CA cannot
 * be installed the certificate files it has just written are still used (browsers warn once);
 * when none can be made, the server falls back to HTTP.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Key and certificate for node:https. */
export interface HttpsOptions {
  key: string | Buffer;
  cert: string | Buffer;
}

/** The first line of an error, for a one-line warning. */
const firstLine = (e: unknown) =>
  (
    String(e)
      .split('\n')
      .find((l) => l.trim() !== '') ?? ''
  ).trim();

/** The localhost certificate of office-addin-dev-certs; undefined when it cannot be made or read. */
export async function devCertificate(): Promise<HttpsOptions | undefined> {
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
      console.warn(
        `Không cài được chứng chỉ gốc (${firstLine(e)}); vẫn dùng chứng chỉ localhost vừa tạo (trình duyệt báo chưa tin cậy: chọn tiếp tục).`,
      );
      return { key: readFileSync(key), cert: readFileSync(cert) };
    }
    console.warn(`Không tạo được chứng chỉ HTTPS cho localhost (${firstLine(e)}).`);
    return undefined;
  }
}
