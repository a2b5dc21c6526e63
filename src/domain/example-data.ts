import { addDays, dayNumber, type CalendarDate } from '@/domain/calendar-date';
import { activeAreas, scaleRange, type FrameworkDefinition, type Skill } from '@/domain/framework';
import type { EnquiryContent } from '@/domain/enquiry';
import type { ProfileDetails } from '@/domain/profile';
import {
  findProgrammeTemplate,
  sessionsFromTemplate,
  type ProgrammeDetails,
  type ProgrammeTemplateKey,
} from '@/domain/programme';
import { weekForDate, weekStartDate, type ProgrammeSpan } from '@/domain/programme-weeks';
import type { RatingKind } from '@/domain/rating';

/**
 * The example delegate a facilitator shows when demoing Trellis: an invented teacher ten weeks into
 * OTP Plus, with a baseline, targets, three rounds of re-rating and evidence notes.
 *
 * Pure and deterministic: the same framework gives the same story (levels, notes, days and times),
 * so every demo looks alike; `today` only moves the calendar so that today is always in week 10.
 * The one exception is the session ids, which are fresh like every record id
 * (docs/design.md#global-ids).
 */

export const EXAMPLE_TEMPLATE_KEY: ProgrammeTemplateKey = 'otp-plus';

export const EXAMPLE_PERSON: ProfileDetails = {
  displayName: 'Jordan Ellis',
  school: 'Trellis Park Academy',
};

export interface ExampleRating {
  skillId: string;
  kind: RatingKind;
  week: number;
  level: number;
  note: string;
  /** ISO date and time on a weekday of the rating's programme week. */
  recordedAt: string;
}

/** An action-research enquiry from the example delegate's journal, with when it was written. */
export interface ExampleEnquiry extends EnquiryContent {
  /** ISO date and time: a weekday of the enquiry's first week (the end of it for `updatedAt`). */
  createdAt: string;
  updatedAt: string;
}

export interface ExampleProgramme {
  person: ProfileDetails;
  programme: ProgrammeDetails;
  ratings: ExampleRating[];
  enquiries: ExampleEnquiry[];
}

/** The weeks in which the example delegate re-rates; week 10 is left for the demo itself. */
const RERATING_WEEKS = [3, 6, 9] as const;
/** The chance that a skill whose level has not moved is re-rated anyway in that week. */
const CONFIRM_CHANCE: Record<(typeof RERATING_WEEKS)[number], number> = { 3: 0.2, 6: 0.3, 9: 0.45 };
/** Together these put a note on about 40% of re-ratings: the delegate writes when there is a story. */
const FITTING_NOTE_CHANCE = 0.35;
const GENERIC_NOTE_CHANCE = 0.15;
const DIPPING_SKILLS = 2;
const RAISED_TARGETS = 2;
const TARGET_RAISE_WEEK = 6;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

export function buildExampleProgramme(
  framework: FrameworkDefinition,
  today: CalendarDate,
): ExampleProgramme {
  const random = mulberry32(hashText(`${framework.key}@${framework.version}`));
  const template = findProgrammeTemplate(EXAMPLE_TEMPLATE_KEY);
  const span: ProgrammeSpan = {
    // The Monday nine weeks before this week's Monday: today is then in week 10 whatever the weekday.
    startDate: addDays(today, -(daysSinceMonday(today) + (template.lengthWeeks - 1) * 7)),
    lengthWeeks: template.lengthWeeks,
  };
  if (weekForDate(span, today) !== template.lengthWeeks) {
    throw new Error('The example programme must put today in its last week.');
  }
  const sessions = sessionsFromTemplate(template).map((session) => ({
    ...session,
    date: sessionDate(span, session.plannedWeek ?? 1, session.kind),
  }));
  return {
    person: { ...EXAMPLE_PERSON },
    programme: { name: template.name, ...span, sessions },
    ratings: exampleRatings(framework, span, random),
    enquiries: exampleEnquiries(framework, span),
  };
}

/** 0 for Monday … 6 for Sunday. 1970-01-01 (day 0) was a Thursday. */
function daysSinceMonday(date: CalendarDate): number {
  return (((dayNumber(date) + 3) % 7) + 7) % 7;
}

