import { addDays, dayNumber } from '@/domain/calendar-date';
import { blankEnquiryContent, type EnquiryContent } from '@/domain/enquiry';
import type { FrameworkDefinition } from '@/domain/framework';
import { weekStartDate, type ProgrammeSpan } from '@/domain/programme-weeks';
import { MS_PER_DAY, MS_PER_MINUTE, type ReratingWeek } from '@/domain/example-data/timeline';

/** An action-research enquiry from the example delegate's journal, with when it was written. */
export interface ExampleEnquiry extends EnquiryContent {
  /** ISO date and time: a weekday of the enquiry's first week (the end of it for `updatedAt`). */
  createdAt: string;
  updatedAt: string;
}

export interface ExampleEnquiryPlan extends Omit<EnquiryContent, 'skillIds'> {
  /** OTP Plus skill ids; any not in the framework are left out. */
  skillIds: readonly string[];
  /** The re-rating week in which the targeted skills rise, for an enquiry that worked. */
  risesInWeek?: ReratingWeek;
}

/**
 * The example delegate's journal: four finished enquiries that worked (matching rises in their
 * skills' ratings), one under way and one planned for the last week. No pupil names, as the form asks.
 */
export const EXAMPLE_ENQUIRIES: readonly ExampleEnquiryPlan[] = [
  {
    focusQuestion: 'Will cold calling with no hands up get every pupil in Year 9 answering?',
    technique:
      'No hands up in any lesson. I ask the question, pause for three seconds, then name a pupil. A “don’t know” is fine at first, but I come back to that pupil before moving on.',
    skillIds: ['otp.questioning.no-opt-out', 'otp.questioning.probing'],
    context: 'Year 9 maths, set 3 (28 pupils)',
    startWeek: 1,
    endWeek: 3,
    evidence:
      'Tallied who answered in three lessons: 11 different pupils in week 1, 24 in week 3. Colleague’s drop-in notes say the room was quieter but more pupils were thinking.',
    impactOnPupils:
      'Far more pupils answer, and the quieter ones now expect to be asked. Answers got longer once I started asking “how do you know?” after the first reply.',
    impactOnPractice:
      'I plan the questions now instead of making them up, and I wait longer before naming someone.',
    reflection:
      'The pause was the hard part: I kept filling the silence. Counting to three in my head helped.',
    nextSteps: 'Use it with Year 7 and share the tally sheet with my Learning 3.',
    status: 'done',
    effective: true,
    impact: 3,
    risesInWeek: 3,
  },
  {
    focusQuestion: 'Do hinge questions on mini whiteboards show me who is ready to move on?',
    technique:
      'One multiple-choice hinge question at the midpoint of each lesson, every pupil answers on a mini whiteboard at the same moment, and I decide from the boards whether to re-teach or move on.',
    skillIds: [
      'otp.questioning.hinge-questions',
      'otp.assessment.check-all-pupils',
      'otp.adaptive.adjust-in-lesson',
    ],
    context: 'Year 9 maths, set 3, and Year 8 science',
    startWeek: 4,
    endWeek: 6,
    evidence:
      'Photographed the boards in six lessons. In four of them at least a quarter of the class chose the same wrong answer, which I would not have spotted from hands up. Exit tickets after a re-teach: 22 of 28 correct, up from 14.',
    impactOnPupils:
      'Misconceptions are caught in the lesson, not in the end-of-unit test. Pupils like seeing that others made the same mistake.',
    impactOnPractice:
      'I now write the hinge question and its wrong answers before the rest of the lesson, and plan what I will do if it goes badly.',
    reflection:
      'Good distractors take time to write. The department question bank would save a lot of that.',
    nextSteps: 'Build a shared bank of hinge questions with my Learning 3 (planned for week 10).',
    status: 'done',
    effective: true,
    impact: 4,
    risesInWeek: 6,
  },
  {
    focusQuestion:
      'Does a daily five-question retrieval starter improve recall of key vocabulary in Year 8?',
    technique:
      'Five questions on the board as pupils come in: two from last lesson, two from last month, one from last term. Self-marked in two minutes, scores kept on a tracker.',
    skillIds: ['otp.classroom.purposeful-practice', 'otp.classroom.routines'],
    context: 'Year 8 science, two classes',
    startWeek: 2,
    endWeek: 9,
    evidence:
      'Average starter score went from 2.1 to 3.8 out of 5 over seven weeks. The end-of-unit test had the best vocabulary section of the year.',
    impactOnPupils: 'Pupils settle straight away and older topics are remembered, not relearned.',
    impactOnPractice:
      'The start of my lessons is calm and takes less of my energy. I plan questions a fortnight ahead.',
    reflection:
      'Mixing in last term’s content mattered more than I expected: scores on those questions rose most.',
    nextSteps: 'Keep it going, and try it with Year 10 after the mocks.',
    status: 'done',
    effective: true,
    impact: 3,
    risesInWeek: 9,
  },
  {
    focusQuestion:
      'Does modelling under the visualiser, then fading the example, help weaker writers?',
    technique:
      'I write a full answer live under the visualiser, thinking aloud, then give a half-completed example, then none.',
    skillIds: ['otp.classroom.modelling', 'otp.adaptive.scaffold-and-fade'],
    context: 'Year 10 combined science, extended-answer questions',
    startWeek: 5,
    endWeek: 9,
    evidence:
      'Compared six-mark answers before and after: more of the class used the structure I modelled. My mentor saw one lesson and noted the thinking aloud worked well.',
    impactOnPupils:
      'Weaker writers start more easily. A few still copy the model instead of using it.',
    impactOnPractice: 'I think aloud more in every lesson now, not just when modelling writing.',
    reflection:
      'The fading step needs more time than I gave it. Some pupils went from full support to none too fast.',
    nextSteps: 'Add a second half-completed example before pupils work alone.',
    status: 'done',
    effective: true,
    impact: 2,
    risesInWeek: 9,
  },
  {
    focusQuestion: 'Can whole-class feedback replace written comments on Year 10 essays?',
    technique:
      'Read all the essays, note the three most common errors, and re-teach them at the start of the next lesson instead of writing comments in books.',
    skillIds: ['otp.questioning.whole-class-feedback', 'otp.assessment.efficient'],
    context: 'Year 10 combined science',
    startWeek: 8,
    endWeek: 10,
    evidence: 'First round saved about two hours of marking. Redrafts due next week.',
    impactOnPupils: '',
    impactOnPractice: '',
    reflection: '',
    nextSteps: 'Check the redrafts for the three errors before deciding.',
    status: 'in-progress',
    effective: false,
    impact: null,
  },
  {
    // Planned for the last week, so nothing is written under it yet.
    ...blankEnquiryContent(10),
    focusQuestion: 'Will a shared bank of hinge questions help my Learning 3 use them every week?',
    technique:
      'Each of us writes five hinge questions with their wrong answers for a unit we teach, and we trial each other’s for a fortnight.',
    skillIds: ['otp.leading.learning-three', 'otp.leading.explain-why'],
    context: 'Learning 3 group: two colleagues in science and one in maths',
  },
];

