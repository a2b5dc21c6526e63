import { useLiveQuery } from 'dexie-react-hooks';
import type { ActiveProgramme } from '@/domain/active-programme';
import { getProjectForProfile, getWriteUp } from '@/db/improvement-projects';
import { JournalViews } from '@/ui/journal-views';
import { LoadingText } from '@/ui/loading-text';
import { PageHeader } from '@/ui/page-header';
import { useSearch } from '@/ui/router';
import { PrintView } from '@/features/project/print-view';
import { ProjectOverview } from '@/features/project/project-overview';
import { StartProject } from '@/features/project/start-project';
import { WriteUpEditor } from '@/features/project/write-up-editor';
import '@/ui/layout.css';
import './project.css';

/**
 * The improvement project, under the Journal tab. What it shows is in the URL: the project
 * (`/project`), its write-up (`?view=write-up`) and the write-up laid out for print
 * (`?view=print`).
 */
export function ProjectScreen({ active }: { active: ActiveProgramme }) {
  const { profile } = active;
  const view = new URLSearchParams(useSearch()).get('view');
  const loaded = useLiveQuery(async () => {
    const project = await getProjectForProfile(profile.id);
    const writeUp = project ? await getWriteUp(project.id) : undefined;
    return { project, writeUp };
  }, [profile.id]);

  if (loaded === undefined) return <LoadingText>Loading your project…</LoadingText>;
  const { project, writeUp } = loaded;

  if (project && writeUp && view === 'write-up') {
    return <WriteUpEditor key={writeUp.id} active={active} project={project} writeUp={writeUp} />;
  }
  if (project && writeUp && view === 'print') {
    return <PrintView active={active} project={project} writeUp={writeUp} />;
  }
  return (
    <div className="project stack">
      <PageHeader title={project ? project.title : 'Improvement project'}>
        <p>
          Your improvement project as it runs — plan, people, timeline, log and evidence — and the
          write-up it ends in.
        </p>
      </PageHeader>
      <JournalViews current="project" />
      {project ? (
        <ProjectOverview key={project.id} active={active} project={project} />
      ) : (
        <StartProject active={active} />
      )}
    </div>
  );
}
