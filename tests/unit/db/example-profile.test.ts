import { describe, expect, it } from 'vitest';
import { localCalendarDate } from '@/domain/calendar-date';
import { weekForDate } from '@/domain/programme-weeks';
import { biggestGains, skillProgress } from '@/domain/progress';
import { loadActiveProgramme } from '@/db/active-programme';
import { db } from '@/db/database';
import { hasExampleProfile, loadExampleProfile, removeExampleProfile } from '@/db/example-profile';
import { listProfiles } from '@/db/profiles';
import { listRatings } from '@/db/ratings';
import { listEnquiries } from '@/db/enquiries';
import {
  answerCounts,
  createReviewRound,
  latestReviewComparison,
  listReviewRounds,
  reviewReportFor,
} from '@/db/review-rounds';
import { leadershipBehaviours } from '@/domain/built-in-frameworks/leadership-behaviours';
import { auditAtWeek } from '@/domain/rating';
import { rankEffectiveTechniques } from '@/domain/enquiry';
import { vi } from 'vitest';
import { addEnquiry, rate, setUpTestProgramme, skillIdsOf } from '../../support/factories';

const NOW = new Date('2026-11-18T10:00:00.000Z');

async function loadExample(profileId: string) {
  const active = await loadActiveProgramme(profileId);
  if (!active) throw new Error('The example was not stored completely');
  return active;
}

describe('loadExampleProfile', () => {
  it('stores an example profile with its programme, framework and ratings', async () => {
    const profileId = await loadExampleProfile(NOW);
    const { profile, programme, framework } = await loadExample(profileId);

    expect(profile).toMatchObject({ isExample: true, rev: 1 });
    expect(profile.displayName).not.toBe('');
    expect(programme).toMatchObject({
      name: 'OTP Plus',
      lengthWeeks: 10,
      templateKey: 'otp-plus',
      frameworkId: framework.id,
    });
    expect(weekForDate(programme, localCalendarDate(NOW))).toBe(10);
    expect(framework).toMatchObject({ key: 'otp-plus-teaching-audit', profileId });

    const ratings = await listRatings(profileId, framework.id);
    expect(ratings.length).toBeGreaterThan(skillIdsOf({ profile, programme, framework }).length);
    for (const rating of ratings) {
      expect(rating).toMatchObject({
        profileId,
        frameworkVersion: framework.version,
        rev: 1,
        createdAt: rating.recordedAt,
        updatedAt: rating.recordedAt,
      });
    }
    expect(new Set(ratings.map((rating) => rating.id)).size).toBe(ratings.length);
    expect(await hasExampleProfile()).toBe(true);
  });

  it('shows gains in the derived progress', async () => {
    const profileId = await loadExampleProfile(NOW);
    const { programme, framework } = await loadExample(profileId);
    const events = await listRatings(profileId, framework.id);

    const progress = skillProgress(framework, events, programme.lengthWeeks);
    const gains = biggestGains(progress);
    expect(gains.length).toBeGreaterThan(0);
    expect(gains[0]?.gain).toBeGreaterThanOrEqual(1);
  });

  it('leaves exactly one example when loaded twice', async () => {
    const first = await loadExampleProfile(NOW);
    const second = await loadExampleProfile(NOW);

    expect(second).not.toBe(first);
    const examples = (await listProfiles()).filter((profile) => profile.isExample);
    expect(examples.map((profile) => profile.id)).toEqual([second]);
    expect(await db.programmes.count()).toBe(1);
    expect(await db.frameworks.count()).toBe(1);
    expect(await db.ratings.where('profileId').equals(first).count()).toBe(0);
  });
});