/** The journal, dated within the programme: written in each enquiry's first week, last edited on the Friday of its last. */
export function exampleEnquiries(
  framework: FrameworkDefinition,
  span: ProgrammeSpan,
): ExampleEnquiry[] {
  const known = new Set(framework.areas.flatMap((area) => area.skills.map((skill) => skill.id)));
  return EXAMPLE_ENQUIRIES.flatMap((entry, index) => {
    const plan = { ...entry };
    delete plan.risesInWeek;
    const skillIds = plan.skillIds.filter((skillId) => known.has(skillId));
    if (skillIds.length === 0) return [];
    // Written after school, a few minutes apart per enquiry so the times are all different.
    const at = (week: number, weekday: number) =>
      new Date(
        dayNumber(addDays(weekStartDate(span, week), weekday)) * MS_PER_DAY +
          (16 * 60 + 20 + index * 7) * MS_PER_MINUTE,
      ).toISOString();
    // Today is in the last week, so what runs then was written (planned ahead) the week before.
    const writtenBy = (week: number) => Math.min(week, span.lengthWeeks - 1);
    return [
      {
        ...plan,
        skillIds,
        createdAt: at(writtenBy(plan.startWeek), 0),
        updatedAt: at(writtenBy(plan.endWeek), 4),
      },
    ];
  });
}
