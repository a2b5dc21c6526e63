import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { projectContentOf } from '@/domain/improvement-project/project';
import {
  addEvidence,
  createProject,
  saveSectionText,
  updateProject,
} from '@/db/improvement-projects';
import { ProjectScreen } from '@/features/project/project-screen';
import { captureDownloads } from '../../../support/downloads';
import { makeFramework, setUpTestProgramme } from '../../../support/factories';

const downloads = captureDownloads();

function at(url: string) {
  window.history.replaceState(null, '', url);
}

afterEach(() => {
  at('/');
});

async function writtenProject() {
  const active = await setUpTestProgramme({ framework: makeFramework() });
  const { project, writeUp } = await createProject({
    profileId: active.profile.id,
    title: 'Retrieval practice in Year 8',
    templateKey: 'improvement-report',
  });
  await saveSectionText(
    writeUp.id,
    writeUp.sections[0]!.id,
    'Pupils forgot earlier units.\n\nSo we planned spaced quizzes.',
  );
  await updateProject(project.id, {
    ...projectContentOf(project),
    milestones: [
      { id: crypto.randomUUID(), title: 'Baseline test', dueDate: '2026-10-02', status: 'done' },
    ],
  });
  await addEvidence({
    projectId: project.id,
    content: { description: 'Quiz tally, week 6', date: '2026-11-13', figure: '52%' },
  });
  return active;
}

describe('the write-up printed and exported', () => {
  it('lays out the title page, the sections and the appendices for print', async () => {
    const active = await writtenProject();
    at('/project?view=print');
    render(<ProjectScreen active={active} />);
    const document = await screen.findByRole('article');
    expect(within(document).getByRole('heading', { level: 1 })).toHaveTextContent(
      'Retrieval practice in Year 8',
    );
    expect(
      within(document).getByText('Word count: 9 of 4,500 words (appendices not counted)'),
    ).toBeInTheDocument();
    expect(within(document).getByText('So we planned spaced quizzes.')).toBeInTheDocument();
    expect(within(document).getAllByText('(Not written yet.)')).toHaveLength(2);
    expect(within(document).getByRole('cell', { name: 'Quiz tally, week 6' })).toBeInTheDocument();
    expect(within(document).getByRole('cell', { name: 'Baseline test' })).toBeInTheDocument();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalled();
  });

  it('exports a write-up within its limit at once, as a .docx named after the project', async () => {
    const user = userEvent.setup();
    const active = await writtenProject();
    at('/project?view=write-up');
    render(<ProjectScreen active={active} />);
    const button = await screen.findByRole('button', { name: 'Export Word document' });
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
    expect(downloads[0]?.name).toMatch(
      /^retrieval-practice-in-year-8-write-up-\d{4}-\d{2}-\d{2}\.docx$/,
    );
    expect(downloads[0]?.type).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(await screen.findByText(/to your downloads/)).toBeInTheDocument();
  });
});
