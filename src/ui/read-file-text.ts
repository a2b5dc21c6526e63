/** A file's text, or why it was not read. */
export type FileText = { ok: true; text: string } | { ok: false; message: string };

function withArticle(what: string): string {
  return `${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what}`;
}

/**
 * The text of a file sent from another device (chosen, or handed over by "Open a Trellis file"),
 * its size checked before it is read so nothing far larger than its kind ever is can swamp a phone.
 * `what` names the kind of file ("answer file") in the refusal. Never throws.
 */
export async function readFileText(file: File, maxBytes: number, what: string): Promise<FileText> {
  if (file.size > maxBytes) {
    return {
      ok: false,
      message: `“${file.name}” is too large to be ${withArticle(what)} (${Math.ceil(file.size / 1024).toString()} KB), so it was not opened.`,
    };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, message: `“${file.name}” could not be read. Try choosing it again.` };
  }
}
