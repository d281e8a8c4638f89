/** File kinds the importer reads. */
const SUPPORTED = /\.(txt|docx)$/i;

/** Whether the importer can read a file of this name. */
export function isPlanDocument(name: string): boolean {
  return SUPPORTED.test(name);
}

/**
 * The bytes of a chosen file. `Blob.arrayBuffer` is missing in some hosts (older Office webviews,
 * jsdom), so FileReader is the fallback.
 */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') {
    return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = reader.result;
      if (result instanceof ArrayBuffer) resolve(new Uint8Array(result));
      else reject(new Error('FileReader returned no ArrayBuffer'));
    };
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}
