import { describe, expect, it } from 'vitest';
import { contentChanges, type VerifiableContent } from '@/domain/coaching/verifiable-content';
import {
  canonicalJson,
  checkVerification,
  contentDigest,
  decideVerification,
  decodeVerification,
  decodeVerificationRequest,
  verificationFileText,
  verificationLink,
  verificationRequestLink,
  type ExpectedVerification,
  type SignedVerification,
  type VerificationRequest,
} from '@/domain/coaching/verification';
import { makeTestCoach, type TestCoach } from '../../../support/coaching-data';

const PROFILE_ID = '7b0c3c4e-3f5e-4a59-9a3c-2f1e0d9c8b7a';
const SESSION_ID = '1f6f8a9e-51c4-4a3b-8d2e-6c7b5a4f3e2d';
const OTHER_SESSION_ID = '2a6f8a9e-51c4-4a3b-8d2e-6c7b5a4f3e2d';
const NOW = new Date('2026-11-10T09:00:00Z');

const content: VerifiableContent = {
  kind: 'session',
  title: 'Coaching session, Tue, 3 Nov 2026',
  fields: [
    { key: 'date', label: 'Date', value: 'Tue, 3 Nov 2026, 16:15' },
    { key: 'notes', label: 'Notes', value: 'Cold calling is working in 9X2 🙂' },
    { key: 'action.a', label: 'Agreed action', value: 'Plan three hinge questions — Open' },
  ],
};

function requestFor(coach: TestCoach, overrides: Partial<VerificationRequest> = {}) {
  return {
    requestId: crypto.randomUUID(),
    delegateProfileId: PROFILE_ID,
    delegateName: 'Sam Teacher',
    coachName: coach.identity.name,
    signingKeyId: coach.identity.signing!.keyId,
    subject: { kind: 'session' as const, id: SESSION_ID },
    content,
    requestedAt: NOW.toISOString(),
    ...overrides,
  };
}

function signerOf(coach: TestCoach) {
  return {
    coachName: coach.identity.name,
    signingKeyId: coach.signing.keyId,
    privateKeyJwk: coach.signing.privateKeyJwk,
  };
}

function expecting(request: VerificationRequest, coach: TestCoach): ExpectedVerification {
  return { profileId: PROFILE_ID, request, coach: coach.identity };
}

