import { useId, useMemo, useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { formatCalendarDate } from '@/domain/calendar-date';
import {
  evidenceSetContentOf,
  evidenceSetContentSchema,
  hasItem,
  MAX_EVIDENCE_ITEMS,
  toggleItem,
  type EvidenceItem,
  type EvidenceSet,
  type EvidenceSetContent,
} from '@/domain/coaching/evidence-set';
import {
  evidenceItemText,
  evidenceSetVerifiableContent,
} from '@/domain/coaching/verifiable-content';
import { enquiryTitle } from '@/domain/enquiry';
import { milestoneStatusLabel, timelineInOrder } from '@/domain/improvement-project/project';
import { activeAreas, levelOf } from '@/domain/framework';
import { latestRatedWeek, auditAtWeek } from '@/domain/rating';
import { weekLabel } from '@/domain/programme-weeks';
import { describeStorageFailure } from '@/domain/storage-errors';
import { createEvidenceSet, deleteEvidenceSet, updateEvidenceSet } from '@/db/coaching-log';
import { evidenceSetPath, EVIDENCE_SETS_PATH } from '@/ui/coaching-links';
import { ConfirmDelete } from '@/ui/confirm-delete';
import { EmptyState } from '@/ui/empty-state';
import { Field } from '@/ui/field';
import { Link, navigate } from '@/ui/router';
import { SaveStatus } from '@/ui/save-status';
import { checkWith, useAutosave } from '@/ui/use-autosave';
import { observationTitle } from '@/features/coaching-log/coaching-text';
import type { CoachingData } from '@/features/coaching-log/use-coaching-data';
import { useSubjectVerification } from '@/features/coaching-log/use-subject-verification';
import { VerificationBadge } from '@/features/coaching-log/verification-badge';
import { VerificationPanel } from '@/features/coaching-log/verification-panel';

/** The evidence sets, newest first, and a way to start one. */
export function EvidenceSets({ active, data }: { active: ActiveProgramme; data: CoachingData }) {
  const [problem, setProblem] = useState<string | null>(null);
  async function start() {
    setProblem(null);
    try {
      const set = await createEvidenceSet(active.profile.id, {
        title: 'Evidence for my final assessment',
        summary: '',
        items: [],
      });
      navigate(evidenceSetPath(set.id));
    } catch (error) {
      setProblem(describeStorageFailure(error) ?? 'The set could not be made. Please try again.');
    }
  }
  return (
    <div className="stack">
      <p>
        Choose the enquiries, observations, ratings and project milestones and evidence that show
        your progress, and ask your coach to verify them for your final assessment.
      </p>
      <p>
        <button type="button" className="button button-primary" onClick={() => void start()}>
          Start an evidence set
        </button>
      </p>
      {problem && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
      {data.evidenceSets.length === 0 ? (
        <EmptyState title="No evidence sets yet" />
      ) : (
        <>
          <h2>Your evidence sets</h2>
          <ul className="stacked-list">
            {data.evidenceSets.map((set) => (
              <li key={set.id}>
                <EvidenceSetCard set={set} active={active} data={data} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function useSetContent(set: EvidenceSet, active: ActiveProgramme, data: CoachingData) {
  return useMemo(
    () =>
      evidenceSetVerifiableContent(set, {
        framework: active.framework,
        enquiries: data.enquiries,
        observations: data.observations,
        ratings: data.ratings,
        project: data.project,
        projectEvidence: data.projectEvidence,
      }),
    [
      set,
      active.framework,
      data.enquiries,
      data.observations,
      data.ratings,
      data.project,
      data.projectEvidence,
    ],
  );
}

function EvidenceSetCard({
  set,
  active,
  data,
}: {
  set: EvidenceSet;
  active: ActiveProgramme;
  data: CoachingData;
}) {
  const content = useSetContent(set, active, data);
  const status = useSubjectVerification(
    data.verifications,
    { kind: 'evidence-set', id: set.id },
    content,
  );
  return (
    <article className="card session-card">
      <h3>
        <Link to={evidenceSetPath(set.id)}>{set.title}</Link>
      </h3>
      <p className="muted">
        {set.items.length} {set.items.length === 1 ? 'item' : 'items'} · started{' '}
        {formatCalendarDate(set.createdAt.slice(0, 10))}
      </p>
      <VerificationBadge status={status} />
    </article>
  );
}

/** A skill's rating in the latest week it was rated: what a rating item offers. */
function ratingChoices(active: ActiveProgramme, data: CoachingData) {
  const week = latestRatedWeek(data.ratings);
  if (week === null) return [];
  const audit = auditAtWeek(data.ratings, week);
  return activeAreas(active.framework).flatMap((area) =>
    area.skills.flatMap((skill) => {
      const rating = audit.get(skill.id);
      if (!rating) return [];
      const level = levelOf(active.framework.scale, rating.level);
      return [
        {
          item: { kind: 'rating', skillId: skill.id, week } satisfies EvidenceItem,
          label: `${skill.statement}: ${rating.level.toString()}${level ? ` ${level.label}` : ''} (${weekLabel(week)})`,
        },
      ];
    }),
  );
}

/** One evidence set: its title and summary, the items chosen, and its verification. */
export function EvidenceSetEditor({
  set,
  active,
  data,
}: {
  set: EvidenceSet;
  active: ActiveProgramme;
  data: CoachingData;
}) {
  const id = useId();
  const { draft, change, errors, saveState, flush, discard, whenWritten, track } = useAutosave({
    initial: () => evidenceSetContentOf(set),
    check: checkWith(evidenceSetContentSchema),
    save: (content: EvidenceSetContent) => updateEvidenceSet(set.id, content),
    delayMs: 600,
  });
  const content = useSetContent(set, active, data);
  const isFull = draft.items.length >= MAX_EVIDENCE_ITEMS;

  function toggle(item: EvidenceItem) {
    change(toggleItem(draft, item), { isChoice: true });
  }

  function choice(item: EvidenceItem, label: string) {
    const isChosen = hasItem(draft, item);
    return (
      <label className="evidence-choice">
        <input
          type="checkbox"
          checked={isChosen}
          disabled={!isChosen && isFull}
          onChange={() => toggle(item)}
        />
        <span>{label}</span>
      </label>
    );
  }

  async function remove() {
    discard();
    await whenWritten();
    const isDeleted = await track(() => deleteEvidenceSet(set.id));
    if (isDeleted) navigate(EVIDENCE_SETS_PATH);
  }

  const latestRatings = ratingChoices(active, data);
  // A rating chosen in an earlier week stays listed (ticked) so it can be taken out.
  const earlierRatings = draft.items.flatMap((item) =>
    item.kind === 'rating' &&
    !latestRatings.some(
      (choice) => choice.item.skillId === item.skillId && choice.item.week === item.week,
    )
      ? [
          {
            item,
            label: evidenceItemText(item, {
              framework: active.framework,
              enquiries: data.enquiries,
              observations: data.observations,
              ratings: data.ratings,
              project: data.project,
              projectEvidence: data.projectEvidence,
            }),
          },
        ]
      : [],
  );
  const ratings = [...earlierRatings, ...latestRatings];
  const { project } = data;
  return (
    <div className="coaching-log stack">
      <p className="coaching-back">
        <Link to={EVIDENCE_SETS_PATH}>
          <span aria-hidden="true">{'← '}</span>
          All evidence sets
        </Link>
      </p>
      <header className="page-header">
        <h1>{draft.title.trim() || 'Evidence set'}</h1>
        <SaveStatus state={saveState} />
      </header>
      <section className="card stack" onBlur={flush} aria-labelledby={`${id}-about`}>
        <h2 id={`${id}-about`}>About this set</h2>
        <Field label="Title" error={errors.title}>
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={120}
              value={draft.title}
              onChange={(event) => change({ title: event.target.value })}
            />
          )}
        </Field>
        <Field label="What it shows" error={errors.summary}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxLength={2000}
              value={draft.summary}
              onChange={(event) => change({ summary: event.target.value })}
            />
          )}
        </Field>
      </section>
      <section className="card stack" aria-labelledby={`${id}-items`}>
        <h2 id={`${id}-items`}>
          Evidence chosen{' '}
          <span className="muted">
            ({draft.items.length} of up to {MAX_EVIDENCE_ITEMS})
          </span>
        </h2>
        {errors.items && <p className="field-error">{errors.items}</p>}
        <fieldset className="evidence-group">
          <legend>Enquiries</legend>
          {data.enquiries.length === 0 && <p className="muted">No enquiries in your journal.</p>}
          {data.enquiries.map((enquiry) => (
            <div key={enquiry.id}>
              {choice({ kind: 'enquiry', enquiryId: enquiry.id }, enquiryTitle(enquiry))}
            </div>
          ))}
        </fieldset>
        <fieldset className="evidence-group">
          <legend>Observations</legend>
          {data.observations.length === 0 && <p className="muted">No observations yet.</p>}
          {data.observations.map((observation) => (
            <div key={observation.id}>
              {choice(
                { kind: 'observation', observationId: observation.id },
                observationTitle(observation),
              )}
            </div>
          ))}
        </fieldset>
        <fieldset className="evidence-group">
          <legend>Your ratings, as they stand</legend>
          {ratings.length === 0 && <p className="muted">No ratings yet.</p>}
          {ratings.map(({ item, label }) => (
            <div key={`${item.skillId}-${item.week.toString()}`}>{choice(item, label)}</div>
          ))}
        </fieldset>
        {project && (
          <fieldset className="evidence-group">
            <legend>Your improvement project: {project.title}</legend>
            {project.milestones.length === 0 && data.projectEvidence.length === 0 && (
              <p className="muted">No milestones or evidence items in the project yet.</p>
            )}
            {timelineInOrder(project.milestones).map((milestone) => (
              <div key={milestone.id}>
                {choice(
                  {
                    kind: 'project-milestone',
                    projectId: project.id,
                    milestoneId: milestone.id,
                  },
                  `Milestone: ${milestone.title} (${milestoneStatusLabel(milestone.status)}, due ${formatCalendarDate(milestone.dueDate)})`,
                )}
              </div>
            ))}
            {data.projectEvidence.map((evidence) => (
              <div key={evidence.id}>
                {choice(
                  { kind: 'project-evidence', evidenceId: evidence.id },
                  `Evidence: ${evidence.description}${evidence.figure.trim() === '' ? '' : ` (${evidence.figure.trim()})`}`,
                )}
              </div>
            ))}
          </fieldset>
        )}
      </section>
      <VerificationPanel
        profile={active.profile}
        subject={{ kind: 'evidence-set', id: set.id }}
        content={content}
        rows={data.verifications}
        coach={data.coach}
        what="this evidence"
      />
      <p className="cluster">
        <ConfirmDelete
          label="Delete evidence set"
          question="Delete this evidence set? The enquiries and observations stay."
          onDelete={remove}
        />
      </p>
    </div>
  );
}
