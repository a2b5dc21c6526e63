import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import {
  buildSnapshot,
  DEFAULT_SNAPSHOT_CHOICES,
  snapshotProjectOf,
  snapshotOffers,
  type SnapshotChoices,
  type SnapshotSource,
} from '@/domain/cohort/build-snapshot';
import { snapshotFileName, type Snapshot } from '@/domain/cohort/snapshot';
import { snapshotFileText, snapshotLink } from '@/domain/cohort/snapshot-exchange';
import { isFacilitator } from '@/domain/profile';
import { currentWeek } from '@/domain/programme-weeks';
import { newId } from '@/domain/record';
import { listColleagues } from '@/db/colleagues';
import { listEnquiries } from '@/db/enquiries';
import { getProjectForProfile } from '@/db/improvement-projects';
import { listObservations } from '@/db/observations';
import { listRatings } from '@/db/ratings';
import { reviewResults } from '@/db/review-rounds';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';
import { ShareLinkPanel } from '@/ui/share-link-panel';
import { SnapshotPreview } from '@/features/share-snapshot/snapshot-preview';
import './share-snapshot.css';

type Ready = { snapshot: Snapshot; fileText: string; link: string };

/**
 * "Share with my facilitator": the delegate chooses what goes into a progress snapshot, sees
 * exactly what it holds, and sends it as a file, through the share sheet, or as a link. Ratings
 * and targets always go; the rest only when chosen; notes and reflections never.
 */
export function ShareSnapshotScreen({ active }: { active: ActiveProgramme }) {
  const { profile, programme, framework } = active;
  const source = useLiveQuery(async (): Promise<SnapshotSource> => {
    const [events, enquiries, colleagues, observations, reviews, project] = await Promise.all([
      listRatings(profile.id, framework.id),
      listEnquiries(profile.id),
      listColleagues(profile.id),
      listObservations(profile.id),
      reviewResults(profile.id),
      getProjectForProfile(profile.id),
    ]);
    return {
      profile,
      programme,
      framework,
      currentWeek: currentWeek(programme),
      events,
      enquiries,
      colleagues,
      observations,
      reviews,
      project: project ? snapshotProjectOf(project) : undefined,
    };
  }, [profile, programme, framework]);
  const [choices, setChoices] = useState<SnapshotChoices>(DEFAULT_SNAPSHOT_CHOICES);
  // One snapshot id per visit: sending it twice (file and link) is still the one snapshot.
  const [snapshotId] = useState(newId);
  const [ready, setReady] = useState<Ready | null>(null);
  const [problem, setProblem] = useState('');

  const offers = useMemo(() => (source ? snapshotOffers(source) : undefined), [source]);
  const snapshot = useMemo(() => {
    if (!source || !offers) return undefined;
    const chosen: SnapshotChoices = {
      techniques: choices.techniques && offers.techniques,
      learningThree: choices.learningThree && offers.learningThree,
      colleagueNames: choices.colleagueNames && offers.colleagueNames,
      review: choices.review && offers.review,
      project: choices.project && offers.project,
    };
    try {
      return buildSnapshot(source, chosen, { snapshotId, now: new Date() });
    } catch {
      return null;
    }
  }, [source, offers, choices, snapshotId]);

  useEffect(() => {
    if (!snapshot) return;
    const effect = { isCurrent: true };
    void Promise.all([
      snapshotFileText(snapshot),
      snapshotLink(window.location.origin, snapshot),
    ]).then(
      ([fileText, link]) => {
        if (effect.isCurrent) setReady({ snapshot, fileText, link });
      },
      () => {
        if (effect.isCurrent) setProblem('The snapshot could not be made. Reload and try again.');
      },
    );
    return () => {
      effect.isCurrent = false;
    };
  }, [snapshot]);

  if (isFacilitator(profile)) {
    return (
      <p className="alert" role="alert">
        A facilitator’s profile has no progress of its own to share.
      </p>
    );
  }

  function choose(key: keyof SnapshotChoices, value: boolean) {
    setChoices((current) => ({ ...current, [key]: value }));
  }

  return (
    <div className="stack share-snapshot">
      <p className="share-snapshot-back">
        <Link to={paths.progress}>← Progress</Link>
      </p>
      <PageHeader title="Share with my facilitator">
        <p>
          A snapshot of your progress for your facilitator’s view of the cohort. You choose what
          goes in and see all of it before it leaves; it goes only where you send it. A later
          snapshot replaces this one in their view.
        </p>
      </PageHeader>
      <div className="share-snapshot-columns">
        <fieldset className="card stack share-snapshot-choices">
          <legend>What goes in</legend>
          <label className="share-snapshot-check">
            <input type="checkbox" checked disabled />
            <span>
              Your ratings by area and skill over the weeks, and your targets{' '}
              <span className="muted">(always)</span>
            </span>
          </label>
          {offers?.techniques && (
            <label className="share-snapshot-check">
              <input
                type="checkbox"
                checked={choices.techniques}
                onChange={(event) => choose('techniques', event.target.checked)}
              />
              <span>Techniques you marked effective in your journal (title and technique)</span>
            </label>
          )}
          {offers?.learningThree && (
            <label className="share-snapshot-check">
              <input
                type="checkbox"
                checked={choices.learningThree}
                onChange={(event) => choose('learningThree', event.target.checked)}
              />
              <span>Learning 3: your colleagues and how many lessons were observed</span>
            </label>
          )}
          {offers?.learningThree && choices.learningThree && (
            <label className="share-snapshot-check share-snapshot-sub">
              <input
                type="checkbox"
                checked={choices.colleagueNames}
                onChange={(event) => choose('colleagueNames', event.target.checked)}
              />
              <span>Use colleagues’ names (otherwise Colleague A, Colleague B…)</span>
            </label>
          )}
          {offers?.review && (
            <label className="share-snapshot-check">
              <input
                type="checkbox"
                checked={choices.review}
                onChange={(event) => choose('review', event.target.checked)}
              />
              <span>Your 360° review’s figures, as released (no comments)</span>
            </label>
          )}
          {offers?.project && (
            <label className="share-snapshot-check">
              <input
                type="checkbox"
                checked={choices.project}
                onChange={(event) => choose('project', event.target.checked)}
              />
              <span>Your improvement project’s title and how far it has got</span>
            </label>
          )}
          <p className="muted share-snapshot-never">
            Never included: evidence notes, your journal’s evidence, impact and reflections,
            observation comments, 360° comments and the names of anyone you asked.
          </p>
        </fieldset>
        <div className="stack">
          {source === undefined || snapshot === undefined ? (
            <p aria-busy="true">Gathering your progress…</p>
          ) : snapshot === null ? (
            <p className="alert" role="alert">
              Your progress could not be put into a snapshot. Reload the page and try again.
            </p>
          ) : (
            <SnapshotPreview snapshot={snapshot} />
          )}
        </div>
      </div>
      {problem !== '' && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
      {ready && ready.snapshot === snapshot && (
        <ShareLinkPanel
          title="Send it to your facilitator"
          intro="Save the file and send it the way you usually send files, use Share where your device offers it, or send the link. Your facilitator opens it in Trellis’s cohort workspace; it passes through no Trellis server."
          link={ready.link}
          file={{ name: snapshotFileName(ready.snapshot.delegate.name), text: ready.fileText }}
          shareTitle={`Progress snapshot from ${ready.snapshot.delegate.name}`}
          linkLabel="Link for your facilitator"
          whyLong="a snapshot holds every rating"
        />
      )}
    </div>
  );
}
