import { useLiveQuery } from 'dexie-react-hooks';
import type { ActiveProgramme } from '@/domain/active-programme';
import { listColleagues } from '@/db/colleagues';
import { listObservations } from '@/db/observations';
import { paths } from '@/ui/paths';
import { usePath, useSearch } from '@/ui/router';
import { ColleagueView } from '@/features/colleagues/colleague-view';
import { ImportPreview } from '@/features/colleagues/import-preview';
import { ObservationEditor } from '@/features/colleagues/observation-editor';
import { ColleagueList } from '@/features/colleagues/colleague-list';
import './colleagues.css';

/**
 * Learning 3 on the delegate's device: the trio (`/colleagues`), one colleague with their progress
 * (`?colleague=<id>`), an observation being written (`?observation=<id>`), and an observation sent
 * back from a colleague's phone (`/receive#…`), previewed before anything is stored.
 */
export function ColleaguesScreen({ active }: { active: ActiveProgramme }) {
  const path = usePath();
  const search = new URLSearchParams(useSearch());
  const profileId = active.profile.id;
  const colleagues = useLiveQuery(() => listColleagues(profileId), [profileId]);
  const observations = useLiveQuery(() => listObservations(profileId), [profileId]);

  if (colleagues === undefined || observations === undefined) {
    return <p aria-busy="true">Loading colleagues…</p>;
  }

  if (path === paths.receive) {
    return <ImportPreview active={active} source={{ kind: 'link', hash: window.location.hash }} />;
  }

  const observationId = search.get('observation');
  const observation = observations.find((candidate) => candidate.id === observationId);
  if (observationId !== null) {
    return observation ? (
      <ObservationEditor key={observation.id} active={active} observation={observation} />
    ) : (
      <p role="alert">This observation is no longer here.</p>
    );
  }

  const colleagueId = search.get('colleague');
  const colleague = colleagues.find((candidate) => candidate.id === colleagueId);
  if (colleague) {
    return (
      <ColleagueView
        key={colleague.id}
        active={active}
        colleague={colleague}
        colleagues={colleagues}
        observations={observations}
      />
    );
  }

  return <ColleagueList active={active} colleagues={colleagues} observations={observations} />;
}
