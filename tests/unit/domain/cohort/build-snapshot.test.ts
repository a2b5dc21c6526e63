import { describe, expect, it } from 'vitest';
import { aggregateCohort } from '@/domain/cohort/aggregate';
import {
  anonymousColleague,
  buildSnapshot,
  DEFAULT_SNAPSHOT_CHOICES,
  snapshotOffers,
} from '@/domain/cohort/build-snapshot';
import { memberFrom } from '@/domain/cohort/cohort';
import { loadActiveProgramme } from '@/db/active-programme';
import { listColleagues } from '@/db/colleagues';
import { listEnquiries } from '@/db/enquiries';
import { loadExampleProfile } from '@/db/example-profile';
import { listObservations } from '@/db/observations';
import { listRatings } from '@/db/ratings';
import { reviewResults } from '@/db/review-rounds';
import { currentWeek } from '@/domain/programme-weeks';
import { makeSnapshot, otpSnapshotFramework } from '../../../support/cohort-factories';

async function exampleSource() {
  const active = await loadActiveProgramme(await loadExampleProfile());
  if (!active) throw new Error('the example has a programme');
  const { profile, programme, framework } = active;
  return {
    profile,
    programme,
    framework,
    currentWeek: currentWeek(programme),
    events: await listRatings(profile.id, framework.id),
    enquiries: await listEnquiries(profile.id),
    colleagues: await listColleagues(profile.id),
    observations: await listObservations(profile.id),
    reviews: await reviewResults(profile.id),
  };
}

const AT = { snapshotId: crypto.randomUUID(), now: new Date('2026-11-20T10:00:00Z') };

describe('buildSnapshot', () => {
  it('always carries ratings and targets, and only what was chosen besides', async () => {
    const source = await exampleSource();
    const nothingElse = buildSnapshot(
      source,
      {
        techniques: false,
        learningThree: false,
        colleagueNames: false,
        review: false,
        project: false,
      },
      AT,
    );
    expect(nothingElse.ratings.length).toBeGreaterThan(0);
    expect(nothingElse.targets.length).toBeGreaterThan(0);
    expect(Object.keys(nothingElse).sort()).toEqual(
      ['delegate', 'framework', 'programme', 'ratings', 'snapshotId', 'takenAt', 'targets'].sort(),
    );

    const everything = buildSnapshot(
      source,
      { techniques: true, learningThree: true, colleagueNames: false, review: true, project: true },
      AT,
    );
    expect(everything.techniques?.length).toBeGreaterThan(0);
    expect(everything.learningThree?.colleagues.map((colleague) => colleague.label)).toEqual([
      'Colleague A',
      'Colleague B',
    ]);
    expect(everything.review?.rounds.map((round) => round.kind)).toEqual(['start', 'end']);
    // No improvement project on this device: nothing offers one and nothing is sent.
    expect(snapshotOffers(source).project).toBe(false);
    expect(everything.project).toBeUndefined();
  });

  it('never carries a note, the journal’s evidence or reflections, or a comment', async () => {
    const source = await exampleSource();
    const snapshot = buildSnapshot(
      source,
      { ...DEFAULT_SNAPSHOT_CHOICES, review: true, colleagueNames: true },
      AT,
    );
    const text = JSON.stringify(snapshot);
    for (const event of source.events) {
      if (event.note.length > 20) expect(text).not.toContain(event.note);
    }
    for (const enquiry of source.enquiries) {
      for (const field of [enquiry.evidence, enquiry.reflection, enquiry.context]) {
        if (field.length > 20) expect(text).not.toContain(field);
      }
    }
    for (const observation of source.observations) {
      if (observation.strengths.length > 20) expect(text).not.toContain(observation.strengths);
    }
    expect(snapshot.learningThree?.colleagues.map((colleague) => colleague.label)).toEqual(
      source.colleagues.map((colleague) => colleague.name),
    );
  });

  it('labels colleagues A to Z, then by number', () => {
    expect([0, 1, 25, 26].map(anonymousColleague)).toEqual([
      'Colleague A',
      'Colleague B',
      'Colleague Z',
      'Colleague 27',
    ]);
  });
});

describe('sharing rows', () => {
  it('keeps two delegates who share one name, the later on the list and the other after it', () => {
    const framework = otpSnapshotFramework();
    const one = makeSnapshot({ takenAt: '2026-11-01T09:00:00.000Z' });
    const two = makeSnapshot({ seed: 2, takenAt: '2026-11-02T09:00:00.000Z' });
    const members = [one, two].map(({ framework: own, ...content }) =>
      memberFrom(content, own, [], '2026-11-03T09:00:00.000Z'),
    );
    const result = aggregateCohort({ framework, names: ['Sam Teacher'] }, members);
    expect(result.sharing.map((row) => [row.name, row.member?.takenAt, row.isOffList])).toEqual([
      ['Sam Teacher', '2026-11-02T09:00:00.000Z', false],
      ['Sam Teacher', '2026-11-01T09:00:00.000Z', false],
    ]);
    expect(result.sharedCount).toBe(1);
  });
});
