import { describe, expect, it } from 'vitest';
import { linkedRatings, resolveLinks } from '@/domain/improvement-project/linked-evidence';
import { makeEnquiry, makeFramework, makeRatingEvent } from '../../../support/factories';

describe('linked evidence', () => {
  const framework = makeFramework();
  const ratings = [
    makeRatingEvent({ skillId: 'q1', week: 0, level: 1 }),
    makeRatingEvent({ skillId: 'q1', week: 4, level: 3 }),
    makeRatingEvent({ skillId: 'q1', week: 0, level: 4, kind: 'target' }),
    makeRatingEvent({ skillId: 'f1', week: 0, level: 2 }),
  ];
  const enquiry = makeEnquiry({ focusQuestion: 'Do exit tickets show who needs a re-teach?' });
  const records = {
    framework,
    ratings,
    enquiries: [enquiry],
    observations: [],
    reviewRounds: [],
    coachingSessions: [],
  };

  it('shows each link as its record is now, and says when a record has gone', () => {
    const links = resolveLinks(
      [
        { kind: 'enquiry', targetId: enquiry.id },
        { kind: 'enquiry', targetId: crypto.randomUUID() },
        { kind: 'skill', targetId: 'q1' },
        { kind: 'skill', targetId: 'q2' },
        { kind: 'coaching-session', targetId: crypto.randomUUID() },
      ],
      records,
    );
    expect(links.map((link) => [link.label, link.isMissing])).toEqual([
      ['Do exit tickets show who needs a re-teach?', false],
      ['Journal enquiry no longer in Trellis', true],
      [framework.areas[0]!.skills[0]!.statement, false],
      [framework.areas[0]!.skills[1]!.statement, false],
      ['Coaching session no longer in Trellis', true],
    ]);
    expect(links[3]?.detail).toBe('Not rated yet');
  });

  it('charts the linked skills only: baseline, latest and target on the framework’s scale', () => {
    const charted = linkedRatings([{ kind: 'skill', targetId: 'q1' }], framework, ratings);
    expect(charted.rows).toEqual([
      expect.objectContaining({ skillId: 'q1', baseline: 1, latest: 3, target: 4 }),
    ]);
    expect([charted.scaleMin, charted.scaleMax]).toEqual([1, 4]);
  });
});
