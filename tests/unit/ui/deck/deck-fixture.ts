import {
  MAX_BULLET_DETAIL,
  MAX_BULLET_TEXT,
  MAX_BULLETS_PER_SLIDE,
  MAX_SLIDE_TITLE,
  type Bullet,
  type ChartSpec,
  type Presentation,
} from '@/domain/presentation';

/** Text of exactly `length` characters made of words, like a long real sentence. */
export function wordsOfLength(length: number, seed = 'evidence'): string {
  const words = [
    seed,
    'from',
    'the',
    'Year',
    '9',
    'lesson',
    'showed',
    'pupils',
    'explaining',
    'why',
  ];
  let text = '';
  let index = 0;
  while (text.length < length) {
    text += (text === '' ? '' : ' ') + (words[index % words.length] ?? 'x');
    index += 1;
  }
  return `${text.slice(0, length - 1).trimEnd()}…`.padEnd(length, '.');
}

const scale = { min: 1, max: 4, labels: ['Beginning', 'Developing', 'Secure', 'Embedding'] };

export const areaChart: ChartSpec = {
  type: 'bar',
  title: 'Own practice by area: baseline, week 10 and target',
  categories: ['Planning', 'Questioning', 'Feedback', 'Behaviour & routines', 'Adaptive teaching'],
  series: [
    { name: 'Baseline (week 0)', values: [1.5, 2, 1.75, 2.25, 1.8] },
    { name: 'Week 10', values: [2.5, 3.25, 3, 3.5, 2.6] },
    { name: 'Target', values: [3, 3.5, 3.5, 3.75, 3] },
  ],
  axis: scale,
};

export const weeklyChart: ChartSpec = {
  type: 'line',
  title: 'Average rating week by week',
  categories: [
    'Wk 0',
    'Wk 1',
    'Wk 2',
    'Wk 3',
    'Wk 4',
    'Wk 5',
    'Wk 6',
    'Wk 7',
    'Wk 8',
    'Wk 9',
    'Wk 10',
  ],
  series: [
    { name: 'Questioning', values: [2, 2.25, null, 2.5, 2.75, 3, null, 3, 3.1, 3.2, 3.25] },
    { name: 'Feedback', values: [1.75, 1.75, 2, 2.2, null, 2.5, 2.6, 2.8, 2.9, 3, 3] },
  ],
  axis: scale,
};

const colleagueChart: ChartSpec = {
  type: 'line',
  title: 'Sam <Rivers> & team: focus skills over time',
  categories: ['Wk 2', 'Wk 4', 'Wk 6', 'Wk 8'],
  series: [
    { name: 'Cold calling', values: [1, 2, null, 3] },
    { name: 'Wait time', values: [2, 2, 3, 4] },
  ],
  axis: scale,
};

/** Five bullets at the model's limits: the worst case a slide must hold without overflow. */
export const longestBullets: Bullet[] = Array.from({ length: MAX_BULLETS_PER_SLIDE }, (_, i) => ({
  text: wordsOfLength(MAX_BULLET_TEXT, `Technique${i + 1}`),
  detail: wordsOfLength(MAX_BULLET_DETAIL, `Impact${i + 1}`),
}));

export const deckFixture: Presentation = {
  title: 'Zoë Brontë-O’Neil & Co <Deputy> — OTP Plus',
  delegateName: 'Zoë Brontë-O’Neil & Co <Deputy>',
  school: 'St Mary’s & St John’s C of E School 🌱',
  programmeName: 'OTP Plus',
  datesLabel: '7 Sep – 16 Nov 2026',
  slides: [
    {
      id: 'title',
      section: 'title',
      title: 'Zoë Brontë-O’Neil & Co <Deputy>',
      body: {
        kind: 'title',
        subtitle: 'OTP Plus · 7 Sep – 16 Nov 2026',
        lines: [
          'St Mary’s & St John’s C of E School 🌱',
          'Progress in my classroom and my colleagues’',
        ],
      },
      notes: ['Welcome everyone & thank the Learning 3 group.'],
    },
    {
      id: 'journey',
      section: 'journey',
      title: 'The journey in numbers',
      body: {
        kind: 'figures',
        figures: [
          { value: '2.1 → 3.4', label: 'Average rating, baseline to week 10' },
          { value: '17', label: 'Skills rated every week' },
          { value: '42', label: 'Lesson observations by colleagues' },
          { value: '6', label: 'Enquiries in my journal' },
          { value: '+1.3', label: 'Biggest gain (Questioning)' },
          { value: '3', label: 'Learning 3 colleagues' },
        ],
      },
      notes: ['The numbers come straight from my weekly audits.'],
    },
    {
      id: 'own-progress-1',
      section: 'own-progress',
      title: 'My progress by area',
      body: {
        kind: 'chart',
        chart: areaChart,
        caption: 'Every area moved up; Questioning the most.',
      },
      notes: ['Baseline was week 0.', 'Targets were set with my coach in week 2.'],
    },
    {
      id: 'own-progress-2',
      section: 'own-progress',
      title: 'Week by week',
      body: { kind: 'chart', chart: weeklyChart },
      notes: ['Gaps are weeks I did not rate (half term, illness).'],
    },
    {
      id: 'colleagues-1',
      section: 'colleagues',
      title: 'Sam <Rivers> & team',
      body: {
        kind: 'chart-and-bullets',
        chart: colleagueChart,
        bullets: [
          {
            text: 'Cold calling became routine',
            detail: 'Every pupil answered at least once in week 8.',
          },
          {
            text: 'Wait time doubled',
            detail: 'From about 1 s to 3 s, counted in two observations.',
          },
        ],
      },
      notes: ['Sam agreed to be named in this presentation.'],
    },
    {
      id: 'colleagues-2',
      section: 'colleagues',
      title: 'Colleague A: the longest case',
      body: { kind: 'chart-and-bullets', chart: colleagueChart, bullets: longestBullets },
      notes: ['Worst case: five long bullets beside a chart.'],
    },
    {
      id: 'techniques-1',
      section: 'techniques',
      title: wordsOfLength(MAX_SLIDE_TITLE, 'Techniques'),
      body: { kind: 'bullets', bullets: longestBullets },
      notes: ['Full text of every technique is in the journal.', 'Ranked by measured impact.'],
    },
    {
      id: 'next-steps',
      section: 'next-steps',
      title: 'Next steps',
      body: {
        kind: 'bullets',
        bullets: [
          { text: 'Keep cold calling in every lesson' },
          {
            text: 'Share the feedback routine with the science department',
            detail: 'Spring term INSET.',
          },
        ],
      },
      notes: [],
    },
  ],
};
