import { useLiveQuery } from 'dexie-react-hooks';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, formatCalendarDate, localCalendarDate } from '@/domain/calendar-date';
import {
  decodeReviewRequest,
  reviewAnswerFileText,
  reviewAnswerLink,
} from '@/domain/review-360/review-exchange';
import { allStatements, NOT_SEEN, RATER_GROUPS } from '@/domain/review-360/review-round';
import { loadActiveProgramme } from '@/db/active-programme';
import { db } from '@/db/database';
import {
  getReviewRound,
  listReviewRounds,
  setReviewCoach,
  updateReviewRoundSettings,
} from '@/db/review-rounds';
import { Review360Screen } from '@/features/review-360/review-360-screen';
import {
  leadershipDelegate,
  makeCoach,
  openAt,
  plainAnswer,
  receiveAll,
  sealedAnswer,
  startRound,
} from '../../../support/review-360-screens';
import { captureDownloads } from '../../../support/downloads';
import { replaceText } from '../../../support/user-input';

/** The screen as the app mounts it: fed the stored programme live. */
function LiveScreen({ profileId }: { profileId: string }) {
  const active = useLiveQuery(() => loadActiveProgramme(profileId), [profileId]);
  return active ? <Review360Screen active={active} /> : null;
}

async function renderAt(url: string) {
  const active = await leadershipDelegate();
  openAt(url);
  render(<LiveScreen profileId={active.profile.id} />);
  return active;
}

function answerFile(text: string, name = 'review-answer.trellis-review-answer.json') {
  return new File([text], name, { type: 'application/json' });
}

afterEach(() => {
  openAt('/');
});

const downloads = captureDownloads();

