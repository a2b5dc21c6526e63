import { addDays, type CalendarDate } from '@/domain/calendar-date';
import { activeAreas, scaleRange, type FrameworkDefinition } from '@/domain/framework';
import { weekStartDate, type ProgrammeSpan } from '@/domain/programme-weeks';
import {
  NOT_SEEN,
  RATER_GROUPS,
  type RaterGroup,
  type ReviewRoundKind,
  type StatementRating,
  type StatementRatings,
} from '@/domain/review-360/review-round';
import { seedFromText, seededRandom, type Random } from '@/domain/seeded-random';
import { MS_PER_DAY, MS_PER_MINUTE } from '@/domain/example-data/timeline';

/**
 * The example delegate's 360° review: a start round in weeks 1–2 and an end round in weeks 9–10 on
 * the built-in leadership behaviours, with no coach (plain answers, so the example's report is
 * drawn on the device). Jordan leads a small maths team; their raters are a line manager, four
 * peers, three direct reports and two others — two is below the others' threshold, so that group
 * is withheld, as it would be in real life.
 *
 * The story the figures tell: strong on commitment and integrity from the start; collaboration and
 * reading the room grow a lot (involving the team in decisions was the start's clearest blind
 * spot, and it closes); staying calm under pressure stays a blind spot, and finishing what is
 * started becomes one. Two hidden strengths at the start: sharing credit and owning mistakes.
 *
 * Pure and deterministic: the same framework and calendar give the same ratings, comments and
 * times. The loader (db/example-profile.ts) gives rounds and answers their ids.
 */

export interface ExampleReviewAnswer {
  group: RaterGroup;
  ratings: StatementRatings;
  doWell: string;
  moreEffective: string;
  /** ISO date and time. */
  answeredAt: string;
}

export interface ExampleReviewRound {
  kind: ReviewRoundKind;
  title: string;
  /** ISO date and time the delegate set the round up. */
  createdAt: string;
  closesOn: CalendarDate;
  selfRatings: StatementRatings;
  invitedNotes: Partial<Record<RaterGroup, string>>;
  answers: ExampleReviewAnswer[];
}

/** How many raters answered in each group (others: two, below the threshold of three). */
export const EXAMPLE_RATER_COUNTS: Readonly<Record<RaterGroup, number>> = {
  'line-manager': 1,
  peers: 4,
  'direct-reports': 3,
  others: 2,
};

/** Raters' typical level for a statement at the start and the end, and the self rating at each. */
interface StatementPlan {
  raters: [start: number, end: number];
  self: [start: number, end: number];
}

const PLANS: Readonly<Record<string, StatementPlan>> = {
  'lead.commitment.pupils-first': { raters: [4.1, 4.3], self: [4, 4] },
  'lead.commitment.follows-through': { raters: [3.4, 3.8], self: [3, 4] },
  'lead.commitment.shared-vision': { raters: [2.6, 3.5], self: [3, 3] },
  'lead.commitment.goes-extra-mile': { raters: [3.9, 4], self: [4, 4] },
  'lead.collaboration.involves-others': { raters: [2.1, 3.5], self: [4, 3] },
  'lead.collaboration.shares-credit': { raters: [3.9, 4.1], self: [2, 3] },
  'lead.collaboration.builds-partnerships': { raters: [3, 3.3], self: [3, 3] },
  'lead.collaboration.handles-disagreement': { raters: [2.4, 3.3], self: [3, 3] },
  'lead.personal-drive.takes-initiative': { raters: [3.8, 3.9], self: [4, 4] },
  'lead.personal-drive.ambitious-goals': { raters: [3.2, 3.4], self: [3, 4] },
  'lead.personal-drive.own-development': { raters: [3.3, 4], self: [3, 4] },
  'lead.personal-drive.sees-it-through': { raters: [2.7, 2.6], self: [3, 4] },
  'lead.resilience.recovers-from-setbacks': { raters: [3.1, 3.3], self: [3, 3] },
  'lead.resilience.calm-under-pressure': { raters: [2.3, 2.5], self: [4, 4] },
  'lead.resilience.adapts-to-change': { raters: [3, 3.3], self: [3, 3] },
  'lead.resilience.wellbeing': { raters: [2.7, 3], self: [2, 3] },
  'lead.awareness.self-knowledge': { raters: [2.8, 3.4], self: [4, 3] },
  'lead.awareness.reads-the-room': { raters: [2.3, 3.2], self: [3, 3] },
  'lead.awareness.wider-context': { raters: [3.3, 3.4], self: [3, 3] },
  'lead.integrity.honest': { raters: [3.6, 3.8], self: [4, 4] },
  'lead.integrity.consistent': { raters: [3.5, 3.7], self: [3, 4] },
  'lead.integrity.principled': { raters: [3.7, 3.8], self: [3, 3] },
  'lead.integrity.owns-mistakes': { raters: [3.8, 4], self: [2, 3] },
  'lead.respect.listens': { raters: [2.6, 3.6], self: [4, 4] },
  'lead.respect.values-difference': { raters: [3.6, 3.7], self: [4, 4] },
  'lead.respect.treats-fairly': { raters: [3.8, 3.9], self: [4, 4] },
  'lead.respect.courteous-challenge': { raters: [3, 3.3], self: [3, 3] },
};

