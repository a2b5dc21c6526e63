import { addDays, type CalendarDate } from '@/domain/calendar-date';
import type { FrameworkDefinition } from '@/domain/framework';
import type { EvidenceContent } from '@/domain/improvement-project/evidence';
import type {
  Milestone,
  ProjectPerson,
  SuccessCriterion,
} from '@/domain/improvement-project/project';
import { writeUpFromTemplate, type WriteUpContent } from '@/domain/improvement-project/write-up';
import { newId } from '@/domain/record';

/**
 * The example delegate's improvement project, part-way through: a department project on
 * retrieval practice that started with the programme and runs into the summer term. The plan,
 * criteria, people and log are filled in; the first milestones are done; three evidence items
 * are recorded; the write-up's initiation is drafted, its implementation begun and its
 * evaluation still to write — about 740 of 4,500 words. Dated from `today`, as the rest of the
 * example is. People are roles; no pupil is named.
 */

export interface ExampleProject {
  title: string;
  problem: string;
  diagnosis: string;
  aimPupils: string;
  aimTeam: string;
  successCriteria: SuccessCriterion[];
  people: ProjectPerson[];
  milestones: Milestone[];
  log: { date: CalendarDate; happened: string; changed: string; next: string }[];
  /** Skills of the framework the project links to (their ratings go into the appendix). */
  linkedSkillIds: string[];
  /** Indexes into the example journal's enquiries that the project links to. */
  linkedEnquiryIndexes: number[];
  evidence: EvidenceContent[];
  writeUp: WriteUpContent;
  startedOn: CalendarDate;
}

const LINKED_SKILLS = [
  'otp.questioning.hinge-questions',
  'otp.assessment.check-all-pupils',
  'otp.leading.explain-why',
  'otp.leading.measure-impact',
];

const INITIATION = `Our Year 9 pupils work hard in maths lessons, and most of them can do what we ask of them on the day. The problem shows up weeks later. When we set the first cumulative assessment of the year, covering everything taught since September, the mean score across the year group was 46%, and the questions pupils got wrong were overwhelmingly on content from earlier units rather than the most recent one. Teachers in the department described the same pattern from their own classes: pupils “knew it in October” but could not recall it in December.

Before deciding what to do, I wanted to understand why. I looked at three kinds of evidence. First, the assessment itself: I sorted every question by the unit it came from and found that the success rate fell steadily the further back the unit had been taught, from 71% on the most recent unit to 29% on the first. Second, a book look across six Year 9 classes, in which I noted how often earlier content appeared in starters, homework or practice. In almost every book, practice was massed: pupils did a page of one topic, then moved on and did not meet it again until the assessment. Third, a short pupil voice survey of sixty pupils, which showed that most revised by rereading notes the night before a test, and very few had ever been asked to recall something without notes in front of them.

My diagnosis was that the department’s curriculum was sound but the way pupils practised it worked against remembering it. The research on retrieval practice and spacing is clear that recalling information from memory, spread out over time, strengthens long-term retention far more than rereading or massed practice. Our lessons gave pupils plenty of practice, but almost none of it was retrieval, and none of it was spaced.

The project therefore has two aims. For pupils, it aims to raise Year 9 attainment on cumulative assessments by building low-stakes retrieval of earlier units into every lesson and every homework. For the team, it aims to make every teacher in the department confident in planning spaced retrieval, so that the practice outlasts the project and does not depend on me.

I set three success criteria with baselines. The mean score on the cumulative assessment should rise from 46% to 65%. The proportion of pupils who can answer a set of ten key recall questions on earlier units without notes should rise from 38% to 70%. And the number of teachers seen using a retrieval starter in at least four of five drop-ins should rise from two of six to all six.

Planning the change meant being realistic about the department’s time. Rather than ask colleagues to write new resources, we agreed to build one shared quiz bank, unit by unit, with each teacher writing the questions for the unit they know best. I presented the baseline data and the diagnosis at a department meeting before proposing anything, because I wanted colleagues to see the problem in our own pupils’ results before hearing a solution. The head of maths agreed to protect twenty minutes of each fortnightly meeting for the project, and my line manager agreed that the drop-ins would be developmental and not part of performance management.`;

const IMPLEMENTATION = `We launched in the first week of term with a forty-minute training session. I modelled a retrieval starter with colleagues as the class, then we looked at the evidence for spacing together and planned the first fortnight’s starters in pairs. Two colleagues began the next day; others waited to see how it went.

The first weeks taught me more about leading change than about retrieval practice. The quiz bank grew unevenly: the units written by the two keenest teachers were complete within a week, while others were still empty at half-term. Rather than chase, I changed the fortnightly meeting so that each teacher brought one question that had caught pupils out and we improved it together. That made writing questions a shared task rather than homework, and by the end of the half-term every unit had at least twenty questions.

Drop-ins showed that the starters were happening, but often ran for fifteen minutes instead of five and crowded out new content. We agreed a simple rule — five questions, five minutes, answers checked together — and I paired each teacher with a colleague to observe one starter each before the next meeting.`;

