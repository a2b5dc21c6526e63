import { fileOf, pngFile } from '../../../support/cloneable-blob';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActiveProgramme } from '@/domain/active-programme';
import { db } from '@/db/database';
import { getProjectForProfile, getWriteUp, listEvidence } from '@/db/improvement-projects';
import { ProjectScreen } from '@/features/project/project-screen';
import { makeFramework, rate, setUpTestProgramme, skillIdsOf } from '../../../support/factories';

const SAVED = { timeout: 4000 };

function at(url: string) {
  window.history.replaceState(null, '', url);
}

afterEach(() => {
  at('/');
});

async function startProject(user: ReturnType<typeof userEvent.setup>): Promise<ActiveProgramme> {
  const active = await setUpTestProgramme({ framework: makeFramework() });
  at('/project');
  render(<ProjectScreen active={active} />);
  await user.type(await screen.findByLabelText('Project title'), 'Retrieval practice in Year 8');
  await user.click(screen.getByRole('radio', { name: /NPQ case study/ }));
  await user.click(screen.getByRole('button', { name: 'Start the project' }));
  await screen.findByRole('heading', { name: 'Retrieval practice in Year 8', level: 1 });
  return active;
}

describe('ProjectScreen', () => {
  it('starts a project with the chosen write-up, under the Journal’s views', async () => {
    const user = userEvent.setup();
    const active = await startProject(user);
    const project = await getProjectForProfile(active.profile.id);
    const writeUp = await getWriteUp(project!.id);
    expect(writeUp?.totalLimit).toBe(1500);
    expect(writeUp?.sections).toHaveLength(3);
    const views = screen.getByRole('navigation', { name: 'Journal views' });
    expect(within(views).getByRole('link', { name: 'Improvement project' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('will not start a project without a title, and stores nothing', async () => {
    const user = userEvent.setup();
    const active = await setUpTestProgramme({ framework: makeFramework() });
    at('/project');
    render(<ProjectScreen active={active} />);
    await user.click(await screen.findByRole('button', { name: 'Start the project' }));
    expect(await screen.findByText('Give the project a title')).toBeInTheDocument();
    expect(await db.projects.count()).toBe(0);
  });

  it('saves the plan as it is typed, and a timeline over the terms', async () => {
    const user = userEvent.setup();
    const active = await startProject(user);
    await user.type(screen.getByLabelText('The problem'), 'Pupils forget last term’s work.');
    await user.click(screen.getByRole('button', { name: 'Add a milestone' }));
    const milestone = screen.getByLabelText('Milestone');
    // A milestone without a title is not saved, and says why.
    expect(await screen.findByText('Give the milestone a title')).toBeInTheDocument();
    await user.type(milestone, 'Baseline test');
    // A date is picked whole, as a date picker sets it.
    const date = screen.getByLabelText('Date', { selector: '.project-milestone input' });
    fireEvent.change(date, { target: { value: '2026-10-02' } });
    await user.click(screen.getByRole('button', { name: 'Add a milestone' }));
    await user.type(screen.getAllByLabelText('Milestone')[1]!, 'Final test');
    const dates = screen.getAllByLabelText('Date', { selector: '.project-milestone input' });
    fireEvent.change(dates[1]!, { target: { value: '2027-05-14' } });
    await user.tab();
    expect(await screen.findByText(/Spans 2 terms: Autumn 2026, Summer 2027/)).toBeInTheDocument();
    await waitFor(async () => {
      const project = await getProjectForProfile(active.profile.id);
      expect(project?.problem).toBe('Pupils forget last term’s work.');
      expect(project?.milestones.map((item) => item.title)).toEqual([
        'Baseline test',
        'Final test',
      ]);
    }, SAVED);
  });

  it('links a rated skill, so its ratings go into the appendix', async () => {
    const user = userEvent.setup();
    const active = await startProject(user);
    const [skillId] = skillIdsOf(active);
    await rate(active, { skillId: skillId!, week: 0, level: 1 });
    await rate(active, { skillId: skillId!, week: 2, level: 3 });
    await user.click(await screen.findByText(/Skills and their ratings/));
    await user.click(await screen.findByRole('checkbox', { name: /1 at baseline, 3 in Week 2/ }));
    await waitFor(async () => {
      const project = await getProjectForProfile(active.profile.id);
      expect(project?.links).toEqual([{ kind: 'skill', targetId: skillId }]);
    }, SAVED);
  });

  it('adds evidence with an image, and refuses a file that is not an image or PDF', async () => {
    // A file picker can be switched to "All files", so the accept list is not relied on.
    const user = userEvent.setup({ applyAccept: false });
    const active = await startProject(user);
    const project = (await getProjectForProfile(active.profile.id))!;
    const form = screen.getByRole('form', { name: 'Add an evidence item' });
    expect(within(form).getByText(/no pupil’s name or face/)).toBeInTheDocument();

    await user.type(within(form).getByLabelText('What it shows'), 'Notes from a meeting');
    await user.upload(
      within(form).getByLabelText(/Image or PDF/),
      fileOf(new TextEncoder().encode('minutes'), 'minutes.docx', ''),
    );
    await user.click(within(form).getByRole('button', { name: 'Add the evidence' }));
    expect(await within(form).findByText(/is not an image or a PDF/)).toBeInTheDocument();
    expect(await db.projectEvidence.count()).toBe(0);

    await user.upload(within(form).getByLabelText(/Image or PDF/), pngFile());
    await user.type(within(form).getByLabelText('Figure (optional)'), '52%');
    await user.click(within(form).getByRole('button', { name: 'Add the evidence' }));
    expect(await screen.findByRole('button', { name: /Open tally-chart.png/ })).toBeInTheDocument();
    const [item] = await listEvidence(project.id);
    expect(item).toMatchObject({ description: 'Notes from a meeting', figure: '52%' });
    expect(item?.attachment?.mediaType).toBe('image/png');
  });

  it('says the storage is full when an item with its file does not fit, and stores neither', async () => {
    const user = userEvent.setup();
    const active = await startProject(user);
    const project = (await getProjectForProfile(active.profile.id))!;
    const form = screen.getByRole('form', { name: 'Add an evidence item' });
    await user.type(within(form).getByLabelText('What it shows'), 'Photo of the quiz wall');
    await user.upload(within(form).getByLabelText(/Image or PDF/), pngFile());
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.click(within(form).getByRole('button', { name: 'Add the evidence' }));
    expect(await within(form).findByText(/storage is full/)).toBeInTheDocument();
    expect(within(form).getByLabelText('What it shows')).toHaveValue('Photo of the quiz wall');
    vi.restoreAllMocks();
    expect(await listEvidence(project.id)).toEqual([]);
    expect(await db.projectAttachments.count()).toBe(0);
  });
});
