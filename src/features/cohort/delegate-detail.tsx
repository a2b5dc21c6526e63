import { useEffect, useRef, useState } from 'react';
import { firstAndLatest, formatLevel } from '@/domain/cohort/aggregate';
import type { Cohort, StoredSnapshot } from '@/domain/cohort/cohort';
import { weekLabel } from '@/domain/programme-weeks';
import { formatDateTime, plural } from '@/domain/text';
import { removeSnapshot } from '@/db/cohorts';

/** One delegate's shared snapshot as they shared it: their own areas, targets and choices. */
export function DelegateDetail({
  member,
  cohort,
  onClose,
}: {
  member: StoredSnapshot;
  cohort: Cohort;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const [problem, setProblem] = useState('');
  useEffect(() => heading.current?.focus(), []);

  const areas = cohort.framework.areas.map((area) => {
    let baseline = 0;
    let now = 0;
    let count = 0;
    for (const skill of area.skills) {
      const rated = firstAndLatest(
        Object.hasOwn(member.levels, skill.id) ? member.levels[skill.id] : undefined,
      );
      if (!rated) continue;
      baseline += rated.baseline;
      now += rated.now;
      count += 1;
    }
    return { id: area.id, name: area.name, count, baseline: baseline / count, now: now / count };
  });
  const targets = Object.keys(member.targets).length;

  async function remove() {
    try {
      await removeSnapshot(member.id);
      onClose();
    } catch {
      setProblem('The snapshot could not be taken out. Nothing changed; try again.');
    }
  }

  return (
    <section className="card stack cohort-detail" aria-labelledby="cohort-detail-heading">
      <div className="cohort-detail-top">
        <h2 id="cohort-detail-heading" ref={heading} tabIndex={-1}>
          {member.delegate.name}
        </h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="muted">
        Shared {formatDateTime(member.takenAt)} · {member.programme.name || 'Programme'},{' '}
        {weekLabel(member.programme.currentWeek)} of {member.programme.lengthWeeks.toString()} ·{' '}
        {member.framework.name} (version {member.framework.version.toString()})
      </p>
      {member.differences.length > 0 && (
        <ul className="cohort-differences" aria-label="How the framework differs">
          {member.differences.map((difference) => (
            <li key={difference}>{difference}</li>
          ))}
        </ul>
      )}
      <div className="cohort-table-wrap">
        <table className="cohort-table">
          <caption className="visually-hidden">
            {member.delegate.name}’s areas at baseline and now
          </caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Baseline</th>
              <th scope="col">Now</th>
              <th scope="col">Skills rated</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <tr key={area.id}>
                <th scope="row">{area.name}</th>
                <td>{area.count > 0 ? formatLevel(area.baseline) : '—'}</td>
                <td>{area.count > 0 ? formatLevel(area.now) : '—'}</td>
                <td>{area.count.toString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{plural(targets, 'target set', 'targets set')}.</p>
      {member.techniques && member.techniques.length > 0 && (
        <div>
          <h3>Effective techniques</h3>
          <ul className="stacked-list">
            {member.techniques.map((technique, index) => (
              <li key={`${technique.title}-${index.toString()}`}>
                <strong>{technique.title}</strong>
                {technique.technique !== '' && technique.technique !== technique.title && (
                  <span className="muted"> — {technique.technique}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {member.learningThree && (
        <div>
          <h3>Learning 3</h3>
          <p>
            {member.learningThree.colleagues
              .map(
                (colleague) =>
                  `${colleague.label} (${plural(colleague.observations, 'observation', 'observations')})`,
              )
              .join(', ')}{' '}
            · {plural(member.learningThree.observations, 'lesson observed', 'lessons observed')} in
            all.
          </p>
        </div>
      )}
      {member.review && member.review.rounds.length > 0 && (
        <div>
          <h3>360° review, as released</h3>
          <ul className="stacked-list">
            {member.review.rounds.map((round, index) => (
              <li key={`${round.kind}-${index.toString()}`}>
                {round.title || (round.kind === 'start' ? 'Start round' : 'End round')}: all raters’
                average {round.allRaters === null ? 'withheld' : formatLevel(round.allRaters)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {member.project && (
        <p>
          Improvement project: <strong>{member.project.title}</strong> ({member.project.status})
        </p>
      )}
      <div className="cluster">
        {isConfirming ? (
          <>
            <span>Take {member.delegate.name}’s snapshot out of this cohort?</span>
            <button type="button" className="button" onClick={() => void remove()}>
              Take it out
            </button>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => setIsConfirming(false)}
            >
              Keep it
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => setIsConfirming(true)}
          >
            Take this snapshot out of the cohort
          </button>
        )}
      </div>
      {problem !== '' && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
