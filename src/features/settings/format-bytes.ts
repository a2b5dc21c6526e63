const units = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/**
 * A size people can read, in en-GB figures: "512 bytes", "12.3 KB", "4.5 MB", "1.2 GB". Steps of
 * 1,024, as most operating systems count, so the figure matches what the device's own settings show.
 */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unitIndex = 0;
  while (value >= 1024 && unitIndex < units.length - 1) {
    value /= 1024;
    unitIndex += 1;
  }
  const unit = units[unitIndex] ?? 'bytes';
  if (unit === 'bytes')
    return `${numberFormat.format(Math.round(value))} ${value === 1 ? 'byte' : 'bytes'}`;
  return `${numberFormat.format(value)} ${unit}`;
}
