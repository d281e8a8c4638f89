/**
 * Hands bytes to the browser as a download: a temporary object URL on a link with a file name,
 * clicked once. The URL is released a moment later, after the browser has started reading it.
 */

const TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Starts the browser's download of an .xlsx or .docx under the given name. */
export function offerDownload(name: string, bytes: Uint8Array): void {
  // Copied into a plain ArrayBuffer: a view over a larger or shared buffer is not a valid BlobPart everywhere.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const url = URL.createObjectURL(
    new Blob([copy.buffer], {
      type: TYPES[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream',
    }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