/** Week 1 opens with the launch day on the start date; full days fall on Thursdays, half days on Wednesdays. */
function sessionDate(
  span: ProgrammeSpan,
  week: number,
  kind: 'half-day' | 'full-day',
): CalendarDate {
  const weekday = week <= 1 ? 0 : kind === 'full-day' ? 3 : 2;
  return addDays(weekStartDate(span, week), weekday);
}

interface SkillPlan {
  skillId: string;
  /** The skill's id and statement, which evidence notes are matched against. */
  skillText: string;
  baseline: number;
  target: number;
  /** The self-rating in force after each re-rating week. */
  levelAfter: Map<number, number>;
  dips: boolean;
}

function exampleRatings(
  framework: FrameworkDefinition,
  span: ProgrammeSpan,
  random: Random,
): ExampleRating[] {
  const areas = activeAreas(framework);
  const { min, max } = scaleRange(framework.scale);
  const plans = areas.flatMap((area, areaIndex) =>
    area.skills.map((skill) =>
      planSkill(skill, areaIndex < Math.ceil(areas.length / 2), min, max, random),
    ),
  );
  for (const plan of pickSome(
    plans.filter((candidate) => candidate.baseline > min && candidate.baseline < max),
    DIPPING_SKILLS,
    random,
  )) {
    // Rated lower once the sessions showed what the level really means, then back and beyond.
    plan.levelAfter = new Map([
      [3, plan.baseline - 1],
      [6, plan.baseline],
      [9, plan.baseline + 1],
    ]);
    plan.dips = true;
  }

  // The journal's effective enquiries show in the ratings: each skill they target rises in the
  // re-rating week that closes the enquiry. Done after the random choices, so they are unchanged.
  for (const enquiry of EXAMPLE_ENQUIRIES) {
    if (enquiry.risesInWeek === undefined) continue;
    for (const plan of plans) {
      if (enquiry.skillIds.includes(plan.skillId)) riseIn(plan, enquiry.risesInWeek, max);
    }
  }

  const notes = notePicker(random);
  const ratings: ExampleRating[] = [];
  const rateBaseline = startSitting(weekDay(span, 0, random), random);
  for (const plan of plans) ratings.push(rateBaseline(plan.skillId, 'self', 0, plan.baseline));
  for (const plan of plans) ratings.push(rateBaseline(plan.skillId, 'target', 0, plan.target));

  let previousWeek = 0;
  for (const week of RERATING_WEEKS) {
    const rate = startSitting(weekDay(span, week, random), random);
    for (const plan of plans) {
      const level = plan.levelAfter.get(week) ?? plan.baseline;
      const previous = plan.levelAfter.get(previousWeek) ?? plan.baseline;
      const hasMoved = level !== previous;
      if (!hasMoved && random() >= CONFIRM_CHANCE[week]) continue;
      const note =
        plan.dips && week === 3
          ? notes.dipNote()
          : plan.dips && week === 6
            ? notes.recoveryNote()
            : notes.evidenceFor(plan.skillText);
      ratings.push(rate(plan.skillId, 'self', week, level, note));
    }
    if (week === TARGET_RAISE_WEEK) {
      for (const plan of targetsToRaise(plans, week, max, random)) {
        plan.target += 1;
        ratings.push(rate(plan.skillId, 'target', week, plan.target));
      }
    }
    previousWeek = week;
  }
  return ratings;
}

function planSkill(
  skill: Skill,
  isStrongArea: boolean,
  min: number,
  max: number,
  random: Random,
): SkillPlan {
  // Own-classroom areas come first in teaching frameworks and start higher than coaching and leading.
  const lowest = Math.min(min + (isStrongArea ? Math.max(1, Math.floor((max - min) / 3)) : 0), max);
  const baseline = Math.max(min, Math.min(lowest + (random() < 0.4 ? 1 : 0), max - 1));
  const target = Math.min(max, baseline + (random() < 0.3 ? 2 : 1));
  const roll = random();
  const gain = Math.min(max - baseline, roll < 0.2 ? 0 : roll < 0.75 ? 1 : 2);
  const stepWeeks: readonly number[] =
    gain === 0
      ? []
      : gain === 1
        ? [pick([3, 6, 6, 9, 9], random)]
        : pick(
            [
              [3, 6],
              [3, 9],
              [6, 9],
              [6, 9],
            ],
            random,
          );
  const levelAfter = new Map(
    RERATING_WEEKS.map((week) => [
      week,
      baseline + stepWeeks.filter((stepWeek) => stepWeek <= week).length,
    ]),
  );
  const skillText = `${skill.id} ${skill.statement}`;
  return { skillId: skill.id, skillText, baseline, target, levelAfter, dips: false };
}

