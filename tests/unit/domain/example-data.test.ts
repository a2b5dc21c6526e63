import { describe, expect, it } from 'vitest';
import { findBuiltInFramework } from '@/domain/built-in-frameworks/index';
import { addDays, dayNumber, type CalendarDate } from '@/domain/calendar-date';
import { buildExampleProgramme } from '@/domain/example-data/example-profile-data';
import type { ExampleRating } from '@/domain/example-data/ratings';
import { enquiryContentSchema, rankEffectiveTechniques } from '@/domain/enquiry';
import { auditAtWeek } from '@/domain/rating';
import { makeEnquiry } from '../../support/factories';
import { activeAreas, levelOf, type FrameworkDefinition } from '@/domain/framework';
import { programmeDetailsSchema } from '@/domain/programme';
import { weekForDate } from '@/domain/programme-weeks';
import { ratingEventSchema, type RatingEvent } from '@/domain/rating';
import { isoDateTimeSchema } from '@/domain/record';
import { biggestGains, skillProgress } from '@/domain/progress';
import { makeFramework, makeRatingEvent } from '../../support/factories';

const TODAY: CalendarDate = '2026-11-18'; // a Wednesday

function otpPlus(): FrameworkDefinition {
  const framework = findBuiltInFramework('otp-plus-teaching-audit');
  if (!framework) throw new Error('The OTP Plus framework is missing');
  return framework;
}

function skillIds(framework: FrameworkDefinition): string[] {
  return activeAreas(framework).flatMap((area) => area.skills.map((skill) => skill.id));
}

function asEvents(ratings: readonly ExampleRating[]): RatingEvent[] {
  return ratings.map((rating) => makeRatingEvent(rating));
}

/** Monday 0 … Sunday 6, from the day number (1970-01-01 was a Thursday). */
function weekday(date: CalendarDate): number {
  return (((dayNumber(date) + 3) % 7) + 7) % 7;
}

function withoutSessionIds(example: ReturnType<typeof buildExampleProgramme>) {
  return {
    ...example,
    programme: {
      ...example.programme,
      sessions: example.programme.sessions.map((session) => ({ ...session, id: 'any' })),
      breaks: example.programme.breaks.map((pause) => ({ ...pause, id: 'any' })),
    },
  };
}

