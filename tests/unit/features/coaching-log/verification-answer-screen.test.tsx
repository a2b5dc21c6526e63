import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  MAX_VERIFICATION_BYTES,
  verificationFileName,
  verificationFileText,
  verificationLink,
} from '@/domain/coaching/verification';
import { listVerifications } from '@/db/coaching-log';
import { VerificationAnswerScreen } from '@/features/coaching-log/verification-answer-screen';
import { makeFramework, setUpTestProgramme } from '../../../support/factories';
import { makeSignedSession, makeTestCoach } from '../../../support/coaching-data';
import {
  forgetHandedOverFiles,
  damagedFile,
  handOver,
  isTaken,
  jsonFile,
} from '../../../support/handed-over-files';

const SLOW = { timeout: 5000 };

function at(url: string) {
  window.history.replaceState(null, '', url);
}

afterEach(() => {
  at('/');
  forgetHandedOverFiles();
});

async function signedSession() {
  const active = await setUpTestProgramme({ framework: makeFramework() });
  const coach = await makeTestCoach();
  const { sessionId, signed } = await makeSignedSession(active, coach);
  const answers = async () =>
    (await listVerifications(active.profile.id)).filter((row) => row.answer !== undefined);
  return { active, sessionId, signed, answers };
}

describe('the coach’s answer, opened as a link', () => {
  it('files it with the record and says who verified it', async () => {
    const { active, sessionId, signed, answers } = await signedSession();
    const link = await verificationLink(window.location.origin, signed);
    at(`/verified#${link.split('#')[1] ?? ''}`);
    render(<VerificationAnswerScreen active={active} />);
    expect(
      await screen.findByText(/Verified by Dr Amara Okafor on/, undefined, SLOW),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open the record' })).toHaveAttribute(
      'href',
      expect.stringContaining(sessionId),
    );
    expect(await answers()).toHaveLength(1);
  });
});

describe('the coach’s answer file, handed over by “Open a Trellis file”', () => {
  it('files it as the record’s own “The answer file” does, and says who verified it', async () => {
    const { active, sessionId, signed, answers } = await signedSession();
    expect(await answers()).toHaveLength(0);
    at('/verified');
    handOver('verification', [
      jsonFile(await verificationFileText(signed), verificationFileName(signed)),
    ]);
    render(<VerificationAnswerScreen active={active} />);

    expect(
      await screen.findByText(/Verified by Dr Amara Okafor on/, undefined, SLOW),
    ).toBeVisible();
    expect(
      screen.getByText('Dr Amara Okafor wrote: “A fair record of our session.”'),
    ).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the record' })).toHaveAttribute(
      'href',
      expect.stringContaining(sessionId),
    );
    expect(isTaken()).toBe(true);
    expect(await answers()).toHaveLength(1);
  });

  it('refuses a damaged file or one far too large plainly, changing nothing', async () => {
    const { active, signed, answers } = await signedSession();
    const text = await verificationFileText(signed);
    at('/verified');
    handOver('verification', [damagedFile(text, verificationFileName(signed))]);
    const damaged = render(<VerificationAnswerScreen active={active} />);
    expect(await screen.findByRole('alert', undefined, SLOW)).toHaveTextContent(
      /changed or damaged since it was made \(its checksum does not match\), so nothing was taken from it/,
    );
    damaged.unmount();

    handOver('verification', [
      jsonFile(text.padEnd(MAX_VERIFICATION_BYTES + 1, ' '), 'huge.trellis-verification.json'),
    ]);
    render(<VerificationAnswerScreen active={active} />);
    expect(await screen.findByRole('alert', undefined, SLOW)).toHaveTextContent(
      /“huge.trellis-verification.json” is too large to be an answer file/,
    );
    expect(await answers()).toHaveLength(0);
  });
});