/**
 * Makes the skill's self-rating go up in `week`, keeping its total gain: the last of its steps up
 * moves to `week` (or, for a skill that never rose, one step is added there). Dipping skills keep
 * their own story.
 */
function riseIn(plan: SkillPlan, week: number, max: number): void {
  if (plan.dips) return;
  let previous = plan.baseline;
  const steps: number[] = [];
  for (const rerating of RERATING_WEEKS) {
    const level = plan.levelAfter.get(rerating) ?? previous;
    for (let step = previous; step < level; step += 1) steps.push(rerating);
    previous = level;
  }
  if (steps.includes(week)) return;
  if (steps.length === 0) {
    if (plan.baseline >= max) return;
    steps.push(week);
  } else {
    steps[steps.length - 1] = week;
  }
  plan.levelAfter = new Map(
    RERATING_WEEKS.map((rerating) => [
      rerating,
      plan.baseline + steps.filter((stepWeek) => stepWeek <= rerating).length,
    ]),
  );
}

/** Targets already reached by `week` are raised first: that is when a delegate aims higher. */
function targetsToRaise(
  plans: readonly SkillPlan[],
  week: number,
  max: number,
  random: Random,
): SkillPlan[] {
  const raisable = plans.filter((plan) => plan.target < max && !plan.dips);
  const reached = raisable.filter((plan) => (plan.levelAfter.get(week) ?? 0) >= plan.target);
  const chosen = pickSome(reached, RAISED_TARGETS, random);
  const others = raisable.filter((plan) => !chosen.includes(plan));
  return [...chosen, ...pickSome(others, RAISED_TARGETS - chosen.length, random)];
}

/** A weekday (Monday to Friday) of a programme week; week 0 is the week before the start. */
function weekDay(span: ProgrammeSpan, week: number, random: Random): CalendarDate {
  const monday = week === 0 ? addDays(span.startDate, -7) : weekStartDate(span, week);
  return addDays(monday, Math.floor(random() * 5));
}

type RecordRating = (
  skillId: string,
  kind: RatingKind,
  week: number,
  level: number,
  note?: string,
) => ExampleRating;

/** One sitting at the audit: an after-school session, a minute or two per rating. */
function startSitting(date: CalendarDate, random: Random): RecordRating {
  const startMinute = 15 * 60 + 40 + Math.floor(random() * 180);
  let at = dayNumber(date) * MS_PER_DAY + startMinute * MS_PER_MINUTE;
  return (skillId, kind, week, level, note = '') => {
    at += Math.round((40 + random() * 80) * 1000) + (note === '' ? 0 : 2 * MS_PER_MINUTE);
    return { skillId, kind, week, level, note, recordedAt: new Date(at).toISOString() };
  };
}

interface ExampleEnquiryPlan extends Omit<EnquiryContent, 'skillIds'> {
  /** OTP Plus skill ids; any not in the framework are left out. */
  skillIds: readonly string[];
  /** The re-rating week in which the targeted skills rise, for an enquiry that worked. */
  risesInWeek?: (typeof RERATING_WEEKS)[number];
}

/**
 * The example delegate's journal: four finished enquiries that worked (matching rises in their
 * skills' ratings), one under way and one planned for the last week. No pupil names, as the form asks.
 */
const EXAMPLE_ENQUIRIES: readonly ExampleEnquiryPlan[] = [
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
    focusQuestion: 'Will a shared bank of hinge questions help my Learning 3 use them every week?',
    technique:
      'Each of us writes five hinge questions with their wrong answers for a unit we teach, and we trial each other’s for a fortnight.',
    skillIds: ['otp.leading.learning-three', 'otp.leading.explain-why'],
    context: 'Learning 3 group: two colleagues in science and one in maths',
    startWeek: 10,
    endWeek: 10,
    evidence: '',
    impactOnPupils: '',
    impactOnPractice: '',
    reflection: '',
    nextSteps: '',
    status: 'planned',
    effective: false,
    impact: null,
  },
];