/** A statement the example does not plan (a later edit of the framework): middling, flat. */
const UNPLANNED: StatementPlan = { raters: [3, 3.2], self: [3, 3] };

/** How each group tends to rate compared with the typical level. */
const GROUP_LEAN: Readonly<Record<RaterGroup, number>> = {
  'line-manager': 0.3,
  peers: 0,
  'direct-reports': -0.1,
  others: 0.2,
};

/** The chance that a rater in the group says "Not seen" for a statement. */
const NOT_SEEN_CHANCE: Readonly<Record<RaterGroup, number>> = {
  'line-manager': 0,
  peers: 0.05,
  'direct-reports': 0,
  others: 0.15,
};

type Comment = readonly [doWell: string, moreEffective: string];

/** One pair per rater, in the order of EXAMPLE_RATER_COUNTS's groups. */
const COMMENTS: Readonly<
  Record<ReviewRoundKind, Readonly<Record<RaterGroup, readonly Comment[]>>>
> = {
  start: {
    'line-manager': [
      [
        'Jordan’s commitment to pupils is never in doubt: every conversation about the department comes back to what it means for the children in front of us. Deadlines are met and the data is always in early.',
        'Bring the team into decisions earlier. Several changes this term, the new homework policy especially, arrived fully formed, and the team felt told rather than asked.',
      ],
    ],
    peers: [
      [
        'Always the first to volunteer when something needs doing, and follows it through.',
        'Share the thinking behind decisions: we often hear the what but not the why.',
      ],
      [
        'Honest and straightforward; you always know where you stand.',
        'When things get busy Jordan can come across as curt in meetings. A bit more patience when people disagree would help.',
      ],
      [
        'Generous with credit: named the whole team in briefing after moderation went well.',
        'Ask for our views before the plan is set. We have ideas to offer.',
      ],
      ['Knows the curriculum and the pupils inside out.', ''],
    ],
    'direct-reports': [
      [
        'Really supportive when I had a difficult parents’ meeting, and came in with me.',
        'Department meetings feel rushed. It would help to have time to talk things through rather than just hear updates.',
      ],
      [
        'Teaches excellent lessons and is happy for us to drop in and watch.',
        'Under pressure (mocks week especially) the mood of the team dips with Jordan’s. Staying calm would steady everyone.',
      ],
      [
        'Fair and consistent with everyone in the team.',
        'Check in with how people are doing, not just where they are with tasks.',
      ],
    ],
    others: [
      [
        'Helpful and quick to reply about shared pupils.',
        'A little more notice when maths intervention times change.',
      ],
      ['Great with the Year 7 transition visits.', ''],
    ],
  },
  end: {
    'line-manager': [
      [
        'A real shift this term: the team now shapes decisions. The consultation Jordan ran on the KS3 assessment changes was a model for other middle leaders.',
        'Keep working on staying steady when pressure peaks; in mocks week some of the old urgency came back. Delegate more of the follow-up so projects are finished and evaluated.',
      ],
    ],
    peers: [
      [
        'Much more open in meetings. Asks what we think, and you can see it change the plan.',
        'Still takes too much on personally, and when it gets busy it shows.',
      ],
      [
        'Explains the reasons behind decisions now, which makes them far easier to get behind.',
        'Finish what has been started before launching the next thing: the reading project never had its review.',
      ],
      [
        'Listens properly, and comes back to you with what happened to your idea.',
        'Stay calm when things go wrong; the team picks up on the stress.',
      ],
      ['Generous with credit and with time.', ''],
    ],
    'direct-reports': [
      [
        'Meetings now have time for discussion, and I feel my views count.',
        'In busy weeks the pace can still feel relentless.',
      ],
      [
        'Asked me to lead the fractions work and backed me all the way.',
        'Keep the fortnightly check-ins going; they have made a difference this term.',
      ],
      [
        'Notices when someone is struggling and does something about it.',
        'When deadlines bunch up, a calmer message from the top would help us all.',
      ],
    ],
    others: [
      [
        'Joined up well with the SEND team on the intervention timetable.',
        'Share department plans with pastoral staff a little earlier.',
      ],
      ['Approachable and clear.', ''],
    ],
  },
};

