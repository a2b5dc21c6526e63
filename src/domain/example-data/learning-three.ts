import { addDays, type CalendarDate } from '@/domain/calendar-date';
import { activeAreas, scaleRange, type FrameworkDefinition } from '@/domain/framework';
import { weekStartDate, type ProgrammeSpan } from '@/domain/programme-weeks';

/** The example delegate's Learning 3: two colleagues and the observations between them. */

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
