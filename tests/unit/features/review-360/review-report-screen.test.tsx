import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import {
  releasedReportFileName,
  releasedReportFileText,
  releasedReportLink,
} from '@/domain/review-360/review-exchange';
import { buildReviewReport } from '@/domain/review-360/review-report';
import type { RaterAnswer, ReleasedReport, ReviewRound } from '@/domain/review-360/review-round';
import { db } from '@/db/database';
import { reviewReportFor } from '@/db/review-rounds';
import { ReviewReportScreen } from '@/features/review-360/review-report-screen';
import { setUpTestProgramme } from '../../../support/factories';
import {
  leadershipDelegate,
  makeCoach,
  openAt,
  openLink,
  plainAnswer,
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

/** What the coach's device releases: the report drawn from the opened answers. */
function released(round: ReviewRound, doWell = 'Gives everyone a voice'): ReleasedReport {
  const answers: RaterAnswer[] = [
    plainAnswer(round, 'line-manager', { level: 4 }),
    ...[1, 2, 3].map(() => plainAnswer(round, 'peers', { level: 3, doWell })),
  ].flatMap((payload) => (payload.form === 'plain' ? [payload.answer] : []));
  return {
    report: buildReviewReport(round, answers),
    coachName: 'Alex Morgan',
    releasedAt: new Date().toISOString(),
  };
}

describe('the report a coach released', () => {
  it('previews the report, stores nothing until kept, then keeps it with its round', async () => {
    const user = userEvent.setup();
    const active = await leadershipDelegate();
    const { identity } = await makeCoach('Alex Morgan');
    const round = await startRound(active, { coach: identity });
    openLink(await releasedReportLink(window.location.origin, released(round, '<b>Bold</b> move')));
    render(<ReviewReportScreen active={active} />);

    expect(await screen.findByText(/released by Alex Morgan/)).toBeVisible();
    // A rater's words are text, never markup. Comments are drawn in the frames after the rest.
    expect(
      (await screen.findAllByText('<b>Bold</b> move', undefined, { timeout: 5000 })).length,
    ).toBeGreaterThan(0);
    expect(document.querySelector('b')).toBeNull();
    expect(await db.releasedReports.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Keep this report' }));
    await waitFor(() =>
      expect(window.location.pathname + window.location.search).toBe(
        `/360?round=${round.id}&part=report`,
      ),
    );
    expect(await reviewReportFor(round.id)).toMatchObject({ roundId: round.id });
  });

  it('refuses a report for a round not on this device, or another profile’s, and a damaged link', async () => {
    const active = await leadershipDelegate();
    const someoneElse = await setUpTestProgramme({
      templateKey: 'leadership-360',
      person: { displayName: 'Kim Other', school: '' },
    });
    const { identity } = await makeCoach();
    const theirs = await startRound(someoneElse, { coach: identity, title: 'Kim’s 360' });
    const mine = await startRound(active, { coach: identity });

    openLink(await releasedReportLink(window.location.origin, released(theirs)));
    const other = render(<ReviewReportScreen active={active} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/another profile on this device/);
    other.unmount();

    await db.reviewRounds.delete(mine.id);
    openLink(await releasedReportLink(window.location.origin, released(mine)));
    const missing = render(<ReviewReportScreen active={active} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/not on this device/);
    missing.unmount();

    openAt('/review-report#AAAA');
    render(<ReviewReportScreen active={active} />);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Keep this report' })).not.toBeInTheDocument();
    expect(await db.releasedReports.count()).toBe(0);
  });
});

describe('the coach’s report file, handed over by “Open a Trellis file”', () => {
  it('previews it as the link does, stores nothing until kept, then keeps it', async () => {
    const user = userEvent.setup();
    const active = await leadershipDelegate();
    const { identity } = await makeCoach('Alex Morgan');
    const round = await startRound(active, { coach: identity });
    const report = released(round);
    openAt('/review-report');
    handOver('review-report', [
      jsonFile(await releasedReportFileText(report), releasedReportFileName(report)),
    ]);
    render(<ReviewReportScreen active={active} />);

    expect(
      await screen.findByText(/released by Alex Morgan/, undefined, { timeout: 5000 }),
    ).toBeVisible();
    expect(isTaken()).toBe(true);
    expect(screen.queryByText(/holds no report/)).not.toBeInTheDocument();
    expect(await db.releasedReports.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Keep this report' }));
    await waitFor(() =>
      expect(window.location.pathname + window.location.search).toBe(
        `/360?round=${round.id}&part=report`,
      ),
    );
    expect(await reviewReportFor(round.id)).toMatchObject({ roundId: round.id });
  });

  it('refuses a damaged file plainly and keeps nothing', async () => {
    const active = await leadershipDelegate();
    const { identity } = await makeCoach('Alex Morgan');
    const round = await startRound(active, { coach: identity });
    const report = released(round);
    openAt('/review-report');
    handOver('review-report', [
      damagedFile(await releasedReportFileText(report), releasedReportFileName(report)),
    ]);
    render(<ReviewReportScreen active={active} />);
    expect(await screen.findByRole('alert', undefined, { timeout: 5000 })).toHaveTextContent(
      'This review report has been changed or damaged since it was made (its checksum does not match), so nothing was taken from it.',
    );
    expect(screen.queryByRole('button', { name: 'Keep this report' })).not.toBeInTheDocument();
    expect(await db.releasedReports.count()).toBe(0);
  });
});