const INVITED_NOTES: Readonly<Record<ReviewRoundKind, Partial<Record<RaterGroup, string>>>> = {
  start: {
    'line-manager': 'Mrs Patel (deputy head), asked in our line management meeting',
    peers: 'Priya, Tom, Aisha and Marcus: asked at the heads of department meeting',
    'direct-reports': 'The three maths teachers in my team',
    others: 'Lee (SENCo) and Jo (Year 7 pastoral lead)',
  },
  end: {
    'line-manager': 'Mrs Patel again',
    peers: 'Same four as in September',
    'direct-reports': 'The whole team, in Monday’s meeting',
    others: 'Lee and Jo again',
  },
};

/** The start round (set up in week 1, closing in week 2) and the end round (weeks 9–10). */
export function buildExampleReview(
  framework: FrameworkDefinition,
  span: ProgrammeSpan,
): { start: ExampleReviewRound; end: ExampleReviewRound } {
  const random = seededRandom(seedFromText(`360 review ${framework.key}@${framework.version}`));
  const statementIds = activeAreas(framework).flatMap((area) =>
    area.skills.map((skill) => skill.id),
  );
  const { min, max } = scaleRange(framework.scale);
  const clamp = (level: number) => Math.min(max, Math.max(min, Math.round(level)));

  const round = (kind: ReviewRoundKind, openedOn: CalendarDate, closesOn: CalendarDate) => {
    const stage = kind === 'start' ? 0 : 1;
    const planOf = (id: string) => PLANS[id] ?? UNPLANNED;
    const raters = RATER_GROUPS.flatMap((group) =>
      Array.from({ length: EXAMPLE_RATER_COUNTS[group] }, (_, index) => ({ group, index })),
    );
    const ratings = raters.map((): Record<string, StatementRating> => ({}));
    for (const id of statementIds) {
      const typical = planOf(id).raters[stage];
      for (const group of RATER_GROUPS) {
        const members = raters.flatMap((rater, at) => (rater.group === group ? [at] : []));
        const levels = spread(typical + GROUP_LEAN[group], members.length, random);
        let notSeen = 0;
        members.forEach((at, position) => {
          const rating = ratings[at];
          if (!rating) return;
          // At most one "Not seen" per group and statement, so a shown group stays shown.
          const unseen = notSeen === 0 && random() < NOT_SEEN_CHANCE[group];
          if (unseen) notSeen += 1;
          rating[id] = unseen ? NOT_SEEN : clamp(levels[position] ?? typical);
        });
      }
    }
    const answers = raters.map(({ group, index }, at): ExampleReviewAnswer => {
      const [doWell, moreEffective] = COMMENTS[kind][group][index] ?? ['', ''];
      // Spread over the days the round is open, in working hours, none on its first morning.
      const day = 1 + Math.floor(random() * 6);
      const minutes = 7 * 60 + 30 + Math.floor(random() * 11 * 60);
      return {
        group,
        ratings: ratings[at] ?? {},
        doWell,
        moreEffective,
        answeredAt: new Date(
          Date.parse(`${openedOn}T00:00:00.000Z`) + day * MS_PER_DAY + minutes * MS_PER_MINUTE,
        ).toISOString(),
      };
    });
    return {
      kind,
      title:
        kind === 'start'
          ? 'Leadership 360: start of programme'
          : 'Leadership 360: end of programme',
      createdAt: `${openedOn}T16:10:00.000Z`,
      closesOn,
      selfRatings: Object.fromEntries(
        statementIds.map((id) => [id, clamp(planOf(id).self[stage])]),
      ),
      invitedNotes: { ...INVITED_NOTES[kind] },
      answers: answers.sort((a, b) => a.answeredAt.localeCompare(b.answeredAt)),
    };
  };

  const week1 = weekStartDate(span, 1);
  const week9 = weekStartDate(span, 9);
  return {
    start: round('start', week1, addDays(week1, 13)),
    // Open through week 9, closing on the first day of week 10: the example is always in week 10.
    end: round('end', week9, addDays(week9, 7)),
  };
}

/**
 * `count` levels whose mean is as near `typical` as whole levels allow, in a random order, with a
 * little spread (one up and one down) so the raters do not all agree.
 */
function spread(typical: number, count: number, random: Random): number[] {
  const low = Math.floor(typical);
  const highCount = Math.round((typical - low) * count);
  const levels = Array.from({ length: count }, (_, index) => (index < highCount ? low + 1 : low));
  if (count >= 3 && random() < 0.5) {
    levels[0] = (levels[0] ?? low) + 1;
    levels[count - 1] = (levels[count - 1] ?? low) - 1;
  }
  for (let index = levels.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [levels[index], levels[other]] = [levels[other] ?? low, levels[index] ?? low];
  }
  return levels;
}
