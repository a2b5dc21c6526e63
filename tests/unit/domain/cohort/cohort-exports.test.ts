import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { aggregateCohort } from '@/domain/cohort/aggregate';
import { memberFrom, skillsOf, type CohortMember } from '@/domain/cohort/cohort';
import { COHORT_CSV_HEADER, cohortCsv, cohortFileStem } from '@/domain/cohort/cohort-csv';
import { buildCohortDeck } from '@/domain/cohort/cohort-deck';
import { MAX_BULLETS_PER_SLIDE, MAX_BULLET_TEXT, MAX_SLIDE_TITLE } from '@/domain/presentation';
import type { Snapshot } from '@/domain/cohort/snapshot';
import { buildPptxDeckBytes } from '@/ui/deck/pptx-deck';
import { makeSnapshot, otpSnapshotFramework } from '../../../support/cohort-factories';

const framework = otpSnapshotFramework();
const cohort = {
  programmeName: 'OTP Plus — autumn',
  startDate: '2026-09-07',
  endDate: '2026-11-27',
  framework,
  names: ['Sam Teacher', 'Priya Shah', '=Dee Adams'],
};

function member(snapshot: Snapshot): CohortMember {
  const { framework: own, ...content } = snapshot;
  return memberFrom(content, own, [], '2026-11-21T09:00:00.000Z');
}

const members = [
  member(makeSnapshot({ seed: 1, delegate: { id: crypto.randomUUID(), name: 'Sam Teacher' } })),
  member(
    makeSnapshot({
      seed: 2,
      weeks: [0, 4],
      delegate: { id: crypto.randomUUID(), name: '=Dee Adams' },
    }),
  ),
];

describe('cohortCsv', () => {
  it('has one row per delegate × skill × week, with the level in force that week', () => {
    const csv = cohortCsv(cohort, members);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(COHORT_CSV_HEADER.join(','));
    const skills = skillsOf(framework).length;
    expect(lines).toHaveLength(1 + skills * 3 + skills * 2);
    const first = skillsOf(framework)[0]!;
    const samFirst = lines.filter(
      (line) => line.startsWith('Sam Teacher,') && line.includes(first.id),
    );
    expect(samFirst.map((line) => line.split(',')[3])).toEqual(['0', '3', '6']);
    expect(samFirst[0]).toMatch(
      new RegExp(
        `^Sam Teacher,20/11/2026,OTP Plus teaching audit \\(version 1\\),0,[^,]+,${first.id.replaceAll('.', '\\.')},`,
      ),
    );
    // A name that looks like a formula is defused for spreadsheets.
    expect(lines.some((line) => line.startsWith("'=Dee Adams,"))).toBe(true);
  });

  it('names the file after the programme', () => {
    expect(cohortFileStem('OTP Plus — autumn 2026')).toBe('otp-plus-autumn-2026-cohort');
  });
});

describe('buildCohortDeck', () => {
  const aggregate = aggregateCohort(cohort, members);
  const deck = buildCohortDeck(cohort, aggregate, 'Fran Okoye');

  it('tells the cohort in a short deck within the slide limits, naming and ranking no one', () => {
    expect(deck.slides.map((slide) => slide.title)).toEqual([
      'OTP Plus — autumn',
      'The cohort in numbers',
      'Area averages: baseline and now',
      'Skills that moved most',
      'Skills that moved least',
      'Techniques the cohort found effective',
      'Learning 3 reach',
    ]);
    for (const slide of deck.slides) {
      expect(slide.title.length).toBeLessThanOrEqual(MAX_SLIDE_TITLE);
      if (slide.body.kind === 'bullets') {
        expect(slide.body.bullets.length).toBeLessThanOrEqual(MAX_BULLETS_PER_SLIDE);
        for (const bullet of slide.body.bullets) {
          expect(bullet.text.length).toBeLessThanOrEqual(MAX_BULLET_TEXT);
        }
      }
    }
    const text = JSON.stringify(deck.slides);
    expect(text).not.toMatch(/Sam Teacher|Dee Adams/);
    expect(text).toMatch(/2 of 3 delegates shared their progress/);
    expect(text).toMatch(/too few to generalise/);
  });

  it('draws as a real PowerPoint file with a native chart', async () => {
    const zip = unzipSync(await buildPptxDeckBytes(deck));
    const slides = Object.keys(zip).filter((path) => /^ppt\/slides\/slide\d+\.xml$/.test(path));
    expect(slides).toHaveLength(deck.slides.length);
    expect(Object.keys(zip).some((path) => /^ppt\/charts\/chart\d+\.xml$/.test(path))).toBe(true);
    const all = slides.map((path) => strFromU8(zip[path]!)).join('');
    expect(all).toContain('Area averages: baseline and now');
  });
});
