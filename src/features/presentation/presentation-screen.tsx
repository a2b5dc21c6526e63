import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ActiveProgramme } from '@/domain/active-programme';
import { chartedAreas } from '@/domain/framework';
import { enquiryTitle, rankEffectiveTechniques } from '@/domain/enquiry';
import type { PresentationChoices } from '@/domain/presentation';
import { buildPresentation } from '@/domain/presentation-model/build-presentation';
import {
  defaultChoices,
  type PresentationInput,
} from '@/domain/presentation-model/presentation-input';
import { currentWeek } from '@/domain/programme-weeks';
import { latestReviewOutcome } from '@/domain/review-360/review-summary';
import { listColleagues } from '@/db/colleagues';
import { listEnquiries } from '@/db/enquiries';
import { listObservations } from '@/db/observations';
import { listRatings } from '@/db/ratings';
import { reviewResults } from '@/db/review-rounds';
import { presentedProject } from '@/db/improvement-projects';
import { useCoachingSummary } from '@/ui/use-coaching-summary';
import { downloadBlob } from '@/ui/download-text-file';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { whenIdle } from '@/ui/when-idle';
import { Link } from '@/ui/router';
import { WeekSelect } from '@/ui/week-select';
import { LoadingText } from '@/ui/loading-text';
import { SlideCard } from '@/features/presentation/slide-card';
import './presentation.css';

