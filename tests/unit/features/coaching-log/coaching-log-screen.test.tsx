import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActiveProgramme } from '@/domain/active-programme';
import { addDays, localCalendarDate } from '@/domain/calendar-date';
import { blankActionContent } from '@/domain/coaching/coaching-action';
import { sessionContentOf } from '@/domain/coaching/coaching-session';
import { writeDraftBuffer } from '@/ui/draft-buffer';
import { createAction, createSession, listActions, listSessions } from '@/db/coaching-log';
import { addColleague } from '@/db/colleagues';
import { saveObservationContent, startObservation } from '@/db/observations';
import { CoachingLogScreen } from '@/features/coaching-log/coaching-log-screen';
import { makeFramework, setUpTestProgramme } from '../../../support/factories';
import { sessionInput } from '../../../support/coaching-data';
import { replaceText } from '../../../support/user-input';

const SLOW = { timeout: 5000 };

function at(url: string) {
  window.history.replaceState(null, '', url);
}

afterEach(() => {
  at('/');
});

async function setUp(): Promise<ActiveProgramme> {
  return setUpTestProgramme({ framework: makeFramework() });
}

function renderAt(active: ActiveProgramme, url: string) {
  at(url);
  return render(<CoachingLogScreen active={active} />);
}

describe('the session form', () => {
  it('saves as you type, keeps private notes, and adds an action', async () => {
    const user = userEvent.setup();
    const active = await setUp();
    const session = await createSession(active.profile.id, sessionInput({ notes: '' }));
    renderAt(active, `/coaching-log?session=${session.id}`);

    await screen.findByRole('heading', { name: 'Coaching with Dr Amara Okafor', level: 1 }, SLOW);
    await user.type(screen.getByLabelText('What you talked about'), 'Cold calling in 9X2');
    await user.type(screen.getByLabelText('Private notes'), 'Only for me');
    await user.click(screen.getByRole('radio', { name: 'A headteacher' }));
    await replaceText(user, screen.getByLabelText('The headteacher’s name'), 'Mrs Price');
    await waitFor(async () => {
      const [stored] = await listSessions(active.profile.id);
      expect(stored).toMatchObject({
        notes: 'Cold calling in 9X2',
        privateNotes: 'Only for me',
        withWhom: 'headteacher',
        partnerName: 'Mrs Price',
      });
    }, SLOW);

    await user.type(screen.getByLabelText('A new action'), 'Film a lesson');
    await user.click(screen.getByRole('button', { name: 'Add the action' }));
    await waitFor(async () => {
      expect((await listActions(active.profile.id)).map((action) => action.text)).toEqual([
        'Film a lesson',
      ]);
    }, SLOW);
    expect(await screen.findByDisplayValue('Film a lesson', {}, SLOW)).toBeInTheDocument();
  });

  it('restores and saves what was typed when the page last closed', async () => {
    const active = await setUp();
    const session = await createSession(active.profile.id, sessionInput({ notes: '' }));
    writeDraftBuffer(
      `trellis.coaching-session-draft.${active.profile.id}.${session.id}`,
      { ...sessionContentOf(session), notes: 'Typed just before the tab closed' },
      session.rev,
    );
    renderAt(active, `/coaching-log?session=${session.id}`);
    expect(
      await screen.findByText(
        'Restored what you were writing when the page last closed.',
        {},
        SLOW,
      ),
    ).toBeVisible();
    await waitFor(async () => {
      const [stored] = await listSessions(active.profile.id);
      expect(stored?.notes).toBe('Typed just before the tab closed');
    }, SLOW);
  });

  it('shows an invalid length by its field and saves nothing', async () => {
    const user = userEvent.setup();
    const active = await setUp();
    const session = await createSession(active.profile.id, sessionInput());
    renderAt(active, `/coaching-log?session=${session.id}`);
    const length = await screen.findByLabelText('Length in minutes', {}, SLOW);
    await replaceText(user, length, '2');
    expect(await screen.findByText('A session lasts at least 5 minutes', {}, SLOW)).toBeVisible();
    const [stored] = await listSessions(active.profile.id);
    expect(stored?.durationMinutes).toBe(45);
  });

  it('uses GROW when asked, and says when there is no coach to ask', async () => {
    const user = userEvent.setup();
    const active = await setUp();
    const session = await createSession(active.profile.id, sessionInput());
    renderAt(active, `/coaching-log?session=${session.id}`);
    await user.click(await screen.findByLabelText('Use the GROW structure', {}, SLOW));
    await user.type(screen.getByLabelText('Goal'), 'Every pupil answers');
    await waitFor(async () => {
      const [stored] = await listSessions(active.profile.id);
      expect(stored?.grow?.goal).toBe('Every pupil answers');
    }, SLOW);
    expect(screen.getByText(/Add your coach first/)).toBeVisible();
  });
});

