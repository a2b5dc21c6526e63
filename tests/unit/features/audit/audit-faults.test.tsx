import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActiveProgramme } from '@/domain/active-programme';
import type { Skill } from '@/domain/framework';
import { listRatings } from '@/db/ratings';
import { AuditScreen } from '@/features/audit/audit-screen';
import { rate, setUpTestProgramme as setUpFullProgramme } from '../../../support/factories';

/** Faults while rating: a full disk, and a tab hidden straight after typing. */
async function setUpTestProgramme(): Promise<ActiveProgramme> {
  const active = await setUpFullProgramme();
  return {
    ...active,
    framework: { ...active.framework, areas: active.framework.areas.slice(0, 1) },
  };
}

function firstSkill(active: ActiveProgramme): Skill {
  return active.framework.areas[0]!.skills[0]!;
}

function cardFor(skill: Skill) {
  return within(screen.getByRole('article', { name: skill.statement }));
}

async function openNote(skill: Skill) {
  await userEvent.setup().click(cardFor(skill).getByRole('button', { name: 'Add note' }));
  return cardFor(skill).getByLabelText('Evidence note');
}

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: state });
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
});

describe('audit faults', () => {
  it('saves a note at once when the tab is hidden straight after typing: a whole new event', async () => {
    const user = userEvent.setup();
    const active = await setUpTestProgramme();
    const skill = firstSkill(active);
    const level = active.framework.scale.levels[1]!;
    await rate(active, { skillId: skill.id, week: 3, level: level.value });
    render(<AuditScreen active={active} />);
    await screen.findAllByRole('article');

    await user.type(await openNote(skill), 'Cold-called six pupils');
    setVisibility('hidden');

    // Well inside the autosave delay: only the flush on hiding can have written it.
    await waitFor(
      async () => {
        const rows = await listRatings(active.profile.id, active.framework.id);
        expect(rows).toHaveLength(2);
        expect(rows.at(-1)).toMatchObject({ level: level.value, note: 'Cold-called six pupils' });
      },
      { timeout: 250 },
    );
  });

  it('says the storage is full, writes nothing, and keeps what was typed', async () => {
    const user = userEvent.setup();
    const active = await setUpTestProgramme();
    const skill = firstSkill(active);
    const level = active.framework.scale.levels[1]!;
    await rate(active, { skillId: skill.id, week: 3, level: level.value });
    render(<AuditScreen active={active} />);
    await screen.findAllByRole('article');

    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const note = await openNote(skill);
    await user.type(note, 'A note the disk has no room for');
    await user.tab();

    expect(
      await cardFor(skill).findByText(/storage is full/, {}, { timeout: 3000 }),
    ).toHaveTextContent(/What you typed is still here/);
    expect(note).toHaveValue('A note the disk has no room for');
    vi.restoreAllMocks();
    expect(await listRatings(active.profile.id, active.framework.id)).toHaveLength(1);
  });
});