/** Characters a file name cannot hold on common systems. */
function fileNameOf(title: string): string {
  const safe = title
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${safe === '' ? 'Presentation' : safe}.pptx`;
}

/** The deck maker (pptxgenjs, about 140 KB gzip): loaded only on this screen. */
function loadDeckMaker() {
  return import('@/ui/deck/pptx-deck');
}

function toggled(list: readonly string[], id: string, isOn: boolean, order: readonly string[]) {
  const next = new Set(list);
  if (isOn) next.add(id);
  else next.delete(id);
  return order.filter((candidate) => next.has(candidate));
}

interface CheckListProps {
  legend: string;
  items: readonly { id: string; label: string }[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  empty: string;
}

function CheckList({ legend, items, chosen, onChange, empty }: CheckListProps) {
  const order = items.map((item) => item.id);
  return (
    <fieldset className="presentation-choice">
      <legend>{legend}</legend>
      {items.length === 0 ? (
        <p className="field-hint">{empty}</p>
      ) : (
        items.map((item) => (
          <label key={item.id} className="presentation-check">
            <input
              type="checkbox"
              checked={chosen.includes(item.id)}
              onChange={(event) => onChange(toggled(chosen, item.id, event.target.checked, order))}
            />
            <span>{item.label}</span>
          </label>
        ))
      )}
    </fieldset>
  );
}

/**
 * The end-of-programme presentation: the delegate chooses what goes in, sees every slide as it
 * will be, and takes it away as an editable PowerPoint deck or a printed (or PDF) handout. Nothing
 * leaves the device: the deck is made in the page.
 */
export function PresentationScreen({ active }: { active: ActiveProgramme }) {
  const { profile, programme, framework } = active;
  const events = useLiveQuery(
    () => listRatings(profile.id, framework.id),
    [profile.id, framework.id],
  );
  const colleagues = useLiveQuery(() => listColleagues(profile.id), [profile.id]);
  const observations = useLiveQuery(() => listObservations(profile.id), [profile.id]);
  const enquiries = useLiveQuery(() => listEnquiries(profile.id), [profile.id]);
  const results = useLiveQuery(() => reviewResults(profile.id), [profile.id]);
  // Wrapped, as useLiveQuery reads `undefined` as "still loading": no project is `{}`.
  const project = useLiveQuery(
    async () => ({ presented: await presentedProject(profile.id) }),
    [profile.id],
  );
  const coaching = useCoachingSummary(profile.id, undefined);
  const [chosen, setChosen] = useState<PresentationChoices | null>(null);
  const [exportState, setExportState] = useState<'idle' | 'working' | 'failed'>('idle');

  // The deck maker loads while the delegate reads the preview, once the page is idle, so that
  // "Download PowerPoint" only has to make the file. A failed load is retried on the click.
  useEffect(() => whenIdle(() => void loadDeckMaker().catch(() => undefined)), []);

  const input = useMemo((): PresentationInput | undefined => {
    if (!events || !colleagues || !observations || !enquiries || !results || !project) {
      return undefined;
    }
    const outcome = latestReviewOutcome(results);
    return {
      profile,
      programme,
      framework,
      events,
      colleagues,
      observations,
      enquiries,
      ...(outcome?.kind === 'comparison'
        ? { review: { start: outcome.start, end: outcome.end } }
        : {}),
      ...(project.presented ? { project: project.presented } : {}),
      // The coaching figures join a moment later (their signatures are checked first).
      ...(coaching && (coaching.sessions > 0 || coaching.actionsDone + coaching.actionsOpen > 0)
        ? { coaching }
        : {}),
    };
  }, [
    profile,
    programme,
    framework,
    events,
    colleagues,
    observations,
    enquiries,
    results,
    project,
    coaching,
  ]);
  const choices = useMemo(() => chosen ?? (input ? defaultChoices(input) : null), [chosen, input]);
  const presentation = useMemo(
    () => (input && choices ? buildPresentation(input, choices) : undefined),
    [input, choices],
  );

  const header = (
    <PageHeader title="Your end-of-programme presentation">
      <p>
        Choose what goes in and check every slide below. Download an editable PowerPoint deck (it
        opens in PowerPoint, Keynote, LibreOffice and Google Slides), or print a handout. Everything
        is made on this device.
      </p>
    </PageHeader>
  );

  if (!input || !choices || !presentation) {
    return (
      <div className="presentation">
        {header}
        <LoadingText>Gathering your ratings, observations and journal…</LoadingText>
      </div>
    );
  }

  const change = (patch: Partial<PresentationChoices>) => setChosen({ ...choices, ...patch });
  const ratedIds = new Set(input.events.filter((e) => e.kind === 'self').map((e) => e.skillId));
  const areaItems = chartedAreas(framework, ratedIds).map((area) => ({
    id: area.id,
    label: area.name,
  }));
  const colleagueItems = input.colleagues
    .filter((colleague) => colleague.deletedAt === undefined)
    .map((colleague) => ({ id: colleague.id, label: colleague.name }));
  const enquiryItems = rankEffectiveTechniques(input.enquiries).map((enquiry) => ({
    id: enquiry.id,
    label: enquiryTitle(enquiry),
  }));
  const thisWeek = currentWeek(programme);
  const slides = presentation.slides;

  async function downloadDeck() {
    if (!presentation) return;
    setExportState('working');
    try {
      const { buildPptxDeck } = await loadDeckMaker();
      const blob = await buildPptxDeck(presentation);
      downloadBlob(fileNameOf(presentation.title), blob);
      setExportState('idle');
    } catch {
      setExportState('failed');
    }
  }

  return (
    <div className="presentation">
      <div className="presentation-controls">
        {header}
        <p>
          <Link to={paths.progress}>← Back to Progress</Link>
        </p>

        <section className="card presentation-choices" aria-labelledby="presentation-choose">
          <h2 id="presentation-choose">What goes in</h2>
          <div className="presentation-weeks">
            <WeekSelect
              label="Compare from"
              span={programme}
              week={choices.fromWeek}
              thisWeek={thisWeek}
              offerThisWeek={false}
              onChange={(week) =>
                change({ fromWeek: week, toWeek: Math.max(week, choices.toWeek) })
              }
            />
            <WeekSelect
              label="Compare to"
              span={programme}
              week={choices.toWeek}
              thisWeek={thisWeek}
              offerThisWeek={false}
              onChange={(week) =>
                change({ toWeek: week, fromWeek: Math.min(week, choices.fromWeek) })
              }
            />
          </div>
          <div className="presentation-choice-grid">
            <CheckList
              legend="Areas"
              items={areaItems}
              chosen={choices.areaIds}
              onChange={(areaIds) => change({ areaIds })}
              empty="Nothing rated yet: rate your skills on the Audit screen."
            />
            <div>
              <CheckList
                legend="Colleagues"
                items={colleagueItems}
                chosen={choices.colleagueIds}
                onChange={(colleagueIds) => change({ colleagueIds })}
                empty="No Learning 3 colleagues yet: add them on the Colleagues screen."
              />
              {colleagueItems.length > 0 && (
                <label className="presentation-check presentation-anonymise">
                  <input
                    type="checkbox"
                    checked={choices.anonymiseColleagues}
                    onChange={(event) => change({ anonymiseColleagues: event.target.checked })}
                  />
                  <span>Show colleagues as Colleague A, B…</span>
                </label>
              )}
            </div>
            <CheckList
              legend="Effective techniques"
              items={enquiryItems}
              chosen={choices.enquiryIds}
              onChange={(enquiryIds) => change({ enquiryIds })}
              empty="None yet: mark the enquiries that worked as effective in the Journal."
            />
            {input.review && (
              <fieldset className="presentation-choice">
                <legend>360° review</legend>
                <label className="presentation-check">
                  <input
                    type="checkbox"
                    checked={choices.includeReview}
                    onChange={(event) => change({ includeReview: event.target.checked })}
                  />
                  <span>Start and end, how I see myself, what stands out (3 slides)</span>
                </label>
              </fieldset>
            )}
            {input.project && (
              <fieldset className="presentation-choice">
                <legend>Improvement project</legend>
                <label className="presentation-check">
                  <input
                    type="checkbox"
                    checked={choices.includeProject}
                    onChange={(event) => change({ includeProject: event.target.checked })}
                  />
                  <span>Aims, success criteria and where the project stands</span>
                </label>
              </fieldset>
            )}
            {input.coaching && (
              <fieldset className="presentation-choice">
                <legend>Coaching</legend>
                <label className="presentation-check">
                  <input
                    type="checkbox"
                    checked={choices.includeCoaching}
                    onChange={(event) => change({ includeCoaching: event.target.checked })}
                  />
                  <span>Sessions, actions done and what my coach verified (1 slide)</span>
                </label>
              </fieldset>
            )}
          </div>
        </section>

        <section className="card presentation-actions" aria-labelledby="presentation-export">
          <h2 id="presentation-export">Take it away</h2>
          <p className="muted">
            {slides.length} slides. The deck’s charts are real PowerPoint charts you can edit; the
            speaker notes carry what does not fit on a slide.
          </p>
          <div className="cluster">
            <button
              type="button"
              className="button button-primary"
              disabled={exportState === 'working'}
              onClick={() => void downloadDeck()}
            >
              {exportState === 'working' ? 'Making the deck…' : 'Download PowerPoint'}
            </button>
            <button type="button" className="button" onClick={() => window.print()}>
              Print handout
            </button>
          </div>
          {exportState === 'failed' && (
            <p className="alert" role="alert">
              The deck could not be made. Try again; if it keeps failing, print the handout instead.
            </p>
          )}
        </section>
      </div>

      <section className="presentation-preview" aria-labelledby="presentation-slides">
        <h2 id="presentation-slides" className="presentation-preview-heading">
          {presentation.title}
        </h2>
        <p className="presentation-print-meta">
          {[presentation.school, presentation.programmeName, presentation.datesLabel]
            .filter((part) => part !== '')
            .join(' · ')}
        </p>
        <ol className="presentation-slides">
          {slides.map((slide, index) => (
            <li key={slide.id}>
              <SlideCard slide={slide} number={index + 1} total={slides.length} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
