import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/app/app';
import { db } from '@/db/database';
import { coachIdentityOf, setUpCoach } from '@/db/coaching';
import { sealAnswer } from '@/domain/review-360/review-crypto';
import { reviewAnswerLink } from '@/domain/review-360/review-exchange';
import { makeAnswer, makeRound, rateAll } from '../../support/review-factories';

function goTo(path: string) {
  window.history.replaceState(null, '', path);
}

describe('the coaching workspace in the app', () => {
  beforeEach(() => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  });

  it('is reached from the welcome with no profile, and needs no programme', async () => {
    const user = userEvent.setup();
    goTo('/');
    render(<App />);
    await user.click(await screen.findByRole('link', { name: 'I’m a coach' }, { timeout: 5000 }));
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Coach delegates’ 360° reviews' },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(window.location.pathname).toBe('/coaching');
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(await db.profiles.count()).toBe(0);
  });

  it('backs up a coach’s device that holds no profile, with a way back', async () => {
    const user = userEvent.setup();
    await setUpCoach('Ada Coach');
    goTo('/coaching');
    render(<App />);
    await user.click(
      await screen.findByRole('link', { name: 'Back up this device' }, { timeout: 5000 }),
    );
    expect(
      await screen.findByRole('heading', { name: 'Backup and restore' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '← Back to the coaching workspace' }));
    expect(
      await screen.findByRole('heading', { name: 'Coaching workspace' }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });

  it('takes a rater’s answer link opened on a coach’s device with no profile', async () => {
    const coach = coachIdentityOf(await setUpCoach('Ada Coach'));
    const round = makeRound({ coach, closesOn: '2099-12-31' });
    const sealed = await sealAnswer(makeAnswer(round, 'peers', rateAll(3)), coach.publicKeyJwk);
    const link = await reviewAnswerLink(window.location.origin, { form: 'sealed', sealed });
    goTo(link.slice(window.location.origin.length));
    render(<App />);
    expect(
      await screen.findByText(/Kept an answer for a review you have not been sent yet/, undefined, {
        timeout: 5000,
      }),
    ).toBeInTheDocument();
    expect(window.location.pathname).toBe('/coaching');
    expect(screen.getByRole('heading', { name: 'Coaching workspace' })).toBeInTheDocument();
    expect(await db.coachedAnswers.count()).toBe(1);
    expect(await db.profiles.count()).toBe(0);
  });

  it('says where an answer link belongs on a device with neither a profile nor a coach', async () => {
    const round = makeRound({ closesOn: '2099-12-31' });
    const answer = makeAnswer(round, 'peers', rateAll(3));
    const link = await reviewAnswerLink(window.location.origin, { form: 'plain', answer });
    goTo(link.slice(window.location.origin.length));
    render(<App />);
    expect(
      await screen.findByText(/belongs on the delegate’s device/, undefined, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(await db.reviewAnswers.count()).toBe(0);
    expect(await db.coachedAnswers.count()).toBe(0);
  });
});