describe('the example journal', () => {
  it('stores 4–6 enquiries for the example teacher, some effective with evidence and impact', async () => {
    const profileId = await loadExampleProfile(NOW);
    const { programme, framework } = await loadExample(profileId);
    const enquiries = await listEnquiries(profileId);

    expect(enquiries.length).toBeGreaterThanOrEqual(4);
    expect(enquiries.length).toBeLessThanOrEqual(6);
    for (const enquiry of enquiries) {
      expect(enquiry).toMatchObject({ profileId, frameworkId: framework.id, rev: 1 });
      expect(enquiry.endWeek).toBeLessThanOrEqual(programme.lengthWeeks);
      expect(enquiry.skillIds.length).toBeGreaterThan(0);
      expect(Date.parse(enquiry.createdAt)).toBeLessThanOrEqual(NOW.getTime());
    }
    const ranked = rankEffectiveTechniques(enquiries);
    expect(ranked.length).toBeGreaterThanOrEqual(3);
    expect(ranked.every((enquiry) => enquiry.evidence !== '' && enquiry.impact !== null)).toBe(
      true,
    );
    expect(new Set(enquiries.map((enquiry) => enquiry.status))).toEqual(
      new Set(['done', 'in-progress', 'planned']),
    );
  });

  it('matches the ratings: every skill an effective enquiry targets rose by its last week', async () => {
    const profileId = await loadExampleProfile(NOW);
    const { framework } = await loadExample(profileId);
    const events = await listRatings(profileId, framework.id);
    for (const enquiry of rankEffectiveTechniques(await listEnquiries(profileId))) {
      const before = auditAtWeek(events, enquiry.startWeek - 1);
      const after = auditAtWeek(events, enquiry.endWeek);
      for (const skillId of enquiry.skillIds) {
        expect(
          after.get(skillId)!.level,
          `${skillId} rose during "${enquiry.focusQuestion}"`,
        ).toBeGreaterThan(before.get(skillId)!.level);
      }
    }
  });

  it('is removed with the example, leaving a real profile’s journal alone', async () => {
    const real = await setUpTestProgramme();
    await addEnquiry(real, { focusQuestion: 'My own enquiry' });
    await loadExampleProfile(NOW);

    await removeExampleProfile();

    expect(await db.enquiries.count()).toBe(1);
    expect((await listEnquiries(real.profile.id)).map((enquiry) => enquiry.focusQuestion)).toEqual([
      'My own enquiry',
    ]);
  });

  it('is loaded in the same transaction as the rest: a failed load leaves the old example whole', async () => {
    const first = await loadExampleProfile(NOW);
    const enquiriesBefore = await listEnquiries(first);
    const failing = vi.spyOn(db.enquiries, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));

    await expect(loadExampleProfile(NOW)).rejects.toThrow('disk full');
    failing.mockRestore();

    expect((await listProfiles()).map((profile) => profile.id)).toEqual([first]);
    expect(await listEnquiries(first)).toEqual(enquiriesBefore);
    expect(await db.ratings.where('profileId').equals(first).count()).toBeGreaterThan(0);
  });
});

describe('removeExampleProfile', () => {
  it('deletes every example row and leaves a real profile untouched', async () => {
    const real = await setUpTestProgramme();
    const [skillId] = skillIdsOf(real);
    await rate(real, { skillId: skillId ?? '', week: 0, level: 2, note: 'My own baseline' });
    await loadExampleProfile(NOW);
    const realRatingsBefore = await listRatings(real.profile.id, real.framework.id);

    await removeExampleProfile();

    expect(await hasExampleProfile()).toBe(false);
    expect((await listProfiles()).map((profile) => profile.id)).toEqual([real.profile.id]);
    expect(await loadActiveProgramme(real.profile.id)).toEqual(real);
    expect(await listRatings(real.profile.id, real.framework.id)).toEqual(realRatingsBefore);
    expect(realRatingsBefore).toHaveLength(1);
    expect({
      profiles: await db.profiles.count(),
      programmes: await db.programmes.count(),
      frameworks: await db.frameworks.count(),
      ratings: await db.ratings.count(),
    }).toEqual({ profiles: 1, programmes: 1, frameworks: 1, ratings: 1 });
  });

  it('does nothing when there is no example', async () => {
    const real = await setUpTestProgramme();

    await removeExampleProfile();

    expect(await hasExampleProfile()).toBe(false);
    expect(await loadActiveProgramme(real.profile.id)).toEqual(real);
  });
});