describe('buildExampleProgramme', () => {
  it('gives the same example for the same inputs', () => {
    const first = buildExampleProgramme(otpPlus(), TODAY);
    const second = buildExampleProgramme(otpPlus(), TODAY);

    expect(withoutSessionIds(second)).toEqual(withoutSessionIds(first));
  });

  it('is an OTP Plus programme of 10 weeks with valid details and an invented delegate', () => {
    const { person, programme } = buildExampleProgramme(otpPlus(), TODAY);

    expect(programmeDetailsSchema.parse(programme)).toEqual(programme);
    expect(programme).toMatchObject({ name: 'OTP Plus', lengthWeeks: 10 });
    expect(person.displayName).not.toBe('');
    expect(person.school).not.toBe('');
  });

  it.each([0, 1, 2, 3, 4, 5, 6])(
    'puts today in week 10 whatever the weekday (+%i days)',
    (shift) => {
      const today = addDays(TODAY, shift);
      const { programme } = buildExampleProgramme(otpPlus(), today);

      expect(weekForDate(programme, today)).toBe(10);
      expect(weekForDate(programme, addDays(today, -7))).toBe(9);
    },
  );

  it('dates every session, on a weekday in its planned week', () => {
    const { programme } = buildExampleProgramme(otpPlus(), TODAY);

    expect(programme.sessions).toHaveLength(7);
    for (const session of programme.sessions) {
      expect(session.date).not.toBeNull();
      const date = session.date ?? '';
      expect(weekday(date)).toBeLessThan(5);
      expect(weekForDate(programme, date)).toBe(session.plannedWeek);
    }
  });

  it('has a baseline and a target in week 0 for every active skill, on the scale', () => {
    const framework = otpPlus();
    const { ratings } = buildExampleProgramme(framework, TODAY);
    const baseline = ratings.filter((rating) => rating.week === 0 && rating.kind === 'self');
    const targets = ratings.filter((rating) => rating.week === 0 && rating.kind === 'target');

    expect(baseline.map((rating) => rating.skillId).sort()).toEqual(skillIds(framework).sort());
    expect(targets.map((rating) => rating.skillId).sort()).toEqual(skillIds(framework).sort());
    for (const rating of ratings) {
      expect(levelOf(framework.scale, rating.level)).toBeDefined();
    }
    for (const target of targets) {
      const start = baseline.find((rating) => rating.skillId === target.skillId);
      expect(target.level).toBeGreaterThanOrEqual(start?.level ?? Infinity);
    }
  });

  it('re-rates a subset of skills in weeks 3, 6 and 9, and raises a couple of targets', () => {
    const framework = otpPlus();
    const { ratings } = buildExampleProgramme(framework, TODAY);
    const selfWeeks = new Set(
      ratings.filter((rating) => rating.kind === 'self').map((rating) => rating.week),
    );
    const reRated = new Set(
      ratings.filter((rating) => rating.week > 0).map((rating) => rating.skillId),
    );
    const raisedTargets = ratings.filter((rating) => rating.kind === 'target' && rating.week > 0);

    expect([...selfWeeks].sort((a, b) => a - b)).toEqual([0, 3, 6, 9]);
    expect(reRated.size).toBeGreaterThan(skillIds(framework).length / 2);
    expect(raisedTargets.length).toBeGreaterThanOrEqual(1);
    expect(raisedTargets.length).toBeLessThanOrEqual(2);
  });

  it('tells a believable story: most skills gain, a few stay flat, one or two dip then recover', () => {
    const framework = otpPlus();
    const events = asEvents(buildExampleProgramme(framework, TODAY).ratings);
    const progress = skillProgress(framework, events, 10);

    expect(progress).toHaveLength(skillIds(framework).length);
    expect(biggestGains(progress, 100).length).toBeGreaterThan(progress.length / 2);
    expect(progress.some((entry) => entry.gain === 0)).toBe(true);
    expect(progress.every((entry) => entry.gain >= 0 && entry.gain <= 2)).toBe(true);
    const dipped = progress.filter((entry) =>
      events.some(
        (event) =>
          event.skillId === entry.skill.id && event.kind === 'self' && event.level < entry.baseline,
      ),
    );
    expect(dipped.length).toBeGreaterThanOrEqual(1);
    expect(dipped.length).toBeLessThanOrEqual(2);
    expect(dipped.every((entry) => entry.latest >= entry.baseline)).toBe(true);
  });

  it('writes distinct, short evidence notes on about 40% of re-ratings, none at baseline', () => {
    const { ratings } = buildExampleProgramme(otpPlus(), TODAY);
    const reRatings = ratings.filter((rating) => rating.kind === 'self' && rating.week > 0);
    const notes = reRatings.map((rating) => rating.note).filter((note) => note !== '');

    expect(ratings.filter((rating) => rating.week === 0).every((r) => r.note === '')).toBe(true);
    expect(notes.length / reRatings.length).toBeGreaterThan(0.25);
    expect(notes.length / reRatings.length).toBeLessThan(0.6);
    expect(new Set(notes).size).toBe(notes.length);
    for (const note of notes) {
      expect(note.trim().length).toBeGreaterThan(30);
      expect(note.length).toBeLessThan(200);
    }
  });

  it('records each rating on a weekday of its week, in order, and before today', () => {
    const { programme, ratings } = buildExampleProgramme(otpPlus(), TODAY);

    for (const rating of ratings) {
      expect(isoDateTimeSchema.safeParse(rating.recordedAt).success).toBe(true);
      const date = rating.recordedAt.slice(0, 10);
      expect(weekday(date)).toBeLessThan(5);
      expect(weekForDate(programme, date)).toBe(rating.week);
      if (rating.week === 0) expect(date >= addDays(programme.startDate, -7)).toBe(true);
      expect(date < TODAY).toBe(true);
    }
    const times = ratings.map((rating) => Date.parse(rating.recordedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('makes rating events that pass the stored schema', () => {
    const events = asEvents(buildExampleProgramme(otpPlus(), TODAY).ratings);

    for (const event of events) expect(ratingEventSchema.safeParse(event).success).toBe(true);
  });

  it('works for any framework, on its own scale, with generic notes for unknown areas', () => {
    const framework = makeFramework({
      scale: {
        levels: [
          { value: 0, label: 'Not yet', descriptor: 'Not yet.' },
          { value: 1, label: 'Sometimes', descriptor: 'Sometimes.' },
          { value: 2, label: 'Often', descriptor: 'Often.' },
          { value: 3, label: 'Usually', descriptor: 'Usually.' },
          { value: 4, label: 'Always', descriptor: 'Always.' },
        ],
      },
      areas: [
        {
          id: 'zz',
          name: 'Something unusual',
          skills: Array.from({ length: 12 }, (_, index) => ({
            id: `zz${index}`,
            statement: `Skill ${index}`,
          })),
        },
      ],
    });
    const { ratings } = buildExampleProgramme(framework, TODAY);

    expect(new Set(ratings.map((rating) => rating.skillId))).toEqual(new Set(skillIds(framework)));
    for (const rating of ratings) expect(levelOf(framework.scale, rating.level)).toBeDefined();
    for (const builtIn of ['npq-leading-teaching', 'leadership-behaviours']) {
      const other = findBuiltInFramework(builtIn);
      if (!other) throw new Error(`${builtIn} is missing`);
      for (const rating of buildExampleProgramme(other, TODAY).ratings) {
        expect(levelOf(other.scale, rating.level)).toBeDefined();
      }
    }
  });

  it('keeps a journal of valid enquiries, written before today, within the programme', () => {
    const framework = otpPlus();
    const { enquiries, programme } = buildExampleProgramme(framework, TODAY);
    const known = new Set(skillIds(framework));

    expect(enquiries.length).toBeGreaterThanOrEqual(4);
    expect(enquiries.length).toBeLessThanOrEqual(6);
    for (const enquiry of enquiries) {
      const { createdAt, updatedAt, ...content } = enquiry;
      expect(enquiryContentSchema.parse(content)).toEqual(content);
      expect(enquiry.endWeek).toBeLessThanOrEqual(programme.lengthWeeks);
      expect(enquiry.skillIds.every((skillId) => known.has(skillId))).toBe(true);
      expect(enquiry.context).not.toBe('');
      expect(Date.parse(createdAt)).toBeLessThanOrEqual(Date.parse(updatedAt));
      expect(Date.parse(updatedAt)).toBeLessThan(Date.parse(`${TODAY}T00:00:00Z`));
    }
  });

  it('has effective enquiries whose targeted skills rise in the weeks they ran', () => {
    const framework = otpPlus();
    const { enquiries, ratings } = buildExampleProgramme(framework, TODAY);
    const events = asEvents(ratings);
    const effective = rankEffectiveTechniques(enquiries.map((enquiry) => makeEnquiry(enquiry)));

    expect(effective.length).toBeGreaterThanOrEqual(3);
    for (const enquiry of effective) {
      expect(enquiry.evidence).not.toBe('');
      expect(enquiry.impact).not.toBeNull();
      const before = auditAtWeek(events, enquiry.startWeek - 1);
      const after = auditAtWeek(events, enquiry.endWeek);
      for (const skillId of enquiry.skillIds) {
        expect(after.get(skillId)!.level, skillId).toBeGreaterThan(before.get(skillId)!.level);
      }
    }
  });
});
