/**
 * Hands text to the browser as a downloaded file (backups, framework files, observation files). A
 * blob: URL, not a data: URL: no size limit and it stays inside the page (the
 * Content-Security-Policy allows blob: for exactly this). The link is put in the document before
 * the click because some browsers ignore a click on a detached link. `type` is the file's media
 * type (JSON unless told, e.g. `text/csv;charset=utf-8` for the ratings spreadsheet).
 */
export function downloadTextFile(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** The same for any file already made (a PowerPoint deck, a spreadsheet). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
