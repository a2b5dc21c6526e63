import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActiveProgramme } from '@/domain/active-programme';
import type { RatingLevel, Skill } from '@/domain/framework';
import { db } from '@/db/database';
import { listRatings } from '@/db/ratings';
import { AuditScreen } from '@/features/audit/audit-screen';
import {
  addEnquiry,
  rate,
  setUpTestProgramme as setUpFullProgramme,
} from '../../../support/factories';

/**
 * The test programme with its framework cut to the first two areas: the screen behaves the same,
 * and jsdom's accessible-name queries stay quick (the whole OTP Plus audit has 33 cards).
 */
async function setUpTestProgramme(): Promise<ActiveProgramme> {
  const active = await setUpFullProgramme();
  return {
    ...active,
    framework: { ...active.framework, areas: active.framework.areas.slice(0, 2) },
  };
}

// The default test programme started 14 days ago, so the audit opens on Week 3.

function firstSkills(active: ActiveProgramme): [Skill, Skill] {
  const skills = active.framework.areas.flatMap((area) => area.skills);
  return [skills[0]!, skills[1]!];
}

function levels(active: ActiveProgramme): RatingLevel[] {
  return active.framework.scale.levels;
}

async function renderAudit(active: ActiveProgramme) {
  const view = render(<AuditScreen active={active} />);
  await screen.findAllByRole('article');
  return view;
}

function cardFor(skill: Skill) {
  return within(screen.getByRole('article', { name: skill.statement }));
}

/** Opens a card's evidence note (the field shows at once when the card already holds a note). */
async function openNote(skill: Skill) {
  const user = userEvent.setup();
  const button = cardFor(skill).queryByRole('button', { name: 'Add note' });
  if (button) await user.click(button);
  return cardFor(skill).getByLabelText('Evidence note');
}

/** Opens a card's target select, from "Add target" or from the target in force. */
async function openTarget(skill: Skill) {
  const user = userEvent.setup();
  await user.click(cardFor(skill).getByRole('button', { name: /^(Add target|Target: )/ }));
  return cardFor(skill).getByLabelText('Target level');
}

async function storedRatings(active: ActiveProgramme) {
  return listRatings(active.profile.id, active.framework.id);
}

