import type { Snapshot } from '@/domain/cohort/snapshot';
import { formatLevel } from '@/domain/cohort/aggregate';
import { shortWeekLabel, weekLabel } from '@/domain/programme-weeks';
import { plural } from '@/domain/text';

/**
 * Exactly what the snapshot holds, drawn from the snapshot itself (not from the device's data), so
 * the preview cannot show less than what leaves.
 */
export function SnapshotPreview({ snapshot }: { snapshot: Snapshot }) {
  const weeks = [...new Set(snapshot.ratings.map((rating) => rating.week))].sort((a, b) => a - b);
  const level = new Map(
    snapshot.ratings.map((r) => [`${r.skillId} ${r.week.toString()}`, r.level]),
  );
  const targets = new Map(snapshot.targets.map((target) => [target.skillId, target.level]));
  const skills = snapshot.framework.areas.flatMap((area) =>
    area.skills.map((skill) => ({ ...skill, areaName: area.name })),
  );
  const ratedSkills = new Set(snapshot.ratings.map((rating) => rating.skillId)).size;
  return (
    <section
      className="card stack share-snapshot-preview"
      aria-labelledby="snapshot-preview-heading"
    >
      <h2 id="snapshot-preview-heading">Exactly what goes</h2>
      <dl className="share-snapshot-facts">
        <div>
          <dt>From</dt>
          <dd>{snapshot.delegate.name}</dd>
        </div>
        <div>
          <dt>Programme</dt>
          <dd>
            {snapshot.programme.name || 'Programme'}, {weekLabel(snapshot.programme.currentWeek)} of{' '}
            {snapshot.programme.lengthWeeks.toString()}
          </dd>
        </div>
        <div>
          <dt>Framework</dt>
          <dd>
            {snapshot.framework.name} (version {snapshot.framework.version.toString()})
          </dd>
        </div>
        <div>
          <dt>Ratings</dt>
          <dd>
            {plural(snapshot.ratings.length, 'rating', 'ratings')} of{' '}
            {plural(ratedSkills, 'skill', 'skills')} in {plural(weeks.length, 'week', 'weeks')};{' '}
            {plural(targets.size, 'target', 'targets')}
          </dd>
        </div>
      </dl>
      <details className="share-snapshot-grid">
        <summary>Every rating and target</summary>
        <div className="share-snapshot-table-wrap">
          <table>
            <caption className="visually-hidden">Every rating and target in the snapshot</caption>
            <thead>
              <tr>
                <th scope="col">Skill</th>
                {weeks.map((week) => (
                  <th scope="col" key={week}>
                    {shortWeekLabel(week)}
                  </th>
                ))}
                <th scope="col">Target</th>
              </tr>
            </thead>
            <tbody>
              {skills.map((skill) => (
                <tr key={skill.id}>
                  <th scope="row">{skill.statement}</th>
                  {weeks.map((week) => (
                    <td key={week}>{level.get(`${skill.id} ${week.toString()}`) ?? ''}</td>
                  ))}
                  <td>{targets.get(skill.id) ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      {snapshot.techniques && (
        <div>
          <h3>Techniques ({snapshot.techniques.length.toString()})</h3>
          {snapshot.techniques.length === 0 ? (
            <p className="muted">None marked effective yet.</p>
          ) : (
            <ul className="stacked-list">
              {snapshot.techniques.map((technique, index) => (
                <li key={`${technique.title}-${index.toString()}`}>
                  <strong>{technique.title}</strong>
                  {technique.technique !== '' && technique.technique !== technique.title && (
                    <span className="muted"> — {technique.technique}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {snapshot.learningThree && (
        <div>
          <h3>Learning 3</h3>
          <p>
            {snapshot.learningThree.colleagues
              .map(
                (colleague) =>
                  `${colleague.label} (${plural(colleague.observations, 'observation', 'observations')})`,
              )
              .join(', ')}
            ; {plural(snapshot.learningThree.observations, 'lesson', 'lessons')} observed in all.
          </p>
        </div>
      )}
      {snapshot.review && (
        <div>
          <h3>360° review</h3>
          <ul className="stacked-list">
            {snapshot.review.rounds.map((round, index) => (
              <li key={`${round.kind}-${index.toString()}`}>
                {round.title || (round.kind === 'start' ? 'Start round' : 'End round')}: all raters’
                average {round.allRaters === null ? 'withheld' : formatLevel(round.allRaters)}, and{' '}
                {plural(round.behaviours.length, 'behaviour', 'behaviours')}’ figures
              </li>
            ))}
          </ul>
        </div>
      )}
      {snapshot.project && (
        <p>
          Improvement project: <strong>{snapshot.project.title}</strong> ({snapshot.project.status})
        </p>
      )}
    </section>
  );
}
