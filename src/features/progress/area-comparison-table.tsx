import type { AreaComparison } from '@/domain/progress';
import { weekLabel } from '@/domain/programme-weeks';
import { formatAverage } from '@/domain/level-text';

interface AreaComparisonTableProps {
  comparison: readonly AreaComparison[];
  week: number;
  captionId: string;
}

function AverageCell({ value, missing }: { value: number | null; missing: string }) {
  return (
    <td className="number-cell">
      {value === null ? (
        <>
          <span aria-hidden="true">–</span>
          <span className="visually-hidden">{missing}</span>
        </>
      ) : (
        formatAverage(value)
      )}
    </td>
  );
}

/** The radar's numbers, with each area's full name. */
export function AreaComparisonTable({ comparison, week, captionId }: AreaComparisonTableProps) {
  return (
    <table className="number-table">
      <caption id={captionId} className="visually-hidden">
        Average level by area: baseline, {weekLabel(week)} and target
      </caption>
      <thead>
        <tr>
          <th scope="col">Area</th>
          <th scope="col" className="number-cell">
            Baseline
          </th>
          <th scope="col" className="number-cell">
            Latest
          </th>
          <th scope="col" className="number-cell">
            Target
          </th>
        </tr>
      </thead>
      <tbody>
        {comparison.map((area) => (
          <tr key={area.areaId}>
            <th scope="row">{area.areaName}</th>
            <AverageCell value={area.baseline} missing="Not rated" />
            <AverageCell value={area.latest} missing="Not rated" />
            <AverageCell value={area.target} missing="No target set" />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
