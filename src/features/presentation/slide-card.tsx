import { lazy, Suspense, useId } from 'react';
import type { Bullet, ChartSpec, Slide } from '@/domain/presentation';
import type { ChartPlace } from '@/features/presentation/print-chart-size';

// Recharts is heavy: it loads when the first chart slide is shown
// (docs/design.md#heavy-things-load-late). Both drawings come from the same chunk.
const SlideChart = lazy(() =>
  import('@/features/presentation/slide-chart').then((module) => ({
    default: module.SlideChart,
  })),
);
const PrintSlideChart = lazy(() =>
  import('@/features/presentation/slide-chart').then((module) => ({
    default: module.PrintSlideChart,
  })),
);

function formatValue(value: number | null): string {
  if (value === null) return '–';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** The chart's numbers as a table: what a screen reader reads, and what the handout can fall back on. */
function ChartTable({ chart }: { chart: ChartSpec }) {
  return (
    <div className="table-wrap">
      <table className="slide-chart-table">
        <caption>{chart.title}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Series</span>
            </th>
            {chart.categories.map((category) => (
              <th key={category} scope="col">
                {category}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.series.map((series) => (
            <tr key={series.name}>
              <th scope="row">{series.name}</th>
              {series.values.map((value, index) => (
                <td key={chart.categories[index] ?? index}>{formatValue(value)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The chart twice: sized to the card on screen, and at a fixed A4 size for the printed handout. */
function SlideFigure({ chart, place }: { chart: ChartSpec; place: ChartPlace }) {
  return (
    <figure className="slide-chart">
      <div className="slide-chart-drawing" aria-hidden="true">
        <Suspense fallback={null}>
          <SlideChart chart={chart} />
        </Suspense>
      </div>
      <div className="slide-chart-print" data-place={place} aria-hidden="true">
        <Suspense fallback={null}>
          <PrintSlideChart chart={chart} place={place} />
        </Suspense>
      </div>
      <details className="slide-chart-numbers">
        <summary>The numbers</summary>
        <ChartTable chart={chart} />
      </details>
    </figure>
  );
}

function Bullets({ bullets }: { bullets: readonly Bullet[] }) {
  return (
    <ul className="slide-bullets">
      {bullets.map((bullet, index) => (
        <li key={index}>
          <span>{bullet.text}</span>
          {bullet.detail !== undefined && <span className="slide-detail">{bullet.detail}</span>}
        </li>
      ))}
    </ul>
  );
}

/** One slide of the preview (and of the printed handout), drawn as a 16:9 card, notes under it. */
export function SlideCard({
  slide,
  number,
  total,
}: {
  slide: Slide;
  number: number;
  total: number;
}) {
  const headingId = useId();
  const { body } = slide;
  return (
    <article className="slide-item" aria-labelledby={headingId}>
      <div className="slide" data-kind={body.kind}>
        {body.kind === 'title' ? (
          <div className="slide-title-page">
            <h2 id={headingId}>{slide.title}</h2>
            <p className="slide-subtitle">{body.subtitle}</p>
            {body.lines.map((line) => (
              <p key={line} className="slide-line">
                {line}
              </p>
            ))}
          </div>
        ) : (
          <>
            <h2 id={headingId} className="slide-heading">
              {slide.title}
            </h2>
            <div className="slide-body">
              {body.kind === 'figures' && (
                <dl className="slide-figures">
                  {body.figures.map((figure) => (
                    <div key={figure.label}>
                      <dt>{figure.label}</dt>
                      <dd>{figure.value}</dd>
                    </div>
                  ))}
                </dl>
              )}
              {body.kind === 'chart' && (
                <>
                  <SlideFigure chart={body.chart} place="full" />
                  {body.caption !== undefined && <p className="slide-caption">{body.caption}</p>}
                </>
              )}
              {body.kind === 'chart-and-bullets' && (
                <div className="slide-split">
                  <SlideFigure chart={body.chart} place="split" />
                  <Bullets bullets={body.bullets} />
                </div>
              )}
              {body.kind === 'bullets' && <Bullets bullets={body.bullets} />}
            </div>
          </>
        )}
        <p className="slide-number" aria-hidden="true">
          {number} / {total}
        </p>
      </div>
      {slide.notes.length > 0 && (
        // Closed <details> do not print, so the handout prints the notes from a copy of its own.
        <div className="slide-notes-print">
          <p className="slide-notes-heading">Notes</p>
          {slide.notes.map((note, index) => (
            <p key={index}>{note}</p>
          ))}
        </div>
      )}
      {slide.notes.length > 0 && (
        <details className="slide-notes">
          <summary>Speaker notes</summary>
          {slide.notes.map((note, index) => (
            <p key={index}>{note}</p>
          ))}
        </details>
      )}
    </article>
  );
}
