import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActiveProgramme } from '@/domain/active-programme';
import { addColleague } from '@/db/colleagues';
import { ProgressUpdateScreen } from '@/features/progress-update/progress-update-screen';
import { addDays, localCalendarDate } from '@/domain/calendar-date';
import { blankActionContent } from '@/domain/coaching/coaching-action';
import { createAction, createSession } from '@/db/coaching-log';
import { sessionInput } from '../../../support/coaching-data';
import { addEnquiry, makeFramework, rate, setUpTestProgramme } from '../../../support/factories';
import { leadershipBehaviours } from '@/domain/built-in-frameworks/leadership-behaviours';
import { createReviewRound } from '@/db/review-rounds';
import { receivePlainAnswers } from '../../../support/review-data';
import { projectContentOf } from '@/domain/improvement-project/project';
import { createProject, saveSectionText, updateProject } from '@/db/improvement-projects';

// makeFramework(): "Questioning" holds q1 and q2; "Feedback" holds f1 and f2; the scale is 1–4.
// The test programme started 14 days ago, so today is in Week 3.

async function ratedProgramme(): Promise<ActiveProgramme> {
  const active = await setUpTestProgramme({ framework: makeFramework() });
  await rate(active, { skillId: 'q1', week: 0, level: 1 });
  await rate(active, { skillId: 'q2', week: 0, level: 2 });
  await rate(active, { skillId: 'f1', week: 0, level: 1 });
  await rate(active, { skillId: 'f1', week: 0, level: 3, kind: 'target' });
  await rate(active, {
    skillId: 'q1',
    week: 2,
    level: 3,
    note: 'Hinge questions in every Year 9 lesson this week.',
  });
  return active;
}

