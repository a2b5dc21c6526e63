export interface LegendItem {
  key: string;
  name: string;
  colour: string;
  dash?: string | undefined;
}

/**
 * The key to a chart's series as ordinary HTML under it, so long names wrap on a phone instead of
 * being squeezed into the SVG. Each swatch is drawn with the series' own colour and dash.
 */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.key}>
          <svg width="24" height="10" aria-hidden="true" focusable="false">
            <line
              x1="1"
              y1="5"
              x2="23"
              y2="5"
              stroke={item.colour}
              strokeWidth="3"
              strokeDasharray={item.dash}
              strokeLinecap="round"
            />
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  );
}
