import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActiveProgramme } from '@/domain/active-programme';
import { createProject, getWriteUp, saveSectionText } from '@/db/improvement-projects';
import { ProjectScreen } from '@/features/project/project-screen';
import { makeFramework, setUpTestProgramme } from '../../../support/factories';

const SAVED = { timeout: 4000 };

function at(url: string) {
  window.history.replaceState(null, '', url);
}

afterEach(() => {
  at('/');
});

const words = (count: number) => Array.from({ length: count }, (_, index) => `w${index}`).join(' ');

async function openWriteUp(text: { first?: string } = {}) {
  const active: ActiveProgramme = await setUpTestProgramme({ framework: makeFramework() });
  const { project, writeUp } = await createProject({
    profileId: active.profile.id,
    title: 'Retrieval practice in Year 8',
    templateKey: 'npq-case-study',
  });
  if (text.first !== undefined) {
    await saveSectionText(writeUp.id, writeUp.sections[0]!.id, text.first);
  }
  at('/project?view=write-up');
  render(<ProjectScreen active={active} />);
  await screen.findByRole('heading', { name: /Write-up: Retrieval practice/, level: 1 });
  return { active, project, writeUp };
}

function totalBar() {
  return screen.getByRole('region', { name: 'Word count' });
}

describe('WriteUpEditor', () => {
  it('counts words live per section and in total, and saves each section', async () => {
    const user = userEvent.setup();
    const { project, writeUp } = await openWriteUp();
    const problem = screen.getByRole('textbox', { name: 'The problem' });
    await user.type(problem, 'Year 8 pupils forget — quickly — what they learned.');
    const section = problem.closest('section')!;
    expect(await within(section).findByText('8 words')).toBeInTheDocument();
    expect(within(totalBar()).getByText('8 of 1,500 words')).toBeInTheDocument();
    await waitFor(async () => {
      const stored = await getWriteUp(project.id);
      expect(stored?.sections[0]?.text).toBe('Year 8 pupils forget — quickly — what they learned.');
    }, SAVED);
    expect(writeUp.sections[1]!.text).toBe('');
  });

  it('flags a write-up over its limit plainly, still saves it, and asks before exporting', async () => {
    const user = userEvent.setup();
    const { project } = await openWriteUp({ first: words(1500) });
    const problem = screen.getByRole('textbox', { name: 'The problem' });
    await user.click(problem);
    await user.keyboard('{Control>}{End}{/Control} one more');
    expect(
      await within(totalBar()).findByText('1,502 of 1,500 words — 2 over the limit'),
    ).toBeInTheDocument();
    expect(within(totalBar()).getByText(/Over the limit. It is saved/)).toBeInTheDocument();
    await waitFor(async () => {
      expect((await getWriteUp(project.id))?.sections[0]?.text).toMatch(/one more$/);
    }, SAVED);

    await user.click(screen.getByRole('button', { name: 'Export Word document' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Over the word limit' });
    expect(confirm).toHaveTextContent('The write-up is 1,502 of 1,500 words — 2 over the limit.');
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('gives a section a limit of its own and flags that section', async () => {
    const user = userEvent.setup();
    await openWriteUp({ first: words(120) });
    const section = screen.getByRole('textbox', { name: 'The problem' }).closest('section')!;
    await user.click(within(section).getByText(/Section settings/));
    const limit = within(section).getByLabelText('Word limit for this section');
    await user.type(limit, '100');
    await user.tab();
    expect(
      await within(section).findByText('120 of 100 words — 20 over the limit'),
    ).toBeInTheDocument();
  });

  it('tags statements in a section and shows which are drawn on and which not yet', async () => {
    const user = userEvent.setup();
    const { active, project } = await openWriteUp();
    const skill = active.framework.areas[0]!.skills[0]!;
    const section = screen.getByRole('textbox', { name: 'The problem' }).closest('section')!;
    await user.click(within(section).getByText(/Section settings/));
    await user.click(within(section).getByRole('checkbox', { name: skill.statement }));
    const coverage = screen.getByRole('region', { name: 'Framework statements' });
    const total = active.framework.areas.flatMap((area) => area.skills).length;
    expect(
      await within(coverage).findByText(new RegExp(`draws on 1 of ${String(total)} statements`)),
    ).toBeInTheDocument();
    expect(
      within(coverage).getByText(`Not yet drawn on (${String(total - 1)})`),
    ).toBeInTheDocument();
    await waitFor(async () => {
      expect((await getWriteUp(project.id))?.sections[0]?.statementIds).toEqual([skill.id]);
    }, SAVED);
  });

  it('adds a section of one’s own', async () => {
    const user = userEvent.setup();
    const { project } = await openWriteUp();
    await user.click(screen.getByRole('button', { name: 'Add a section' }));
    expect(await screen.findByRole('textbox', { name: 'New section' })).toBeInTheDocument();
    expect((await getWriteUp(project.id))?.sections).toHaveLength(4);
  });
});
