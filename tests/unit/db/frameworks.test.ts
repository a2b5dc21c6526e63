import { describe, expect, it } from 'vitest';
import { sealEnvelope } from '@/domain/file-envelope';
import { findSkill } from '@/domain/framework';
import {
  addSkill,
  archiveSkill,
  copyOfFramework,
  renameSkill,
  resizeScale,
  setScale,
} from '@/domain/framework-edits';
import { frameworkFileText } from '@/domain/framework-file';
import { db } from '@/db/database';
import { FrameworkEditRefused, getFramework, listFrameworks } from '@/db/frameworks';
import { addFramework, saveFrameworkEdit } from '@/db/framework-edits';
import { importFramework, previewFrameworkImport } from '@/db/framework-import';
import {
  frameworkSwitchProblem,
  getProgrammeForProfile,
  switchProgrammeFramework,
} from '@/db/programmes';
import { recordRating } from '@/db/ratings';
import { listRatings } from '@/db/ratings';
import { makeFramework, rate, setUpTestProgramme } from '../../support/factories';

const EDITED_AT = new Date('2026-11-23T10:00:00.000Z');

async function snapshot() {
  return {
    frameworks: await db.frameworks.toArray(),
    programmes: await db.programmes.toArray(),
    ratings: await db.ratings.toArray(),
  };
}

function smallProgramme() {
  return setUpTestProgramme({ framework: makeFramework() });
}

