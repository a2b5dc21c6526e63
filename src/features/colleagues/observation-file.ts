import { MAX_EXCHANGE_JSON_BYTES } from '@/domain/observation-exchange';

export type ReadObservationFile =
  { ok: true; name: string; text: string } | { ok: false; message: string };

/**
 * An observation file's text, its size checked before it is read: one way in for a file chosen
 * on the colleagues screen and one opened with "Open a Trellis file".
 */
export async function readObservationFile(file: File): Promise<ReadObservationFile> {
  if (file.size > MAX_EXCHANGE_JSON_BYTES) {
    return {
      ok: false,
      message: `“${file.name}” is too large to be an observation (${Math.ceil(file.size / 1024).toString()} KB). Choose the .trellis-observation.json file you were sent.`,
    };
  }
  try {
    return { ok: true, name: file.name, text: await file.text() };
  } catch {
    return { ok: false, message: `“${file.name}” could not be read. Try opening it again.` };
  }
}
