import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActiveProgramme } from '@/domain/active-programme';
import type { Presentation } from '@/domain/presentation';
import { addColleague } from '@/db/colleagues';
import { saveObservationContent, startObservation } from '@/db/observations';
import { createSession } from '@/db/coaching-log';
import { PresentationScreen } from '@/features/presentation/presentation-screen';
import { addEnquiry, makeFramework, rate, setUpTestProgramme } from '../../../support/factories';
import { makeEndRound, makeStartRound, receivePlainAnswers } from '../../../support/review-data';
import { sessionInput } from '../../../support/coaching-data';

const buildPptxDeck = vi.fn(async (presentation: Presentation) => {
  await Promise.resolve();
  return new Blob([presentation.title]);
});
vi.mock('@/ui/deck/pptx-deck', () => ({
  buildPptxDeck: (presentation: Presentation) => buildPptxDeck(presentation),
}));

async function programmeWithData(): Promise<ActiveProgramme> {
  const active = await setUpTestProgramme({ framework: makeFramework() });
  await rate(active, { skillId: 'q1', week: 0, level: 1 });
  await rate(active, { skillId: 'f1', week: 0, level: 2 });
  await rate(active, { skillId: 'q1', week: 2, level: 3, note: 'Exit tickets show it.' });
  await rate(active, { skillId: 'f1', week: 2, level: 3 });
  const colleague = await addColleague(active.profile.id, {
    name: 'Priya Shah',
    role: 'Class teacher',
    subjectOrPhase: 'Year 5',
    focusSkillIds: ['q1'],
  });
  const observation = await startObservation(
    active,
    colleague,
    'delegate-to-colleague',
    active.programme.startDate,
  );
  await saveObservationContent(observation.id, {
    date: active.programme.startDate,
    lessonClass: '5C',
    lessonSubject: 'Science',
    ratings: [{ skillId: 'q1', level: 3 }],
    strengths: 'Priya modelled the experiment clearly.',
    nextSteps: ['Hinge question before practical'],
    followUp: '',
  });
  await addEnquiry(active, {
    focusQuestion: 'Do hinge questions help?',
    effective: true,
    impact: 3,
    impactOnPractice: 'Plan the hinge question first.',
  });
  return active;
}

function slideTitles(): string[] {
  const preview = screen.getByRole('region', { name: /Sam Teacher/ });
  return within(preview)
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent)
    .slice(1);
}

describe('PresentationScreen', () => {
  beforeEach(() => {
    buildPptxDeck.mockClear();
  });

  it('previews every slide and rebuilds it when an area is unchosen and chosen again', async () => {
    const user = userEvent.setup();
    render(<PresentationScreen active={await programmeWithData()} />);

    const areas = await screen.findByRole('group', { name: 'Areas' });
    expect(slideTitles()).toContain('My progress by area');
    const preview = screen.getByRole('region', { name: /Sam Teacher/ });
    expect(
      within(preview).getAllByRole('table', { name: /Average level by area/ })[0],
    ).toHaveTextContent('Questioning');

    await user.click(within(areas).getByRole('checkbox', { name: 'Questioning' }));
    const table = within(preview).getAllByRole('table', { name: /Average level by area/ })[0];
    expect(table).not.toHaveTextContent('Questioning');
    expect(table).toHaveTextContent('Feedback');

    await user.click(within(areas).getByRole('checkbox', { name: 'Questioning' }));
    expect(
      within(preview).getAllByRole('table', { name: /Average level by area/ })[0],
    ).toHaveTextContent('Questioning');
  });

  it('shows colleagues as Colleague A unless the delegate chooses names', async () => {
    const user = userEvent.setup();
    render(<PresentationScreen active={await programmeWithData()} />);
    const anonymise = await screen.findByRole('checkbox', {
      name: 'Show colleagues as Colleague A, B…',
    });
    const preview = screen.getByRole('region', { name: /Sam Teacher/ });
    expect(anonymise).toBeChecked();
    expect(preview).toHaveTextContent('Colleague A’s progress');
    expect(preview).not.toHaveTextContent('Priya');

    await user.click(anonymise);
    expect(preview).toHaveTextContent('Priya Shah’s progress');
    expect(preview).toHaveTextContent('Priya modelled the experiment clearly.');
  });

  it('makes the PowerPoint deck with the lazily loaded builder and downloads it', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn(() => 'blob:deck');
    const revokeObjectURL = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }));
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });

    render(<PresentationScreen active={await programmeWithData()} />);
    await user.click(await screen.findByRole('button', { name: 'Download PowerPoint' }));

    await vi.waitFor(() => expect(clicked).toEqual(['Sam Teacher — OTP Plus.pptx']));
    expect(buildPptxDeck).toHaveBeenCalledTimes(1);
    const presentation = buildPptxDeck.mock.calls[0]?.[0];
    expect(presentation?.slides.length).toBeGreaterThanOrEqual(8);
    expect(JSON.stringify(presentation)).not.toContain('Priya');
    click.mockRestore();
    vi.unstubAllGlobals();
  });

  it('prints the handout', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    render(<PresentationScreen active={await programmeWithData()} />);
    await user.click(await screen.findByRole('button', { name: 'Print handout' }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('offers the 360° review slides once a start and an end round have reports', async () => {
    const user = userEvent.setup();
    const active = await programmeWithData();
    const { rerender } = render(<PresentationScreen active={active} />);
    await screen.findByRole('group', { name: 'Areas' });
    expect(screen.queryByRole('group', { name: '360° review' })).not.toBeInTheDocument();

    const start = await makeStartRound(active);
    await receivePlainAnswers(start, 'peers', 3, 2);
    const end = await makeEndRound(active, start);
    await receivePlainAnswers(end, 'peers', 3, 4);
    rerender(<PresentationScreen active={active} />);

    const offer = await screen.findByRole('group', { name: '360° review' });
    const box = within(offer).getByRole('checkbox');
    expect(box).toBeChecked();
    expect(slideTitles()).toContain('360° review: start and end');
    expect(slideTitles()).toContain('360° review: self and others at the end');
    expect(slideTitles()).toContain('360° review: what stands out');

    await user.click(box);
    expect(slideTitles().some((title) => title.startsWith('360° review'))).toBe(false);
  });

  it('offers a coaching slide once a session is logged', async () => {
    const user = userEvent.setup();
    const active = await programmeWithData();
    await createSession(active.profile.id, sessionInput());
    render(<PresentationScreen active={active} />);
    const offer = await screen.findByRole('group', { name: 'Coaching' }, { timeout: 5000 });
    const box = within(offer).getByRole('checkbox');
    expect(box).toBeChecked();
    expect(slideTitles()).toContain('Coaching');
    await user.click(box);
    expect(slideTitles()).not.toContain('Coaching');
  });
});
