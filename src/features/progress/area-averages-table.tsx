import type { Area } from '@/domain/framework';
import type { AreaWeekAverage } from '@/domain/progress';
import { formatAverage } from '@/domain/level-text';
import { WeekAbbr } from '@/features/progress/week-abbr';

interface AreaAveragesTableProps {
  areas: readonly Area[];
  byWeek: readonly AreaWeekAverage[];
  levelRange: { min: number; max: number };
  captionId: string;
}

/** The line chart's numbers: areas down, weeks across, as the chart reads left to right. */
export function AreaAveragesTable({
  areas,
  byWeek,
  levelRange,
  captionId,
}: AreaAveragesTableProps) {
  return (
    <table className="number-table">
      <caption id={captionId} className="visually-hidden">
        Average level by area and week (scale {levelRange.min}–{levelRange.max})
      </caption>
      <thead>
        <tr>
          <th scope="col">Area</th>
          {byWeek.map((row) => (
            <th key={row.week} scope="col" className="number-cell">
              <WeekAbbr week={row.week} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {areas.map((area) => (
          <tr key={area.id}>
            <th scope="row">{area.name}</th>
            {byWeek.map((row) => {
              const average = row.averages[area.id];
              return (
                <td key={row.week} className="number-cell">
                  {average === null || average === undefined ? (
                    <>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">Not rated</span>
                    </>
                  ) : (
                    formatAverage(average)
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
