import { Blob as NodeBlob } from 'node:buffer';

/**
 * jsdom's Blob cannot pass through the structured clone fake-indexeddb uses (it comes back as an
 * empty object), while a browser's can. Test files that store attachments import this first, so
 * Blobs made by the app are Node's, which clone as a browser's do.
 */
globalThis.Blob = NodeBlob as unknown as typeof Blob;

/** A small valid PNG (a 1×1 pixel), as a File a person would choose. */
export function pngFile(name = 'tally-chart.png'): File {
  const bytes = Uint8Array.from(
    atob(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    ),
    (character) => character.charCodeAt(0),
  );
  return fileOf(bytes, name, 'image/png');
}

/** A File with the given bytes whose arrayBuffer() works in jsdom. */
export function fileOf(bytes: Uint8Array<ArrayBuffer>, name: string, type: string): File {
  const file = new File([bytes], name, { type });
  Object.defineProperty(file, 'arrayBuffer', {
    value: () => Promise.resolve(bytes.slice().buffer),
  });
  return file;
}
