import type { ReactNode } from 'react';

interface ChartSurfaceProps {
  className: string;
  width: number;
  height: number;
  children: ReactNode;
}

/** A chart's SVG, drawn at its pixel size and hidden from screen readers: its table says it all. */
export function ChartSurface({ className, width, height, children }: ChartSurfaceProps) {
  return (
    <svg
      className={`chart-surface ${className}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}