describe('AuditScreen', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('opens on the current week with a compact card: one row of levels, no descriptor until one is chosen', async () => {
    const active = await setUpTestProgramme();
    await renderAudit(active);

    const weekSelect = screen.getByLabelText('Week');
    expect(weekSelect).toHaveDisplayValue(/^Week 3 · from .+ \(this week\)$/);
    expect(within(weekSelect).getByRole('option', { name: /^Baseline/ })).toBeInTheDocument();

    const [skill] = firstSkills(active);
    const card = cardFor(skill);
    expect(card.getByRole('group', { name: 'Your rating' })).toBeInTheDocument();
    for (const level of levels(active)) {
      const radio = card.getByRole('radio', { name: level.label });
      expect(radio).not.toBeChecked();
      // Every level's descriptor is its radio's description, for a screen reader.
      expect(radio).toHaveAccessibleDescription(level.descriptor);
    }
    expect(card.queryByText(`${levels(active)[0]!.label}:`)).not.toBeInTheDocument();
    expect(card.getByText('Not rated yet')).toBeInTheDocument();
    expect(card.getByRole('button', { name: 'Add note' })).toBeInTheDocument();
    expect(card.getByRole('button', { name: 'Add target' })).toBeInTheDocument();
    expect(card.queryByLabelText('Evidence note')).not.toBeInTheDocument();
    expect(card.queryByLabelText('Target level')).not.toBeInTheDocument();
  });

  it('stores a self-rating for the selected week when a level is chosen, and shows it checked', async () => {
    const user = userEvent.setup();
    const active = await setUpTestProgramme();
    await renderAudit(active);
    const [skill] = firstSkills(active);
    const level = levels(active)[2]!;

    await user.click(cardFor(skill).getByRole('radio', { name: level.label }));

    expect(cardFor(skill).getByRole('radio', { name: level.label })).toBeChecked();
    await waitFor(() => expect(cardFor(skill).getByRole('status')).toHaveTextContent('Saved'));
    const rows = await storedRatings(active);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ skillId: skill.id, kind: 'self', week: 3, level: level.value });
    expect(cardFor(skill).getByText('Rated for Week 3')).toBeInTheDocument();
    // The count is a live query of its own: it catches up after the card's save.
    await waitFor(() =>
      expect(screen.getByText(/skills rated for Week 3/)).toHaveTextContent(/^1 of \d+ skills/),
    );
  });

  it('appends a second event when the level is changed, never overwriting the first', async () => {
    const user = userEvent.setup();
    const active = await setUpTestProgramme();
    await renderAudit(active);
    const [skill] = firstSkills(active);
    const [, second, third] = levels(active);

    await user.click(cardFor(skill).getByRole('radio', { name: second!.label }));
    await waitFor(async () => expect(await storedRatings(active)).toHaveLength(1));
    await user.click(cardFor(skill).getByRole('radio', { name: third!.label }));

    await waitFor(async () => expect(await storedRatings(active)).toHaveLength(2));
    const rows = await storedRatings(active);
    expect(rows.map((row) => row.level)).toEqual([second!.value, third!.value]);
    await waitFor(() =>
      expect(cardFor(skill).getByRole('radio', { name: third!.label })).toBeChecked(),
    );
    expect(cardFor(skill).getByRole('radio', { name: second!.label })).not.toBeChecked();
  });

  it('shows an earlier rating as carried forward, not checked, in a later week', async () => {
    const active = await setUpTestProgramme();
    const [skill] = firstSkills(active);
    const level = levels(active)[2]!;
    await rate(active, { skillId: skill.id, week: 1, level: level.value, note: 'Hinge questions' });

    await renderAudit(active);

    const card = cardFor(skill);
    expect(
      card.getByText(`Last rated ${level.label} (${level.value}) in Week 1`),
    ).toBeInTheDocument();
    expect(card.getByRole('radio', { name: level.label })).not.toBeChecked();
    expect(card.getByRole('radio', { name: level.label })).toHaveAccessibleDescription(
      expect.stringContaining('Carried from Week 1') as string,
    );
    // The earlier note shows with the note field, on a tap.
    expect(card.queryByText('Hinge questions')).not.toBeInTheDocument();
    // A level in force means evidence can be added for this week.
    expect(await openNote(skill)).toBeEnabled();
    expect(cardFor(skill).getByText('Hinge questions')).toBeInTheDocument();
  });

  it('shows the carried level after switching to a later week, and keeps ratings of both weeks', async () => {
    const user = userEvent.setup();
    const active = await setUpTestProgramme();
    await renderAudit(active);
    const [skill] = firstSkills(active);
    const [first, second] = levels(active);

    await user.selectOptions(screen.getByLabelText('Week'), '1');
    await user.click(cardFor(skill).getByRole('radio', { name: first!.label }));
    await waitFor(async () => expect(await storedRatings(active)).toHaveLength(1));

    await user.selectOptions(screen.getByLabelText('Week'), '2');
    expect(cardFor(skill).getByRole('radio', { name: first!.label })).not.toBeChecked();
    expect(
      cardFor(skill).getByText(`Last rated ${first!.label} (${first!.value}) in Week 1`),
    ).toBeInTheDocument();

    await user.click(cardFor(skill).getByRole('radio', { name: second!.label }));
    await waitFor(async () => expect(await storedRatings(active)).toHaveLength(2));
    const rows = await storedRatings(active);
    expect(rows.map((row) => [row.week, row.level])).toEqual([
      [1, first!.value],
      [2, second!.value],
    ]);

    await user.selectOptions(screen.getByLabelText('Week'), '1');
    expect(cardFor(skill).getByRole('radio', { name: first!.label })).toBeChecked();
  });

  it('calls week 0 Baseline', async () => {
    const user = userEvent.setup();
    const active = await setUpTestProgramme();
    const [skill] = firstSkills(active);
    const level = levels(active)[1]!;
    await rate(active, { skillId: skill.id, week: 0, level: level.value });
    await renderAudit(active);

    expect(
      cardFor(skill).getByText(`Last rated ${level.label} (${level.value}) at Baseline`),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Week'), '0');
    expect(cardFor(skill).getByText('Rated for Baseline')).toBeInTheDocument();
    expect(screen.getByText(/skills rated for Baseline/)).toBeInTheDocument();
  });

  it('disables the evidence note until the skill has a level', async () => {
    const active = await setUpTestProgramme();
    await renderAudit(active);
    const [skill] = firstSkills(active);

    const note = await openNote(skill);
    expect(note).toBeDisabled();
    expect(note).toHaveAccessibleDescription('Choose a level first');
  });

  it('saves the evidence note as it is typed, with the level in force', async () => {
    const user = userEvent.setup();
    const active = await setUpTestProgramme();
    await renderAudit(active);
    const [skill] = firstSkills(active);
    const level = levels(active)[1]!;

    await user.click(cardFor(skill).getByRole('radio', { name: level.label }));
    await waitFor(async () => expect(await storedRatings(active)).toHaveLength(1));
    await user.type(await openNote(skill), 'Used mini whiteboards');

    await waitFor(
      async () => {
        const rows = await storedRatings(active);
        expect(rows.at(-1)).toMatchObject({
          kind: 'self',
          week: 3,
          level: level.value,
          note: 'Used mini whiteboards',
        });
      },
      { timeout: 3000 },
    );
    // One save after typing paused, not one per keystroke.
    expect(await storedRatings(active)).toHaveLength(2);
    expect(cardFor(skill).getByLabelText('Evidence note')).toHaveValue('Used mini whiteboards');
  });

  it('saves a note straight away when the field loses focus, carrying the earlier level', async () => {
    const user = userEvent.setup();
    const active = await setUpTestProgramme();
    const [skill, nextSkill] = firstSkills(active);
    const level = levels(active)[2]!;
    await rate(active, { skillId: skill.id, week: 1, level: level.value });
    await renderAudit(active);

    await user.type(await openNote(skill), 'Still secure');
    await user.click(cardFor(nextSkill).getByRole('heading'));

    await waitFor(async () => expect(await storedRatings(active)).toHaveLength(2));
    const rows = await storedRatings(active);
    expect(rows.at(-1)).toMatchObject({ week: 3, level: level.value, note: 'Still secure' });
    await waitFor(() =>
      expect(cardFor(skill).getByRole('radio', { name: level.label })).toBeChecked(),
    );
  });

  it('keeps the note with the rating when the level is changed afterwards', async () => {
    const user = userEvent.setup();
    const active = await setUpTestProgramme();
    await renderAudit(active);
    const [skill] = firstSkills(active);
    const [, second, third] = levels(active);

    await user.click(cardFor(skill).getByRole('radio', { name: second!.label }));
    await user.type(await openNote(skill), 'Cold calling');
    await user.click(cardFor(skill).getByRole('radio', { name: third!.label }));

    await waitFor(async () => {
      const rows = await storedRatings(active);
      expect(rows.at(-1)).toMatchObject({ level: third!.value, note: 'Cold calling' });
    });
  });

  it('stores a target event when a target level is chosen', async () => {
    const user = userEvent.setup();
    const active = await setUpTestProgramme();
    await renderAudit(active);
    const [skill] = firstSkills(active);
    const top = levels(active).at(-1)!;

    const target = await openTarget(skill);
    expect(target).toHaveFocus();
    expect(target).toHaveDisplayValue('No target');
    await user.selectOptions(target, String(top.value));

    await waitFor(async () => expect(await storedRatings(active)).toHaveLength(1));
    const rows = await storedRatings(active);
    expect(rows[0]).toMatchObject({ kind: 'target', week: 3, level: top.value, skillId: skill.id });
    expect(cardFor(skill).getByLabelText('Target level')).toHaveDisplayValue(
      `${top.value} ${top.label}`,
    );
    // A target is not a rating.
    expect(cardFor(skill).getByText('Not rated yet')).toBeInTheDocument();
  });

  it('removes a target with "No target", keeping the removal in the history', async () => {
    const user = userEvent.setup();
    const active = await setUpTestProgramme();
    const [skill] = firstSkills(active);
    const top = levels(active).at(-1)!;
    await rate(active, { skillId: skill.id, week: 1, level: top.value, kind: 'target' });
    await renderAudit(active);

    expect(
      cardFor(skill).getByRole('button', { name: `Target: ${top.label}, set in Week 1. Change` }),
    ).toBeInTheDocument();
    const target = await openTarget(skill);
    expect(target).toHaveDisplayValue(`${top.value} ${top.label}`);
    await user.selectOptions(target, '');

    await waitFor(async () => expect(await storedRatings(active)).toHaveLength(2));
    const rows = await storedRatings(active);
    expect(rows[1]).toMatchObject({ kind: 'target-cleared', week: 3, level: top.value });
    await waitFor(() =>
      expect(cardFor(skill).getByLabelText('Target level')).toHaveDisplayValue('No target'),
    );
    // Week 1 still shows the target that was in force then.
    await user.selectOptions(screen.getByLabelText('Week'), '1');
    expect(
      cardFor(skill).getByRole('button', { name: `Target: ${top.label}. Change` }),
    ).toBeInTheDocument();
  });

  it('moves between levels with the arrow keys, saving each choice', async () => {
    const user = userEvent.setup();
    const active = await setUpTestProgramme();
    await renderAudit(active);
    const [skill] = firstSkills(active);
    const [first, second] = levels(active);

    await user.click(cardFor(skill).getByRole('radio', { name: first!.label }));
    await user.keyboard('{ArrowDown}');

    const secondRadio = cardFor(skill).getByRole('radio', { name: second!.label });
    expect(secondRadio).toHaveFocus();
    await waitFor(() => expect(secondRadio).toBeChecked());
    await waitFor(async () =>
      expect((await storedRatings(active)).map((row) => row.level)).toEqual([
        first!.value,
        second!.value,
      ]),
    );
  });

  it('shows the stored state again after a reload', async () => {
    const user = userEvent.setup();
    const active = await setUpTestProgramme();
    const view = await renderAudit(active);
    const [skill] = firstSkills(active);
    const [, second, third] = levels(active);

    await user.click(cardFor(skill).getByRole('radio', { name: second!.label }));
    await user.type(await openNote(skill), 'Exit tickets');
    await user.tab();
    await user.selectOptions(await openTarget(skill), String(third!.value));
    await waitFor(async () => expect(await storedRatings(active)).toHaveLength(3));

    view.unmount();
    await renderAudit(active);

    expect(cardFor(skill).getByRole('radio', { name: second!.label })).toBeChecked();
    // Filled, the note shows without a tap, and the target as one line.
    expect(cardFor(skill).getByLabelText('Evidence note')).toHaveValue('Exit tickets');
    expect(
      cardFor(skill).getByRole('button', { name: `Target: ${third!.label}. Change` }),
    ).toBeInTheDocument();
  });

  it('says so when a write fails, and keeps the note being typed', async () => {
    const user = userEvent.setup();
    const active = await setUpTestProgramme();
    const [skill] = firstSkills(active);
    const [first, second] = levels(active);
    await rate(active, { skillId: skill.id, week: 3, level: first!.value });
    await renderAudit(active);
    // The framework disappearing (another tab removed the profile) makes every write fail.
    await db.frameworks.delete(active.framework.id);

    await user.click(cardFor(skill).getByRole('radio', { name: second!.label }));
    await waitFor(() => expect(cardFor(skill).getByRole('status')).toHaveTextContent(/^Not saved/));
    expect(cardFor(skill).getByRole('radio', { name: first!.label })).toBeChecked();

    await user.type(await openNote(skill), 'Draft evidence');
    await user.tab();
    await waitFor(() => expect(cardFor(skill).getByRole('status')).toHaveTextContent(/^Not saved/));
    expect(cardFor(skill).getByRole('status')).not.toHaveTextContent('..');
    expect(cardFor(skill).getByLabelText('Evidence note')).toHaveValue('Draft evidence');
    expect(await db.ratings.count()).toBe(1);
  });

  it('offers a jump link to every area', async () => {
    const active = await setUpTestProgramme();
    await renderAudit(active);

    const nav = screen.getByRole('navigation', { name: 'Areas' });
    for (const area of active.framework.areas) {
      expect(within(nav).getByRole('link', { name: new RegExp(`^${area.name}`) })).toBeVisible();
      expect(screen.getByRole('heading', { level: 2, name: area.name })).toBeInTheDocument();
    }
  });

  it('moves focus to the next unrated card, and to an area, for quick travel through a long framework', async () => {
    // jsdom lays nothing out, so it has no scrolling or media queries of its own.
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    Element.prototype.scrollIntoView = vi.fn();
    const user = userEvent.setup();
    const active = await setUpTestProgramme();
    const skills = active.framework.areas.flatMap((area) => area.skills);
    const [first, second, third] = skills;
    await rate(active, { skillId: second!.id, week: 3, level: levels(active)[0]!.value });
    await renderAudit(active);

    // The second skill is rated this week, so it is skipped.
    await user.click(cardFor(first!).getByRole('button', { name: 'Next unrated skill' }));
    expect(screen.getByRole('article', { name: third!.statement })).toHaveFocus();
    // From the last card (drawn a few frames after the first), round to the first unrated one.
    const lastCard = await screen.findByRole('article', { name: skills.at(-1)!.statement });
    await user.click(within(lastCard).getByRole('button', { name: 'Next unrated skill' }));
    expect(screen.getByRole('article', { name: first!.statement })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Next unrated' }));
    expect(screen.getByRole('article', { name: first!.statement })).toHaveFocus();

    const lastArea = active.framework.areas.at(-1)!;
    const nav = screen.getByRole('navigation', { name: 'Areas' });
    await user.click(within(nav).getByRole('link', { name: new RegExp(`^${lastArea.name}`) }));
    expect(screen.getByRole('heading', { level: 2, name: lastArea.name })).toHaveFocus();
  });

  it('explains when the framework has no skills to rate', async () => {
    const active = await setUpTestProgramme();
    const archivedAt = new Date().toISOString();
    const archived: ActiveProgramme = {
      ...active,
      framework: {
        ...active.framework,
        areas: active.framework.areas.map((area) => ({ ...area, archivedAt })),
      },
    };
    render(<AuditScreen active={archived} />);

    expect(screen.getByRole('heading', { name: 'No skills to rate' })).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('links a skill card to the journal’s enquiries that target the skill', async () => {
    const active = await setUpTestProgramme();
    const [skill, otherSkill] = firstSkills(active);
    const cold = await addEnquiry(active, {
      focusQuestion: 'Will cold calling get every pupil answering?',
      skillIds: [skill.id],
    });
    await addEnquiry(active, {
      technique: 'Mini whiteboards for every hinge question',
      skillIds: [skill.id, otherSkill.id],
      startWeek: 2,
      endWeek: 3,
    });
    await renderAudit(active);

    const card = cardFor(skill);
    await waitFor(() =>
      expect(card.getByRole('link', { name: '2 enquiries targeting this skill' })).toHaveAttribute(
        'href',
        `/journal?skill=${skill.id}`,
      ),
    );
    expect(
      card.getByRole('link', { name: 'Will cold calling get every pupil answering?' }),
    ).toHaveAttribute('href', `/journal?entry=${cold.id}`);
    expect(
      card.getByRole('link', { name: 'Mini whiteboards for every hinge question' }),
    ).toBeInTheDocument();
    // One enquiry: the card links straight to it.
    expect(
      cardFor(otherSkill).getByRole('link', { name: 'Mini whiteboards for every hinge question' }),
    ).toHaveAttribute('href', expect.stringMatching(/^\/journal\?entry=/) as string);
    const third = active.framework.areas.flatMap((area) => area.skills)[2]!;
    expect(cardFor(third).queryByText(/Journal:/)).not.toBeInTheDocument();
  });
});
