/**
 * NPQ Leading Teaching practice statements: the "how to" skills a teacher who leads teaching in a
 * subject, year group, key stage or phase works on, grouped by the eight areas of the qualification.
 * Each skill is rated by how consistently the teacher does it and whether they help others do it.
 */
import type { FrameworkDefinition } from '@/domain/framework';

export const npqLeadingTeaching: FrameworkDefinition = {
  key: 'npq-leading-teaching',
  version: 1,
  name: 'NPQ Leading Teaching',
  description:
    'Practice statements for teachers who lead teaching in a subject, year group, key stage or phase. Rate each one by how far it is part of your leadership this week, from not yet started to helping other colleagues lead it.',
  style: 'practice-statements',
  scale: {
    levels: [
      {
        value: 1,
        label: 'Not yet',
        descriptor:
          'I have not yet put this into practice. I may understand the idea, but I have no recent example of doing it with colleagues.',
      },
      {
        value: 2,
        label: 'Beginning',
        descriptor:
          'I have started to do this, in a few planned moments or with one or two colleagues. I am still learning what works and the effect is not yet clear.',
      },
      {
        value: 3,
        label: 'Consistent',
        descriptor:
          'I do this routinely across the team I lead. Colleagues would recognise it as how we work, and I can point to its effect on their teaching.',
      },
      {
        value: 4,
        label: 'Leading others',
        descriptor:
          'I do this well and help other leaders do it too: I can explain the evidence behind it, coach colleagues in it, and check that it lasts without me.',
      },
    ],
  },
  areas: [
    {
      id: 'npq.culture',
      name: 'School culture',
      summary:
        'What teachers expect of pupils shapes what pupils achieve, and trust between colleagues makes good relationships possible.',
      skills: [
        {
          id: 'npq.culture.high-expectations',
          statement:
            'How to help build a shared belief across the school that every pupil can achieve highly',
          guidance:
            'Looks like: ambitious goals set for all groups, and colleagues challenging lowered expectations when they hear them.',
        },
        {
          id: 'npq.culture.clear-routines',
          statement:
            'How to agree and uphold clear, consistent expectations for conduct and learning',
          guidance:
            'Looks like: the same few routines used in every classroom in the team, and staff backing each other up.',
        },
        {
          id: 'npq.culture.meaningful-success',
          statement: 'How to make sure every pupil regularly experiences genuine success',
          guidance:
            'Looks like: work pitched so pupils succeed through effort, and success named and celebrated specifically.',
        },
        {
          id: 'npq.culture.trust',
          statement:
            'How to foster trust and respect between colleagues so that they can be open about their practice',
          guidance:
            'Looks like: colleagues sharing lessons that went badly, asking each other for help, and disagreeing respectfully.',
        },
      ],
    },
    {
      id: 'npq.how-pupils-learn',
      name: 'How pupils learn',
      summary:
        'Learning is a lasting change in what pupils know and can do, and it depends on what they already know and how much they can hold in mind at once.',
      skills: [
        {
          id: 'npq.how-pupils-learn.explain-ideas',
          statement:
            'How to explain key findings about memory and learning to colleagues in practical terms',
          guidance:
            'Looks like: short, jargon-free briefings that link an idea such as working memory to a real lesson.',
        },
        {
          id: 'npq.how-pupils-learn.prior-knowledge',
          statement: 'How to help colleagues plan lessons that build on what pupils already know',
          guidance:
            'Looks like: plans that start by checking and reactivating the knowledge a new idea depends on.',
        },
        {
          id: 'npq.how-pupils-learn.manage-load',
          statement: 'How to help colleagues avoid overloading pupils when introducing new content',
          guidance:
            'Looks like: removing distractions from slides, breaking tasks into steps, and using worked examples early on.',
        },
        {
          id: 'npq.how-pupils-learn.retrieval',
          statement:
            'How to support colleagues to build regular recall and spaced review into their teaching',
          guidance:
            'Looks like: low-stakes quizzes on older content woven through the week, not only before tests.',
        },
      ],
    },
    {
      id: 'npq.curriculum',
      name: 'Subject and curriculum',
      summary:
        'A well-sequenced curriculum sets out the knowledge pupils need, in an order that lets each idea build on the last.',
      skills: [
        {
          id: 'npq.curriculum.sequence',
          statement:
            'How to work with colleagues to design a curriculum that builds knowledge in a careful order',
          guidance:
            'Looks like: a team map showing which ideas come first and why, and where earlier content is revisited.',
        },
        {
          id: 'npq.curriculum.core-concepts',
          statement:
            'How to help colleagues identify the essential concepts pupils must secure in each unit',
          guidance:
            'Looks like: agreed lists of must-know knowledge and common misconceptions for each topic.',
        },
        {
          id: 'npq.curriculum.subject-knowledge',
          statement:
            'How to strengthen colleagues’ subject knowledge and their knowledge of how to teach it',
          guidance:
            'Looks like: department time spent on the subject itself and on the best ways to explain tricky content.',
        },
        {
          id: 'npq.curriculum.literacy',
          statement:
            'How to support colleagues to develop pupils’ reading, vocabulary and writing within their subject',
          guidance:
            'Looks like: explicit teaching of key subject words, modelled reading strategies, and scaffolded extended writing.',
        },
      ],
    },
    {
      id: 'npq.classroom',
      name: 'Classroom practice',
      summary:
        'Effective teaching introduces new ideas in manageable steps, models them clearly and gives pupils plenty of guided practice.',
      skills: [
        {
          id: 'npq.classroom.plan-lessons',
          statement:
            'How to help colleagues shape each lesson around a clear purpose, with activities that lead towards it',
          guidance:
            'Looks like: joint planning where the learning goal, explanation, practice and check all line up.',
        },
        {
          id: 'npq.classroom.explain-and-model',
          statement:
            'How to help colleagues explain new material clearly and model expert thinking',
          guidance:
            'Looks like: rehearsed explanations, worked examples and thinking aloud, with scaffolds removed over time.',
        },
        {
          id: 'npq.classroom.questioning-discussion',
          statement:
            'How to help colleagues use questioning and discussion to check and deepen understanding',
          guidance:
            'Looks like: questions planned in advance, every pupil expected to respond, and structured talk tasks.',
        },
        {
          id: 'npq.classroom.practice',
          statement:
            'How to help colleagues give pupils enough well-supported practice to become fluent',
          guidance:
            'Looks like: lessons where pupils spend substantial time practising with feedback, not only listening.',
        },
        {
          id: 'npq.classroom.metacognition',
          statement:
            'How to help colleagues teach pupils to plan, monitor and evaluate their own work',
          guidance:
            'Looks like: teachers modelling how they check their own work, and pupils using the same prompts.',
        },
      ],
    },
    {
      id: 'npq.adaptive',
      name: 'Adaptive teaching',
      summary:
        'Pupils learn at different rates and need different support, but adapting works best when expectations stay high for everyone.',
      skills: [
        {
          id: 'npq.adaptive.understand-needs',
          statement:
            'How to help colleagues understand their pupils’ different starting points and barriers',
          guidance:
            'Looks like: pupil information that is brief, practical and actually used when planning.',
        },
        {
          id: 'npq.adaptive.responsive-support',
          statement:
            'How to support colleagues to adapt teaching in the lesson without lowering expectations',
          guidance:
            'Looks like: targeted help for pupils who are stuck, rather than separate, easier worksheets.',
        },
        {
          id: 'npq.adaptive.send',
          statement:
            'How to work with colleagues, families and specialists to meet the needs of pupils with SEND',
          guidance:
            'Looks like: agreed strategies for individual pupils that staff know, use and review together.',
        },
        {
          id: 'npq.adaptive.grouping',
          statement:
            'How to make sure pupils are grouped in ways that help them learn and keep them motivated',
          guidance:
            'Looks like: flexible groups that change with evidence, and checks on how grouping affects lower attainers.',
        },
        {
          id: 'npq.adaptive.workload',
          statement:
            'How to help colleagues respond to each pupil’s needs in ways that stay manageable',
          guidance:
            'Looks like: shared resources and simple routines instead of many personalised tasks for each lesson.',
        },
      ],
    },
    {
      id: 'npq.assessment',
      name: 'Assessment',
      summary:
        'Assessment is only worth doing when it informs a decision, and feedback only helps when pupils act on it.',
      skills: [
        {
          id: 'npq.assessment.avoid-pitfalls',
          statement:
            'How to help colleagues steer clear of common mistakes when designing and using assessment',
          guidance:
            'Looks like: checking that a task measures what it claims to, and not reading too much into one result.',
        },
        {
          id: 'npq.assessment.purpose',
          statement: 'How to help colleagues decide what each assessment is for before they use it',
          guidance:
            'Looks like: every assessment in the team plan linked to the decision its results will inform.',
        },
        {
          id: 'npq.assessment.feedback',
          statement:
            'How to support colleagues to give feedback that is accurate, specific and acted upon',
          guidance:
            'Looks like: pupils given time to respond to feedback, with the improvement visible in their next piece.',
        },
        {
          id: 'npq.assessment.self-regulation',
          statement:
            'How to help colleagues build pupils’ ability to assess and improve their own work',
          guidance:
            'Looks like: shared model answers and success criteria that pupils use accurately in peer and self-review.',
        },
        {
          id: 'npq.assessment.workload',
          statement:
            'How to keep assessment dependable and worthwhile while protecting colleagues’ time',
          guidance:
            'Looks like: fewer, better-designed assessments, and marking policies that favour whole-class feedback.',
        },
      ],
    },
    {
      id: 'npq.professional-development',
      name: 'Professional development',
      summary:
        'Development that changes what teachers do in the classroom, built on what they already know, is one of the best ways to raise attainment.',
      skills: [
        {
          id: 'npq.professional-development.design',
          statement:
            'How to design professional development with a clear picture of what teachers should learn and why',
          guidance:
            'Looks like: each session tied to a specific change in teaching and the pupil outcome it should improve.',
        },
        {
          id: 'npq.professional-development.build-on-expertise',
          statement:
            'How to start professional development from what colleagues already know and can do',
          guidance:
            'Looks like: finding out colleagues’ starting points first, and adjusting content to fit them.',
        },
        {
          id: 'npq.professional-development.coaching',
          statement:
            'How to run frequent coaching or mentoring conversations that help colleagues refine their teaching',
          guidance:
            'Looks like: frequent, focused coaching or mentoring with one agreed step and a follow-up visit.',
        },
        {
          id: 'npq.professional-development.supportive-climate',
          statement:
            'How to create a supportive climate where colleagues have time to learn and high standards are kept',
          guidance:
            'Looks like: protected time for collaboration, helpful feedback, and leaders backing staff on behaviour.',
        },
        {
          id: 'npq.professional-development.check-impact',
          statement:
            'How to check whether professional development has changed teaching as intended',
          guidance:
            'Looks like: looking at lessons and pupil work afterwards, not only collecting feedback forms.',
        },
      ],
    },
    {
      id: 'npq.implementation',
      name: 'Implementation',
      summary:
        'Change is a process, not an event: it succeeds when the problem is diagnosed well, preparation is careful and support continues after launch.',
      skills: [
        {
          id: 'npq.implementation.diagnose',
          statement: 'How to pin down the real problem before choosing what to change',
          guidance:
            'Looks like: using several sources of evidence to define the issue precisely before picking an approach.',
        },
        {
          id: 'npq.implementation.choose-wisely',
          statement:
            'How to choose an approach that is backed by evidence and suits the school’s context',
          guidance:
            'Looks like: comparing options against the evidence and asking whether the team has capacity to deliver one well.',
        },
        {
          id: 'npq.implementation.prepare',
          statement:
            'How to prepare colleagues for a change so that they are ready and equipped to make it',
          guidance:
            'Looks like: a clear plan, training and resources in place, and checks on staff readiness before launch.',
        },
        {
          id: 'npq.implementation.deliver-and-monitor',
          statement:
            'How to deliver a change faithfully while monitoring it and solving problems as they arise',
          guidance:
            'Looks like: agreed core features that are kept, follow-up coaching, and regular checks that lead to adjustments.',
        },
        {
          id: 'npq.implementation.sustain',
          statement: 'How to keep a successful change going as staff and circumstances change',
          guidance:
            'Looks like: inducting new staff into the approach, recognising good use of it, and reviewing it each year.',
        },
      ],
    },
  ],
};
