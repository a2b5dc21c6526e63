import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { coachIdentityOf, getCoachKeys, setUpCoach } from '@/db/coaching';
import { db } from '@/db/database';
import {
  checkVerification,
  decodeVerification,
  verificationRequestFileName,
  verificationRequestFileText,
  verificationRequestLink,
  type VerificationRequest,
} from '@/domain/coaching/verification';
import { generateCoachKeyPair } from '@/domain/review-360/review-crypto';
import { VerifyScreen } from '@/features/coaching/verify-screen';
import {
  forgetHandedOverFiles,
  damagedFile,
  handOver,
  isTaken,
  jsonFile,
} from '../../../support/handed-over-files';

const SLOW = { timeout: 5000 };
const PROFILE_ID = '7b0c3c4e-3f5e-4a59-9a3c-2f1e0d9c8b7a';

function goTo(path: string) {
  window.history.replaceState(null, '', path);
}

afterEach(() => {
  goTo('/');
  forgetHandedOverFiles();
});

function requestFor(signingKeyId: string): VerificationRequest {
  return {
    requestId: crypto.randomUUID(),
    delegateProfileId: PROFILE_ID,
    delegateName: 'Sam Patel',
    coachName: 'Ada Coach',
    signingKeyId,
    subject: { kind: 'session', id: crypto.randomUUID() },
    content: {
      kind: 'session',
      title: 'Coaching session, Tue, 3 Nov 2026',
      fields: [{ key: 'notes', label: 'Notes', value: 'Cold calling <b>works</b>' }],
    },
    requestedAt: '2026-11-03T17:00:00.000Z',
  };
}

async function open(request: VerificationRequest) {
  const link = await verificationRequestLink(window.location.origin, request);
  goTo(`/verify#${link.split('#')[1] ?? ''}`);
  render(<VerifyScreen />);
}

describe('the coach’s verify screen', () => {
  it('shows exactly the content asked about, and signs a confirmation the delegate can check', async () => {
    const user = userEvent.setup();
    const keys = await setUpCoach('Ada Coach');
    const request = requestFor(keys.signing!.keyId);
    await open(request);

    await screen.findByRole('heading', { name: 'Sam Patel asks you to verify a record' }, SLOW);
    // Text, never HTML.
    expect(screen.getByText('Cold calling <b>works</b>')).toBeVisible();
    await user.type(screen.getByLabelText('A comment (optional)'), 'A fair record.');
    await user.click(screen.getByRole('button', { name: 'Confirm and sign' }));
    const answer = await screen.findByLabelText<HTMLTextAreaElement>('Answer link', {}, SLOW);

    const decoded = await decodeVerification(answer.value);
    if (!decoded.ok) throw new Error(decoded.message);
    const checked = await checkVerification(decoded.value, {
      profileId: PROFILE_ID,
      request,
      coach: coachIdentityOf(keys),
    });
    expect(checked.ok && checked.value).toMatchObject({
      decision: 'confirmed',
      comment: 'A fair record.',
      coachName: 'Ada Coach',
    });
  });

  it('asks for a reason before declining', async () => {
    const user = userEvent.setup();
    const keys = await setUpCoach('Ada Coach');
    await open(requestFor(keys.signing!.keyId));
    await user.click(await screen.findByRole('radio', { name: /Decline/ }, SLOW));
    await user.click(screen.getByRole('button', { name: 'Decline and sign' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Say why you are declining');
    expect(screen.queryByLabelText('Answer link')).not.toBeInTheDocument();
  });

  it('refuses a request meant for another coach’s key', async () => {
    await setUpCoach('Ada Coach');
    const other = await generateCoachKeyPair();
    await open(requestFor(other.keyId));
    expect(
      await screen.findByRole('heading', { name: 'This request is for another key' }, SLOW),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Confirm and sign' })).not.toBeInTheDocument();
  });

  it('gives a coach set up before verifications a signing key', async () => {
    const keys = await setUpCoach('Ada Coach');
    const withoutSigning = { ...keys };
    delete withoutSigning.signing;
    await db.coachKeys.put(withoutSigning);
    await open(requestFor(keys.signing!.keyId));
    await screen.findByRole('heading', { name: 'This request is for another key' }, SLOW);
    const now = await getCoachKeys();
    expect(now?.signing?.keyId).toBeDefined();
    expect(now?.keyId).toBe(keys.keyId);
  });

  it('says a damaged link cannot be opened', async () => {
    goTo('/verify#not-a-real-request');
    render(<VerifyScreen />);
    expect(
      await screen.findByRole('heading', { name: 'This request cannot be opened' }, SLOW),
    ).toBeVisible();
  });
});

describe('a verification request file handed over by “Open a Trellis file”', () => {
  it('shows the request as its link does and signs an answer, keeping nothing of it', async () => {
    const user = userEvent.setup();
    const keys = await setUpCoach('Ada Coach');
    const request = requestFor(keys.signing!.keyId);
    goTo('/verify');
    handOver('verification-request', [
      jsonFile(await verificationRequestFileText(request), verificationRequestFileName(request)),
    ]);
    render(<VerifyScreen />);

    await screen.findByRole('heading', { name: 'Sam Patel asks you to verify a record' }, SLOW);
    expect(isTaken()).toBe(true);
    expect(screen.getByText('Cold calling <b>works</b>')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Confirm and sign' }));
    const answer = await screen.findByLabelText<HTMLTextAreaElement>('Answer link', {}, SLOW);
    const decoded = await decodeVerification(answer.value);
    expect(decoded.ok && decoded.value.statement.requestId).toBe(request.requestId);
    expect(await db.coachKeys.count()).toBe(1);
  });

  it('shows the first of several files and says to open the others one at a time', async () => {
    const keys = await setUpCoach('Ada Coach');
    const [first, second] = [requestFor(keys.signing!.keyId), requestFor(keys.signing!.keyId)];
    goTo('/verify');
    handOver('verification-request', [
      jsonFile(await verificationRequestFileText(first), 'first.json'),
      jsonFile(await verificationRequestFileText(second), 'second.json'),
    ]);
    render(<VerifyScreen />);
    await screen.findByRole('heading', { name: 'Sam Patel asks you to verify a record' }, SLOW);
    expect(screen.getByRole('note')).toHaveTextContent(
      'Only the first file, “first.json”, is shown here: open the others one at a time.',
    );
  });

  it('says a damaged file cannot be opened, with why', async () => {
    const keys = await setUpCoach('Ada Coach');
    const request = requestFor(keys.signing!.keyId);
    goTo('/verify');
    handOver('verification-request', [
      damagedFile(await verificationRequestFileText(request), 'request.json'),
    ]);
    render(<VerifyScreen />);
    expect(
      await screen.findByRole('heading', { name: 'This request cannot be opened' }, SLOW),
    ).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(
      /changed or damaged since it was made \(its checksum does not match\)/,
    );
    expect(screen.queryByRole('button', { name: 'Confirm and sign' })).not.toBeInTheDocument();
  });
});
