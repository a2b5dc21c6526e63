import { beforeEach, vi } from 'vitest';

export interface CapturedDownload {
  name: string;
  type: string;
  text: string;
}

/**
 * Records every file the code under test hands to the browser as a download (a blob: URL on a
 * clicked link, as `downloadBlob` does), with its name, media type and text. Call once at the top
 * of a test file; the returned list is emptied before each test. A download's text arrives
 * asynchronously: wait for it with `vi.waitFor`.
 */
export function captureDownloads(): CapturedDownload[] {
  const downloads: CapturedDownload[] = [];
  beforeEach(() => {
    downloads.length = 0;
    const blobs = new Map<string, Blob>();
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => {
          const url = `blob:test/${crypto.randomUUID()}`;
          blobs.set(url, blob);
          return url;
        },
        revokeObjectURL: () => undefined,
      }),
    );
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      const blob = blobs.get(this.href);
      if (blob) {
        void blob
          .text()
          .then((text) => downloads.push({ name: this.download, type: blob.type, text }));
      }
    });
  });
  return downloads;
}
