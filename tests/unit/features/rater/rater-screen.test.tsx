import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/app/app';
import { addDays, formatCalendarDate, localCalendarDate } from '@/domain/calendar-date';
import { sealEnvelope } from '@/domain/file-envelope';
import { deflate, requestLink, toBase64Url } from '@/domain/observation-exchange';
import { generateCoachKeyPair, openSealedAnswer } from '@/domain/review-360/review-crypto';
import {
  decodeReviewAnswer,
  REVIEW_REQUEST_TYPE,
  REVIEW_REQUEST_VERSION,
  reviewRequestFileText,
  reviewRequestLink,
} from '@/domain/review-360/review-exchange';
import {
  NOT_SEEN,
  reviewRequestFor,
  type CoachIdentity,
  type RaterGroup,
  type ReviewRequest,
} from '@/domain/review-360/review-round';
import { db } from '@/db/database';
import { RaterScreen } from '@/features/rater/rater-screen';
import { makeRound } from '../../../support/review-factories';
import { makeObservationRequest } from '../../../support/observation-factories';
import {
  forgetHandedOverFiles,
  handOver,
  jsonFile,
  withDamagedChecksum,
} from '../../../support/handed-over-files';

/** Open for another month, whatever today is. */
const CLOSES_ON = addDays(localCalendarDate(), 30);

function makeRequest(
  group: RaterGroup = 'peers',
  overrides: { coach?: CoachIdentity; delegateName?: string; closesOn?: string } = {},
): ReviewRequest {
  const { delegateName = 'Sam Leader', closesOn = CLOSES_ON, coach } = overrides;
  const round = makeRound({ closesOn, ...(coach ? { coach } : {}) });
  return reviewRequestFor(round, group, delegateName);
}

async function openLink(request: ReviewRequest) {
  showLink(await reviewRequestLink(window.location.origin, request));
}

/** Puts a link (or a path with its fragment) in the address bar, as opening it would. */
function showLink(link: string) {
  const url = new URL(link, window.location.origin);
  window.history.replaceState(null, '', `${url.pathname}${url.hash}`);
}

async function makeCoach() {
  const pair = await generateCoachKeyPair();
  const coach: CoachIdentity = {
    name: 'Ada Coach',
    publicKeyJwk: pair.publicKeyJwk,
    keyId: pair.keyId,
  };
  return { coach, privateKeyJwk: pair.privateKeyJwk };
}

function statementGroup(name: string) {
  return screen.getByRole('group', { name });
}

async function rate(user: UserEvent, statement: string, level: string) {
  await user.click(within(statementGroup(statement)).getByRole('radio', { name: level }));
}

async function answerAll(user: UserEvent) {
  await rate(user, 'Asks before telling', '4 Level 4');
  await rate(user, 'Acts on what they hear', '3 Level 3');
  await rate(user, 'Makes clear decisions', 'Not seen');
  await rate(user, 'Explains why', '5 Level 5');
}

async function sentLink(): Promise<string> {
  const field = await screen.findByLabelText('Your answer as a link');
  return (field as HTMLTextAreaElement).value;
}

