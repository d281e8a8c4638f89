/**
 * The platform in a browser and in Excel's task pane: inflate through `DecompressionStream`, no
 * file system, and saving as a download (a temporary object URL on a link, clicked once). No
 * `node:*` imports here, ever.
 */
import { fail, ok } from '../domain/findings';
import type { Platform } from './contract';
import { platformMessages, reasonOf } from './messages';
import { webInflateRaw } from './web-inflate';

/** What saving needs from the page; the real `document` and `URL` unless a test gives its own. */
export interface BrowserEnv {
  readonly document: Pick<Document, 'createElement' | 'body'>;
  readonly url: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
  readonly later: (run: () => void, ms: number) => void;
}

const TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
  txt: 'text/plain;charset=utf-8',
};

/** The media type of a download, from its extension. */
export function downloadType(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot >= 0 ? TYPES[name.slice(dot + 1).toLowerCase()] : undefined) ?? 'application/octet-stream';
}

function offerDownload(env: BrowserEnv, name: string, bytes: Uint8Array): void {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const url = env.url.createObjectURL(new Blob([copy.buffer], { type: downloadType(name) }));
  const link = env.document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  env.document.body.appendChild(link);
  link.click();
  link.remove();
  // Released a moment later, after the browser has started reading it.
  env.later(() => env.url.revokeObjectURL(url), 1000);
}

/** The browser platform; `env` defaults to the page's globals, looked up only when saving. */
export function createBrowserPlatform(env?: BrowserEnv): Platform {
  return {
    inflateRaw: webInflateRaw,
    save: (path, bytes) => {
      const name = path.split(/[\\/]/).pop() || 'tep';
      try {
        offerDownload(env ?? { document, url: URL, later: (run, ms) => setTimeout(run, ms) }, name, bytes);
        return Promise.resolve(ok(name));
      } catch (e) {
        return Promise.resolve(
          fail('FILE_NOT_SAVED', platformMessages.FILE_NOT_SAVED({ name, reason: reasonOf(e) })),
        );
      }
    },
  };
}

/** The platform of the page this code runs in. */
export const browserPlatform: Platform = createBrowserPlatform();
