import type { WriteUpDocument } from '@/domain/improvement-project/write-up-document';
import { downloadBlob } from '@/ui/download-text-file';

/**
 * Makes the Word document and hands it to the browser's download. The `docx` library and the chart
 * drawing are fetched here, on the first export, not with the editor.
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