function number(name: string): string {
  const term = screen.getByText(name, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ProgressUpdateScreen', () => {
  it('opens on the latest rated week with the headline numbers, gains, gaps and trio', async () => {
    const active = await ratedProgramme();
    await addColleague(active.profile.id, {
      name: 'Priya Shah',
      role: '',
      subjectOrPhase: 'Science',
      focusSkillIds: ['q1'],
    });
    await addEnquiry(active, {
      focusQuestion: 'Do hinge questions catch misconceptions early?',
      skillIds: ['q1'],
      startWeek: 1,
      endWeek: 3,
      status: 'in-progress',
      nextSteps: 'Share the hinge questions with my trio.',
    });
    render(<ProgressUpdateScreen active={active} />);

    const page = within(await screen.findByRole('article'));
    expect(
      page.getByRole('heading', { name: /Progress update: Sam Teacher, Riverside/ }),
    ).toBeInTheDocument();
    expect(page.getByText(/Week 2 of 10/)).toBeInTheDocument();
    expect(screen.getByLabelText('Progress up to')).toHaveValue('2');
    expect(number('Skills rated')).toBe('3');
    expect(number('Average level, baseline → now')).toBe('1.3 → 2.0 of 4');
    expect(number('Skills that rose')).toBe('1');

    const areas = within(page.getByRole('table'));
    expect(
      areas
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['Questioning1.52.5', 'Feedback1.01.0']);

    const gains = within(page.getByRole('region', { name: 'Biggest gains' }));
    expect(gains.getByText('I use hinge questions to check understanding.')).toBeInTheDocument();
    expect(gains.getByText(/Hinge questions in every Year 9 lesson/)).toBeInTheDocument();
    const gaps = within(page.getByRole('region', { name: 'Furthest from target' }));
    expect(gaps.getByText(/now Emerging \(1\), target Secure \(3\)/)).toBeInTheDocument();
    const trying = within(page.getByRole('region', { name: 'What I’m trying now' }));
    expect(trying.getByText('Do hinge questions catch misconceptions early?')).toBeInTheDocument();
    const trio = within(page.getByRole('region', { name: 'Learning 3' }));
    expect(trio.getByRole('listitem')).toHaveTextContent('Priya Shah (Science): not observed yet');
    const next = within(page.getByRole('region', { name: 'Next steps' }));
    expect(next.getByText('Share the hinge questions with my trio.')).toBeInTheDocument();
  });

  it('changes the numbers when another week is chosen', async () => {
    const user = userEvent.setup();
    const active = await ratedProgramme();
    render(<ProgressUpdateScreen active={active} />);
    await screen.findByRole('article');

    await user.selectOptions(screen.getByLabelText('Progress up to'), '1');

    expect(screen.getByText(/Week 1 of 10/)).toBeInTheDocument();
    expect(number('Average level, baseline → now')).toBe('1.3 → 1.3 of 4');
    expect(number('Skills that rose')).toBe('0');
    expect(screen.getByText('No skill has risen above its baseline yet.')).toBeInTheDocument();
  });

  it('prints the page with the browser', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    render(<ProgressUpdateScreen active={await ratedProgramme()} />);
    await screen.findByRole('article');

    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('says what to do when nothing has been rated, instead of an empty page', async () => {
    const active = await setUpTestProgramme({ framework: makeFramework() });
    render(<ProgressUpdateScreen active={active} />);

    expect(await screen.findByText('Nothing rated yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Audit screen' })).toHaveAttribute('href', '/audit');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeDisabled();
  });

  it('tells the 360° review in one line from its reports, and only up to the week chosen', async () => {
    const user = userEvent.setup();
    const active = await ratedProgramme();
    const round = (kind: 'start' | 'end', daysIn: number, comparedWithRoundId?: string) =>
      createReviewRound(
        {
          profileId: active.profile.id,
          kind,
          ...(comparedWithRoundId === undefined ? {} : { comparedWithRoundId }),
          title: kind === 'start' ? 'Start 360' : 'End 360',
          framework: leadershipBehaviours,
          closesOn: '2026-10-16',
        },
        new Date(Date.parse(`${active.programme.startDate}T12:00:00Z`) + daysIn * 86_400_000),
      );
    const start = await round('start', 1);
    const end = await round('end', 8, start.id);
    for (const [which, level] of [
      [start, 2],
      [end, 4],
    ] as const) {
      await receivePlainAnswers(which, 'peers', 3, level);
      // Two others: withheld, so their ones must not pull a figure down.
      await receivePlainAnswers(which, 'others', 2, 1);
    }
    render(<ProgressUpdateScreen active={active} />);

    const review = within(await screen.findByRole('region', { name: '360° review' }));
    expect(
      review.getByText(
        'Start → end: all raters’ average moved from 2.0 to 4.0 of 5; biggest rise: Commitment (2.0 → 4.0).',
      ),
    ).toBeInTheDocument();

    // In week 1 only the start round had opened.
    await user.selectOptions(screen.getByLabelText('Progress up to'), '1');
    expect(
      within(screen.getByRole('region', { name: '360° review' })).getByText(
        'Start round: all raters’ average 2.0 of 5; highest rated: Commitment (2.0).',
      ),
    ).toBeInTheDocument();
  });

  it('leaves the 360° review out when there is no report to tell', async () => {
    render(<ProgressUpdateScreen active={await ratedProgramme()} />);
    await screen.findByRole('article');
    expect(screen.queryByRole('region', { name: '360° review' })).not.toBeInTheDocument();
  });

  it('says where the improvement project and its write-up stand', async () => {
    const active = await ratedProgramme();
    const { project, writeUp } = await createProject({
      profileId: active.profile.id,
      title: 'Retrieval practice in Year 8',
      templateKey: 'npq-case-study',
    });
    await saveSectionText(writeUp.id, writeUp.sections[0]!.id, 'Pupils forget last term’s work.');
    await updateProject(project.id, {
      ...projectContentOf(project),
      milestones: [
        { id: crypto.randomUUID(), title: 'Baseline', dueDate: '2026-10-02', status: 'done' },
        { id: crypto.randomUUID(), title: 'Final test', dueDate: '2027-05-14', status: 'planned' },
      ],
    });
    render(<ProgressUpdateScreen active={active} />);
    const section = await screen.findByRole(
      'region',
      { name: 'Improvement project:' },
      { timeout: 5000 },
    );
    expect(section).toHaveTextContent(
      'Retrieval practice in Year 8: 1 of 2 milestones done; the write-up is 5 of 1,500 words.',
    );
  });

  it('sums up coaching up to the week chosen', async () => {
    const active = await ratedProgramme();
    // The programme started 14 days ago: a session then, in week 1, and one today, in week 3.
    const weekOne = addDays(localCalendarDate(), -13);
    const early = await createSession(active.profile.id, sessionInput({ date: weekOne }));
    await createAction(active.profile.id, early.id, {
      ...blankActionContent(),
      text: 'Plan hinge questions',
    });
    await createSession(active.profile.id, sessionInput({ date: localCalendarDate() }));
    render(<ProgressUpdateScreen active={active} />);
    const coaching = await screen.findByRole('region', { name: 'Coaching:' }, { timeout: 5000 });
    expect(coaching).toHaveTextContent('Coaching: 1 session, 0 of 1 action done.');
  });
});
