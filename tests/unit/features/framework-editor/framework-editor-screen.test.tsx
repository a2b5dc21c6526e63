import { useLiveQuery } from 'dexie-react-hooks';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { activeAreas, findSkill } from '@/domain/framework';
import { sealEnvelope } from '@/domain/file-envelope';
import { copyOfFramework } from '@/domain/framework-edits';
import { frameworkFileText } from '@/domain/framework-file';
import { loadActiveProgramme } from '@/db/active-programme';
import { getFramework, listFrameworks } from '@/db/frameworks';
import { addFramework } from '@/db/framework-edits';
import { getProgrammeForProfile } from '@/db/programmes';
import { FrameworkEditorScreen } from '@/features/framework-editor/framework-editor-screen';
import { makeFramework, rate, setUpTestProgramme } from '../../../support/factories';
import { replaceText } from '../../../support/user-input';
import {
  forgetHandedOverFiles,
  handOver,
  jsonFile,
  withDamagedChecksum,
} from '../../../support/handed-over-files';

/** The screen as the app mounts it: fed the stored programme live, so saved edits flow back in. */
function LiveEditor({ profileId }: { profileId: string }) {
  const active = useLiveQuery(() => loadActiveProgramme(profileId), [profileId]);
  return active ? <FrameworkEditorScreen active={active} /> : null;
}

async function renderEditor() {
  const active = await setUpTestProgramme({ framework: makeFramework() });
  render(<LiveEditor profileId={active.profile.id} />);
  await screen.findByRole('heading', { name: /About this framework/ });
  return { active, user: userEvent.setup() };
}

async function stored(frameworkId: string) {
  const framework = await getFramework(frameworkId);
  if (!framework) throw new Error('no framework stored');
  return framework;
}

function areaSection(index: number): HTMLElement {
  return screen.getByRole('region', { name: new RegExp(`^Area ${index.toString()}`) });
}