/** The journal, dated within the programme: written in each enquiry's first week, last edited on the Friday of its last. */
function exampleEnquiries(framework: FrameworkDefinition, span: ProgrammeSpan): ExampleEnquiry[] {
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

interface EvidenceNote {
  /** Matched against the skill's id and statement, so a note only lands on a skill it is about. */
  fits: RegExp;
  text: string;
}

/**
 * What a delegate writes as evidence: a specific lesson moment, no pupil names. Keyed by the wording of
 * the OTP Plus skills, loosely enough to fit similar skills in other frameworks; a skill that no note
 * fits gets a generic one now and then.
 */
const EVIDENCE_NOTES: readonly EvidenceNote[] = [
  // Classroom practice
  {
    fits: /objective|by the end/i,
    text: 'Planned the Year 9 lesson backwards from the exit question; every answer showed whether the goal was met, and five pupils needed a recap.',
  },
  {
    fits: /small-steps|manageable|chunk/i,
    text: 'Split the new topic into three steps with a check after each; far fewer pupils were lost at the third step than last year.',
  },
  {
    fits: /modelling|worked example/i,
    text: 'Modelled a full answer under the visualiser, thinking aloud, then faded to a half-completed example. Independent work was much stronger.',
  },
  {
    fits: /varied practice|purposeful-practice|retrieval/i,
    text: 'Mixed last term’s content into this week’s practice tasks; recall of older topics held up well in Friday’s quiz.',
  },
  {
    fits: /routine/i,
    text: 'Year 8 entry routine now takes under two minutes: equipment out, retrieval quiz on the board, quiet by the end of the register.',
  },
  // Questioning and feedback
  {
    fits: /hinge/i,
    text: 'Hinge question on equivalent fractions showed 8 of 28 still confused; re-taught with bar models before moving on.',
  },
  {
    fits: /opt-out|every pupil to answer|cold call/i,
    text: 'Cold calling all lesson with Year 9, no hands up. Went back to two pupils who said “don’t know” at first and both answered the second time.',
  },
  {
    fits: /probing/i,
    text: 'Kept asking “how do you know?” in the Year 7 science lesson; answers grew longer and more precise as the lesson went on.',
  },
  {
    fits: /actionable|what to do next/i,
    text: 'Gave one precise target per book and fifteen minutes of lesson time to act on it; most redrafts showed the change.',
  },
  {
    fits: /whole-class[ -]feedback/i,
    text: 'Whole-class feedback on the Year 10 essays: three common errors re-taught in the first 15 minutes instead of 30 individual comments.',
  },
  // Adaptive teaching
  {
    fits: /barrier/i,
    text: 'Checked the SEND register and reading ages before planning the Year 8 unit, and adapted the key texts without lowering the goal.',
  },
  {
    fits: /adjust|in the moment/i,
    text: 'Mini-whiteboards showed most of the class stuck on rearranging formulae, so I stopped the task and modelled two more examples.',
  },
  {
    fits: /scaffold/i,
    text: 'Took the sentence starters away for half the class this week; most wrote a full analytical paragraph without them.',
  },
  {
    fits: /same-high-goal|ambitious goal/i,
    text: 'Kept one essay question for the whole class and varied the support rather than the task; every pupil attempted the full answer.',
  },
  {
    fits: /stretch/i,
    text: 'Gave the quickest finishers a “prove it wrong” question on the same idea instead of an extension sheet. Good discussion.',
  },
  // Assessment for learning
  {
    fits: /decision/i,
    text: 'Decided before the lesson what I would do if fewer than 80% got the hinge question right. It happened, and the second explanation was ready.',
  },
  {
    fits: /check-all-pupils|not a few volunteers/i,
    text: 'Exit tickets from the whole class showed 6 of 27 could not yet explain the method; started the next lesson with a re-teach for everyone.',
  },
  {
    fits: /busy|busyness/i,
    text: 'Asked pupils to explain the method to a partner rather than judging by full pages; three who looked busy could not yet do it.',
  },
  {
    fits: /self-assessment|assess their own/i,
    text: 'Pupils compared their paragraphs with a model answer and highlighted missing evidence; the redrafts were noticeably sharper.',
  },
  {
    fits: /workload|efficient/i,
    text: 'Swapped written comments for a marking code on the Year 8 books: saved about two hours, and pupils acted on the codes in DIRT time.',
  },
  // Coaching colleagues
  {
    fits: /trust/i,
    text: 'A colleague asked me, unprompted, to observe the class they find hardest. A sign the trust is there now.',
  },
  {
    fits: /listen|open questions/i,
    text: 'Coaching conversation with an ECT: I kept to open questions and they named their own next step. I talked for about a third of the time.',
  },
  {
    fits: /one-focus|one precise|single/i,
    text: 'Agreed one action step with my coachee (cold calling in the first ten minutes) instead of the usual three. Much easier to check at the follow-up drop-in.',
  },
  {
    fits: /rehears|practise-together/i,
    text: 'Rehearsed cold calling with a colleague in an empty classroom before period 3; they used it the same afternoon and it went smoothly.',
  },
  {
    fits: /challenge/i,
    text: 'Told a colleague honestly that the plenary keeps getting squeezed out, backed by timings from the observation. The conversation stayed positive.',
  },
  // Leading others’ practice
  {
    fits: /learning[ -](3|three)/i,
    text: 'Learning 3 met for the second time: we agreed to trial retrieval starters in Year 8 and each bring three pieces of pupil work next fortnight.',
  },
  {
    fits: /explain-why|explains to colleagues/i,
    text: 'Ran a 15-minute slot in the department meeting on why worked examples reduce load; two colleagues asked for the slides afterwards.',
  },
  {
    fits: /open-classroom|opens their classroom/i,
    text: 'Two colleagues dropped into my Year 10 lesson with a questioning focus; we talked through their notes at lunch.',
  },
  {
    fits: /impact/i,
    text: 'Compared exit tickets from my Learning 3 colleagues’ classes before and after the trial: correct answers rose from about half to nearly three quarters.',
  },
  // Reflective practice and action research
  {
    fits: /seek-feedback|seeks feedback/i,
    text: 'Asked a Year 11 class for anonymous feedback on my explanations; most wanted a worked example before independent tasks, so every lesson now has one.',
  },
  {
    fits: /enquiry/i,
    text: 'Enquiry question settled: does a daily five-question retrieval quiz improve Year 9 recall of key vocabulary? Baseline quiz done.',
  },
  {
    fits: /use-evidence|research evidence/i,
    text: 'Read the EEF guidance on metacognition and used its seven-step model to plan this week’s essay lessons.',
  },
  {
    fits: /share-findings|what worked/i,
    text: 'Shared my enquiry findings at the teaching and learning briefing, including what did not work with the lower set.',
  },
];

const GENERIC_NOTES: readonly string[] = [
  'Discussed this with my mentor after a learning walk; we agreed exactly what to look for next time.',
  'Tried this in a harder context for the first time this week. It held up, though it needs more practice.',
  'Checked this against the level descriptors with my Learning 3 and settled on this rating together.',
  'Talked this through with my Learning 3 and agreed it is my focus for the next fortnight.',
];

const DIP_NOTES: readonly string[] = [
  'Rated myself lower this week: the half day showed me what “secure” really looks like, and I am not there yet.',
  'Lower than my baseline. Two observed lessons showed this only happens when I have planned it in detail.',
];

const RECOVERY_NOTES: readonly string[] = [
  'Back to where I started, but for better reasons: re-planned the approach with my coach and it is working again.',
  'Recovered after a rough patch; practised the technique with a colleague before using it with my Year 10 class.',
];

interface NotePicker {
  /** A note that fits the skill, or now and then a generic one; '' most of the time otherwise. */
  evidenceFor: (skillText: string) => string;
  dipNote: () => string;
  recoveryNote: () => string;
}

/** Hands out each note text at most once, so the example never repeats itself. */
function notePicker(random: Random): NotePicker {
  const unusedEvidence = [...EVIDENCE_NOTES];
  const unused = new Map(
    [GENERIC_NOTES, DIP_NOTES, RECOVERY_NOTES].map((list) => [list, [...list]]),
  );
  function take(list: readonly string[]): string {
    const left = unused.get(list) ?? [];
    return left.splice(Math.floor(random() * left.length), 1)[0] ?? '';
  }
  return {
    evidenceFor: (skillText) => {
      const index = unusedEvidence.findIndex((note) => note.fits.test(skillText));
      if (index < 0) return random() < GENERIC_NOTE_CHANCE ? take(GENERIC_NOTES) : '';
      if (random() >= FITTING_NOTE_CHANCE) return '';
      return unusedEvidence.splice(index, 1)[0]?.text ?? '';
    },
    dipNote: () => take(DIP_NOTES) || take(GENERIC_NOTES),
    recoveryNote: () => take(RECOVERY_NOTES) || take(GENERIC_NOTES),
  };
}

type Random = () => number;

/** mulberry32: a tiny seeded generator, good enough for a believable, repeatable story. */
function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a: turns the framework's key into a seed. */
function hashText(text: string): number {
  let hash = 2_166_136_261;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 16_777_619);
  }
  return hash >>> 0;
}