describe('360 screen: no round yet', () => {
  it('says what a 360 is and offers a start round, with no coach said plainly', async () => {
    await renderAt('/360');
    expect(
      await screen.findByRole('heading', { level: 1, name: '360° leadership review' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/pooled and anonymous/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Set up a start round' })).toHaveAttribute(
      'href',
      '/360?new=start',
    );
    expect(screen.getByText(/No coach added: answers come to this device/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Set up an end round' })).not.toBeInTheDocument();
  });
});

describe('setting up a round', () => {
  it('defaults the title, framework, closing date and thresholds, and stores the round', async () => {
    const user = userEvent.setup();
    const active = await renderAt('/360');
    await user.click(await screen.findByRole('link', { name: 'Set up a start round' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Set up a start round' }));
    expect(screen.getByLabelText('Title')).toHaveValue('Start of programme 360');
    const framework = screen.getByLabelText('What it asks about');
    await waitFor(() => expect(framework).toHaveDisplayValue(/Leadership behaviours \(built in\)/));
    expect(screen.getByLabelText('Closing date')).toHaveValue(addDays(localCalendarDate(), 14));
    expect(screen.getByLabelText('Line manager')).toHaveValue(1);
    expect(screen.getByLabelText('Peers')).toHaveValue(3);
    expect(screen.getByText(/No coach added/)).toBeInTheDocument();

    // Lowering below the minimum is refused by the field; raising is fine.
    await replaceText(user, screen.getByLabelText('Peers'), '2');
    await replaceText(user, screen.getByLabelText('Direct reports'), '4');
    await user.click(screen.getByRole('button', { name: 'Set up the round' }));
    expect(await screen.findByText(/At least 3: it can be raised, never lowered/)).toBeVisible();
    expect(await listReviewRounds(active.profile.id)).toHaveLength(0);

    await replaceText(user, screen.getByLabelText('Peers'), '3');
    await user.click(screen.getByRole('button', { name: 'Set up the round' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Rate yourself' })).toBeVisible();

    const [round] = await listReviewRounds(active.profile.id);
    expect(round).toMatchObject({
      kind: 'start',
      title: 'Start of programme 360',
      closesOn: addDays(localCalendarDate(), 14),
      thresholds: { 'line-manager': 1, peers: 3, 'direct-reports': 4, others: 3 },
    });
    expect(round?.coach).toBeUndefined();
    expect(window.location.search).toBe(`?round=${round!.id}&part=self`);
  });

  it('names the coach the answers will be encrypted to', async () => {
    const active = await leadershipDelegate();
    const { identity } = await makeCoach('Alex Morgan');
    await setReviewCoach(active.profile.id, identity);
    openAt('/360?new=start');
    render(<LiveScreen profileId={active.profile.id} />);
    const form = await screen.findByRole('button', { name: 'Set up the round' });
    expect(
      within(form.closest('form')!).getByText(/Answers will be encrypted to/),
    ).toHaveTextContent('Answers will be encrypted to Alex Morgan');
    await userEvent.setup().click(form);
    await screen.findByRole('heading', { level: 2, name: 'Rate yourself' });
    const [round] = await listReviewRounds(active.profile.id);
    expect(round?.coach?.keyId).toBe(identity.keyId);
  });

  it('offers an end round once a start round exists, compared with it on the same statements', async () => {
    const user = userEvent.setup();
    const active = await leadershipDelegate();
    const start = await startRound(active);
    openAt('/360');
    render(<LiveScreen profileId={active.profile.id} />);
    await user.click(await screen.findByRole('link', { name: 'Set up an end round' }));
    expect(await screen.findByLabelText('Title')).toHaveValue('End of programme 360');
    expect(screen.getByLabelText('What it asks about')).toHaveDisplayValue(
      /The same statements as “Start of programme 360”/,
    );
    await user.click(screen.getByRole('button', { name: 'Set up the round' }));
    await screen.findByRole('heading', { level: 2, name: 'Rate yourself' });
    const end = (await listReviewRounds(active.profile.id)).find((round) => round.kind === 'end');
    expect(end?.comparedWithRoundId).toBe(start.id);
    expect(end?.behaviours).toEqual(start.behaviours);
  });
});

describe('rating yourself', () => {
  it('shows every statement on the scale with its descriptors and saves each choice', async () => {
    const user = userEvent.setup();
    const active = await leadershipDelegate();
    const round = await startRound(active);
    openAt(`/360?round=${round.id}&part=self`);
    render(<LiveScreen profileId={active.profile.id} />);

    const statements = allStatements(round.behaviours);
    const groups = await screen.findAllByRole('group');
    const statementGroups = groups.filter((group) => group.matches('.review360-statement'));
    expect(statementGroups).toHaveLength(statements.length);
    for (const level of round.scale.levels) {
      expect(screen.getByText(level.descriptor)).toBeInTheDocument();
    }

    const first = screen.getByRole('group', { name: statements[0]!.statement });
    await user.click(within(first).getByRole('radio', { name: /Consistently/ }));
    const second = screen.getByRole('group', { name: statements[1]!.statement });
    await user.click(within(second).getByRole('radio', { name: 'Not seen' }));
    expect(screen.getByText(/2 of/)).toBeInTheDocument();

    await waitFor(async () =>
      expect((await getReviewRound(round.id))?.selfRatings).toEqual({
        [statements[0]!.id]: 4,
        [statements[1]!.id]: NOT_SEEN,
      }),
    );
    expect(await screen.findByText('Saved')).toBeInTheDocument();
  });
});

describe('asking raters', () => {
  it('gives each group its own request link and counts answers per group, never who', async () => {
    const user = userEvent.setup();
    const active = await leadershipDelegate();
    const round = await startRound(active);
    await receiveAll([
      plainAnswer(round, 'peers', { doWell: 'Priya here: great listener' }),
      plainAnswer(round, 'peers'),
      plainAnswer(round, 'peers'),
      plainAnswer(round, 'peers'),
      plainAnswer(round, 'line-manager'),
    ]);
    openAt(`/360?round=${round.id}&part=invite`);
    render(<LiveScreen profileId={active.profile.id} />);

    for (const group of RATER_GROUPS) {
      const label = {
        'line-manager': 'line manager',
        peers: 'peers',
        'direct-reports': 'direct reports',
        others: 'others',
      }[group];
      const field = await screen.findByLabelText(`Link for ${label}`);
      const link = (field as HTMLTextAreaElement).value;
      expect(link.startsWith(`${window.location.origin}/review#`)).toBe(true);
      const decoded = await decodeReviewRequest(link, new Date());
      expect(decoded.ok && decoded.value.group).toBe(group);
      expect(decoded.ok && decoded.value.delegateName).toBe('Jordan Ellis');
    }
    expect(screen.getByTestId('answered-peers')).toHaveTextContent('4 peers have answered');
    expect(screen.getByTestId('answered-line-manager')).toHaveTextContent(
      '1 line manager has answered',
    );
    expect(screen.getByTestId('answered-others')).toHaveTextContent(
      'No people in Others have answered yet',
    );
    // Counts only: nothing a rater wrote shows here.
    expect(screen.queryByText(/Priya/)).not.toBeInTheDocument();

    // The note of whom was asked is kept with the round, on this device.
    const peers = screen.getByRole('heading', { level: 3, name: 'Peers' }).closest('section')!;
    const note = within(peers).getByLabelText('Whom I asked');
    expect(within(peers).getByText(/Only for you, on this device/)).toBeInTheDocument();
    await user.type(note, 'Sam, Priya, Lee, Ola');
    await user.tab();
    await waitFor(async () =>
      expect((await getReviewRound(round.id))?.invitedNotes.peers).toBe('Sam, Priya, Lee, Ola'),
    );
    // The links never carry the note.
    const peersLink = screen.getByLabelText<HTMLTextAreaElement>('Link for peers').value;
    const decoded = await decodeReviewRequest(peersLink, new Date());
    expect(JSON.stringify(decoded)).not.toContain('Priya');

    // The same request as a file, for a rater whose link will not open.
    await user.click(within(peers).getByRole('button', { name: 'Save as a file' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const [saved] = downloads;
    expect(saved?.name).toBe('360-request-jordan-ellis-peers.trellis-review-request.json');
    const fromFile = await decodeReviewRequest(saved?.text ?? '', new Date());
    expect(fromFile.ok && fromFile.value).toEqual(decoded.ok && decoded.value);
  });

  it('says a closed round takes no more answers and shows no links', async () => {
    const active = await leadershipDelegate();
    const round = await startRound(active);
    await updateReviewRoundSettings(round.id, {
      title: round.title,
      closesOn: addDays(localCalendarDate(), -1),
      thresholds: round.thresholds,
    });
    openAt(`/360?round=${round.id}&part=invite`);
    render(<LiveScreen profileId={active.profile.id} />);
    expect(await screen.findByText(/This round has closed/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Link for peers')).not.toBeInTheDocument();
  });
});

describe('answers arriving', () => {
  it('adds an answer file and a pasted link, and says from which group', async () => {
    const user = userEvent.setup();
    const active = await leadershipDelegate();
    const round = await startRound(active);
    openAt(`/360?round=${round.id}&part=answers`);
    render(<LiveScreen profileId={active.profile.id} />);

    const fileText = await reviewAnswerFileText(plainAnswer(round, 'peers'));
    await user.upload(await screen.findByLabelText('Add an answer file'), answerFile(fileText));
    expect(
      await screen.findByText(
        /An answer from a peer was added to “Start of programme 360”. 1 peer has answered./,
      ),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('count-peers')).toHaveTextContent('1');

    const link = await reviewAnswerLink(
      window.location.origin,
      plainAnswer(round, 'direct-reports'),
    );
    await user.type(screen.getByLabelText('Or paste an answer link'), link);
    await user.click(screen.getByRole('button', { name: 'Open the link' }));
    expect(
      await screen.findByText(
        /An answer from a direct report was added .* 1 direct report has answered./,
      ),
    ).toBeInTheDocument();
    expect(await db.reviewAnswers.count()).toBe(2);
  });

  it('refuses a tampered file, another round’s answer and a plain answer for a coach, storing nothing', async () => {
    const user = userEvent.setup();
    const active = await leadershipDelegate();
    const { identity } = await makeCoach();
    const coached = await startRound(active, { coach: identity, title: 'Coached 360' });
    const other = await startRound(active, { title: 'Another 360' });
    openAt(`/360?round=${coached.id}&part=answers`);
    render(<LiveScreen profileId={active.profile.id} />);
    const input = await screen.findByLabelText('Add an answer file');

    const good = await reviewAnswerFileText(await sealedAnswer(coached, 'peers', identity));
    await user.upload(input, answerFile(good.replace('"peers"', '"others"')));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /changed or damaged|could not be read/,
    );

    await user.upload(input, answerFile(await reviewAnswerFileText(plainAnswer(coached, 'peers'))));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not encrypted/);

    await user.upload(input, answerFile('<script>alert(1)</script>'));
    expect(await screen.findByRole('alert')).toBeInTheDocument();

    await user.upload(input, answerFile('x'.repeat(300_000)));
    expect(await screen.findByRole('alert')).toHaveTextContent(/too large/);

    expect(await db.reviewAnswers.count()).toBe(0);

    // An answer for another round of this profile is filed with that round, and says so.
    await user.upload(input, answerFile(await reviewAnswerFileText(plainAnswer(other, 'peers'))));
    expect(await screen.findByText(/was added to “Another 360”/)).toBeInTheDocument();
    expect(screen.getByTestId('count-peers')).toHaveTextContent('0');
  });

  it('with a coach, sends the sealed answers as a file and explains what it holds', async () => {
    const user = userEvent.setup();
    const active = await leadershipDelegate();
    const { identity } = await makeCoach('Alex Morgan');
    const round = await startRound(active, { coach: identity });
    await receiveAll([await sealedAnswer(round, 'peers', identity)]);
    openAt(`/360?round=${round.id}&part=answers`);
    render(<LiveScreen profileId={active.profile.id} />);
    expect(
      await screen.findByRole('heading', { name: 'Send answers to Alex Morgan' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/the sealed answer \(only Alex Morgan can open it\)/),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Open the released report' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save the file' }));
    expect(
      await screen.findByText(/Saved “360-answers-.*\.trellis-review-bundle\.json”/),
    ).toBeVisible();
  });
});

describe('the report and the round’s settings', () => {
  it('shows the coach-less report built from the answers', async () => {
    const active = await leadershipDelegate();
    const round = await startRound(active);
    await receiveAll([
      plainAnswer(round, 'line-manager', { level: 4 }),
      ...[1, 2, 3].map(() => plainAnswer(round, 'peers', { doWell: 'Calm in a crisis' })),
    ]);
    openAt(`/360?round=${round.id}&part=report`);
    render(<LiveScreen profileId={active.profile.id} />);
    expect(await screen.findByText(/Built on this device from the answers received/)).toBeVisible();
    // Comments are drawn in the frames after the behaviours.
    expect(
      await screen.findAllByText('Calm in a crisis', undefined, { timeout: 15_000 }),
    ).not.toHaveLength(0);
  });

  it('edits the round’s settings as typed, never lowering a threshold, and deletes after a confirm', async () => {
    const user = userEvent.setup();
    const active = await leadershipDelegate();
    const round = await startRound(active);
    await receiveAll([plainAnswer(round, 'peers')]);
    openAt(`/360?round=${round.id}&part=settings`);
    render(<LiveScreen profileId={active.profile.id} />);

    await replaceText(user, await screen.findByLabelText('Title'), 'Autumn 360');
    await user.tab();
    await waitFor(async () => expect((await getReviewRound(round.id))?.title).toBe('Autumn 360'));

    await replaceText(user, screen.getByLabelText('Others'), '2');
    await user.tab();
    expect(await screen.findByText(/At least 3: it can be raised, never lowered/)).toBeVisible();
    expect((await getReviewRound(round.id))?.thresholds.others).toBe(3);

    await user.click(screen.getByRole('button', { name: 'Delete round' }));
    expect(
      screen.getByText(
        /This deletes your self-ratings, your notes of whom you asked, the 1 answer received/,
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Yes, delete the round' }));
    await waitFor(() => expect(window.location.pathname + window.location.search).toBe('/360'));
    expect(await listReviewRounds(active.profile.id)).toHaveLength(0);
    expect(await screen.findByRole('link', { name: 'Set up a start round' })).toBeVisible();
  });

  it('lists the round with its closing date and counts on the overview', async () => {
    const active = await leadershipDelegate();
    const round = await startRound(active);
    await receiveAll([plainAnswer(round, 'peers'), plainAnswer(round, 'peers')]);
    openAt('/360');
    render(<LiveScreen profileId={active.profile.id} />);
    expect(await screen.findByRole('link', { name: 'Start of programme 360' })).toBeVisible();
    expect(
      screen.getByText(new RegExp(`Open until ${formatCalendarDate(round.closesOn)}`)),
    ).toBeVisible();
    expect(await screen.findByText('Peers 2')).toBeVisible();
  });
});

describe('start and end', () => {
  it('compares an end round with its start round once both have a report', async () => {
    const active = await leadershipDelegate();
    const start = await startRound(active);
    const end = await startRound(active, { kind: 'end', comparedWithRoundId: start.id });
    await receiveAll([
      plainAnswer(start, 'line-manager', { level: 2 }),
      plainAnswer(end, 'line-manager', { level: 4 }),
    ]);
    openAt(`/360?round=${end.id}&part=compare`);
    render(<LiveScreen profileId={active.profile.id} />);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'How each behaviour moved' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Start and end' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('offers no comparison tab on a start round', async () => {
    const active = await leadershipDelegate();
    const start = await startRound(active);
    openAt(`/360?round=${start.id}&part=compare`);
    render(<LiveScreen profileId={active.profile.id} />);
    expect(await screen.findByRole('link', { name: 'Report' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.queryByRole('link', { name: 'Start and end' })).not.toBeInTheDocument();
  });
});
