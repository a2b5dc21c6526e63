/**
 * OTP Plus teaching audit: the week-by-week audit of professional skills for teachers on the
 * Outstanding Teacher Programme Plus. It tracks a teacher's own classroom practice and how well
 * they coach and grow the practice of colleagues, up to modelling a skill and teaching it to others.
 */
import type { FrameworkDefinition } from '@/domain/framework';

export const otpPlusTeachingAudit: FrameworkDefinition = {
  key: 'otp-plus-teaching-audit',
  version: 1,
  name: 'OTP Plus teaching audit',
  description:
    'An audit of professional skills for outstanding teachers. Rate each skill as it shows in your teaching this week, from first attempts through to modelling it so well that you can teach it to colleagues.',
  style: 'teaching-audit',
  scale: {
    levels: [
      {
        value: 1,
        label: 'Emerging',
        descriptor:
          'I know what the skill involves and have tried it, but it is not yet part of my normal teaching. When I use it, it is planned as a one-off and the effect on pupils is hard to see.',
      },
      {
        value: 2,
        label: 'Developing',
        descriptor:
          'I use the skill in some lessons and can point to times it made a difference. It is not yet reliable: it slips when I am under pressure or with classes I find harder.',
      },
      {
        value: 3,
        label: 'Secure',
        descriptor:
          'The skill is a routine part of my teaching with every class. I adapt it to the moment and can show its impact on pupils through their work, talk and outcomes.',
      },
      {
        value: 4,
        label: 'Leading',
        descriptor:
          'I model the skill at a high level and can teach it to colleagues: I can explain why it works, break it into steps, and have seen it improve a colleague’s practice.',
      },
    ],
  },
  areas: [
    {
      id: 'otp.classroom',
      name: 'Classroom practice',
      summary: 'Planning, explaining and running lessons so that every pupil learns well.',
      skills: [
        {
          id: 'otp.classroom.clear-objectives',
          statement:
            'Plans each lesson around what pupils must know or do by the end, and checks it was achieved',
          guidance:
            'Looks like: a precise learning goal, a task that shows whether pupils reached it, and a plan for those who did not.',
        },
        {
          id: 'otp.classroom.small-steps',
          statement:
            'Breaks new content into manageable chunks and shows how each connects to what pupils learnt before',
          guidance:
            'Looks like: a quick recap of the idea pupils will build on, then one new step at a time with a check before the next.',
        },
        {
          id: 'otp.classroom.modelling',
          statement: 'Models thinking aloud and uses worked examples before pupils work alone',
          guidance:
            'Looks like: the teacher narrates the choices an expert makes, then fades support through partly completed examples.',
        },
        {
          id: 'otp.classroom.purposeful-practice',
          statement: 'Gives pupils enough varied practice to make new learning stick',
          guidance:
            'Looks like: pupils spend most of the lesson doing the thinking, with retrieval of older content mixed in.',
        },
        {
          id: 'otp.classroom.routines',
          statement: 'Uses well-rehearsed routines so that little learning time is lost',
          guidance:
            'Looks like: transitions, equipment and starts of lessons happen quickly and calmly without repeated instructions.',
        },
      ],
    },
    {
      id: 'otp.questioning',
      name: 'Questioning and feedback',
      summary: 'Using questions to find out what pupils think, and feedback to move them on.',
      skills: [
        {
          id: 'otp.questioning.hinge-questions',
          statement: 'Plans hinge questions that reveal misconceptions before moving on',
          guidance:
            'Looks like: a planned multiple-choice question at a key point, with wrong answers that each point to a specific misunderstanding.',
        },
        {
          id: 'otp.questioning.no-opt-out',
          statement: 'Expects every pupil to answer, not just those with their hands up',
          guidance:
            'Looks like: cold calling, mini-whiteboards or think-pair-share, and returning to a pupil who could not answer at first.',
        },
        {
          id: 'otp.questioning.probing',
          statement: 'Follows up answers with probing questions that deepen thinking',
          guidance:
            'Looks like: "How do you know?", "Can you add to that?" and asking another pupil to build on or challenge an answer.',
        },
        {
          id: 'otp.questioning.actionable-feedback',
          statement:
            'Gives feedback that tells pupils precisely what to do next, and time to do it',
          guidance:
            'Looks like: short, specific targets and lesson time set aside for pupils to act on them, with the improvement visible in their work.',
        },
        {
          id: 'otp.questioning.whole-class-feedback',
          statement: 'Uses whole-class feedback to address common errors efficiently',
          guidance:
            'Looks like: the teacher reads a set of work, notes shared mistakes, and reteaches them at the start of the next lesson.',
        },
      ],
    },
    {
      id: 'otp.adaptive',
      name: 'Adaptive teaching',
      summary: 'Responding to what pupils need while keeping high expectations for all of them.',
      skills: [
        {
          id: 'otp.adaptive.know-barriers',
          statement:
            'Knows the prior knowledge and barriers to learning of the pupils in each class',
          guidance:
            'Looks like: the teacher can name who needs what support and why, including pupils with SEND and those who are disadvantaged.',
        },
        {
          id: 'otp.adaptive.adjust-in-lesson',
          statement: 'Adjusts the lesson in the moment when checks show pupils are stuck',
          guidance:
            'Looks like: re-explaining in a different way, adding a worked example, or pausing the class when many make the same error.',
        },
        {
          id: 'otp.adaptive.scaffold-and-fade',
          statement:
            'Provides scaffolds that help pupils reach the same goal, and removes them over time',
          guidance:
            'Looks like: sentence starters, partly completed examples or prompts, used less as pupils grow confident.',
        },
        {
          id: 'otp.adaptive.same-high-goal',
          statement:
            'Keeps one ambitious goal for the class rather than setting easier tasks for some',
          guidance:
            'Looks like: all pupils tackle the core challenge, with support varying rather than the destination.',
        },
        {
          id: 'otp.adaptive.stretch',
          statement: 'Stretches pupils who grasp ideas quickly with deeper, not just more, work',
          guidance:
            'Looks like: harder questions on the same idea, connections to other topics, or explaining the idea to others.',
        },
      ],
    },
    {
      id: 'otp.assessment',
      name: 'Assessment for learning',
      summary: 'Gathering reliable evidence of learning and acting on it.',
      skills: [
        {
          id: 'otp.assessment.decision-first',
          statement: 'Is clear which teaching decision each assessment will inform',
          guidance:
            'Looks like: the teacher can say what they will do differently depending on the results before setting a task.',
        },
        {
          id: 'otp.assessment.check-all-pupils',
          statement: 'Checks the understanding of the whole class, not a few volunteers',
          guidance:
            'Looks like: exit tickets, mini-whiteboards or quick quizzes that give a response from every pupil.',
        },
        {
          id: 'otp.assessment.look-past-busyness',
          statement: 'Judges learning from what pupils can do, not from how busy they appear',
          guidance:
            'Looks like: the teacher asks pupils to explain or apply an idea rather than taking full pages or quiet work as proof.',
        },
        {
          id: 'otp.assessment.self-assessment',
          statement:
            'Teaches pupils to assess their own and each other’s work against clear models',
          guidance:
            'Looks like: pupils compare work to a strong example, use success criteria accurately, and improve their drafts.',
        },
        {
          id: 'otp.assessment.efficient',
          statement:
            'Uses assessment approaches that give useful information without excess workload',
          guidance:
            'Looks like: quick, well-chosen checks and marking codes instead of lengthy written comments on every piece.',
        },
      ],
    },
    {
      id: 'otp.coaching',
      name: 'Coaching colleagues',
      summary: 'Helping colleagues to improve through well-structured coaching conversations.',
      skills: [
        {
          id: 'otp.coaching.trust',
          statement:
            'Builds trusting coaching relationships where colleagues feel safe to take risks',
          guidance:
            'Looks like: colleagues raise their own difficulties openly and ask for observation without being told to.',
        },
        {
          id: 'otp.coaching.listening',
          statement:
            'Listens closely and asks open questions so that colleagues do most of the thinking',
          guidance:
            'Looks like: the coach talks less than the coachee, summarises back, and resists giving the answer too soon.',
        },
        {
          id: 'otp.coaching.one-focus',
          statement: 'Agrees one precise, high-leverage focus for each coaching cycle',
          guidance:
            'Looks like: a single, observable action step rather than a list of several targets.',
        },
        {
          id: 'otp.coaching.practise-together',
          statement: 'Rehearses new techniques with colleagues before they use them in class',
          guidance:
            'Looks like: short role-play or walk-throughs of the next lesson, with feedback and another attempt.',
        },
        {
          id: 'otp.coaching.challenge',
          statement: 'Offers honest professional challenge while keeping the relationship strong',
          guidance:
            'Looks like: naming the gap between intention and impact clearly, backed by evidence from the lesson.',
        },
      ],
    },
    {
      id: 'otp.leading',
      name: 'Leading others’ practice',
      summary:
        'Raising the quality of teaching beyond your own classroom, including your Learning 3.',
      skills: [
        {
          id: 'otp.leading.learning-three',
          statement: 'Leads a small group of colleagues through a shared cycle of improvement',
          guidance:
            'Looks like: regular meetings with agreed goals, joint planning, observation and follow-up with your Learning 3.',
        },
        {
          id: 'otp.leading.explain-why',
          statement: 'Explains to colleagues why a technique works, not just what to do',
          guidance:
            'Looks like: linking a strategy to how pupils learn so colleagues can adapt it sensibly to their classes.',
        },
        {
          id: 'otp.leading.open-classroom',
          statement: 'Opens their classroom so colleagues can see strong practice in action',
          guidance:
            'Looks like: planned drop-ins with a clear focus, followed by a short discussion of what was seen.',
        },
        {
          id: 'otp.leading.measure-impact',
          statement:
            'Gathers evidence of the impact of their support on colleagues and their pupils',
          guidance:
            'Looks like: comparing observations, pupil work or outcomes before and after, and adjusting the support.',
        },
      ],
    },
    {
      id: 'otp.reflective',
      name: 'Reflective practice and action research',
      summary: 'Testing ideas in the classroom and learning systematically from the results.',
      skills: [
        {
          id: 'otp.reflective.seek-feedback',
          statement: 'Seeks feedback on their own teaching and acts on it',
          guidance:
            'Looks like: inviting observation, asking pupils for their views, and recording what changed as a result.',
        },
        {
          id: 'otp.reflective.enquiry-question',
          statement:
            'Frames a focused enquiry question about their practice and tests it over time',
          guidance:
            'Looks like: a small, specific question, a planned change, and evidence collected before and after.',
        },
        {
          id: 'otp.reflective.use-evidence',
          statement: 'Draws on research evidence when choosing what to try',
          guidance:
            'Looks like: the teacher can name the evidence behind an approach and how it fits their context.',
        },
        {
          id: 'otp.reflective.share-findings',
          statement: 'Shares what worked, and what did not, so that others can learn from it',
          guidance:
            'Looks like: a short write-up or presentation to colleagues that is honest about limits and next steps.',
        },
      ],
    },
  ],
};