describe('the action list', () => {
  it('groups actions as overdue, due soon, open and done, and marks one done', async () => {
    const user = userEvent.setup();
    const active = await setUp();
    const today = localCalendarDate();
    const session = await createSession(active.profile.id, sessionInput({ date: today }));
    const add = (text: string, dueDate: string | null, status: 'open' | 'done' = 'open') =>
      createAction(active.profile.id, session.id, {
        ...blankActionContent(),
        text,
        dueDate,
        status,
      });
    await add('Late one', addDays(today, -3));
    await add('Soon one', addDays(today, 2));
    await add('Later one', addDays(today, 30));
    await add('Finished one', null, 'done');
    renderAt(active, '/coaching-log?view=actions');

    const overdue = await screen.findByRole('region', { name: /Overdue/ }, SLOW);
    expect(within(overdue).getByText('Late one')).toBeVisible();
    expect(within(overdue).getByText('Overdue by 3 days')).toBeVisible();
    const soon = screen.getByRole('region', { name: /Due soon/ });
    expect(within(soon).getByText('Due in 2 days')).toBeVisible();
    expect(
      within(screen.getByRole('region', { name: /Open, not due yet/ })).getByText('Later one'),
    ).toBeVisible();
    expect(
      within(screen.getByRole('region', { name: /Done or dropped/ })).getByText('Finished one'),
    ).toBeVisible();

    await user.click(within(overdue).getByRole('button', { name: 'Mark done' }));
    await waitFor(
      () => expect(screen.queryByRole('region', { name: /Overdue/ })).not.toBeInTheDocument(),
      SLOW,
    );
    const done = screen.getByRole('region', { name: /Done or dropped/ });
    expect(within(done).getByText('Late one')).toBeVisible();
  });

  it('lists an observation’s follow-up and tracks it as an action', async () => {
    const user = userEvent.setup();
    const active = await setUp();
    const priya = await addColleague(active.profile.id, {
      name: 'Priya Shah',
      role: '',
      subjectOrPhase: '',
      focusSkillIds: ['q1'],
    });
    const observation = await startObservation(
      active,
      priya,
      'colleague-to-delegate',
      localCalendarDate(),
    );
    await saveObservationContent(observation.id, {
      ...observation,
      ratings: [{ skillId: 'q1', level: 2 }],
      nextSteps: ['Hinge question before the practical'],
      followUp: 'Priya observes again in a fortnight',
    });
    const { finishObservation } = await import('@/db/observations');
    await finishObservation(observation.id);
    renderAt(active, '/coaching-log?view=actions');

    const followUps = await screen.findByRole('region', { name: /Agreed in Learning 3/ }, SLOW);
    expect(within(followUps).getByText('Priya observes again in a fortnight')).toBeVisible();
    await user.click(
      within(followUps).getByRole('button', { name: 'Follow this up as an action' }),
    );
    const open = await screen.findByRole('region', { name: /Open, not due yet/ }, SLOW);
    expect(within(open).getByText('Priya observes again in a fortnight')).toBeVisible();
    expect(screen.queryByRole('region', { name: /Agreed in Learning 3/ })).not.toBeInTheDocument();
  });
});
