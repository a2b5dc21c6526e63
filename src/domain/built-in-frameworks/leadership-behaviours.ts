/**
 * Leadership behaviours: the seven behaviours used in a 360° leadership diagnostic for middle and
 * senior leaders. Each behaviour is written so that the leader, colleagues they report to, peers and
 * those they line-manage can all rate how often they see it.
 */
import type { FrameworkDefinition } from '@/domain/framework';

export const leadershipBehaviours: FrameworkDefinition = {
  key: 'leadership-behaviours',
  version: 1,
  name: 'Leadership behaviours',
  description:
    'Observable leadership behaviours for a 360° diagnostic. Rate how often the behaviour is seen in day-to-day leadership, from rarely to acting as a role model for others.',
  style: 'behaviours',
  scale: {
    levels: [
      {
        value: 1,
        label: 'Rarely',
        descriptor:
          'This behaviour is seldom seen. Colleagues would struggle to give a recent example, or would describe the opposite.',
      },
      {
        value: 2,
        label: 'Sometimes',
        descriptor:
          'The behaviour appears now and then, often when things are going well or when prompted, but it is not something colleagues can rely on.',
      },
      {
        value: 3,
        label: 'Usually',
        descriptor:
          'The behaviour is seen most of the time in normal working, though it can slip under pressure, in conflict or with less familiar people.',
      },
      {
        value: 4,
        label: 'Consistently',
        descriptor:
          'The behaviour is reliably seen in all settings, including difficult ones. Colleagues would name it as one of this leader’s strengths.',
      },
      {
        value: 5,
        label: 'Role model',
        descriptor:
          'The behaviour is consistently strong and others learn it from this leader: they actively develop it in colleagues and shape the team’s culture around it.',
      },
    ],
  },
  areas: [
    {
      id: 'lead.commitment',
      name: 'Commitment',
      summary: 'Dedication to pupils, the team and the school’s purpose, shown through action.',
      skills: [
        {
          id: 'lead.commitment.pupils-first',
          statement: 'Keeps the interests of pupils at the centre of decisions',
          guidance:
            'Looks like: asking "what difference will this make for pupils?" when weighing options.',
        },
        {
          id: 'lead.commitment.follows-through',
          statement: 'Follows through on promises and agreed actions, on time',
          guidance:
            'Looks like: colleagues do not need to chase; when plans change, they hear why promptly.',
        },
        {
          id: 'lead.commitment.shared-vision',
          statement:
            'Communicates the team’s goals with conviction and connects daily work to them',
          guidance:
            'Looks like: team members can explain the priorities and why their work matters to them.',
        },
        {
          id: 'lead.commitment.goes-extra-mile',
          statement: 'Puts in sustained effort on priorities even when progress is slow',
          guidance:
            'Looks like: returning to an improvement project week after week rather than moving on.',
        },
      ],
    },
    {
      id: 'lead.collaboration',
      name: 'Collaboration',
      summary: 'Working with others, inside and beyond the team, to achieve more together.',
      skills: [
        {
          id: 'lead.collaboration.involves-others',
          statement: 'Involves colleagues in shaping decisions that affect them',
          guidance:
            'Looks like: seeking views early, and showing how those views changed the outcome.',
        },
        {
          id: 'lead.collaboration.shares-credit',
          statement: 'Shares credit for success and recognises the contributions of others',
          guidance:
            'Looks like: naming the people behind an achievement in meetings and to senior leaders.',
        },
        {
          id: 'lead.collaboration.builds-partnerships',
          statement:
            'Builds productive working relationships with other teams, schools and families',
          guidance:
            'Looks like: joint projects, shared resources and regular contact beyond their own team.',
        },
        {
          id: 'lead.collaboration.handles-disagreement',
          statement:
            'Deals with disagreement openly and looks for solutions that work for everyone',
          guidance:
            'Looks like: raising tensions directly and calmly rather than letting them simmer.',
        },
      ],
    },
    {
      id: 'lead.personal-drive',
      name: 'Personal drive',
      summary: 'Energy, ambition and ownership that move the team forward.',
      skills: [
        {
          id: 'lead.personal-drive.takes-initiative',
          statement: 'Spots what needs improving and acts without waiting to be asked',
          guidance: 'Looks like: bringing a proposal, not just a problem, to senior leaders.',
        },
        {
          id: 'lead.personal-drive.ambitious-goals',
          statement: 'Sets ambitious but realistic goals for themselves and the team',
          guidance:
            'Looks like: targets that stretch the team, with a clear plan for reaching them.',
        },
        {
          id: 'lead.personal-drive.own-development',
          statement: 'Actively seeks out learning and feedback to grow as a leader',
          guidance:
            'Looks like: asking for feedback after meetings, reading widely and trying new approaches.',
        },
        {
          id: 'lead.personal-drive.sees-it-through',
          statement:
            'Keeps momentum going until a piece of work is finished and its impact is known',
          guidance:
            'Looks like: evaluating projects at the end rather than starting the next one straight away.',
        },
      ],
    },
    {
      id: 'lead.resilience',
      name: 'Resilience',
      summary: 'Staying effective, steady and hopeful under pressure and after setbacks.',
      skills: [
        {
          id: 'lead.resilience.recovers-from-setbacks',
          statement: 'Recovers quickly from setbacks and helps the team learn from them',
          guidance:
            'Looks like: reviewing what went wrong without blame and agreeing a next step soon afterwards.',
        },
        {
          id: 'lead.resilience.calm-under-pressure',
          statement: 'Stays calm and clear-thinking when under pressure',
          guidance:
            'Looks like: a measured tone and sensible priorities during busy or difficult periods.',
        },
        {
          id: 'lead.resilience.adapts-to-change',
          statement: 'Adapts plans positively when circumstances change',
          guidance:
            'Looks like: explaining a change of course to the team and finding a workable way forward.',
        },
        {
          id: 'lead.resilience.wellbeing',
          statement:
            'Manages their own wellbeing and workload so they can sustain their leadership',
          guidance:
            'Looks like: realistic boundaries, delegating well, and modelling healthy habits for the team.',
        },
      ],
    },
    {
      id: 'lead.awareness',
      name: 'Awareness',
      summary: 'Understanding oneself, other people and the wider context in which the team works.',
      skills: [
        {
          id: 'lead.awareness.self-knowledge',
          statement: 'Knows their own strengths and limits, and how their behaviour affects others',
          guidance:
            'Looks like: naming their own development areas honestly and adjusting their style.',
        },
        {
          id: 'lead.awareness.reads-the-room',
          statement: 'Notices how colleagues are feeling and responds with sensitivity',
          guidance:
            'Looks like: picking up on low morale or stress early and checking in with individuals.',
        },
        {
          id: 'lead.awareness.wider-context',
          statement:
            'Understands the school’s wider priorities and national context, and how the team fits in',
          guidance:
            'Looks like: linking team plans to whole-school priorities and anticipating changes ahead.',
        },
      ],
    },
    {
      id: 'lead.integrity',
      name: 'Integrity',
      summary: 'Being honest, fair and consistent, and acting on principle.',
      skills: [
        {
          id: 'lead.integrity.honest',
          statement: 'Is honest and transparent, even when the message is unwelcome',
          guidance:
            'Looks like: giving straight answers and sharing difficult news clearly and kindly.',
        },
        {
          id: 'lead.integrity.consistent',
          statement: 'Acts consistently, so that words and actions match',
          guidance: 'Looks like: holding themselves to the same standards they expect of the team.',
        },
        {
          id: 'lead.integrity.principled',
          statement: 'Stands up for what is right for pupils and staff, even when it is unpopular',
          guidance:
            'Looks like: challenging poor practice or unfair decisions through the proper routes.',
        },
        {
          id: 'lead.integrity.owns-mistakes',
          statement: 'Takes responsibility for their own mistakes and the team’s results',
          guidance:
            'Looks like: saying "I got that wrong" and setting out how they will put it right.',
        },
      ],
    },
    {
      id: 'lead.respect',
      name: 'Respect',
      summary: 'Valuing every person and treating them with dignity and fairness.',
      skills: [
        {
          id: 'lead.respect.listens',
          statement: 'Listens carefully to others and takes their views seriously',
          guidance:
            'Looks like: giving full attention in conversations and following up on what was raised.',
        },
        {
          id: 'lead.respect.values-difference',
          statement: 'Values different backgrounds, perspectives and ways of working',
          guidance:
            'Looks like: inviting quieter or different voices in and making sure everyone can contribute.',
        },
        {
          id: 'lead.respect.treats-fairly',
          statement: 'Treats everyone fairly and without favouritism',
          guidance:
            'Looks like: clear, open reasons for decisions about roles, workload and opportunities.',
        },
        {
          id: 'lead.respect.courteous-challenge',
          statement: 'Challenges others in a way that preserves their dignity',
          guidance:
            'Looks like: difficult conversations held privately, focused on actions rather than the person.',
        },
      ],
    },
  ],
};