function pick<T>(items: readonly T[], random: Random): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('Cannot pick from an empty list.');
  return item;
}

/** Up to `count` distinct items, in a random order. */
function pickSome<T>(items: readonly T[], count: number, random: Random): T[] {
  const left = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && left.length > 0) {
    chosen.push(...left.splice(Math.floor(random() * left.length), 1));
  }
  return chosen;
}

// ─── Learning 3: the example delegate's two colleagues and their observations ────────────────────

export interface ExampleColleague {
  /** Which example colleague: observations name it, and the loader gives each a fresh id. */
  key: 'priya' | 'tom';
  name: string;
  role: string;
  subjectOrPhase: string;
  focusSkillIds: string[];
}

export interface ExampleObservation {
  colleagueKey: ExampleColleague['key'];
  /** Who observed whom; `colleague-to-colleague` means the other example colleague observed. */
  direction: 'delegate-to-colleague' | 'colleague-to-delegate' | 'colleague-to-colleague';
  week: number;
  date: CalendarDate;
  lessonClass: string;
  lessonSubject: string;
  /** Focus skill id → level. */
  levels: [string, number][];
  strengths: string;
  nextSteps: string[];
  followUp: string;
  /** ISO date and time it was written: the afternoon of the lesson. */
  recordedAt: string;
}

