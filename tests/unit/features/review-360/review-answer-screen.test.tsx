import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, localCalendarDate } from '@/domain/calendar-date';
import { reviewAnswerLink } from '@/domain/review-360/review-exchange';
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

afterEach(() => {
  openAt('/');
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