describe('a rater’s phone (/review#…)', () => {
  it('says who asks, what it takes, by when and who sees what, with a coach', async () => {
    const { coach } = await makeCoach();
    await openLink(makeRequest('peers', { coach }));
    render(<RaterScreen />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Feedback for Sam Leader' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Sam Leader asked you, as one of their peers, for feedback on “Autumn 360”.',
      ),
    ).toBeInTheDocument();
    const intro = screen.getByRole('region', { name: 'Before you start' });
    expect(intro).toHaveTextContent(
      /4 statements in 2 behaviours, each on a 5-point scale or “Not seen”.*about 4 minutes/,
    );
    expect(intro).toHaveTextContent(`Please answer by ${formatCalendarDate(CLOSES_ON)}`);
    expect(intro).toHaveTextContent(
      'Your answers are encrypted on this phone so that only Ada Coach, the coach, can read them; Sam Leader sees only the report, and only groups of at least 3 people.',
    );
    expect(intro).not.toHaveTextContent(/can tell which ratings are yours/);
  });

  it('says the answers are only hidden by the app when there is no coach', async () => {
    await openLink(makeRequest('direct-reports'));
    render(<RaterScreen />);
    const intro = await screen.findByRole('region', { name: 'Before you start' });
    expect(intro).toHaveTextContent(
      'Your answers are stored on Sam Leader’s device and hidden by the app; only averages for groups of at least 3 people are shown.',
    );
    expect(screen.getByText(/as one of their direct reports/)).toBeInTheDocument();
  });

  it('tells a line manager plainly that their answers can be told apart', async () => {
    await openLink(makeRequest('line-manager'));
    render(<RaterScreen />);
    const intro = await screen.findByRole('region', { name: 'Before you start' });
    expect(screen.getByText(/as their line manager/)).toBeInTheDocument();
    expect(intro).toHaveTextContent(
      'Line manager ratings are shown even when only one person gives them, so Sam Leader can tell which ratings are yours, and may recognise your comments.',
    );
  });

  it('shows each statement with the scale’s levels and Not seen, and counts what is answered', async () => {
    const user = userEvent.setup();
    await openLink(makeRequest());
    render(<RaterScreen />);
    expect(await screen.findByRole('heading', { name: 'Listens' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Decides' })).toBeInTheDocument();
    const asks = statementGroup('Asks before telling');
    expect(
      within(asks)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('aria-label') ?? radio.closest('label')?.textContent),
    ).toEqual(['1 Level 1', '2 Level 2', '3 Level 3', '4 Level 4', '5 Level 5', 'Not seen']);
    expect(screen.getByText('0 of 4')).toBeInTheDocument();

    await rate(user, 'Asks before telling', '4 Level 4');
    expect(within(asks).getByText('Seen at level 4')).toBeInTheDocument();
    await rate(user, 'Explains why', 'Not seen');
    expect(
      within(statementGroup('Explains why')).getByText(/left out of every average/),
    ).toBeInTheDocument();
    expect(screen.getByText('2 of 4')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Listens' })).getByText('1 of 2 answered'),
    ).toBeInTheDocument();

    expect(screen.getByLabelText('What they do well')).toHaveAccessibleDescription(
      'Up to 2,000 characters · 2,000 left',
    );
    await user.type(screen.getByLabelText('What would make them more effective'), 'Pace');
    expect(
      screen.getByLabelText('What would make them more effective'),
    ).toHaveAccessibleDescription('Up to 2,000 characters · 1,996 left');
  });

  it('keeps the draft on the phone and resumes it when the link is opened again', async () => {
    const user = userEvent.setup();
    await openLink(makeRequest());
    const first = render(<RaterScreen />);
    await screen.findByRole('heading', { name: 'Listens' });
    await rate(user, 'Acts on what they hear', '2 Level 2');
    await rate(user, 'Makes clear decisions', 'Not seen');
    await user.type(screen.getByLabelText('What they do well'), 'Listens first 🌱 — مرحبا');
    first.unmount();

    await waitFor(async () => {
      const [row] = await db.outgoingReviewAnswers.toArray();
      expect(row?.draft.doWell).toBe('Listens first 🌱 — مرحبا');
    });
    const [before] = await db.outgoingReviewAnswers.toArray();

    render(<RaterScreen />);
    expect(await screen.findByLabelText('What they do well')).toHaveValue(
      'Listens first 🌱 — مرحبا',
    );
    expect(
      within(statementGroup('Acts on what they hear')).getByRole('radio', { name: '2 Level 2' }),
    ).toBeChecked();
    expect(
      within(statementGroup('Makes clear decisions')).getByRole('radio', { name: 'Not seen' }),
    ).toBeChecked();
    expect(screen.getByText('2 of 4')).toBeInTheDocument();
    const rows = await db.outgoingReviewAnswers.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.responseId).toBe(before?.responseId);
  });

  it('sends an answer sealed to the coach, which only the coach’s key opens', async () => {
    const user = userEvent.setup();
    const { coach, privateKeyJwk } = await makeCoach();
    const request = makeRequest('others', { coach });
    await openLink(request);
    render(<RaterScreen />);
    await screen.findByRole('heading', { name: 'Listens' });
    await answerAll(user);
    await user.type(screen.getByLabelText('What they do well'), 'Clear about priorities');
    await user.type(screen.getByLabelText('What would make them more effective'), 'Delegate more');
    await user.click(screen.getByRole('button', { name: 'Send my answer' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Send your answer' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Send it to Sam Leader, or straight to Ada Coach/)).toBeInTheDocument();
    const link = await sentLink();
    expect(link).toMatch(/\/review-answer#/);
    expect(link).not.toContain('Clear');
    const decoded = await decodeReviewAnswer(link);
    if (!decoded.ok || decoded.value.form !== 'sealed') throw new Error('expected a sealed answer');
    const [row] = await db.outgoingReviewAnswers.toArray();
    const opened = await openSealedAnswer(decoded.value.sealed, privateKeyJwk);
    expect(opened).toEqual({
      roundId: request.roundId,
      group: 'others',
      responseId: row?.responseId,
      ratings: {
        'listens.asks': 4,
        'listens.acts': 3,
        'decides.clear': NOT_SEEN,
        'decides.explains': 5,
      },
      doWell: 'Clear about priorities',
      moreEffective: 'Delegate more',
      answeredAt: row?.sentAt,
    });
    expect(screen.getByRole('button', { name: 'Save as a file' })).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: /QR code/ })).toBeInTheDocument();
  });

  it('sends a plain answer with no coach; a change after sending is sent again under the same response id', async () => {
    const user = userEvent.setup();
    const request = makeRequest('peers');
    await openLink(request);
    render(<RaterScreen />);
    await screen.findByRole('heading', { name: 'Listens' });
    await answerAll(user);
    await user.click(screen.getByRole('button', { name: 'Send my answer' }));
    expect(
      await screen.findByText(/Send it to Sam Leader: they open the link/),
    ).toBeInTheDocument();
    const first = await decodeReviewAnswer(await sentLink());
    if (!first.ok || first.value.form !== 'plain') throw new Error('expected a plain answer');
    expect(first.value.answer).toMatchObject({
      roundId: request.roundId,
      group: 'peers',
      ratings: { 'listens.asks': 4, 'decides.clear': NOT_SEEN },
      doWell: '',
    });

    await user.click(screen.getByRole('button', { name: 'Change my answer' }));
    expect(await screen.findByText(/Your answer was ready to send on/)).toBeInTheDocument();
    await rate(user, 'Asks before telling', '2 Level 2');
    expect(
      await screen.findByText(/You have changed your answer since you sent it/),
    ).toBeInTheDocument();
    await waitFor(async () => {
      const [row] = await db.outgoingReviewAnswers.toArray();
      expect(row?.sentAt).toBeUndefined();
    });

    await user.click(screen.getByRole('button', { name: 'Send my answer' }));
    const second = await decodeReviewAnswer(await sentLink());
    if (!second.ok || second.value.form !== 'plain') throw new Error('expected a plain answer');
    expect(second.value.answer.responseId).toBe(first.value.answer.responseId);
    expect(second.value.answer.ratings['listens.asks']).toBe(2);
    expect(Date.parse(second.value.answer.answeredAt)).toBeGreaterThanOrEqual(
      Date.parse(first.value.answer.answeredAt),
    );
  });

  it('asks before sending with statements unanswered, and refuses an empty answer', async () => {
    const user = userEvent.setup();
    await openLink(makeRequest());
    render(<RaterScreen />);
    await screen.findByRole('heading', { name: 'Listens' });
    await user.click(screen.getByRole('button', { name: 'Send my answer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Rate at least one statement, or write a comment, before sending.',
    );

    await rate(user, 'Asks before telling', '3 Level 3');
    await user.click(screen.getByRole('button', { name: 'Send my answer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '3 statements have no answer yet. If you send now, they count as “Not seen”',
    );
    Element.prototype.scrollIntoView = vi.fn();
    await user.click(screen.getByRole('button', { name: 'Answer them first' }));
    expect(
      within(statementGroup('Acts on what they hear')).getByRole('radio', { name: '1 Level 1' }),
    ).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Send my answer' }));
    await user.click(await screen.findByRole('button', { name: 'Send anyway' }));
    const decoded = await decodeReviewAnswer(await sentLink());
    if (!decoded.ok || decoded.value.form !== 'plain') throw new Error('expected a plain answer');
    expect(decoded.value.answer.ratings).toEqual({ 'listens.asks': 3 });
  });

  it('shows names and statements from the link as text, never as markup', async () => {
    await openLink(makeRequest('peers', { delegateName: '<img src=x onerror=alert(1)>' }));
    const { container } = render(<RaterScreen />);
    expect(
      await screen.findByRole('heading', { name: 'Feedback for <img src=x onerror=alert(1)>' }),
    ).toBeInTheDocument();
    expect(container.querySelector('img[src="x"]')).toBeNull();
  });

  describe('refuses, with what to do, and keeps nothing', () => {
    async function expectRefused(message: RegExp) {
      render(<RaterScreen />);
      expect(
        await screen.findByRole('heading', { name: 'This feedback link cannot be opened' }),
      ).toBeInTheDocument();
      expect(screen.getByRole('alert')).toHaveTextContent(message);
      expect(screen.getByText(/Nothing was saved on this phone/)).toBeInTheDocument();
      expect(await db.outgoingReviewAnswers.count()).toBe(0);
    }

    it('a review that has closed', async () => {
      const closesOn = addDays(localCalendarDate(), -1);
      await openLink(makeRequest('peers', { closesOn }));
      await expectRefused(
        new RegExp(`closed on ${formatCalendarDate(closesOn)}, so it no longer takes answers`),
      );
    });

    it('a link changed on the way', async () => {
      const envelope = await sealEnvelope(REVIEW_REQUEST_TYPE, 1, makeRequest(), new Date());
      const changed = { ...envelope, data: { ...makeRequest(), delegateName: 'Someone else' } };
      showLink(`/review#${toBase64Url(await deflate(JSON.stringify(changed)))}`);
      await expectRefused(/changed or damaged since it was made/);
    });

    it('a link cut short', async () => {
      const link = await reviewRequestLink(window.location.origin, makeRequest());
      showLink(link.slice(0, -40));
      await expectRefused(/cut short or changed/);
    });

    it('another kind of Trellis link', async () => {
      const observation = await requestLink(window.location.origin, makeObservationRequest());
      showLink(`/review#${observation.split('#')[1] ?? ''}`);
      await expectRefused(/not a review request/);
    });

    it('a request made by a newer Trellis', async () => {
      const envelope = await sealEnvelope(
        REVIEW_REQUEST_TYPE,
        REVIEW_REQUEST_VERSION + 1,
        makeRequest(),
        new Date(),
      );
      showLink(`/review#${toBase64Url(await deflate(JSON.stringify(envelope)))}`);
      await expectRefused(/newer version of Trellis.*Update Trellis/);
    });

    it('a request that breaks the rules', async () => {
      const hostile = { ...makeRequest(), delegateName: 'x'.repeat(5000) };
      const envelope = await sealEnvelope(REVIEW_REQUEST_TYPE, 1, hostile, new Date());
      showLink(`/review#${toBase64Url(await deflate(JSON.stringify(envelope)))}`);
      await expectRefused(/not one Trellis can use/);
    });
  });

  it('follows another request link opened in the same tab', async () => {
    await openLink(makeRequest('peers'));
    render(<RaterScreen />);
    expect(await screen.findByText(/as one of their peers/)).toBeInTheDocument();
    await openLink(makeRequest('line-manager'));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(await screen.findByText(/as their line manager/)).toBeInTheDocument();
    expect(await db.outgoingReviewAnswers.count()).toBe(2);
  });

  it('opens in the app on a device with no profile, without the first-run set-up', async () => {
    await openLink(makeRequest());
    render(<App />);
    expect(
      await screen.findByRole('heading', { name: 'Feedback for Sam Leader' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(await db.profiles.count()).toBe(0);
  });
});

describe('a review request opened as a file with “Open a Trellis file”', () => {
  beforeEach(() => {
    forgetHandedOverFiles();
    window.history.replaceState(null, '', '/review');
  });

  it('opens the same form as its link, and the same answer when the link is opened later', async () => {
    const user = userEvent.setup();
    const request = makeRequest('peers');
    handOver('review-request', [
      jsonFile(await reviewRequestFileText(request), 'request.trellis-review-request.json'),
    ]);
    render(<RaterScreen />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Feedback for Sam Leader' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/as one of their peers/)).toBeInTheDocument();
    await rate(user, 'Asks before telling', '4 Level 4');

    await openLink(request);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() =>
      expect(
        within(statementGroup('Asks before telling')).getByRole('radio', { name: '4 Level 4' }),
      ).toBeChecked(),
    );
    expect(await db.outgoingReviewAnswers.count()).toBe(1);
  });

  it('refuses a damaged file in plain words and keeps nothing', async () => {
    handOver('review-request', [
      jsonFile(withDamagedChecksum(await reviewRequestFileText(makeRequest())), 'request.json'),
    ]);
    render(<RaterScreen />);
    expect(
      await screen.findByRole('heading', { name: 'This feedback file cannot be opened' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/changed or damaged since it was made/);
    expect(await db.outgoingReviewAnswers.count()).toBe(0);
  });
});
