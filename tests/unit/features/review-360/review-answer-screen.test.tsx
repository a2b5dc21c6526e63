import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, localCalendarDate } from '@/domain/calendar-date';
import {
  MAX_REVIEW_ANSWER_BYTES,
  reviewAnswerFileName,
  reviewAnswerFileText,
  reviewAnswerLink,
} from '@/domain/review-360/review-exchange';
import { db } from '@/db/database';
import { updateReviewRoundSettings } from '@/db/review-rounds';
import { ReviewAnswerScreen } from '@/features/review-360/review-answer-screen';
import {
  leadershipDelegate,
  makeCoach,
  openAt,
  openLink,
  plainAnswer,
  receiveAll,
  sealedAnswer,
  startRound,
} from '../../../support/review-360-screens';
import {
  forgetHandedOverFiles,
  damagedFile,
  handOver,
  isTaken,
  jsonFile,
} from '../../../support/handed-over-files';

afterEach(() => {
  openAt('/');
  forgetHandedOverFiles();
});

describe('a rater’s answer link opened on the delegate’s device', () => {
  it('adds the answer and says from which group and how many have answered, never who', async () => {
    const active = await leadershipDelegate();
    const round = await startRound(active);
    await receiveAll([1, 2, 3].map(() => plainAnswer(round, 'peers')));
    openLink(
      await reviewAnswerLink(
        window.location.origin,
        plainAnswer(round, 'peers', { doWell: 'From Priya: always listens' }),
      ),
    );
    render(<ReviewAnswerScreen active={active} />);
    expect(
      await screen.findByText(
        'An answer from a peer was added to “Start of programme 360”. 4 peers have answered.',
        { exact: false },
      ),
    ).toBeVisible();
    expect(screen.queryByText(/Priya/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /See the answers to/ })).toHaveAttribute(
      'href',
      `/360?round=${round.id}&part=answers`,
    );
    expect(await db.reviewAnswers.count()).toBe(4);
  });

  it('replaces an answer sent again from the same phone', async () => {
    const active = await leadershipDelegate();
    const round = await startRound(active);
    const first = plainAnswer(round, 'line-manager', { level: 2 });
    await receiveAll([first]);
    const again = plainAnswer(round, 'line-manager', {
      level: 3,
      responseId: first.form === 'plain' ? first.answer.responseId : '',
    });
    openLink(await reviewAnswerLink(window.location.origin, again));
    render(<ReviewAnswerScreen active={active} />);
    expect(
      await screen.findByText(
        /Your line manager sent their answer again: it replaced their earlier one/,
      ),
    ).toBeVisible();
    expect(screen.getByText(/1 line manager has answered/)).toBeVisible();
  });

  it('takes a sealed answer for the round’s coach', async () => {
    const active = await leadershipDelegate();
    const { identity } = await makeCoach();
    const round = await startRound(active, { coach: identity });
    openLink(
      await reviewAnswerLink(window.location.origin, await sealedAnswer(round, 'others', identity)),
    );
    render(<ReviewAnswerScreen active={active} />);
    expect(await screen.findByText(/An answer from someone in Others was added/)).toBeVisible();
  });

  it('refuses a broken link, a closed round and the wrong coach’s key plainly, storing nothing', async () => {
    const active = await leadershipDelegate();
    const { identity } = await makeCoach('Alex Morgan');
    const stranger = await makeCoach('Not the coach');
    const round = await startRound(active, { coach: identity });

    openAt('/review-answer#garbage');
    const broken = render(<ReviewAnswerScreen active={active} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/cannot be read|could not be read/);
    broken.unmount();

    openLink(
      await reviewAnswerLink(
        window.location.origin,
        await sealedAnswer(round, 'peers', stranger.identity),
      ),
    );
    const wrongKey = render(<ReviewAnswerScreen active={active} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/different coach’s key/);
    wrongKey.unmount();

    const open = await startRound(active, { title: 'Closed 360' });
    await updateReviewRoundSettings(open.id, {
      title: open.title,
      closesOn: addDays(localCalendarDate(), -2),
      thresholds: open.thresholds,
    });
    openLink(await reviewAnswerLink(window.location.origin, plainAnswer(open, 'peers')));
    render(<ReviewAnswerScreen active={active} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/closed on/);

    expect(await db.reviewAnswers.count()).toBe(0);
  });

  it('says a link with no answer in it holds none', async () => {
    const active = await leadershipDelegate();
    openAt('/review-answer');
    render(<ReviewAnswerScreen active={active} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/holds no answer/);
  });
});

