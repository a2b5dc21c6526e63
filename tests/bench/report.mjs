/** The benchmark's Markdown table (bench/results.md), also pasted into the README. */
const format = (value, unit) => {
  if (value === null) return '—';
  if (unit === 'ms') return `${value.toFixed(value < 100 ? 1 : 0)} ms`;
  if (unit === 'px') return `${value.toFixed(0)} px`;
  return `${value.toFixed(1)} ${unit}`;
};

export function renderMarkdown(results) {
  const { machine } = results;
  const lines = [
    '# Trellis benchmark results',
    '',
    `Run ${results.date.slice(0, 16).replace('T', ' ')} UTC, ${results.durationSeconds} s; ` +
      `${machine.cpus} × ${machine.cpuModel}; load average ${machine.loadAverageBefore.join(' ')} before, ` +
      `${machine.loadAverageAfter.join(' ')} after${machine.note ? `; ${machine.note}` : ''}.`,
    `Chromium with the CPU slowed ${results.cpuSlowdown}× (DevTools protocol); each time is the median of ` +
      `${results.runsPerFigure} runs; "ratio" is Trellis ÷ the floor measured in the same run; the ` +
      'loads are also divided by the data floor (React reading a Dexie database of Trellis’s shape).',
    '',
    '| Figure | Trellis | Floor | Ratio | Data floor | Ratio to data floor | Target | Met | Notes |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |',
    ...results.rows.map((row) =>
      [
        '',
        row.label,
        format(row.value, row.unit),
        format(row.floor, row.unit),
        row.ratio === null ? '—' : `${row.ratio.toFixed(2)}×`,
        format(row.dataFloor ?? null, row.unit),
        row.dataFloorRatio == null ? '—' : `${row.dataFloorRatio.toFixed(2)}×`,
        row.target,
        row.met === null ? '—' : row.met ? 'yes' : '**no**',
        row.note ?? '',
        '',
      ]
        .join(' | ')
        .trim(),
    ),
    '',
  ];
  return `${lines.join('\n')}\n`;
}
