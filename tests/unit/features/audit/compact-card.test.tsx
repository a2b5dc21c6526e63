import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ActiveProgramme } from '@/domain/active-programme';
import type { Skill } from '@/domain/framework';
import { listRatings } from '@/db/ratings';
import { AuditScreen } from '@/features/audit/audit-screen';
import { rate, setUpTestProgramme as setUpFullProgramme } from '../../../support/factories';

/** The test programme cut to two areas; it opens on Week 3. */
async function setUpTestProgramme(): Promise<ActiveProgramme> {
  const active = await setUpFullProgramme();
  return {
    ...active,
    framework: { ...active.framework, areas: active.framework.areas.slice(0, 2) },
  };
}

function cardFor(skill: Skill) {
  return within(screen.getByRole('article', { name: skill.statement }));
}

async function renderAudit(active: ActiveProgramme) {
  render(<AuditScreen active={active} />);
  await screen.findAllByRole('article');
}

describe('the compact skill card', () => {
  it('shows the descriptor of the level chosen, or of the one focused', async () => {
    const user = userEvent.setup();
    const active = await setUpTestProgramme();
    const [first, second, third] = active.framework.scale.levels;
    const skill = active.framework.areas[0]!.skills[0]!;
    await renderAudit(active);

    await user.click(cardFor(skill).getByRole('radio', { name: third!.label }));
    const shown = () => cardFor(skill).getByText(`${third!.label}:`).parentElement;
    expect(shown()).toHaveTextContent(`${third!.label}: ${third!.descriptor}`);
    expect(cardFor(skill).queryByText(`${first!.label}:`)).not.toBeInTheDocument();

    fireEvent.focus(cardFor(skill).getByRole('radio', { name: second!.label }));
    expect(cardFor(skill).getByText(`${second!.label}:`).parentElement).toHaveTextContent(
      second!.descriptor,
    );
    fireEvent.blur(cardFor(skill).getByRole('radio', { name: second!.label }));
    expect(shown()).toHaveTextContent(third!.descriptor);
  });

  it('lists every level’s descriptor on demand, and hides them again', async () => {
    const user = userEvent.setup();
    const active = await setUpTestProgramme();
    const skill = active.framework.areas[0]!.skills[0]!;
    await renderAudit(active);

    const toggle = cardFor(skill).getByRole('button', { name: 'What do the levels mean?' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const list = cardFor(skill).getAllByRole('definition')[0]?.closest('dl');
    if (!(list instanceof HTMLElement)) throw new Error('the levels are a description list');
    for (const level of active.framework.scale.levels) {
      expect(within(list).getByText(level.descriptor)).toBeVisible();
      expect(within(list).getByText(`${level.value} ${level.label}`)).toBeInTheDocument();
    }
    await user.click(cardFor(skill).getByRole('button', { name: 'Hide the levels' }));
    expect(list).not.toBeVisible();
  });

  it('opens the evidence note and the target on a tap, with the focus in them', async () => {
    const user = userEvent.setup();
    const active = await setUpTestProgramme();
    const skill = active.framework.areas[0]!.skills[0]!;
    await rate(active, { skillId: skill.id, week: 3, level: 2 });
    await renderAudit(active);

    expect(cardFor(skill).queryByLabelText('Evidence note')).not.toBeInTheDocument();
    await user.click(cardFor(skill).getByRole('button', { name: 'Add note' }));
    expect(cardFor(skill).getByLabelText('Evidence note')).toHaveFocus();
    expect(cardFor(skill).queryByRole('button', { name: 'Add note' })).not.toBeInTheDocument();

    await user.click(cardFor(skill).getByRole('button', { name: 'Add target' }));
    expect(cardFor(skill).getByLabelText('Target level')).toHaveFocus();
  });
});

describe('Same as Week N', () => {
  it('rates the area’s unchanged skills at their last level in one tap, and nothing else', async () => {
    const user = userEvent.setup();
    const active = await setUpTestProgramme();
    const [area, otherArea] = active.framework.areas;
    const [keptA, keptB, ratedNow, neverRated] = area!.skills;
    const elsewhere = otherArea!.skills[0]!;
    await rate(active, { skillId: keptA!.id, week: 2, level: 2 });
    await rate(active, { skillId: keptB!.id, week: 2, level: 3, note: 'Cold calling' });
    await rate(active, { skillId: ratedNow!.id, week: 2, level: 1 });
    await rate(active, { skillId: ratedNow!.id, week: 3, level: 4 });
    await rate(active, { skillId: elsewhere.id, week: 2, level: 2 });
    const before = await listRatings(active.profile.id, active.framework.id);
    await renderAudit(active);

    const section = within(screen.getByRole('region', { name: area!.name }));
    const button = await section.findByRole('button', { name: 'Same as Week 2' });
    expect(button).toHaveAccessibleDescription(
      `Rates the 2 skills of ${area!.name} not yet rated for Week 3 at their last level.`,
    );
    await user.click(button);

    const done = await section.findByText(
      `2 skills in ${area!.name} rated for Week 3 as they were in Week 2.`,
    );
    // The button is gone: the focus moves to what it did.
    await waitFor(() => expect(done).toHaveFocus());
    const after = await listRatings(active.profile.id, active.framework.id);
    const added = after.filter((event) => !before.some((old) => old.id === event.id));
    // Appended together, so only the ids order them.
    expect(
      added
        .map((event) => [event.skillId, event.kind, event.week, event.level])
        .sort(
          (a, b) =>
            area!.skills.findIndex((skill) => skill.id === a[0]) -
            area!.skills.findIndex((skill) => skill.id === b[0]),
        ),
    ).toEqual([
      [keptA!.id, 'self', 3, 2],
      [keptB!.id, 'self', 3, 3],
    ]);
    expect(added.some((event) => [ratedNow!.id, neverRated!.id].includes(event.skillId))).toBe(
      false,
    );
    // The live query redraws the area once the new ratings are read back.
    await waitFor(() =>
      expect(section.queryByRole('button', { name: /^Same as/ })).not.toBeInTheDocument(),
    );
    await waitFor(() =>
      expect(cardFor(keptA!).getByRole('radio', { name: 'Developing' })).toBeChecked(),
    );
    // The other area still offers its own.
    expect(
      within(screen.getByRole('region', { name: otherArea!.name })).getByRole('button', {
        name: 'Same as Week 2',
      }),
    ).toBeInTheDocument();
  });

  it('is not offered at Baseline, nor for an area with nothing rated before', async () => {
    const user = userEvent.setup();
    const active = await setUpTestProgramme();
    await renderAudit(active);
    expect(screen.queryByRole('button', { name: /^Same as/ })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Week'), '0');
    expect(screen.queryByRole('button', { name: /^Same as/ })).not.toBeInTheDocument();
  });
});
