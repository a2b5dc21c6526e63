import { useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { directionText, type Observation } from '@/domain/observation';
import { dateWeekText } from '@/domain/programme-weeks';
import { deleteObservation, finishObservation, saveObservationContent } from '@/db/observations';
import { PageHeader } from '@/ui/page-header';
import { navigate } from '@/ui/router';
import { SaveStatus } from '@/ui/save-status';
import { ObservationForm } from '@/features/colleagues/observation-form';
import { useObservationAutosave } from '@/features/colleagues/use-observation-autosave';
import { colleagueHref } from '@/features/colleagues/colleague-routes';
import { focusSkillsOf } from '@/features/colleagues/focus-skills';
import { ObservationProblems } from '@/features/colleagues/observation-problems';

/** The delegate writing an observation on their own device: the same form as a colleague's phone. */
export function ObservationEditor({
  active,
  observation,
}: {
  active: ActiveProgramme;
  observation: Observation;
}) {
  const [problems, setProblems] = useState<Partial<Record<string, string>>>({});
  const { content, change, errors, saveState, flush, whenWritten } = useObservationAutosave(
    observation,
    (next) => saveObservationContent(observation.id, next),
  );
  const focusSkills = focusSkillsOf(
    active,
    observation.ratings.map((rating) => rating.skillId),
  );
  const back = colleagueHref(observation.colleagueId);

  async function finish() {
    flush();
    await whenWritten();
    await saveObservationContent(observation.id, content);
    const found = await finishObservation(observation.id);
    setProblems(found);
    if (Object.keys(found).length === 0) navigate(back);
  }

  async function discard() {
    await deleteObservation(observation.id);
    navigate(back);
  }

  return (
    <div className="stack">
      <PageHeader title={directionText(observation)}>
        <p>
          Saved as you type. {observation.status === 'draft' ? 'A draft until you finish it.' : ''}
        </p>
      </PageHeader>
      <ObservationForm
        content={content}
        onChange={change}
        focusSkills={focusSkills}
        scale={active.framework.scale.levels}
        weekText={dateWeekText(active.programme, content.date)}
        errors={{ ...problems, ...errors }}
        onLeaveField={flush}
      />
      <div className="observation-actions">
        <SaveStatus state={saveState} />
        <div className="cluster">
          <button type="button" className="button button-primary" onClick={() => void finish()}>
            {observation.status === 'draft' ? 'Finish observation' : 'Done'}
          </button>
          <button type="button" className="button button-danger" onClick={() => void discard()}>
            Delete
          </button>
        </div>
        <ObservationProblems problems={problems} />
      </div>
    </div>
  );
}