export function buildExampleProject(
  framework: FrameworkDefinition,
  today: CalendarDate,
): ExampleProject {
  const known = new Set(framework.areas.flatMap((area) => area.skills.map((skill) => skill.id)));
  const startedOn = addDays(today, -11 * 7);
  const day = (offset: number) => addDays(today, offset);
  const writeUp = writeUpFromTemplate('improvement-report');
  const texts = [INITIATION, IMPLEMENTATION, ''];
  return {
    title: 'Spaced retrieval practice in Year 9 maths',
    problem:
      'Year 9 pupils forget earlier units: the first cumulative assessment averaged 46%, with success falling from 71% on the latest unit to 29% on the first.',
    diagnosis:
      'Question-level analysis of the assessment, a book look across six classes (practice massed, earlier content rarely revisited) and a pupil voice survey of sixty pupils (most revise by rereading).',
    aimPupils:
      'Raise Year 9 attainment on cumulative assessments through daily low-stakes retrieval of earlier units.',
    aimTeam:
      'Every maths teacher plans spaced retrieval confidently, using a shared quiz bank the department owns.',
    successCriteria: [
      {
        id: newId(),
        description: 'Year 9 mean score on the cumulative assessment',
        unit: '%',
        baseline: 46,
        target: 65,
        latest: 55,
      },
      {
        id: newId(),
        description: 'Pupils answering 7 of 10 key recall questions on earlier units without notes',
        unit: '%',
        baseline: 38,
        target: 70,
        latest: 52,
      },
      {
        id: newId(),
        description: 'Teachers seen using a retrieval starter in 4 of 5 drop-ins',
        unit: 'of 6 teachers',
        baseline: 2,
        target: 6,
        latest: 5,
      },
    ],
    people: [
      { id: newId(), role: 'Head of maths', contribution: 'Sponsor; protects meeting time' },
      { id: newId(), role: 'Maths teachers (6)', contribution: 'Write and use the quiz bank' },
      { id: newId(), role: 'Year 9 teaching assistant', contribution: 'Runs recall checks' },
      {
        id: newId(),
        role: 'Line manager (deputy head)',
        contribution: 'Coaching; agrees drop-ins',
      },
    ],
    milestones: [
      {
        id: newId(),
        title: 'Baseline assessment analysed and book look',
        dueDate: day(-77),
        status: 'done',
      },
      {
        id: newId(),
        title: 'Department training on retrieval and spacing',
        dueDate: day(-70),
        status: 'done',
      },
      { id: newId(), title: 'Quiz bank complete for units 1–4', dueDate: day(-21), status: 'done' },
      {
        id: newId(),
        title: 'Paired observations of retrieval starters',
        dueDate: day(7),
        status: 'in-progress',
      },
      {
        id: newId(),
        title: 'Mid-point cumulative assessment',
        dueDate: day(35),
        status: 'planned',
      },
      {
        id: newId(),
        title: 'Final cumulative assessment and pupil survey',
        dueDate: day(140),
        status: 'planned',
      },
      {
        id: newId(),
        title: 'Evaluation and department review',
        dueDate: day(161),
        status: 'planned',
      },
    ],
    log: [
      {
        date: day(-74),
        happened: 'Shared the baseline analysis at the department meeting.',
        changed:
          'Colleagues recognised the pattern in their own classes; two asked to start at once.',
        next: 'Plan the training session around our own assessment questions.',
      },
      {
        date: day(-42),
        happened: 'Quiz bank uneven: two units complete, three empty.',
        changed: 'Meetings now start with each teacher bringing one question to improve together.',
        next: 'Check every unit has twenty questions by half-term.',
      },
      {
        date: day(-14),
        happened: 'Drop-ins: starters happening but running to fifteen minutes.',
        changed: 'Agreed “five questions, five minutes, answers checked together”.',
        next: 'Pair teachers to observe one starter each.',
      },
    ],
    linkedSkillIds: LINKED_SKILLS.filter((skillId) => known.has(skillId)),
    linkedEnquiryIndexes: [0, 1],
    evidence: [
      {
        description: 'Baseline cumulative assessment, question-level analysis (Year 9)',
        date: day(-77),
        figure: '46% mean',
      },
      {
        description: 'Pupil voice survey on revision habits (60 pupils)',
        date: day(-75),
        figure: '12% had practised recall without notes',
      },
      {
        description: 'Recall check: 10 key questions on earlier units, no notes',
        date: day(-10),
        figure: '52% answered 7 or more',
      },
    ],
    writeUp: {
      ...writeUp,
      sections: writeUp.sections.map((section, index) => ({
        ...section,
        text: texts[index] ?? '',
        statementIds:
          index === 0
            ? ['otp.leading.explain-why', 'otp.reflective.use-evidence'].filter((id) =>
                known.has(id),
              )
            : index === 1
              ? ['otp.leading.learning-three', 'otp.coaching.practise-together'].filter((id) =>
                  known.has(id),
                )
              : [],
      })),
    },
    startedOn,
  };
}
