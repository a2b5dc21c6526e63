import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coachIdentityOf, getCoachKeys, listCoachedRounds, setUpCoach } from '@/db/coaching';
import { db } from '@/db/database';
import {
  generateCoachKeyPair,
  sealAnswer,
  shortKeyFingerprint,
} from '@/domain/review-360/review-crypto';
import {
  decodeCoachLink,
  reviewAnswerFileText,
  reviewBundleFileText,
} from '@/domain/review-360/review-exchange';
import type { CoachIdentity, ReviewAnswerPayload } from '@/domain/review-360/review-round';
import { CoachingScreen } from '@/features/coaching/coaching-screen';
import { makeAnswer, makeRound, rateAll } from '../../../support/review-factories';
import {
  forgetHandedOverFiles,
  damagedFile,
  handOver,
  isTaken,
  jsonFile,
} from '../../../support/handed-over-files';

function goTo(path: string) {
  window.history.replaceState(null, '', path);
}

async function sealedFor(coach: CoachIdentity, round = makeRound({ coach })) {
  const answers = [
    makeAnswer(round, 'line-manager', rateAll(3), { doWell: 'Calm in a crisis' }),
    makeAnswer(round, 'peers', rateAll(2)),
    makeAnswer(round, 'peers', rateAll(2)),
    makeAnswer(round, 'peers', rateAll(4)),
  ];
  const payloads: ReviewAnswerPayload[] = await Promise.all(
    answers.map(async (answer) => ({
      form: 'sealed' as const,
      sealed: await sealAnswer(answer, coach.publicKeyJwk),
    })),
  );
  return { round, payloads };
}

async function bundleFile(coach: CoachIdentity, name = 'sam.trellis-review-bundle.json') {
  const { round, payloads } = await sealedFor(coach);
  const text = await reviewBundleFileText(round, payloads, 'Sam Leader');
  return { round, payloads, file: new File([text], name, { type: 'application/json' }) };
}

