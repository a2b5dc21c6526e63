import type { WriteUpDocument } from '@/domain/improvement-project/write-up-document';
import { downloadBlob } from '@/ui/download-text-file';

/** Fetches the Word maker ahead of the click (the editor calls it once the page is idle). */
export function loadWordMaker(): Promise<unknown> {
  return Promise.all([
    import('@/features/project/export/word-document'),
    import('@/features/project/export/ratings-chart'),
  ]);
}

/**
 * Makes the Word document and hands it to the browser's download. The `docx` library and the chart
 * drawing come in chunks of their own, fetched when the editor is idle (`loadWordMaker`) or,
 * failing that, here on the first export.
 */
export async function exportWriteUp(model: WriteUpDocument): Promise<void> {
  const [{ makeWordDocument }, { ratingsChartImage }] = await Promise.all([
    import('@/features/project/export/word-document'),
    import('@/features/project/export/ratings-chart'),
  ]);
  const chart = await ratingsChartImage(model.ratings);
  const blob = await makeWordDocument(model, chart);
  downloadBlob(model.fileName, blob);
}
