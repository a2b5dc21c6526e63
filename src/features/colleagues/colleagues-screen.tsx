import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { listColleagues } from '@/db/colleagues';
import { listObservations } from '@/db/observations';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { Link, usePath, useSearch } from '@/ui/router';
import { useIncomingFiles } from '@/ui/use-incoming-files';
import { ColleagueView } from '@/features/colleagues/colleague-view';
import { ImportPreview, type ImportSource } from '@/features/colleagues/import-preview';
import { ObservationEditor } from '@/features/colleagues/observation-editor';
import { ColleagueList } from '@/features/colleagues/colleague-list';
import { readObservationFile } from '@/features/colleagues/observation-file';
import './colleagues.css';

/** An observation file opened with "Open a Trellis file", on its way to `/receive`'s preview. */
type HandedOver =
  | { status: 'reading' }
  | { status: 'refused'; message: string }
  | { status: 'read'; source: ImportSource };

/**
 * Learning 3 on the delegate's device: the trio (`/colleagues`), one colleague with their progress
 * (`?colleague=<id>`), an observation being written (`?observation=<id>`), and an observation sent
 * back from a colleague's phone (`/receive#…`, or its file opened with Trellis), previewed before
 * anything is stored.
 */
export function ColleaguesScreen({ active }: { active: ActiveProgramme }) {
  const path = usePath();
  const search = new URLSearchParams(useSearch());
  const profileId = active.profile.id;
  const colleagues = useLiveQuery(() => listColleagues(profileId), [profileId]);
  const observations = useLiveQuery(() => listObservations(profileId), [profileId]);
  const [handedOver, setHandedOver] = useState<HandedOver | null>(null);
  const isReceiving = path === paths.receive;

  useIncomingFiles(['observation'], ({ files }) => {
    const [file] = files;
    if (!file) return;
    setHandedOver({ status: 'reading' });
    void readObservationFile(file).then((read) =>
      setHandedOver(
        read.ok
          ? { status: 'read', source: { kind: 'file', text: read.text } }
          : { status: 'refused', message: read.message },
      ),
    );
  });
  if (colleagues === undefined || observations === undefined) {
    return <p aria-busy="true">Loading colleagues…</p>;
  }

  if (isReceiving) {
    const hash = window.location.hash;
    // A link's fragment is what this address opens; a handed-over file only when there is none.
    const fromFile = hash.length > 1 ? null : handedOver;
    if (fromFile?.status === 'reading') return <p aria-busy="true">Reading the observation…</p>;
    if (fromFile?.status === 'refused') {
      return (
        <div className="stack">
          <PageHeader title="Received observation" />
          <p className="alert" role="alert">
            {fromFile.message}
          </p>
          <p>
            <Link to={paths.colleagues}>Back to colleagues</Link>
          </p>
        </div>
      );
    }
    if (fromFile?.status === 'read') {
      return <ImportPreview active={active} source={fromFile.source} layout="page" />;
    }
    return <ImportPreview active={active} source={{ kind: 'link', hash }} />;
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