describe('saveFrameworkEdit', () => {
  it('applies an edit to the stored framework with version + 1 and a new revision', async () => {
    const active = await smallProgramme();
    const saved = await saveFrameworkEdit(
      active.framework.id,
      (framework) => renameSkill(framework, 'q1', 'Hinge questions every lesson'),
      EDITED_AT,
    );
    expect(saved).toMatchObject({ version: 2, rev: 2, updatedAt: EDITED_AT.toISOString() });
    const stored = await getFramework(active.framework.id);
    expect(stored && findSkill(stored, 'q1')?.skill.statement).toBe('Hinge questions every lesson');
  });

  it('keeps the version each rating was made against', async () => {
    const active = await smallProgramme();
    await rate(active, { skillId: 'q1', week: 1, level: 2 });
    await saveFrameworkEdit(active.framework.id, (framework) =>
      renameSkill(framework, 'q1', 'Renamed'),
    );
    await rate(active, { skillId: 'q1', week: 2, level: 3 });
    const events = await listRatings(active.profile.id, active.framework.id);
    expect(events.map((event) => [event.skillId, event.frameworkVersion])).toEqual([
      ['q1', 1],
      ['q1', 2],
    ]);
  });

  it('stops an archived skill being rated but keeps its ratings', async () => {
    const active = await smallProgramme();
    await rate(active, { skillId: 'q1', week: 1, level: 2 });
    await saveFrameworkEdit(active.framework.id, (framework) => archiveSkill(framework, 'q1'));
    await expect(rate(active, { skillId: 'q1', week: 2, level: 3 })).rejects.toThrow(/archived/);
    expect(await listRatings(active.profile.id, active.framework.id)).toHaveLength(1);
  });

  it('refuses, changing nothing, a scale that would leave ratings out of range', async () => {
    const active = await smallProgramme();
    await rate(active, { skillId: 'q1', week: 1, level: 4 });
    await rate(active, { skillId: 'q2', week: 1, level: 4 });
    const before = await snapshot();
    const saving = saveFrameworkEdit(active.framework.id, (framework) =>
      setScale(framework, resizeScale(framework.scale, 3)),
    );
    await expect(saving).rejects.toThrow(
      '2 ratings are at level 4; a 3-level scale (1–3) would leave them out of range.',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses invalid text and dropped skills, naming what is wrong', async () => {
    const active = await smallProgramme();
    const before = await snapshot();
    await expect(
      saveFrameworkEdit(active.framework.id, (framework) => renameSkill(framework, 'f2', '')),
    ).rejects.toThrow("Area 'Feedback', skill 2 statement: needs a statement");
    await expect(
      saveFrameworkEdit(active.framework.id, (framework) => ({
        ...framework,
        areas: framework.areas.slice(0, 1),
      })),
    ).rejects.toBeInstanceOf(FrameworkEditRefused);
    expect(await snapshot()).toEqual(before);
  });

  it('lets a new skill be rated at once', async () => {
    const active = await smallProgramme();
    let skillId = '';
    await saveFrameworkEdit(active.framework.id, (framework) => {
      const added = addSkill(framework, 'feedback', 'Peer feedback');
      skillId = added.skillId;
      return added.framework;
    });
    const event = await rate(active, { skillId, week: 1, level: 1 });
    expect(event.frameworkVersion).toBe(2);
  });
});

describe('importing framework files', () => {
  it('adds a new framework, then updates it (never a duplicate) when imported again', async () => {
    const active = await smallProgramme();
    const facilitators = {
      ...copyOfFramework(makeFramework()),
      key: 'cohort-2026',
      name: 'Cohort',
    };
    const first = await previewFrameworkImport(
      active.profile.id,
      await frameworkFileText(facilitators),
    );
    if (!first.ok) throw new Error(first.problems.join());
    expect(first.plan.kind).toBe('add');
    const added = await importFramework(active.profile.id, first.incoming);
    expect(await listFrameworks(active.profile.id)).toHaveLength(2);

    const revised = renameSkill(facilitators, 'q1', 'Hinge questions');
    const second = await previewFrameworkImport(
      active.profile.id,
      await frameworkFileText(revised),
    );
    if (!second.ok) throw new Error(second.problems.join());
    expect(second.plan.kind).toBe('update');
    expect(second.existingName).toBe('Cohort');
    const updated = await importFramework(active.profile.id, second.incoming);
    expect(updated.id).toBe(added.id);
    expect(updated.version).toBe(added.version + 1);
    expect(await listFrameworks(active.profile.id)).toHaveLength(2);
  });

  it('keeps, archived, rated skills the file leaves out', async () => {
    const active = await smallProgramme();
    await rate(active, { skillId: 'f2', week: 1, level: 3 });
    const file = makeFramework({ areas: makeFramework().areas.slice(0, 1) });
    await importFramework(active.profile.id, file, EDITED_AT);
    const stored = await getFramework(active.framework.id);
    expect(stored && findSkill(stored, 'f2')?.skill.archivedAt).toBe(EDITED_AT.toISOString());
    expect(stored && findSkill(stored, 'f1')).toBeUndefined();
    expect(await listRatings(active.profile.id, active.framework.id)).toHaveLength(1);
  });

  it('a bad file changes nothing and says every problem', async () => {
    const active = await smallProgramme();
    await rate(active, { skillId: 'q1', week: 1, level: 4 });
    const before = await snapshot();
    const bad = JSON.stringify(
      await sealEnvelope('trellis-framework', 1, {
        ...makeFramework(),
        name: '',
        areas: [{ id: 'questioning', name: 'Questioning', skills: [] }],
      }),
    );
    const preview = await previewFrameworkImport(active.profile.id, bad);
    expect(preview).toEqual({
      ok: false,
      problems: [
        'Framework name: needs a name',
        "Area 'Questioning' skills: an area needs at least one skill",
      ],
    });
    // A scale that strands a rating is refused inside the write, too.
    await expect(
      importFramework(
        active.profile.id,
        makeFramework({ scale: { levels: makeFramework().scale.levels.slice(0, 2) } }),
      ),
    ).rejects.toThrow(/would change the rating scale/);
    expect(await snapshot()).toEqual(before);
  });
});

describe('switching the programme to another framework', () => {
  it('is allowed before any rating', async () => {
    const active = await smallProgramme();
    const other = await addFramework(active.profile.id, copyOfFramework(makeFramework()));
    expect(await frameworkSwitchProblem(active.profile.id)).toBeNull();
    await switchProgrammeFramework(active.profile.id, other.id);
    expect((await getProgrammeForProfile(active.profile.id))?.frameworkId).toBe(other.id);
  });

  it('is refused, with the reason, once ratings exist, so none is hidden', async () => {
    const active = await smallProgramme();
    const other = await addFramework(active.profile.id, copyOfFramework(makeFramework()));
    await recordRating({
      profileId: active.profile.id,
      frameworkId: active.framework.id,
      skillId: 'q1',
      kind: 'target',
      week: 1,
      level: 3,
      note: '',
    });
    expect(await frameworkSwitchProblem(active.profile.id)).toMatch(
      /^You have 1 rating against "Test framework", so your programme stays with it/,
    );
    await expect(switchProgrammeFramework(active.profile.id, other.id)).rejects.toThrow(
      /switching would hide it/,
    );
    expect((await getProgrammeForProfile(active.profile.id))?.frameworkId).toBe(
      active.framework.id,
    );
  });

  it('never to another profile’s framework', async () => {
    const mine = await smallProgramme();
    const theirs = await smallProgramme();
    await expect(switchProgrammeFramework(mine.profile.id, theirs.framework.id)).rejects.toThrow(
      /not in this profile/,
    );
  });
});