/**
 * Jordan's Learning 3: Priya (science, KS3) and Tom (an early career teacher in Year 4), each with
 * two focus skills, observed in weeks 2, 5 and 8 with ratings that rise — the colleagues' progress
 * the end-of-programme presentation shows. Deterministic, like the rest of the example.
 */
export function buildExampleLearningThree(
  framework: FrameworkDefinition,
  span: ProgrammeSpan,
): { colleagues: ExampleColleague[]; observations: ExampleObservation[] } {
  const areas = activeAreas(framework);
  const { min, max } = scaleRange(framework.scale);
  const skillAt = (areaIndex: number, skillIndex: number): string => {
    const area = areas[areaIndex % areas.length];
    const skill = area?.skills[skillIndex % Math.max(area.skills.length, 1)];
    if (!skill) throw new Error('The example framework needs at least one skill.');
    return skill.id;
  };
  const priyaSkills = [skillAt(0, 0), skillAt(1, 1)];
  const tomSkills = [skillAt(0, 2), skillAt(2, 0)];
  const clamp = (level: number) => Math.min(max, Math.max(min, level));
  const lessonDate = (week: number, weekday: number) => addDays(weekStartDate(span, week), weekday);
  const at = (date: CalendarDate) => `${date}T15:40:00.000Z`;

  const plan: Omit<ExampleObservation, 'date' | 'recordedAt'>[] = [
    {
      colleagueKey: 'priya',
      direction: 'delegate-to-colleague',
      week: 2,
      lessonClass: '8Y3',
      lessonSubject: 'Science — particles',
      levels: [
        [priyaSkills[0] ?? '', clamp(min)],
        [priyaSkills[1] ?? '', clamp(min + 1)],
      ],
      strengths:
        'Clear “do now” on the board and a calm start. The particle diagrams were modelled step by step.',
      nextSteps: [
        'Share the success criteria before the practical, not after',
        'Use mini-whiteboards to check every pupil’s diagram',
      ],
      followUp: 'Look again in week 5, same class',
    },
    {
      colleagueKey: 'tom',
      direction: 'delegate-to-colleague',
      week: 2,
      lessonClass: 'Year 4 (Oak)',
      lessonSubject: 'Maths — column addition',
      levels: [
        [tomSkills[0] ?? '', clamp(min)],
        [tomSkills[1] ?? '', clamp(min)],
      ],
      strengths: 'Warm relationships; the class settled quickly after break.',
      nextSteps: ['Break the method into smaller steps with a worked example for each'],
      followUp: 'Co-plan Thursday’s lesson together',
    },
    {
      colleagueKey: 'priya',
      direction: 'colleague-to-delegate',
      week: 3,
      lessonClass: '9X2',
      lessonSubject: 'Science — forces',
      levels: [[priyaSkills[0] ?? '', clamp(min + 1)]],
      strengths: 'Jordan’s hinge question before the practical caught two misconceptions.',
      nextSteps: ['Give more thinking time before cold calling'],
      followUp: '',
    },
    {
      colleagueKey: 'priya',
      direction: 'delegate-to-colleague',
      week: 5,
      lessonClass: '8Y3',
      lessonSubject: 'Science — changes of state',
      levels: [
        [priyaSkills[0] ?? '', clamp(min + 1)],
        [priyaSkills[1] ?? '', clamp(min + 1)],
      ],
      strengths:
        'Success criteria shared at the start and revisited in the plenary; pupils used them to check their own work.',
      nextSteps: ['Plan one hinge question for the middle of the lesson'],
      followUp: 'Observe in week 8',
    },
    {
      colleagueKey: 'tom',
      direction: 'colleague-to-colleague',
      week: 5,
      lessonClass: 'Year 4 (Oak)',
      lessonSubject: 'Maths — subtraction',
      levels: [
        [tomSkills[0] ?? '', clamp(min + 1)],
        [tomSkills[1] ?? '', clamp(min + 1)],
      ],
      strengths:
        'Each step had its own worked example, and pupils explained the step back to a partner.',
      nextSteps: ['Fade the worked examples sooner for the confident group'],
      followUp: '',
    },
    {
      colleagueKey: 'priya',
      direction: 'delegate-to-colleague',
      week: 8,
      lessonClass: '8Y3',
      lessonSubject: 'Science — diffusion',
      levels: [
        [priyaSkills[0] ?? '', clamp(min + 2)],
        [priyaSkills[1] ?? '', clamp(min + 2)],
      ],
      strengths:
        'The hinge question split the class cleanly, and Priya re-taught the misconception on the spot. Every pupil wrote an answer.',
      nextSteps: ['Lead the department’s next CPD slot on hinge questions'],
      followUp: '',
    },
    {
      colleagueKey: 'tom',
      direction: 'delegate-to-colleague',
      week: 8,
      lessonClass: 'Year 4 (Oak)',
      lessonSubject: 'Maths — word problems',
      levels: [
        [tomSkills[0] ?? '', clamp(min + 2)],
        [tomSkills[1] ?? '', clamp(min + 1)],
      ],
      strengths:
        'Confident modelling with the visualiser; pupils chose their own method and justified it.',
      nextSteps: ['Build in a retrieval starter from last week’s lesson'],
      followUp: 'Share the lesson with the Year 3 team',
    },
  ];
  return {
    colleagues: [
      {
        key: 'priya',
        name: 'Priya Shah',
        role: 'Second in science',
        subjectOrPhase: 'Science, KS3',
        focusSkillIds: priyaSkills,
      },
      {
        key: 'tom',
        name: 'Tom Okafor',
        role: 'Early career teacher',
        subjectOrPhase: 'Year 4',
        focusSkillIds: tomSkills,
      },
    ],
    observations: plan.map((observation, index) => {
      const date = lessonDate(observation.week, 1 + (index % 3));
      return { ...observation, date, recordedAt: at(date) };
    }),
  };
}
