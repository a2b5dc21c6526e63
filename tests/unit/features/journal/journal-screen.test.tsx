import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActiveProgramme } from '@/domain/active-programme';
import { db } from '@/db/database';
import { getEnquiry, listEnquiries } from '@/db/enquiries';
import { draftBufferKey, readEnquiryDraftBuffer } from '@/features/journal/enquiry-draft-buffer';
import { writeDraftBuffer } from '@/ui/draft-buffer';
import { enquiryContentOf } from '@/domain/enquiry';
import { JournalScreen } from '@/features/journal/journal-screen';
import { addEnquiry, makeFramework, setUpTestProgramme } from '../../../support/factories';
import { replaceText } from '../../../support/user-input';

// A small framework keeps jsdom quick: Questioning (q1, q2) and Feedback (f1, f2), a 1–4 scale.
// The programme started 14 days ago, so this is Week 3 of 10.

async function setUp(): Promise<ActiveProgramme> {
  return setUpTestProgramme({ framework: makeFramework() });
}

function at(url: string) {
  window.history.replaceState(null, '', url);
}

afterEach(() => {
  at('/');
});

function renderJournal(active: ActiveProgramme, url = '/journal') {
  at(url);
  return render(<JournalScreen active={active} />);
}

const SAVED = { timeout: 3000 };

/** The editor's save status (the list has a status line too, but not on the editor). */
function saveStatus() {
  return document.querySelector('.enquiry-savebar [role="status"]');
}

async function waitForSaveStatus(text: string) {
  await waitFor(() => expect(saveStatus()).toHaveTextContent(text), SAVED);
}