describe('the example 360° review', () => {
  it('has a start round in weeks 1–2 and an end round closing in week 10, with no coach', async () => {
    const profileId = await loadExampleProfile(NOW);
    const { programme } = await loadExample(profileId);
    const [end, start] = await listReviewRounds(profileId);
    expect(start).toMatchObject({ kind: 'start', profileId });
    expect(end).toMatchObject({ kind: 'end', comparedWithRoundId: start!.id, profileId });
    for (const round of [start!, end!]) {
      expect(round.coach).toBeUndefined();
      expect(round.behaviours.map((behaviour) => behaviour.name)).toEqual(
        leadershipBehaviours.areas.map((area) => area.name),
      );
      expect(Object.keys(round.selfRatings)).toHaveLength(27);
    }
    expect(weekForDate(programme, localCalendarDate(new Date(start!.createdAt)))).toBe(1);
    expect(weekForDate(programme, start!.closesOn)).toBe(2);
    expect(weekForDate(programme, end!.closesOn)).toBe(10);
    for (const round of [start!, end!]) {
      expect(await answerCounts(round.id)).toEqual({
        'line-manager': 1,
        peers: 4,
        'direct-reports': 3,
        others: 2,
      });
      const answers = await db.reviewAnswers.where({ roundId: round.id }).toArray();
      for (const answer of answers) {
        expect(answer.payload.form).toBe('plain');
        expect(Date.parse(answer.receivedAt)).toBeGreaterThan(Date.parse(round.createdAt));
        expect(Date.parse(answer.receivedAt)).toBeLessThan(NOW.getTime());
      }
    }
  });

  it('shows growth, blind spots and hidden strengths, and never the withheld others', async () => {
    const profileId = await loadExampleProfile(NOW);
    const latest = await latestReviewComparison(profileId);
    if (!latest) throw new Error('The example has no comparison');
    const [startReport, endReport] = await Promise.all([
      reviewReportFor(latest.start.id),
      reviewReportFor(latest.end.id),
    ]);
    for (const report of [startReport!, endReport!]) {
      expect(report.groups.find((group) => group.group === 'others')).toEqual({
        group: 'others',
        answered: 2,
        withheld: true,
      });
      const text = JSON.stringify(report);
      expect(text).not.toContain('Year 7 transition');
      expect(text).not.toContain('SEND team');
      expect(report.comments.doWell.length).toBe(8);
    }
    expect(latest.comparison.comparedGroups).toEqual(['line-manager', 'peers', 'direct-reports']);
    const collaboration = latest.comparison.behaviours.find((row) => row.name === 'Collaboration');
    for (const group of collaboration!.groups) expect(group.change).toBeGreaterThan(0.4);
    expect(startReport!.gaps.map((gap) => gap.kind)).toContain('hidden-strength');
    expect(
      startReport!.gaps.find((gap) => gap.statementId === 'lead.collaboration.involves-others'),
    ).toMatchObject({ kind: 'blind-spot' });
    // Involving others closed; staying calm under pressure did not.
    const endGaps = endReport!.gaps.map((gap) => gap.statementId);
    expect(endGaps).not.toContain('lead.collaboration.involves-others');
    expect(endGaps).toContain('lead.resilience.calm-under-pressure');
  });

  it('is the same story every time it is loaded', async () => {
    // Ids are fresh each time, and comments are ordered by a hash seeded with the round's id.
    const story = async () => {
      const profileId = await loadExampleProfile(NOW);
      const rounds = await listReviewRounds(profileId);
      return Promise.all(
        rounds.map(async (round) => {
          const report = await reviewReportFor(round.id);
          return {
            title: round.title,
            closesOn: round.closesOn,
            selfRatings: round.selfRatings,
            behaviours: report?.behaviours,
            gaps: report?.gaps,
            comments: [...(report?.comments.doWell ?? [])].sort(),
          };
        }),
      );
    };
    expect(await story()).toEqual(await story());
  });

  it('goes with the example, in one transaction, and leaves a real profile’s review alone', async () => {
    const real = await setUpTestProgramme();
    const realRound = await createReviewRound({
      profileId: real.profile.id,
      kind: 'start',
      title: 'My 360',
      framework: leadershipBehaviours,
      closesOn: '2026-12-01',
    });
    const first = await loadExampleProfile(NOW);
    const roundsBefore = await listReviewRounds(first);
    const failing = vi
      .spyOn(db.reviewAnswers, 'bulkAdd')
      .mockRejectedValueOnce(new Error('disk full'));
    await expect(loadExampleProfile(NOW)).rejects.toThrow('disk full');
    failing.mockRestore();
    expect(await listReviewRounds(first)).toEqual(roundsBefore);

    await removeExampleProfile();
    expect((await db.reviewRounds.toArray()).map((round) => round.id)).toEqual([realRound.id]);
    expect(await db.reviewAnswers.count()).toBe(0);
  });
});
