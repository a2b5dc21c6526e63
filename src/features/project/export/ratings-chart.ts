import type { LinkedRatings } from '@/domain/improvement-project/linked-evidence';
import { cutAtWord } from '@/domain/text';
import type { ChartImage } from '@/features/project/export/word-document';

/**
 * The linked ratings as a PNG for the Word document: one row per skill, a bar from the baseline
 * to the latest rating and a tick at the target, drawn on a canvas at twice the size it is shown
 * so it stays sharp when printed. Undefined where there is nothing to draw or no canvas (tests).
 */
const ROW = 44;
const LABEL_WIDTH = 260;
const PLOT_WIDTH = 320;
const TOP = 40;
const SCALE = 2;

export async function ratingsChartImage(ratings: LinkedRatings): Promise<ChartImage | undefined> {
  if (ratings.rows.length === 0 || typeof document === 'undefined') return undefined;
  const width = LABEL_WIDTH + PLOT_WIDTH + 40;
  const height = TOP + ratings.rows.length * ROW + 30;
  const canvas = document.createElement('canvas');
  canvas.width = width * SCALE;
  canvas.height = height * SCALE;
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  context.scale(SCALE, SCALE);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);

  const { scaleMin, scaleMax } = ratings;
  const span = Math.max(1, scaleMax - scaleMin);
  const x = (value: number) => LABEL_WIDTH + ((value - scaleMin) / span) * PLOT_WIDTH;

  context.font = '12px Calibri, Carlito, Arial, sans-serif';
  context.fillStyle = '#333333';
  context.textBaseline = 'middle';
  // Scale ticks and grid.
  for (let value = scaleMin; value <= scaleMax; value += 1) {
    context.strokeStyle = '#dddddd';
    context.beginPath();
    context.moveTo(x(value), TOP - 8);
    context.lineTo(x(value), TOP + ratings.rows.length * ROW);
    context.stroke();
    context.textAlign = 'center';
    context.fillText(String(value), x(value), TOP - 18);
  }
  ratings.rows.forEach((row, index) => {
    const middle = TOP + index * ROW + ROW / 2;
    context.textAlign = 'left';
    context.fillStyle = '#333333';
    context.fillText(cutAtWord(row.statement, 40), 8, middle);
    // Baseline to latest.
    context.fillStyle = '#9db7d5';
    const from = x(Math.min(row.baseline, row.latest));
    const to = x(Math.max(row.baseline, row.latest));
    context.fillRect(from, middle - 7, Math.max(3, to - from), 14);
    context.fillStyle = '#1f4e79';
    context.beginPath();
    context.arc(x(row.latest), middle, 6, 0, Math.PI * 2);
    context.fill();
    if (row.target !== null) {
      context.strokeStyle = '#c0504d';
      context.lineWidth = 3;
      context.beginPath();
      context.moveTo(x(row.target), middle - 12);
      context.lineTo(x(row.target), middle + 12);
      context.stroke();
      context.lineWidth = 1;
    }
  });
  const legendY = height - 14;
  context.textAlign = 'left';
  context.fillStyle = '#9db7d5';
  context.fillRect(LABEL_WIDTH, legendY - 6, 18, 12);
  context.fillStyle = '#333333';
  context.fillText('baseline to latest', LABEL_WIDTH + 24, legendY);
  context.fillStyle = '#c0504d';
  context.fillRect(LABEL_WIDTH + 150, legendY - 8, 3, 16);
  context.fillStyle = '#333333';
  context.fillText('target', LABEL_WIDTH + 160, legendY);

  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) return undefined;
  return {
    png: new Uint8Array(await blob.arrayBuffer()),
    width,
    height,
    altText: ratings.rows
      .map(
        (row) =>
          `${row.statement}: ${String(row.baseline)} at baseline, ${String(row.latest)} latest${row.target === null ? '' : `, target ${String(row.target)}`}`,
      )
      .join('; '),
  };
}
