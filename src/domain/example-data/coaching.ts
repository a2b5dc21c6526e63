import { addDays, type CalendarDate } from '@/domain/calendar-date';
import { activeAreas, type FrameworkDefinition } from '@/domain/framework';
import { weekStartDate, type ProgrammeSpan } from '@/domain/programme-weeks';
import { blankActionContent, type ActionContent } from '@/domain/coaching/coaching-action';
import { blankSessionContent, type SessionContent } from '@/domain/coaching/coaching-session';

/**
 * The example delegate's coaching: five sessions over the ten weeks with their coach, their
 * headteacher and a Learning 3 colleague they coach, the actions agreed in them (most done, one
 * overdue, one due in a few days, one still to start), and the coach's verifications: the first
 * session verified and unchanged, the 360 debrief verified and then edited (so it shows "changed
 * since it was verified"), and the latest one waiting for the coach. An evidence set for the final
 * assessment is started but not yet sent.
 *
 * Pure and deterministic: the same framework and calendar give the same story. The loader
 * (db/example-profile.ts) gives the rows their ids, makes the coach's keys and signs the
 * verifications, since signing is Web Crypto's.
 */

export const EXAMPLE_COACH_NAME = 'Dr Ruth Adeyemi';
export const EXAMPLE_HEADTEACHER = 'Mrs Helen Price';
export const EXAMPLE_COACHED_COLLEAGUE = 'Priya Shah';

export interface ExampleAction {
  content: ActionContent;
  /** The day it was marked done or dropped. */
  closedOn?: CalendarDate;
}

export interface ExampleSession {
  content: SessionContent;
  actions: ExampleAction[];
  /** When the session was written up: its rows are dated then. */
  writtenAt: string;
  /** The coach verified the session as written, at this time, with this comment. */
  verified?: { at: string; comment: string };
  /** The session as edited after the coach verified it, and when. */
  editedAfter?: { at: string; changes: Partial<SessionContent> };
  /** Sent to the coach at this time; no answer yet. */
  requestedAt?: string;
}

export interface ExampleCoaching {
  coachName: string;
  sessions: ExampleSession[];
  evidenceSet: {
    title: string;
    summary: string;
    /** The example journal's enquiries, by their place in it. */
    enquiryIndexes: number[];
    /** The example's observations, by their place in them. */
    observationIndexes: number[];
    /** Skills whose rating in week 9 is in the set. */
    ratingSkillIds: string[];
  };
}

function at(date: CalendarDate, time: string): string {
  return new Date(`${date}T${time}:00Z`).toISOString();
}