describe('the coaching workspace', () => {
  beforeEach(() => {
    goTo('/coaching');
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says what it is for, then sets up a coach and shows their link and fingerprint', async () => {
    const user = userEvent.setup();
    render(<CoachingScreen />);
    expect(
      await screen.findByRole('heading', { name: 'Coach delegates’ 360° reviews' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/encrypted on each rater’s phone/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Set up as a coach' }));
    expect(screen.getByText('Add the coach’s name')).toBeInTheDocument();
    expect(await db.coachKeys.count()).toBe(0);

    await user.type(screen.getByLabelText('Your name'), 'Ada Coach');
    await user.click(screen.getByRole('button', { name: 'Set up as a coach' }));
    expect(
      await screen.findByRole('heading', { name: 'Coaching workspace' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    const keys = await getCoachKeys();
    if (!keys) throw new Error('no keys');

    const linkField = await screen.findByLabelText('Your coach link');
    const link = (linkField as HTMLTextAreaElement).value;
    expect(link.startsWith(`${window.location.origin}/coach#`)).toBe(true);
    const decoded = await decodeCoachLink(link);
    expect(decoded.ok && decoded.value).toEqual(coachIdentityOf(keys));
    expect(screen.getByRole('button', { name: 'Save as a file' })).toBeInTheDocument();
    expect(screen.getByTestId('coach-fingerprint')).toHaveTextContent(
      shortKeyFingerprint(keys.keyId),
    );
    expect(screen.getByText(/kept only on this device, and in its backups/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back up this device' })).toHaveAttribute(
      'href',
      '/backup',
    );
    expect(screen.getByText('No reviews yet')).toBeInTheDocument();
  });

  it('renames the coach, keeping the key', async () => {
    const user = userEvent.setup();
    const before = await setUpCoach('Ada Coach');
    render(<CoachingScreen />);
    await user.click(await screen.findByText('Change your name'));
    const field = screen.getByRole('textbox', { name: 'Your name' });
    await user.clear(field);
    await user.type(field, 'Ada Lovelace');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByText('Saved: you coach as Ada Lovelace.')).toBeInTheDocument();
    expect((await getCoachKeys())?.keyId).toBe(before.keyId);
    expect(await screen.findByText(/You coach as Ada Lovelace/)).toBeInTheDocument();
  });

  it('opens a delegate’s bundle, says what it added and lists the review', async () => {
    const user = userEvent.setup();
    const coach = coachIdentityOf(await setUpCoach('Ada Coach'));
    const { file } = await bundleFile(coach);
    render(<CoachingScreen />);
    await user.upload(await screen.findByLabelText('Choose a file…'), file);
    expect(
      await screen.findByText('Sam Leader’s “Autumn 360”: 4 new answers.', undefined, {
        timeout: 5000,
      }),
    ).toBeInTheDocument();

    const list = within(screen.getByRole('region', { name: 'Reviews you coach' }));
    expect(await list.findByRole('link', { name: 'Sam Leader: Autumn 360' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/coaching\?round=/),
    );
    const counts = within(list.getByRole('list', { name: 'Answers per group' }));
    expect(counts.getByText('Line manager').parentElement).toHaveTextContent('Line manager 1');
    expect(counts.getByText('Peers').parentElement).toHaveTextContent('Peers 3');
    expect(list.getByText('Report not released yet')).toBeInTheDocument();

    // The same file again adds nothing.
    await user.upload(screen.getByLabelText('Choose a file…'), file);
    expect(await screen.findByText(/nothing new/)).toBeInTheDocument();
  });

  it('refuses, plainly and changing nothing, a bundle for another coach or not a bundle', async () => {
    const user = userEvent.setup();
    await setUpCoach('Ada Coach');
    const pair = await generateCoachKeyPair();
    const other = { name: 'Bo Elsewhere', publicKeyJwk: pair.publicKeyJwk, keyId: pair.keyId };
    const { file } = await bundleFile(other, 'bo.trellis-review-bundle.json');
    render(<CoachingScreen />);
    await user.upload(await screen.findByLabelText('Choose a file…'), [
      file,
      new File(['hello'], 'notes.json'),
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/bo\.trellis-review-bundle\.json:.*Bo Elsewhere’s key/);
    expect(alert).toHaveTextContent(/notes\.json:/);
    expect(await listCoachedRounds()).toEqual([]);
    expect(await db.coachedAnswers.count()).toBe(0);
  });

  it('takes a dropped file, and a rater’s answer sent straight to the coach', async () => {
    const coach = coachIdentityOf(await setUpCoach('Ada Coach'));
    const { file } = await bundleFile(coach);
    render(<CoachingScreen />);
    const dropZone = (await screen.findByText('or drop it here')).parentElement;
    if (!dropZone) throw new Error('no drop zone');
    fireEvent.drop(dropZone, { dataTransfer: { files: [file] } });
    expect(
      await screen.findByText(/4 new answers/, undefined, { timeout: 5000 }),
    ).toBeInTheDocument();

    const [round] = await listCoachedRounds();
    if (!round) throw new Error('no round');
    const late: ReviewAnswerPayload = {
      form: 'sealed',
      sealed: await sealAnswer(makeAnswer(round.round, 'others', rateAll(5)), coach.publicKeyJwk),
    };
    vi.setSystemTime(new Date('2026-10-01T12:00:00'));
    const answerFile = new File([await reviewAnswerFileText(late)], 'review-answer.json');
    fireEvent.drop(dropZone, { dataTransfer: { files: [answerFile] } });
    expect(
      await screen.findByText('Added an answer to Sam Leader’s “Autumn 360”.'),
    ).toBeInTheDocument();
    expect(await db.coachedAnswers.count()).toBe(5);
  });
});

describe('files handed over to the coaching workspace by “Open a Trellis file”', () => {
  const scrolledTo = vi.fn();
  beforeEach(() => {
    goTo('/coaching');
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    Element.prototype.scrollIntoView = scrolledTo;
  });
  afterEach(() => {
    forgetHandedOverFiles();
  });

  it('opens a delegate’s bundle as “Choose a file…” does, and lists the review', async () => {
    const coach = coachIdentityOf(await setUpCoach('Ada Coach'));
    const { file } = await bundleFile(coach);
    handOver('review-bundle', [file]);
    render(<CoachingScreen />);
    expect(
      await screen.findByText('Sam Leader’s “Autumn 360”: 4 new answers.', undefined, {
        timeout: 5000,
      }),
    ).toBeInTheDocument();
    expect(isTaken()).toBe(true);
    const list = within(screen.getByRole('region', { name: 'Reviews you coach' }));
    expect(await list.findByRole('link', { name: 'Sam Leader: Autumn 360' })).toBeInTheDocument();
    expect(scrolledTo).toHaveBeenCalled();
    expect(await db.coachedAnswers.count()).toBe(4);
  });

  it('keeps a rater’s answer sent straight to the coach, as a file chosen here does', async () => {
    const coach = coachIdentityOf(await setUpCoach('Ada Coach'));
    const round = makeRound({ coach });
    const payload: ReviewAnswerPayload = {
      form: 'sealed',
      sealed: await sealAnswer(makeAnswer(round, 'peers', rateAll(4)), coach.publicKeyJwk),
    };
    handOver('review-answer', [
      jsonFile(await reviewAnswerFileText(payload), 'review-answer.trellis-review-answer.json'),
    ]);
    render(<CoachingScreen />);
    expect(
      await screen.findByText(/Kept an answer for a review you have not been sent yet/, undefined, {
        timeout: 5000,
      }),
    ).toBeInTheDocument();
    expect(await db.coachedAnswers.count()).toBe(1);
  });

  it('refuses a damaged bundle plainly, storing nothing', async () => {
    const coach = coachIdentityOf(await setUpCoach('Ada Coach'));
    const { round, payloads } = await sealedFor(coach);
    const text = await reviewBundleFileText(round, payloads, 'Sam Leader');
    handOver('review-bundle', [damagedFile(text, 'sam.trellis-review-bundle.json')]);
    render(<CoachingScreen />);
    expect(await screen.findByRole('alert', undefined, { timeout: 5000 })).toHaveTextContent(
      /sam\.trellis-review-bundle\.json:.*changed or damaged since it was made/,
    );
    expect(await listCoachedRounds()).toEqual([]);
    expect(await db.coachedAnswers.count()).toBe(0);
  });

  it('on a device with no coach yet, keeps the file waiting and opens it once there is a key', async () => {
    const user = userEvent.setup();
    const pair = await generateCoachKeyPair();
    const { file } = await bundleFile({
      name: 'Ada Coach',
      publicKeyJwk: pair.publicKeyJwk,
      keyId: pair.keyId,
    });
    handOver('review-bundle', [file]);
    render(<CoachingScreen />);
    const note = await screen.findByRole('note', {
      name: '“sam.trellis-review-bundle.json” is waiting to open',
    });
    expect(note).toHaveTextContent(
      /encrypted to a coach’s key, and this device has no coach’s key yet/,
    );
    expect(
      within(note).getByRole('link', { name: 'restore that device’s backup' }),
    ).toHaveAttribute('href', '/backup');
    expect(isTaken()).toBe(false);
    expect(await db.coachedAnswers.count()).toBe(0);

    // Set up here with a new key, the bundle (sealed to the coach's first key) opens and is refused.
    await user.type(screen.getByLabelText('Your name'), 'Ada Coach');
    await user.click(screen.getByRole('button', { name: 'Set up as a coach' }));
    expect(await screen.findByRole('alert', undefined, { timeout: 5000 })).toHaveTextContent(
      /sam\.trellis-review-bundle\.json:/,
    );
    expect(isTaken()).toBe(true);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(await db.coachedAnswers.count()).toBe(0);
  });

  it('opens the waiting file once the coach’s key is back from their backup', async () => {
    const keys = await setUpCoach('Ada Coach');
    const { file } = await bundleFile(coachIdentityOf(keys));
    await db.coachKeys.clear();
    handOver('review-bundle', [file]);
    render(<CoachingScreen />);
    expect(
      await screen.findByRole('note', {
        name: '“sam.trellis-review-bundle.json” is waiting to open',
      }),
    ).toBeInTheDocument();

    // Restoring the coach's backup puts their key back, as this does.
    await db.coachKeys.add(keys);
    expect(
      await screen.findByText('Sam Leader’s “Autumn 360”: 4 new answers.', undefined, {
        timeout: 5000,
      }),
    ).toBeInTheDocument();
    expect(isTaken()).toBe(true);
  });
});

const scrollIntoView = vi.fn();

describe('one review in the workspace', () => {
  beforeEach(() => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    // jsdom does not lay out, so has no scrollIntoView; the released link is scrolled to.
    Element.prototype.scrollIntoView = scrollIntoView;
  });

  it('shows the report, says what could not be opened, and releases it', async () => {
    const user = userEvent.setup();
    const coach = coachIdentityOf(await setUpCoach('Ada Coach'));
    const { round, payloads } = await sealedFor(coach);
    const [first, ...rest] = payloads;
    if (first?.form !== 'sealed') throw new Error('no sealed answer');
    const { ciphertext } = first.sealed;
    const damaged: ReviewAnswerPayload = {
      form: 'sealed',
      sealed: {
        ...first.sealed,
        ciphertext: `${ciphertext.slice(0, 10)}${ciphertext[10] === 'A' ? 'B' : 'A'}${ciphertext.slice(11)}`,
      },
    };
    const { receiveReviewBundle } = await import('@/db/coaching');
    const received = await receiveReviewBundle(
      await reviewBundleFileText(round, [damaged, ...rest], 'Sam Leader'),
    );
    expect(received.ok).toBe(true);

    goTo(`/coaching?round=${round.id}`);
    render(<CoachingScreen />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sam Leader: Autumn 360' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/1 answer could not be opened on this device/, undefined, {
        timeout: 5000,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/4 answers from raters/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Who answered' })).toBeInTheDocument();
    expect(screen.getByText('Peers: 3 answered')).toBeInTheDocument();
    expect(screen.getByText('Line manager: none answered')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'What they do well' })).toBeInTheDocument();

    const release = within(
      screen.getByRole('region', { name: 'Release the report to Sam Leader' }),
    );
    expect(release.getByText(/stay withheld/)).toBeInTheDocument();
    expect(release.getByText(/comments are shuffled/)).toBeInTheDocument();
    await user.click(release.getByRole('button', { name: 'Release the report to Sam Leader' }));
    const linkField = await screen.findByLabelText('Link to the report', {}, { timeout: 5000 }); // sealing and opening answers takes a while on a busy machine
    const link = (linkField as HTMLTextAreaElement).value;
    expect(link.startsWith(`${window.location.origin}/review-report#`)).toBe(true);
    const { decodeReleasedReport } = await import('@/domain/review-360/review-exchange');
    const decoded = await decodeReleasedReport(link, round.id);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.value.coachName).toBe('Ada Coach');
    expect(decoded.value.report.groups[0]).toMatchObject({ group: 'line-manager', withheld: true });
    expect(screen.getByRole('button', { name: 'Save as a file' })).toBeInTheDocument();
    expect(await screen.findByText(/You released it on/)).toBeInTheDocument();
    expect(screen.getByText('Released. Send Sam Leader the link or the file below.')).toBeVisible();
    expect(scrollIntoView).toHaveBeenCalled();
    expect((await listCoachedRounds())[0]?.releasedAt).toBeDefined();

    await user.click(screen.getByRole('link', { name: '← All the reviews you coach' }));
    expect(await screen.findByText(/Report released/)).toBeInTheDocument();
  });

  it('compares an end round with its start round when both are here', async () => {
    const coach = coachIdentityOf(await setUpCoach('Ada Coach'));
    const { receiveReviewBundle } = await import('@/db/coaching');
    const start = await sealedFor(coach, makeRound({ coach, title: 'Start 360' }));
    const end = await sealedFor(
      coach,
      makeRound({ coach, kind: 'end', comparedWithRoundId: start.round.id, title: 'End 360' }),
    );
    for (const { round, payloads } of [start, end]) {
      const received = await receiveReviewBundle(
        await reviewBundleFileText(round, payloads, 'Sam Leader'),
      );
      expect(received.ok).toBe(true);
    }
    goTo(`/coaching?round=${end.round.id}`);
    render(<CoachingScreen />);
    expect(
      await screen.findByRole('heading', { name: 'Start and end compared' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/End of the programme/)).toBeInTheDocument();
  });

  it('says so when the review is not on this device', async () => {
    await setUpCoach('Ada Coach');
    goTo('/coaching?round=00000000-0000-4000-8000-999999999999');
    render(<CoachingScreen />);
    expect(
      await screen.findByRole('heading', { name: 'This review is not on this device' }),
    ).toBeInTheDocument();
  });
});