describe('a rater’s answer file handed over by “Open a Trellis file”', () => {
  it('adds the answer as the round’s own “Add an answer file” does, and says so', async () => {
    const active = await leadershipDelegate();
    const round = await startRound(active);
    const text = await reviewAnswerFileText(plainAnswer(round, 'peers'));
    openAt('/review-answer');
    handOver('review-answer', [jsonFile(text, reviewAnswerFileName())]);
    render(<ReviewAnswerScreen active={active} />);

    expect(
      await screen.findByText(
        'An answer from a peer was added to “Start of programme 360”. 1 peer has answered.',
        { exact: false },
        { timeout: 5000 },
      ),
    ).toBeVisible();
    expect(screen.queryByText(/holds no answer/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /See the answers to/ })).toHaveAttribute(
      'href',
      `/360?round=${round.id}&part=answers`,
    );
    expect(isTaken()).toBe(true);
    expect(await db.reviewAnswers.count()).toBe(1);
  });

  it('adds several files in turn, naming each, and refuses the damaged one alone', async () => {
    const active = await leadershipDelegate();
    const round = await startRound(active);
    const [manager, peer, damaged] = await Promise.all([
      reviewAnswerFileText(plainAnswer(round, 'line-manager')),
      reviewAnswerFileText(plainAnswer(round, 'peers')),
      reviewAnswerFileText(plainAnswer(round, 'others')),
    ]);
    openAt('/review-answer');
    handOver('review-answer', [
      jsonFile(manager, 'from-manager.trellis-review-answer.json'),
      damagedFile(damaged, 'damaged.trellis-review-answer.json'),
      jsonFile(peer, 'from-peer.trellis-review-answer.json'),
    ]);
    render(<ReviewAnswerScreen active={active} />);

    const added = await screen.findAllByRole('status', undefined, { timeout: 5000 });
    expect(added.map((status) => status.textContent)).toEqual([
      expect.stringMatching(
        /^✓ from-manager.trellis-review-answer.json: An answer from your line manager/,
      ),
      expect.stringMatching(/^✓ from-peer.trellis-review-answer.json: An answer from a peer/),
    ]);
    expect(screen.getByRole('alert')).toHaveTextContent(
      /damaged.trellis-review-answer.json: This review answer has been changed or damaged/,
    );
    expect(await db.reviewAnswers.count()).toBe(2);
  });

  it('shows a link opened in the same tab afterwards instead of the files', async () => {
    const active = await leadershipDelegate();
    const round = await startRound(active);
    openAt('/review-answer');
    handOver('review-answer', [
      jsonFile(await reviewAnswerFileText(plainAnswer(round, 'peers')), 'peer.json'),
    ]);
    render(<ReviewAnswerScreen active={active} />);
    expect(
      await screen.findByText(/An answer from a peer was added/, undefined, { timeout: 5000 }),
    ).toBeVisible();

    const link = await reviewAnswerLink(window.location.origin, plainAnswer(round, 'others'));
    window.location.hash = new URL(link).hash;
    expect(
      await screen.findByText(/An answer from someone in Others was added/, undefined, {
        timeout: 5000,
      }),
    ).toBeVisible();
    expect(screen.queryByText(/An answer from a peer was added/)).not.toBeInTheDocument();
    expect(await db.reviewAnswers.count()).toBe(2);
  });

  it('refuses a damaged file or one far too large plainly, storing nothing', async () => {
    const active = await leadershipDelegate();
    const round = await startRound(active);
    const text = await reviewAnswerFileText(plainAnswer(round, 'peers'));
    openAt('/review-answer');
    handOver('review-answer', [damagedFile(text, reviewAnswerFileName())]);
    const damaged = render(<ReviewAnswerScreen active={active} />);
    expect(await screen.findByRole('alert', undefined, { timeout: 5000 })).toHaveTextContent(
      'This review answer has been changed or damaged since it was made (its checksum does not match), so nothing was taken from it.',
    );
    expect(screen.getByRole('link', { name: 'Go to your 360° review' })).toBeVisible();
    damaged.unmount();

    handOver('review-answer', [
      jsonFile(text.padEnd(MAX_REVIEW_ANSWER_BYTES + 1, ' '), 'huge.trellis-review-answer.json'),
    ]);
    render(<ReviewAnswerScreen active={active} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /“huge.trellis-review-answer.json” is too large to be an answer file/,
    );
    expect(await db.reviewAnswers.count()).toBe(0);
  });
});