export function buildExampleCoaching(
  framework: FrameworkDefinition,
  span: ProgrammeSpan,
  today: CalendarDate,
): ExampleCoaching {
  const areas = activeAreas(framework);
  const skillAt = (areaIndex: number, skillIndex: number): string => {
    const area = areas[areaIndex % areas.length];
    const skill = area?.skills[skillIndex % Math.max(area.skills.length, 1)];
    if (!skill) throw new Error('The example framework needs at least one skill.');
    return skill.id;
  };
  const day = (week: number, weekday: number) => addDays(weekStartDate(span, week), weekday);
  const questioning = skillAt(0, 0);
  const feedback = skillAt(1, 1);
  const behaviour = skillAt(2, 0);

  const first = day(1, 1);
  const review = day(4, 2);
  const debrief = day(7, 1);
  const mentoring = day(8, 3);
  const latest = day(9, 1);

  const session = (date: CalendarDate, overrides: Partial<SessionContent>): SessionContent => ({
    ...blankSessionContent(date, EXAMPLE_COACH_NAME),
    startTime: '16:00',
    ...overrides,
  });
  const action = (overrides: Partial<ActionContent>): ActionContent => ({
    ...blankActionContent(),
    ...overrides,
  });

  return {
    coachName: EXAMPLE_COACH_NAME,
    sessions: [
      {
        content: session(first, {
          durationMinutes: 60,
          focusSkillIds: [questioning, feedback],
          grow: {
            goal: 'Every pupil in 9X2 answers at least once a lesson, and I can tell who has understood before moving on.',
            reality:
              'Baseline: the same eight hands go up. My questions check recall, rarely reasoning.',
            options:
              'Cold calling with wait time; mini whiteboards; a hinge question before independent work.',
            wayForward:
              'Start with cold calling in 9X2 for three weeks and keep a tally of who answers.',
          },
          notes: 'Agreed to treat this as my first enquiry in the journal.',
          privateNotes: 'Still anxious about the behaviour of the back row when I cold call.',
        }),
        actions: [
          {
            content: action({
              text: 'Plan three hinge questions for the Year 9 algebra unit',
              dueDate: day(2, 4),
              status: 'done',
              outcome: 'Used two of them; the second split the class cleanly and I re-taught.',
              skillIds: [questioning],
            }),
            closedOn: day(2, 3),
          },
          {
            content: action({
              text: 'Read the chapter on cold calling and no opt out',
              dueDate: day(2, 4),
              status: 'done',
              outcome: 'Done. “Right is right” was the useful part.',
              skillIds: [questioning],
            }),
            closedOn: day(2, 1),
          },
        ],
        writtenAt: at(first, '17:10'),
        verified: { at: at(day(5, 0), '08:30'), comment: 'A fair record. Good clear goal.' },
      },
      {
        content: session(review, {
          kind: 'progress-review',
          withWhom: 'headteacher',
          partnerName: EXAMPLE_HEADTEACHER,
          durationMinutes: 30,
          startTime: '15:45',
          focusSkillIds: [questioning],
          notes:
            'Shared the tally: 11 of 28 answered in week 1, 24 of 28 by week 3. Mrs Price asked me to share it with the department.',
        }),
        actions: [
          {
            content: action({
              text: 'Share the cold-calling enquiry at the maths department meeting',
              dueDate: day(6, 2),
              status: 'done',
              outcome: 'Two colleagues are trying it with Year 8.',
              skillIds: [questioning],
            }),
            closedOn: day(6, 2),
          },
          {
            content: action({
              text: 'Film a lesson and watch my questioning back',
              dueDate: addDays(today, -5),
              skillIds: [questioning, feedback],
            }),
          },
        ],
        writtenAt: at(review, '16:30'),
      },
      {
        content: session(debrief, {
          kind: '360-debrief',
          durationMinutes: 75,
          focusSkillIds: [behaviour],
          notes:
            'The start round’s clearest blind spot: I decide for the team rather than with them. Staying calm under pressure scored lower from peers than from me.',
        }),
        actions: [
          {
            content: action({
              text: 'Involve the team in choosing the next scheme of work',
              dueDate: addDays(today, 3),
              skillIds: [behaviour],
            }),
          },
        ],
        writtenAt: at(debrief, '17:30'),
        verified: { at: at(day(7, 3), '19:05'), comment: 'Agreed — an honest debrief.' },
        editedAfter: {
          at: at(day(8, 0), '07:50'),
          changes: {
            notes:
              'The start round’s clearest blind spot: I decide for the team rather than with them. Staying calm under pressure scored lower from peers than from me. Since then I have asked the team to set the agenda for two meetings.',
          },
        },
      },
      {
        content: session(mentoring, {
          kind: 'mentoring',
          withWhom: 'colleague',
          partnerName: EXAMPLE_COACHED_COLLEAGUE,
          durationMinutes: 30,
          startTime: '12:40',
          focusSkillIds: [feedback],
          notes: 'Priya wants her written feedback to lead to pupils acting on it in lessons.',
        }),
        actions: [
          {
            content: action({
              text: 'Try whole-class feedback with Year 7 and bring three books',
              owner: 'other',
              ownerName: EXAMPLE_COACHED_COLLEAGUE,
              dueDate: addDays(today, 10),
              skillIds: [feedback],
            }),
          },
        ],
        writtenAt: at(mentoring, '13:20'),
      },
      {
        content: session(latest, {
          durationMinutes: 45,
          focusSkillIds: [questioning, behaviour],
          notes:
            'Reviewed progress since the baseline and what to present at the final session: the questioning enquiry and the 360 change.',
        }),
        actions: [
          {
            content: action({
              text: 'Choose the evidence for the final assessment',
              owner: 'me',
              dueDate: addDays(today, 6),
            }),
          },
          {
            content: action({
              text: 'Send the end-of-programme 360 report',
              owner: 'coach',
            }),
          },
        ],
        writtenAt: at(latest, '16:55'),
        requestedAt: at(latest, '17:05'),
      },
    ],
    evidenceSet: {
      title: 'Questioning, for the final assessment',
      summary:
        'How my questioning moved from recall to reasoning: the enquiry, an observation of it and my ratings now.',
      enquiryIndexes: [0, 1],
      observationIndexes: [0],
      ratingSkillIds: [questioning, feedback],
    },
  };
}
