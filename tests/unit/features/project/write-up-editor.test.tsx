import { Profiler } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActiveProgramme } from '@/domain/active-programme';
import { createProject, getWriteUp, saveSectionText } from '@/db/improvement-projects';
import { ProjectScreen } from '@/features/project/project-screen';
import { SECTION_SAVE_DELAY_MS } from '@/features/project/section-editor';
import { makeFramework, setUpTestProgramme } from '../../../support/factories';

const SAVED = { timeout: 4000 };

function at(url: string) {
  window.history.replaceState(null, '', url);
}

afterEach(() => {
  at('/');
});

const words = (count: number) => Array.from({ length: count }, (_, index) => `w${index}`).join(' ');

async function openWriteUp(text: { first?: string } = {}, onRender: () => void = () => undefined) {
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
  render(
    <Profiler id="write-up" onRender={onRender}>
      <ProjectScreen active={active} />
    </Profiler>,
  );
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
    expect(await within(totalBar()).findByText('8 of 1,500 words')).toBeInTheDocument();
    await waitFor(async () => {
      const stored = await getWriteUp(project.id);
      expect(stored?.sections[0]?.text).toBe('Year 8 pupils forget — quickly — what they learned.');
    }, SAVED);
    expect(writeUp.sections[1]!.text).toBe('');
  });

  it('re-renders nothing while a key is typed inside a word', async () => {
    const user = userEvent.setup();
    let commits = 0;
    await openWriteUp({ first: 'Pupils forget' }, () => (commits += 1));
    const problem = screen.getByRole('textbox', { name: 'The problem' });
    await user.click(problem);
    await user.keyboard('{Control>}{End}{/Control}');
    await new Promise((resolve) => setTimeout(resolve, 400));
    commits = 0;
    const typing = performance.now();
    await user.keyboard('fully');
    const typed = performance.now() - typing;
    expect(problem).toHaveValue('Pupils forgetfully');
    // Still two words, so the count has nothing to show; the save waits for a pause in typing.
    if (typed < SECTION_SAVE_DELAY_MS) expect(commits).toBe(0);
    expect(within(problem.closest('section')!).getByText('2 words')).toBeInTheDocument();
  });

  it('keeps text typed just before the editor closed', async () => {
    const user = userEvent.setup();
    const active: ActiveProgramme = await setUpTestProgramme({ framework: makeFramework() });
    const { project } = await createProject({
      profileId: active.profile.id,
      title: 'Retrieval practice in Year 8',
      templateKey: 'npq-case-study',
    });
    at('/project?view=write-up');
    const first = render(<ProjectScreen active={active} />);
    const problem = await screen.findByRole('textbox', { name: 'The problem' });
    await user.type(problem, 'Quizzes every lesson');
    first.unmount();
    render(<ProjectScreen active={active} />);
    expect(await screen.findByRole('textbox', { name: 'The problem' })).toHaveValue(
      'Quizzes every lesson',
    );
    expect(await screen.findByText('3 words')).toBeInTheDocument();
    await waitFor(async () => {
      expect((await getWriteUp(project.id))?.sections[0]?.text).toBe('Quizzes every lesson');
    }, SAVED);
  });

  it('opens on text the crash buffer kept when the page closed before its save', async () => {
    const active: ActiveProgramme = await setUpTestProgramme({ framework: makeFramework() });
    const { project, writeUp } = await createProject({
      profileId: active.profile.id,
      title: 'Retrieval practice in Year 8',
      templateKey: 'npq-case-study',
    });
    // Typed on the empty section (FNV-1a of '' is 0x811c9dc5), never written to the database.
    localStorage.setItem(
      `trellis.write-up-draft.${writeUp.id}.${writeUp.sections[0]!.id}`,
      JSON.stringify({ savedRev: 0x811c9dc5, content: { text: 'Low-stakes quizzes' } }),
    );
    at('/project?view=write-up');
    render(<ProjectScreen active={active} />);
    const problem = await screen.findByRole('textbox', { name: 'The problem' });
    expect(problem).toHaveValue('Low-stakes quizzes');
    const section = problem.closest('section')!;
    expect(within(section).getByText(/Restored what you were writing/)).toBeInTheDocument();
    expect(within(section).getByText('2 words')).toBeInTheDocument();
    await waitFor(async () => {
      expect((await getWriteUp(project.id))?.sections[0]?.text).toBe('Low-stakes quizzes');
    }, SAVED);
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