describe('JournalScreen: writing an enquiry', () => {
  it('stores a new enquiry once it has a focus question, and moves the URL to its own link', async () => {
    const user = userEvent.setup();
    const active = await setUp();
    renderJournal(active);

    expect(await screen.findByText('Your journal is empty')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /New enquiry/ }));
    expect(
      await screen.findByRole('heading', { name: 'New enquiry', level: 1 }),
    ).toBeInTheDocument();
    // Nothing to call it by yet, so nothing is stored.
    expect(await db.enquiries.count()).toBe(0);

    const focus = screen.getByLabelText('Focus question');
    await user.type(focus, 'Will cold calling get every pupil answering?');
    await waitForSaveStatus('Saved');

    const [stored] = await listEnquiries(active.profile.id);
    expect(stored).toMatchObject({
      focusQuestion: 'Will cold calling get every pupil answering?',
      startWeek: 3,
      endWeek: 3,
      status: 'planned',
    });
    expect(window.location.search).toBe(`?entry=${stored!.id}`);
    // The same editor carries on: the text and the focus are where the user left them.
    expect(screen.getByLabelText('Focus question')).toHaveValue(
      'Will cold calling get every pupil answering?',
    );
    expect(screen.getByLabelText('Focus question')).toHaveFocus();
    expect(await db.enquiries.count()).toBe(1);
  });

  it('saves every part as it is written: text, skills, weeks, status, effective and impact', async () => {
    const user = userEvent.setup();
    const active = await setUp();
    const enquiry = await addEnquiry(active, {
      focusQuestion: 'Hinge questions?',
      startWeek: 3,
      endWeek: 3,
    });
    renderJournal(active, `/journal?entry=${enquiry.id}`);
    await screen.findByRole('heading', { name: 'Enquiry', level: 1 });

    await user.type(
      screen.getByLabelText('Technique or change tried'),
      'One hinge question mid-lesson on mini whiteboards.',
    );
    await user.click(screen.getByText('Questioning'));
    await user.click(
      screen.getByRole('checkbox', { name: 'I use hinge questions to check understanding.' }),
    );
    await user.type(screen.getByLabelText('Class or group'), 'Year 9 maths, set 3');
    await user.selectOptions(screen.getByLabelText('First week'), '1');
    await user.click(screen.getByRole('radio', { name: 'Done' }));
    await user.type(screen.getByLabelText('Evidence gathered'), 'Boards showed 8 of 28 confused.');
    await user.type(screen.getByLabelText('Reflection'), 'Worth the time.');
    await user.click(screen.getByRole('checkbox', { name: 'This technique was effective' }));
    await user.click(screen.getByRole('radio', { name: /^3 · Clear/ }));
    await waitForSaveStatus('Saved');

    await waitFor(async () =>
      expect(await getEnquiry(active.profile.id, enquiry.id)).toMatchObject({
        technique: 'One hinge question mid-lesson on mini whiteboards.',
        skillIds: ['q1'],
        context: 'Year 9 maths, set 3',
        startWeek: 1,
        endWeek: 3,
        status: 'done',
        evidence: 'Boards showed 8 of 28 confused.',
        reflection: 'Worth the time.',
        effective: true,
        impact: 3,
      }),
    );
    expect(screen.getByRole('list', { name: 'Chosen skills' })).toHaveTextContent(
      'I use hinge questions to check understanding.',
    );
  });

  it('keeps what was typed when the editor closes before the pause is over', async () => {
    const user = userEvent.setup();
    const active = await setUp();
    const enquiry = await addEnquiry(active, { focusQuestion: 'Retrieval starters?' });
    const view = renderJournal(active, `/journal?entry=${enquiry.id}`);
    await screen.findByRole('heading', { name: 'Enquiry', level: 1 });

    await user.type(screen.getByLabelText('What next'), 'Try it with Year 10');
    view.unmount();

    await waitFor(async () =>
      expect((await getEnquiry(active.profile.id, enquiry.id))?.nextSteps).toBe(
        'Try it with Year 10',
      ),
    );
  });

  it('saves at once when the page is hidden (a phone locking, a tab closing)', async () => {
    const user = userEvent.setup();
    const active = await setUp();
    const enquiry = await addEnquiry(active, { focusQuestion: 'Visualiser?' });
    renderJournal(active, `/journal?entry=${enquiry.id}`);
    await screen.findByRole('heading', { name: 'Enquiry', level: 1 });

    await user.type(screen.getByLabelText('Impact on pupils'), 'Weaker writers start sooner');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });

    await waitFor(async () =>
      expect((await getEnquiry(active.profile.id, enquiry.id))?.impactOnPupils).toBe(
        'Weaker writers start sooner',
      ),
    );
  });

  it('finishes a save that a closed page interrupted, from the draft kept as it was typed', async () => {
    const user = userEvent.setup();
    const active = await setUp();
    const enquiry = await addEnquiry(active, { focusQuestion: 'Mini whiteboards?' });
    const key = draftBufferKey(active.profile.id, enquiry.id);

    // Typing leaves the latest text in the buffer at once, before the database has it.
    const view = renderJournal(active, `/journal?entry=${enquiry.id}`);
    await screen.findByRole('heading', { name: 'Enquiry', level: 1 });
    await user.type(screen.getByLabelText('Reflection'), 'Worth it');
    expect(readEnquiryDraftBuffer(key, 1)?.reflection).toBe('Worth it');
    await waitForSaveStatus('Saved');
    expect(localStorage.getItem(key)).toBeNull();
    view.unmount();

    // The page closed before the last write began: the next visit finishes it.
    const stored = (await getEnquiry(active.profile.id, enquiry.id))!;
    writeDraftBuffer(
      key,
      { ...enquiryContentOf(stored), nextSteps: 'Use with Year 7' },
      stored.rev,
    );
    renderJournal(active, `/journal?entry=${enquiry.id}`);
    expect(
      await screen.findByText('Restored what you were writing when the page last closed.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('What next')).toHaveValue('Use with Year 7');
    await waitFor(async () =>
      expect((await getEnquiry(active.profile.id, enquiry.id))?.nextSteps).toBe('Use with Year 7'),
    );
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('drops a kept draft when the enquiry has changed since it was typed', async () => {
    const active = await setUp();
    const enquiry = await addEnquiry(active, { focusQuestion: 'Seating?' });
    const key = draftBufferKey(active.profile.id, enquiry.id);
    writeDraftBuffer(key, { ...enquiryContentOf(enquiry), reflection: 'Old text' }, 0);

    renderJournal(active, `/journal?entry=${enquiry.id}`);
    await screen.findByRole('heading', { name: 'Enquiry', level: 1 });

    expect(screen.getByLabelText('Reflection')).toHaveValue('');
    expect(screen.queryByText(/Restored what you were writing/)).toBeNull();
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('refuses an enquiry with nothing to call it by, and keeps the stored one', async () => {
    const user = userEvent.setup();
    const active = await setUp();
    const enquiry = await addEnquiry(active, { focusQuestion: 'Exit tickets?' });
    renderJournal(active, `/journal?entry=${enquiry.id}`);
    await screen.findByRole('heading', { name: 'Enquiry', level: 1 });

    await user.clear(screen.getByLabelText('Focus question'));

    expect(screen.getByLabelText('Focus question')).toHaveAccessibleDescription(
      expect.stringContaining('Write a focus question (or the technique you tried)'),
    );
    await waitForSaveStatus('Not saved — check the highlighted field');
    expect(await getEnquiry(active.profile.id, enquiry.id)).toEqual(enquiry);

    await replaceText(user, screen.getByLabelText('Focus question'), 'Do exit tickets help?');
    await waitForSaveStatus('Saved');
    expect((await getEnquiry(active.profile.id, enquiry.id))?.focusQuestion).toBe(
      'Do exit tickets help?',
    );
  });

  it('finds a skill by typing in the skill picker', async () => {
    const user = userEvent.setup();
    const active = await setUp();
    const enquiry = await addEnquiry(active, { focusQuestion: 'Feedback?' });
    renderJournal(active, `/journal?entry=${enquiry.id}`);
    await screen.findByRole('heading', { name: 'Enquiry', level: 1 });

    await user.type(screen.getByLabelText('Find a skill'), 'writen feedback');
    expect(screen.getByText(/No skill matches/)).toBeInTheDocument();
    await replaceText(user, screen.getByLabelText('Find a skill'), 'written');
    const picker = within(screen.getByRole('group', { name: 'Skills it targets' }));
    expect(picker.getAllByRole('checkbox')).toHaveLength(1);
    await user.click(
      picker.getByRole('checkbox', { name: 'My written feedback leads to action.' }),
    );

    await waitFor(async () =>
      expect((await getEnquiry(active.profile.id, enquiry.id))?.skillIds).toEqual(['f2']),
    );
    await user.click(
      screen.getByRole('button', { name: 'Remove: My written feedback leads to action.' }),
    );
    await waitFor(async () =>
      expect((await getEnquiry(active.profile.id, enquiry.id))?.skillIds).toEqual([]),
    );
  });

  it('keeps a skill archived since it was chosen when other skills are picked', async () => {
    const user = userEvent.setup();
    const framework = makeFramework();
    const active = await setUpTestProgramme({
      framework: {
        ...framework,
        areas: framework.areas.map((area) => ({
          ...area,
          skills: area.skills.map((skill) =>
            skill.id === 'f2' ? { ...skill, archivedAt: '2026-09-01T10:00:00.000Z' } : skill,
          ),
        })),
      },
    });
    const enquiry = await addEnquiry(active, { focusQuestion: 'Marking codes?', skillIds: ['f2'] });
    renderJournal(active, `/journal?entry=${enquiry.id}`);
    await screen.findByRole('heading', { name: 'Enquiry', level: 1 });

    expect(
      screen.queryByRole('checkbox', { name: 'My written feedback leads to action.' }),
    ).toBeNull();
    await user.type(screen.getByLabelText('Find a skill'), 'hinge');
    await user.click(
      screen.getByRole('checkbox', { name: 'I use hinge questions to check understanding.' }),
    );

    await waitFor(async () =>
      expect((await getEnquiry(active.profile.id, enquiry.id))?.skillIds).toEqual(['q1', 'f2']),
    );
  });

  it('deletes only after confirmation, as a tombstone', async () => {
    const user = userEvent.setup();
    const active = await setUp();
    const enquiry = await addEnquiry(active, { focusQuestion: 'Seating plans?' });
    renderJournal(active, `/journal?entry=${enquiry.id}`);
    await screen.findByRole('heading', { name: 'Enquiry', level: 1 });

    await user.click(screen.getByRole('button', { name: 'Delete enquiry' }));
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(await getEnquiry(active.profile.id, enquiry.id)).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Delete enquiry' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Delete “Seating plans?”?');
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));

    await waitFor(() => expect(window.location.search).toBe(''));
    expect(await getEnquiry(active.profile.id, enquiry.id)).toBeUndefined();
    expect((await db.enquiries.get(enquiry.id))?.deletedAt).toBeDefined();
    expect(await screen.findByText('Your journal is empty')).toBeInTheDocument();
  });

  it('says so when a linked enquiry is not in this journal', async () => {
    const active = await setUp();
    renderJournal(active, '/journal?entry=7d1c1b1e-0000-4000-8000-000000000009');
    expect(await screen.findByRole('heading', { name: 'Enquiry not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the journal' })).toHaveAttribute(
      'href',
      '/journal',
    );
  });
});

describe('JournalScreen: finding enquiries', () => {
  async function withThreeEnquiries() {
    const active = await setUp();
    await addEnquiry(active, {
      focusQuestion: 'Will hinge questions show who is ready?',
      skillIds: ['q1'],
      startWeek: 1,
      endWeek: 2,
      status: 'done',
      effective: true,
      impact: 4,
      evidence: 'Boards photographed in six lessons',
    });
    await addEnquiry(active, {
      focusQuestion: 'Does live feedback change the redrafts?',
      skillIds: ['f1'],
      context: 'Year 10 — Mme Léger’s set',
      startWeek: 3,
      endWeek: 5,
      status: 'in-progress',
    });
    await addEnquiry(active, {
      technique: 'Thinking time before every answer',
      skillIds: ['q2', 'f2'],
      startWeek: 2,
      endWeek: 3,
      status: 'done',
      effective: true,
      impact: 2,
    });
    return active;
  }

  function shownTitles() {
    return within(screen.getByRole('list', { name: 'Enquiries' }))
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent);
  }

  it('lists every enquiry, latest weeks first, with weeks, status, effective and skills', async () => {
    const active = await withThreeEnquiries();
    renderJournal(active);
    await screen.findByRole('list', { name: 'Enquiries' });

    expect(shownTitles()).toEqual([
      'Does live feedback change the redrafts?',
      'Thinking time before every answer',
      'Will hinge questions show who is ready?',
    ]);
    const hinge = screen.getByRole('article', { name: /Will hinge questions/ });
    expect(hinge).toHaveTextContent('Weeks 1–2');
    expect(hinge).toHaveTextContent('Done');
    expect(hinge).toHaveTextContent('Effective');
    expect(hinge).toHaveTextContent('Impact: Strong (4 of 4)');
    expect(hinge).toHaveTextContent('I use hinge questions to check understanding.');
    expect(within(hinge).getByRole('link')).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/journal\?entry=/),
    );

    await userEvent.setup().selectOptions(screen.getByLabelText('Order'), 'Earliest first');
    expect(shownTitles()[0]).toBe('Will hinge questions show who is ready?');
  });

  it('filters by area, skill, status and effective, and says how many it shows', async () => {
    const user = userEvent.setup();
    const active = await withThreeEnquiries();
    renderJournal(active);
    await screen.findByRole('list', { name: 'Enquiries' });

    await user.selectOptions(screen.getByLabelText('Area'), 'Feedback');
    expect(shownTitles()).toEqual([
      'Does live feedback change the redrafts?',
      'Thinking time before every answer',
    ]);
    expect(screen.getByText('Showing 2 of 3 enquiries')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Status'), 'Done');
    expect(shownTitles()).toEqual(['Thinking time before every answer']);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.selectOptions(
      screen.getByLabelText('Skill'),
      'I use hinge questions to check understanding.',
    );
    expect(shownTitles()).toEqual(['Will hinge questions show who is ready?']);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.click(screen.getByRole('checkbox', { name: 'Effective only' }));
    expect(shownTitles()).toEqual([
      'Thinking time before every answer',
      'Will hinge questions show who is ready?',
    ]);
  });

  it('searches every text field, ignoring case and accents', async () => {
    const user = userEvent.setup();
    const active = await withThreeEnquiries();
    renderJournal(active);
    await screen.findByRole('list', { name: 'Enquiries' });

    await user.type(screen.getByLabelText('Search your journal'), 'LEGER');
    expect(shownTitles()).toEqual(['Does live feedback change the redrafts?']);

    await replaceText(user, screen.getByLabelText('Search your journal'), 'boards photographed');
    expect(shownTitles()).toEqual(['Will hinge questions show who is ready?']);

    await replaceText(user, screen.getByLabelText('Search your journal'), 'nothing like this');
    expect(screen.getByText('No enquiries match')).toBeInTheDocument();
  });

  it('opens pre-filtered to a skill from a ?skill= link', async () => {
    const active = await withThreeEnquiries();
    renderJournal(active, '/journal?skill=f1');
    await screen.findByRole('list', { name: 'Enquiries' });

    expect(shownTitles()).toEqual(['Does live feedback change the redrafts?']);
    expect(screen.getByLabelText('Skill')).toHaveDisplayValue(
      'I give live feedback during the lesson.',
    );
    expect(screen.getByLabelText('Area')).toHaveDisplayValue('Feedback');

    // A new enquiry from the narrowed list starts out targeting that skill.
    await userEvent.setup().click(screen.getByRole('link', { name: /New enquiry/ }));
    await screen.findByRole('heading', { name: 'New enquiry', level: 1 });
    expect(window.location.search).toBe('?entry=new&skill=f1');
    expect(screen.getByRole('list', { name: 'Chosen skills' })).toHaveTextContent(
      'I give live feedback during the lesson.',
    );
  });

  it('ranks the effective techniques by impact and explains the order', async () => {
    const active = await withThreeEnquiries();
    renderJournal(active, '/journal?view=ranked');

    const ranking = await screen.findByRole('list', { name: 'Effective techniques, best first' });
    const entries = within(ranking).getAllByRole('article');
    expect(entries.map((entry) => within(entry).getByRole('link').textContent)).toEqual([
      'Will hinge questions show who is ready?',
      'Thinking time before every answer',
    ]);
    expect(entries[0]).toHaveTextContent('Rank 1');
    expect(entries[0]).toHaveTextContent('Evidence: Boards photographed in six lessons');
    expect(screen.getByText(/The highest impact rating comes first/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Most effective techniques' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('marks an enquiry effective from the editor, and the ranking shows it', async () => {
    const user = userEvent.setup();
    const active = await setUp();
    const enquiry = await addEnquiry(active, { focusQuestion: 'Cold calling?', status: 'done' });
    renderJournal(active, `/journal?entry=${enquiry.id}`);
    await screen.findByRole('heading', { name: 'Enquiry', level: 1 });

    await user.click(screen.getByRole('checkbox', { name: 'This technique was effective' }));
    await user.click(screen.getByRole('radio', { name: /^4 · Strong/ }));
    await waitForSaveStatus('Saved');
    await user.click(screen.getByRole('link', { name: 'Done' }));
    await user.click(await screen.findByRole('link', { name: 'Most effective techniques' }));

    const ranking = await screen.findByRole('list', { name: 'Effective techniques, best first' });
    expect(ranking).toHaveTextContent('Cold calling?');
    expect(ranking).toHaveTextContent('Impact: Strong (4 of 4)');
  });
});