describe('FrameworkEditorScreen', () => {
  it('renames a skill as you type, keeping its id, and says it is saved', async () => {
    const { active, user } = await renderEditor();
    const field = within(areaSection(1)).getByLabelText('Skill 1');
    await replaceText(user, field, 'I plan a hinge question for every lesson.');
    await user.tab();
    await waitFor(async () =>
      expect(findSkill(await stored(active.framework.id), 'q1')?.skill.statement).toBe(
        'I plan a hinge question for every lesson.',
      ),
    );
    expect(within(areaSection(1)).getAllByText('Saved').length).toBeGreaterThan(0);
    expect((await stored(active.framework.id)).version).toBeGreaterThan(1);
  });

  it('refuses to save an empty skill, saying why beside it', async () => {
    const { active, user } = await renderEditor();
    const field = within(areaSection(2)).getByLabelText('Skill 2');
    await user.clear(field);
    await user.tab();
    expect(within(areaSection(2)).getByText('A skill needs a statement')).toBeInTheDocument();
    expect((await stored(active.framework.id)).version).toBe(1);
  });

  it('adds a skill to an area and an area with its first skill', async () => {
    const { active, user } = await renderEditor();
    await user.type(
      within(areaSection(2)).getByLabelText('New skill in Feedback'),
      'Peer feedback',
    );
    await user.click(within(areaSection(2)).getByRole('button', { name: 'Add skill' }));
    expect(await within(areaSection(2)).findByLabelText('Skill 3')).toHaveValue('Peer feedback');

    const addArea = screen.getByRole('form', { name: 'Add an area' });
    await user.click(within(addArea).getByRole('button', { name: 'Add area' }));
    expect(within(addArea).getByText('Give the area a name')).toBeInTheDocument();
    await user.type(within(addArea).getByLabelText('Area name'), 'Behaviour for learning');
    await user.type(within(addArea).getByLabelText('Its first skill'), 'I set clear routines.');
    await user.click(within(addArea).getByRole('button', { name: 'Add area' }));
    expect(await screen.findByRole('region', { name: /^Area 3/ })).toBeInTheDocument();
    const framework = await stored(active.framework.id);
    expect(framework.areas.map((area) => area.name)).toEqual([
      'Questioning',
      'Feedback',
      'Behaviour for learning',
    ]);
  });

  it('reorders skills with buttons, and the focus follows the skill', async () => {
    const { active, user } = await renderEditor();
    const down = within(areaSection(1)).getByRole('button', {
      name: 'Move skill 1 in Questioning down',
    });
    await user.click(down);
    await waitFor(async () =>
      expect((await stored(active.framework.id)).areas[0]?.skills.map((s) => s.id)).toEqual([
        'q2',
        'q1',
      ]),
    );
    // The skill is now second; its "up" button has the focus ("down" is disabled at the end).
    await waitFor(() =>
      expect(document.activeElement).toHaveAccessibleName('Move skill 2 in Questioning up'),
    );
    expect(within(areaSection(1)).getByLabelText('Skill 1')).toHaveValue(
      'I give thinking time before taking answers.',
    );
  });

  it('archives a skill with its consequence shown, hides it from the audit and restores it', async () => {
    const { active, user } = await renderEditor();
    await rate(active, { skillId: 'f1', week: 1, level: 2 });
    await rate(active, { skillId: 'f1', week: 2, level: 3 });
    const archive = await within(areaSection(2)).findByRole('button', {
      name: 'Archive skill 1 in Feedback',
    });
    await waitFor(() =>
      expect(archive).toHaveAccessibleDescription(
        'Archiving: hidden from new audits; its 2 ratings stay in your charts.',
      ),
    );
    await user.click(archive);
    expect(
      await within(areaSection(2)).findByText(
        /Archived: hidden from new audits; its 2 ratings stay in your charts/,
      ),
    ).toBeInTheDocument();
    const framework = await stored(active.framework.id);
    expect(activeAreas(framework)[1]?.skills.map((skill) => skill.id)).toEqual(['f2']);

    await user.click(
      within(areaSection(2)).getByRole('button', { name: 'Restore skill 1 in Feedback' }),
    );
    await waitFor(async () =>
      expect(activeAreas(await stored(active.framework.id))[1]?.skills).toHaveLength(2),
    );
  });

  it('refuses a smaller scale that would strand ratings, and saves a changed descriptor', async () => {
    const { active, user } = await renderEditor();
    await rate(active, { skillId: 'q1', week: 1, level: 4 });
    const scale = screen.getByRole('region', { name: 'Rating scale' });
    await user.selectOptions(within(scale).getByLabelText('Number of levels'), '3 levels');
    expect(await within(scale).findByRole('alert')).toHaveTextContent(
      '1 rating is at level 4; a 3-level scale (1–3) would leave it out of range.',
    );
    expect(within(scale).getByRole('button', { name: 'Save scale' })).toBeDisabled();
    await user.click(within(scale).getByRole('button', { name: 'Discard changes' }));

    await replaceText(user, within(scale).getByLabelText('Level 2 descriptor'), 'I do this often.');
    await user.click(within(scale).getByRole('button', { name: 'Save scale' }));
    await waitFor(async () =>
      expect((await stored(active.framework.id)).scale.levels[1]?.descriptor).toBe(
        'I do this often.',
      ),
    );
  });

  it('imports a file: a bad one changes nothing and lists every problem, a preview, then an update by key', async () => {
    const { active, user } = await renderEditor();
    const input = screen.getByLabelText('Import a framework file');
    // A tampered file: the checksum no longer matches.
    const tampered = (await frameworkFileText(makeFramework())).replace('Questioning', 'Quest');
    await user.upload(input, new File([tampered], 'tampered.trellis-framework.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/changed or damaged/);
    // A file with two problems: both are listed, naming the area and the field.
    const broken = makeFramework();
    broken.areas[0] = { ...broken.areas[0]!, name: '' };
    broken.scale.levels[2] = { ...broken.scale.levels[2]!, descriptor: '' };
    const brokenFile = JSON.stringify(await sealEnvelope('trellis-framework', 1, broken));
    await user.upload(input, new File([brokenFile], 'broken.trellis-framework.json'));
    const alert = await screen.findByRole('alert');
    await waitFor(() =>
      expect(
        within(alert)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual([
        'Scale, level 3 descriptor: needs a descriptor saying what this level looks like',
        'Area 1 (no name yet) name: needs a name',
      ]),
    );
    expect(alert).toHaveTextContent(
      'broken.trellis-framework.json cannot be imported. Nothing has changed.',
    );
    expect((await stored(active.framework.id)).version).toBe(1);

    const revised = makeFramework({
      areas: [
        makeFramework().areas[0]!,
        {
          ...makeFramework().areas[1]!,
          skills: [...makeFramework().areas[1]!.skills, { id: 'f3', statement: 'Peer feedback' }],
        },
      ],
    });
    await user.upload(
      input,
      new File([await frameworkFileText(revised)], 'test.trellis-framework.json'),
    );
    expect(await screen.findByText(/Updates “Test framework”: adds 1 skill\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Updated "Test framework" to version 2.')).toBeInTheDocument();
    expect(await listFrameworks(active.profile.id)).toHaveLength(1);
    expect(findSkill(await stored(active.framework.id), 'f3')).toBeDefined();
  });

  it('makes a new framework and lets the programme use it before any rating', async () => {
    const { active, user } = await renderEditor();
    await user.click(screen.getByRole('button', { name: 'Create framework' }));
    expect(await screen.findByLabelText('Framework to edit')).toHaveDisplayValue('New framework');
    await user.click(
      await screen.findByRole('button', { name: 'Use “New framework” for my programme' }),
    );
    await waitFor(async () =>
      expect((await getProgrammeForProfile(active.profile.id))?.frameworkId).not.toBe(
        active.framework.id,
      ),
    );
    expect(
      await screen.findByText(/Your programme audits against “New framework”/),
    ).toBeInTheDocument();
  });

  it('explains why the programme cannot switch once ratings exist', async () => {
    const { active, user } = await renderEditor();
    await rate(active, { skillId: 'q1', week: 1, level: 2 });
    const other = await addFramework(active.profile.id, copyOfFramework(makeFramework()));
    await user.selectOptions(await screen.findByLabelText('Framework to edit'), other.id);
    expect(
      await screen.findByText(
        /You have 1 rating against "Test framework", so your programme stays/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /for my programme/ })).not.toBeInTheDocument();
  });

  describe('a framework file opened with “Open a Trellis file”', () => {
    const scrollIntoView = vi.fn();
    beforeEach(() => {
      forgetHandedOverFiles();
      // jsdom does not lay out, so has no scrollIntoView; the files card is scrolled to.
      Element.prototype.scrollIntoView = scrollIntoView;
    });

    it('shows the same preview as a chosen file, and adds nothing until Import', async () => {
      const cohortFramework = makeFramework({ key: 'cohort-framework', name: 'Cohort framework' });
      handOver('framework', [
        jsonFile(await frameworkFileText(cohortFramework), 'cohort.trellis-framework.json'),
      ]);
      const { active, user } = await renderEditor();
      expect(
        await screen.findByText(/Adds a new framework, “Cohort framework”: 2 areas, 4 skills/),
      ).toBeVisible();
      expect(scrollIntoView).toHaveBeenCalled();
      expect(await listFrameworks(active.profile.id)).toHaveLength(1);

      await user.click(screen.getByRole('button', { name: 'Import' }));
      // The editor moves to the added framework.
      await waitFor(() => expect(screen.getByLabelText('Name')).toHaveValue('Cohort framework'), {
        timeout: 10_000,
      });
      expect(
        (await listFrameworks(active.profile.id)).map((framework) => framework.name).sort(),
      ).toEqual(['Cohort framework', 'Test framework']);
    });

    it('refuses a damaged file in plain words and changes nothing', async () => {
      const text = await frameworkFileText(makeFramework({ key: 'other', name: 'Other' }));
      handOver('framework', [jsonFile(withDamagedChecksum(text), 'other.trellis-framework.json')]);
      const { active } = await renderEditor();
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(
        'other.trellis-framework.json cannot be imported. Nothing has changed.',
      );
      expect(alert).toHaveTextContent(/changed or damaged/);
      expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
      expect(await listFrameworks(active.profile.id)).toHaveLength(1);
    });
  });
});
