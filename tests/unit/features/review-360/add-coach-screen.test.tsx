import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { generateSigningKeyPair } from '@/domain/coaching/verification-crypto';
import { coachFileName, coachFileText, coachLink } from '@/domain/review-360/review-exchange';
import { getReviewCoach, setReviewCoach } from '@/db/review-rounds';
import { AddCoachScreen } from '@/features/review-360/add-coach-screen';
import {
  leadershipDelegate,
  makeCoach,
  openAt,
  openLink,
} from '../../../support/review-360-screens';
import {
  forgetHandedOverFiles,
  damagedFile,
  handOver,
  jsonFile,
} from '../../../support/handed-over-files';

afterEach(() => {
  openAt('/');
  forgetHandedOverFiles();
});

describe('adding a coach from their link', () => {
  it('previews the coach’s name and short fingerprint, then adds them and goes to /360', async () => {
    const user = userEvent.setup();
    const active = await leadershipDelegate();
    const { identity } = await makeCoach('Alex Morgan');
    openLink(await coachLink(window.location.origin, identity));
    render(<AddCoachScreen active={active} />);

    expect(
      await screen.findByRole('heading', { name: 'Add Alex Morgan as your coach for 360 reviews' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}$/)).toBeVisible();
    expect(await getReviewCoach(active.profile.id)).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Add Alex Morgan as your coach' }));
    await waitFor(() => expect(window.location.pathname).toBe('/360'));
    expect((await getReviewCoach(active.profile.id))?.keyId).toBe(identity.keyId);
  });

  it('says when the coach is already added, and when one replaces another', async () => {
    const active = await leadershipDelegate();
    const alex = await makeCoach('Alex Morgan');
    const sam = await makeCoach('Sam Okafor');
    await setReviewCoach(active.profile.id, alex.identity);

    openLink(await coachLink(window.location.origin, alex.identity));
    const first = render(<AddCoachScreen active={active} />);
    expect(await screen.findByText(/Alex Morgan is already your coach/)).toBeVisible();
    first.unmount();

    openLink(await coachLink(window.location.origin, sam.identity));
    render(<AddCoachScreen active={active} />);
    expect(
      await screen.findByText(/This replaces Alex Morgan as your coach for new rounds/),
    ).toBeVisible();
  });

  it('brings the same coach up to date when their link now carries a signing key', async () => {
    const user = userEvent.setup();
    const active = await leadershipDelegate();
    const alex = await makeCoach('Alex Morgan');
    const signing = await generateSigningKeyPair();
    await setReviewCoach(active.profile.id, alex.identity);

    const withSigning = {
      ...alex.identity,
      signing: { publicKeyJwk: signing.publicKeyJwk, keyId: signing.keyId },
    };
    openLink(await coachLink(window.location.origin, withSigning));
    render(<AddCoachScreen active={active} />);
    expect(await screen.findByText(/this brings their details up to date/)).toBeVisible();
    expect(screen.getByText(/can also verify your coaching records/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Add Alex Morgan as your coach' }));
    await waitFor(async () =>
      expect((await getReviewCoach(active.profile.id))?.signing?.keyId).toBe(signing.keyId),
    );
  });

  it('refuses a coach link whose signing key is not its own fingerprint', async () => {
    const active = await leadershipDelegate();
    const alex = await makeCoach('Alex Morgan');
    const signing = await generateSigningKeyPair();
    const other = await generateSigningKeyPair();
    openLink(
      await coachLink(window.location.origin, {
        ...alex.identity,
        signing: { publicKeyJwk: signing.publicKeyJwk, keyId: other.keyId },
      }),
    );
    render(<AddCoachScreen active={active} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/does not hold a usable key/);
  });

  it('refuses a tampered or broken link plainly and changes nothing', async () => {
    const active = await leadershipDelegate();
    const { identity } = await makeCoach('Alex Morgan');
    const link = await coachLink(window.location.origin, identity);
    const hash = new URL(link).hash;
    // A character changed in the middle of the payload.
    const middle = Math.floor(hash.length / 2);
    const changed =
      hash.slice(0, middle) + (hash[middle] === 'A' ? 'B' : 'A') + hash.slice(middle + 1);
    openAt(`/coach${changed}`);
    const view = render(<AddCoachScreen active={active} />);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /as your coach/ })).not.toBeInTheDocument();
    view.unmount();

    openAt('/coach#not-a-link');
    render(<AddCoachScreen active={active} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/coach link/);
    expect(await getReviewCoach(active.profile.id)).toBeUndefined();
  });

  it('reads a second coach link opened in the same tab, where only the fragment changes', async () => {
    const active = await leadershipDelegate();
    const { identity } = await makeCoach('Alex Morgan');
    openAt('/coach#not-a-link');
    render(<AddCoachScreen active={active} />);
    expect(await screen.findByRole('alert')).toBeInTheDocument();

    const link = await coachLink(window.location.origin, identity);
    window.location.hash = new URL(link).hash;
    expect(
      await screen.findByRole('button', { name: 'Add Alex Morgan as your coach' }),
    ).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('adding a coach from their file, handed over by “Open a Trellis file”', () => {
  it('previews the coach as their link does, and adds them only when asked', async () => {
    const user = userEvent.setup();
    const active = await leadershipDelegate();
    const { identity } = await makeCoach('Alex Morgan');
    openAt('/coach');
    handOver('coach-link', [jsonFile(await coachFileText(identity), coachFileName())]);
    render(<AddCoachScreen active={active} />);

    expect(
      await screen.findByRole(
        'heading',
        { name: 'Add Alex Morgan as your coach for 360 reviews' },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/^[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}$/)).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await getReviewCoach(active.profile.id)).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Add Alex Morgan as your coach' }));
    await waitFor(() => expect(window.location.pathname).toBe('/360'));
    expect((await getReviewCoach(active.profile.id))?.keyId).toBe(identity.keyId);
  });

  it('shows the first of several files and says to open the others one at a time', async () => {
    const active = await leadershipDelegate();
    const alex = await makeCoach('Alex Morgan');
    const sam = await makeCoach('Sam Okafor');
    openAt('/coach');
    handOver('coach-link', [
      jsonFile(await coachFileText(alex.identity), 'alex.trellis-coach.json'),
      jsonFile(await coachFileText(sam.identity), 'sam.trellis-coach.json'),
    ]);
    render(<AddCoachScreen active={active} />);
    expect(
      await screen.findByRole(
        'button',
        { name: 'Add Alex Morgan as your coach' },
        { timeout: 5000 },
      ),
    ).toBeVisible();
    expect(screen.getByRole('note')).toHaveTextContent(
      'Only the first file, “alex.trellis-coach.json”, is shown here: open the others one at a time.',
    );
  });

  it('refuses a damaged file plainly and changes nothing', async () => {
    const active = await leadershipDelegate();
    const { identity } = await makeCoach('Alex Morgan');
    openAt('/coach');
    handOver('coach-link', [damagedFile(await coachFileText(identity), coachFileName())]);
    render(<AddCoachScreen active={active} />);
    expect(await screen.findByRole('alert', undefined, { timeout: 5000 })).toHaveTextContent(
      'This coach’s file has been changed or damaged since it was made (its checksum does not match), so nothing was taken from it.',
    );
    expect(screen.queryByRole('button', { name: /as your coach/ })).not.toBeInTheDocument();
    expect(await getReviewCoach(active.profile.id)).toBeUndefined();
  });
});