describe('a coach’s signed verification', () => {
  it('is taken when it answers the request sent, signed by the coach’s key', async () => {
    const coach = await makeTestCoach();
    const request = requestFor(coach);
    const signed = await decideVerification(
      request,
      { decision: 'confirmed', comment: '  A fair record. ' },
      signerOf(coach),
      NOW,
    );
    const checked = await checkVerification(signed, expecting(request, coach));
    expect(checked).toEqual({
      ok: true,
      value: expect.objectContaining({
        decision: 'confirmed',
        comment: 'A fair record.',
        coachName: 'Dr Amara Okafor',
        decidedAt: NOW.toISOString(),
      }) as unknown,
    });
  });

  it('travels as a link and a file and comes back the same', async () => {
    const coach = await makeTestCoach();
    const request = requestFor(coach);
    const link = await verificationRequestLink('https://trellis.example', request, NOW);
    expect(link.startsWith('https://trellis.example/verify#')).toBe(true);
    expect(await decodeVerificationRequest(link)).toEqual({ ok: true, value: request });

    const signed = await decideVerification(
      request,
      { decision: 'declined', reason: 'The second action was not agreed.' },
      signerOf(coach),
      NOW,
    );
    const back = await verificationLink('https://trellis.example', signed, NOW);
    expect(await decodeVerification(back)).toEqual({ ok: true, value: signed });
    expect(await decodeVerification(await verificationFileText(signed, NOW))).toEqual({
      ok: true,
      value: signed,
    });
  });

  it('refuses a decline with no reason', async () => {
    const coach = await makeTestCoach();
    await expect(
      decideVerification(
        requestFor(coach),
        { decision: 'declined', reason: '  ' },
        signerOf(coach),
      ),
    ).rejects.toThrow(/Say why/);
  });

  it('refuses one signed with another key, even under the coach’s name', async () => {
    const coach = await makeTestCoach();
    const impostor = await makeTestCoach(coach.identity.name);
    const request = requestFor(coach);
    const forged = await decideVerification(
      request,
      { decision: 'confirmed', comment: '' },
      { ...signerOf(impostor), signingKeyId: coach.signing.keyId },
      NOW,
    );
    const checked = await checkVerification(forged, expecting(request, coach));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toMatch(/changed since the coach signed it/);

    const own = await decideVerification(
      request,
      { decision: 'confirmed', comment: '' },
      signerOf(impostor),
      NOW,
    );
    const unknown = await checkVerification(own, expecting(request, coach));
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.message).toMatch(/not signed with Dr Amara Okafor’s key/);
  });

  it('refuses a verification changed on the way, in any part', async () => {
    const coach = await makeTestCoach();
    const request = requestFor(coach);
    const signed = await decideVerification(
      request,
      { decision: 'declined', reason: 'Not what we agreed.' },
      signerOf(coach),
      NOW,
    );
    const tampered: SignedVerification[] = [
      { ...signed, statement: { ...signed.statement, decision: 'confirmed' } },
      { ...signed, statement: { ...signed.statement, comment: 'Excellent' } },
      { ...signed, statement: { ...signed.statement, decidedAt: '2026-12-01T09:00:00.000Z' } },
      { ...signed, signature: `${signed.signature.slice(0, -2)}AA` },
    ];
    for (const candidate of tampered) {
      const checked = await checkVerification(candidate, expecting(request, coach));
      expect(checked.ok).toBe(false);
    }
  });

  it('refuses one replayed for other content, another record or another person', async () => {
    const coach = await makeTestCoach();
    const request = requestFor(coach);
    const signed = await decideVerification(
      request,
      { decision: 'confirmed', comment: '' },
      signerOf(coach),
      NOW,
    );
    // The same request id, but the device asked about other content.
    const otherContent = {
      ...request,
      content: { ...content, fields: [...content.fields, { key: 'x', label: 'X', value: 'y' }] },
    };
    const replayed = await checkVerification(signed, expecting(otherContent, coach));
    expect(replayed).toEqual({
      ok: false,
      message: expect.stringMatching(/different content/) as unknown,
    });

    const otherRecord = { ...request, subject: { kind: 'session' as const, id: OTHER_SESSION_ID } };
    const moved = await checkVerification(signed, expecting(otherRecord, coach));
    expect(moved).toEqual({
      ok: false,
      message: expect.stringMatching(/different record/) as unknown,
    });

    const notSent = await checkVerification(signed, {
      ...expecting(request, coach),
      request: undefined,
    });
    expect(notSent).toEqual({
      ok: false,
      message: expect.stringMatching(/did not send/) as unknown,
    });

    const someoneElse = await checkVerification(signed, {
      ...expecting(request, coach),
      profileId: OTHER_SESSION_ID,
    });
    expect(someoneElse).toEqual({
      ok: false,
      message: expect.stringMatching(/someone else/) as unknown,
    });
  });

  it('refuses when the profile’s coach has no signing key yet', async () => {
    const coach = await makeTestCoach();
    const request = requestFor(coach);
    const signed = await decideVerification(
      request,
      { decision: 'confirmed', comment: '' },
      signerOf(coach),
    );
    const withoutSigning = { ...coach.identity };
    delete withoutSigning.signing;
    const checked = await checkVerification(signed, {
      ...expecting(request, coach),
      coach: withoutSigning,
    });
    expect(checked).toEqual({
      ok: false,
      message: expect.stringMatching(/no coach with a signing key/) as unknown,
    });
  });

  it('refuses hostile and oversized links and files, plainly', async () => {
    for (const text of ['', '#', '#!!!', '{"app":"Trellis"}', `{${'"a":'.repeat(10)}`]) {
      const decoded = await decodeVerification(text);
      expect(decoded.ok).toBe(false);
    }
    const huge = JSON.stringify({ padding: 'x'.repeat(400_000) });
    const decoded = await decodeVerificationRequest(huge);
    expect(decoded).toEqual({
      ok: false,
      message: expect.stringMatching(/larger than Trellis accepts/) as unknown,
    });
  });
});

describe('the content a coach signs', () => {
  it('hashes the same whatever order its keys were written in', async () => {
    const reordered = JSON.parse(
      '{"fields":[{"value":"Tue, 3 Nov 2026, 16:15","label":"Date","key":"date"},{"value":"Cold calling is working in 9X2 🙂","label":"Notes","key":"notes"},{"value":"Plan three hinge questions — Open","label":"Agreed action","key":"action.a"}],"title":"Coaching session, Tue, 3 Nov 2026","kind":"session"}',
    ) as VerifiableContent;
    expect(canonicalJson(reordered)).toBe(canonicalJson(content));
    expect(await contentDigest(reordered)).toBe(await contentDigest(content));
    expect(await contentDigest({ ...content, title: `${content.title} ` })).not.toBe(
      await contentDigest(content),
    );
  });

  it('says what changed since it was verified', () => {
    const edited: VerifiableContent = {
      ...content,
      fields: [
        content.fields[0]!,
        { key: 'notes', label: 'Notes', value: 'Cold calling is working in 9X2 and 9X3' },
        { key: 'action.b', label: 'Agreed action', value: 'Film a lesson — Open' },
      ],
    };
    expect(contentChanges(content, edited)).toEqual([
      {
        kind: 'changed',
        label: 'Notes',
        before: 'Cold calling is working in 9X2 🙂',
        after: 'Cold calling is working in 9X2 and 9X3',
      },
      { kind: 'removed', label: 'Agreed action', before: 'Plan three hinge questions — Open' },
      { kind: 'added', label: 'Agreed action', after: 'Film a lesson — Open' },
    ]);
    expect(contentChanges(content, content)).toEqual([]);
  });
});
