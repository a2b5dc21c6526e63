import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sealEnvelope } from '@/domain/file-envelope';
import type { Observation, ReturnedObservation } from '@/domain/observation';
import {
  decideImport,
  decodeRequestFile,
  decodeRequestLink,
  decodeReturnFile,
  decodeReturnLink,
  fitsInQrCode,
  fragmentOf,
  fromBase64Url,
  MAX_QR_LINK_BYTES,
  requestFileName,
  requestFileText,
  requestLink,
  returnFileName,
  returnFileText,
  returnLink,
  toBase64Url,
  type ImportContext,
} from '@/domain/observation-exchange';
import { makeFramework } from '../../support/factories';
import { fileTextOfLink, withDamagedChecksum } from '../../support/handed-over-files';
import {
  makeObservationRequest,
  makeReturnedObservation,
} from '../../support/observation-factories';

const ORIGIN = 'https://trellis.example';

const UNICODE_TEXT =
  'Strengths 🌱👩🏽‍🏫 — Mrs Ó Briain’s 9X2; مرحبا بالعالم; שלום; e\u0301 n\u0303 (combining); 漢字';

async function expectOk<T>(
  decoded: Promise<{ ok: true; value: T } | { ok: false; message: string }>,
) {
  const result = await decoded;
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

async function expectRefused(
  decoded: Promise<{ ok: true; value: unknown } | { ok: false; message: string }>,
): Promise<string> {
  const result = await decoded;
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
}

describe('request links', () => {
  it('round-trip every field and live under /observe#', async () => {
    const request = makeObservationRequest({
      observer: { name: 'Zoë Ó Briain 🌱' },
      direction: 'colleague-to-colleague',
    });
    const link = await requestLink(ORIGIN, request);
    expect(link.startsWith(`${ORIGIN}/observe#`)).toBe(true);
    expect(fragmentOf(link)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await expectOk(decodeRequestLink(link))).toEqual(request);
  });

  it('fit in a QR code for a realistic request', async () => {
    const link = await requestLink(ORIGIN, makeObservationRequest());
    expect(fitsInQrCode(link)).toBe(true);
  });

  it('are refused when given to the return reader (wrong type)', async () => {
    const link = await requestLink(ORIGIN, makeObservationRequest());
    expect(await expectRefused(decodeReturnLink(link))).toMatch(/not a observation|holds/);
  });

  it('read the same as a file holding the envelope the link carries', async () => {
    const request = makeObservationRequest();
    const now = new Date('2026-11-03T09:00:00Z');
    const link = await requestLink(ORIGIN, request, now);
    const text = await requestFileText(request, now);
    expect(JSON.parse(text)).toEqual(JSON.parse(fileTextOfLink(link)));
    expect(await expectOk(decodeRequestFile(text))).toEqual(request);
    expect(
      requestFileName({ ...request, observer: { ...request.observer, name: 'Siân O’Neill' } }),
    ).toBe(
      `observation-request-${request.requestedAt.slice(0, 10)}-sian-o-neill.trellis-observation-request.json`,
    );
    expect(await expectRefused(decodeRequestFile(withDamagedChecksum(text)))).toMatch(
      /changed or damaged/,
    );
    expect(await expectRefused(decodeRequestFile('not json'))).toMatch(/could not be read/);
  });
});

describe('return links and files', () => {
  it('round-trip every field, unicode and long notes included', async () => {
    const observation = makeReturnedObservation({
      strengths: `${UNICODE_TEXT} ${'Long careful note. '.repeat(70)}`.slice(0, 1500),
      nextSteps: [UNICODE_TEXT, 'Second step ✓'],
      followUp: 'ملاحظة: متابعة يوم الخميس',
      lessonClass: 'Reception 🐣',
    });
    const link = await returnLink(ORIGIN, observation);
    expect(link.startsWith(`${ORIGIN}/receive#`)).toBe(true);
    const decoded = await expectOk(decodeReturnLink(link));
    expect(decoded).toEqual(observation);
    expect(decoded.nextSteps[0]).toBe(UNICODE_TEXT);

    const file = await returnFileText(observation);
    expect(JSON.parse(file)).toMatchObject({
      app: 'Trellis',
      type: 'trellis-observation',
      version: 1,
    });
    expect(await expectOk(decodeReturnFile(file))).toEqual(observation);
  });

  it('round-trips any text the observer can type (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 1500, unit: 'grapheme' }),
        fc.array(fc.string({ maxLength: 400, unit: 'binary' }), { maxLength: 2 }),
        fc.string({ maxLength: 80 }),
        fc.option(fc.integer({ min: 1, max: 4 })),
        async (strengths, nextSteps, lessonClass, level) => {
          const observation = makeReturnedObservation({
            strengths,
            nextSteps,
            lessonClass: lessonClass.trim(),
            ratings: [{ skillId: 'q1', level }],
          });
          const decoded = await decodeReturnLink(await returnLink(ORIGIN, observation));
          expect(decoded).toEqual({ ok: true, value: observation });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('detects a link cut short, wherever it is cut', async () => {
    const link = await returnLink(ORIGIN, makeReturnedObservation());
    const fragment = fragmentOf(link);
    for (const keep of [
      1,
      10,
      Math.floor(fragment.length / 2),
      fragment.length - 3,
      fragment.length - 1,
    ]) {
      const message = await expectRefused(
        decodeReturnLink(`${ORIGIN}/receive#${fragment.slice(0, keep)}`),
      );
      expect(message).toMatch(/cut short|changed|damaged/);
    }
  });

  it('detects a changed character anywhere in the link (property)', async () => {
    const original = makeReturnedObservation();
    const fragment = fragmentOf(await returnLink(ORIGIN, original));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: fragment.length - 1 }),
        fc.constantFrom('A', 'b', 'Z', '0', '9', '-', '_', 'q'),
        async (index, replacement) => {
          fc.pre(fragment[index] !== replacement);
          const tampered = fragment.slice(0, index) + replacement + fragment.slice(index + 1);
          const result = await decodeReturnLink(tampered);
          // A change either breaks the compressed stream or the checksum; it is never read as valid
          // data that differs from what was sent.
          if (result.ok) expect(result.value).toEqual(original);
          else expect(result.message).not.toBe('');
        },
      ),
      { numRuns: 80 },
    );
  });

  it('detects a file whose data was edited (checksum)', async () => {
    const file = JSON.parse(await returnFileText(makeReturnedObservation())) as {
      data: { strengths: string };
    };
    file.data.strengths = 'Something else entirely';
    expect(await expectRefused(decodeReturnFile(JSON.stringify(file)))).toMatch(/checksum/);
  });

  it('refuses a future format version with "update Trellis"', async () => {
    const envelope = await sealEnvelope('trellis-observation', 2, makeReturnedObservation());
    expect(await expectRefused(decodeReturnFile(JSON.stringify(envelope)))).toMatch(
      /Update Trellis/,
    );
  });

  it('refuses garbage, empty and oversized input without throwing', async () => {
    expect(await expectRefused(decodeReturnLink(`${ORIGIN}/receive#`))).toMatch(/empty/);
    expect(await expectRefused(decodeReturnLink('%%%not base64%%%'))).toMatch(/cut short/);
    expect(
      await expectRefused(decodeReturnLink(toBase64Url(new TextEncoder().encode('hello')))),
    ).toMatch(/cut short/);
    expect(await expectRefused(decodeReturnLink('A'.repeat(200_000)))).toMatch(/too long/);
    expect(await expectRefused(decodeReturnFile('not json'))).toMatch(/could not be read/);
    expect(await expectRefused(decodeReturnFile(`"${'x'.repeat(300_000)}"`))).toMatch(
      /larger than/,
    );
  });

  it('refuses a link that expands to far more than an observation (a compression bomb)', async () => {
    const { deflateSync } = await import('fflate');
    const bomb = toBase64Url(deflateSync(new Uint8Array(5_000_000).fill(32)));
    expect(bomb.length).toBeLessThan(100_000);
    expect(await expectRefused(decodeReturnLink(bomb))).toMatch(/cut short|changed/);
  });

  it('refuses well-formed data that breaks the schema, naming the field', async () => {
    const envelope = await sealEnvelope('trellis-observation', 1, {
      ...makeReturnedObservation(),
      ratings: [{ skillId: 'q1', level: 'high' }],
    });
    expect(await expectRefused(decodeReturnFile(JSON.stringify(envelope)))).toMatch(/ratings/);
  });

  it('names the file after the date and the observer', () => {
    expect(returnFileName(makeReturnedObservation({ observer: { name: 'Zoë Ó Briain' } }))).toBe(
      'observation-2026-10-06-zoe-o-briain.trellis-observation.json',
    );
  });

  it('knows when a link is too long for a QR code', () => {
    expect(fitsInQrCode(`${ORIGIN}/receive#${'a'.repeat(MAX_QR_LINK_BYTES - 100)}`)).toBe(true);
    expect(fitsInQrCode(`${ORIGIN}/receive#${'a'.repeat(MAX_QR_LINK_BYTES)}`)).toBe(false);
  });

  it('base64url round-trips any bytes and refuses other characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
  });
});

describe('import rules', () => {
  const framework = makeFramework();
  const incoming = makeReturnedObservation();
  const context: ImportContext = {
    profileId: incoming.delegateProfileId,
    framework,
    colleagueIds: new Set([incoming.colleagueId]),
    existing: undefined,
  };

  function stored(rev: number): Observation {
    return {
      ...incoming,
      rev,
      profileId: incoming.delegateProfileId,
      week: 3,
      status: 'complete',
    };
  }

  it('accepts a new observation', () => {
    expect(decideImport(incoming, context)).toEqual({ kind: 'new' });
  });

  it('does not store the same id and revision twice', () => {
    expect(decideImport(incoming, { ...context, existing: stored(1) }).kind).toBe('duplicate');
  });

  it('offers to replace with a higher revision and explains a lower one', () => {
    expect(decideImport({ ...incoming, rev: 3 }, { ...context, existing: stored(2) }).kind).toBe(
      'replace',
    );
    expect(decideImport(incoming, { ...context, existing: stored(2) }).kind).toBe('older');
  });

  it.each([
    [
      'another delegate',
      { delegateProfileId: '6f1c1b1e-0000-4000-8000-0000000000ff' },
      /different delegate/,
    ],
    [
      'another framework',
      { framework: { key: 'npq-leading-teaching', version: 1 } },
      /different framework/,
    ],
    ['a skill not in the framework', { ratings: [{ skillId: 'zz', level: 2 }] }, /no longer has/],
    ['a level off the scale', { ratings: [{ skillId: 'q1', level: 9 }] }, /not on your framework/],
    [
      'a colleague not in the trio',
      { colleagueId: '6f1c1b1e-0000-4000-8000-0000000000ee' },
      /no longer in your trio/,
    ],
  ] satisfies [string, Partial<ReturnedObservation>, RegExp][])(
    'refuses %s, in plain words',
    (_name, change, message) => {
      const decision = decideImport({ ...incoming, ...change }, context);
      expect(decision.kind).toBe('refused');
      if (decision.kind === 'refused') expect(decision.message).toMatch(message);
    },
  );

  it('accepts an observation made against an earlier version of the same framework', () => {
    const decision = decideImport(incoming, {
      ...context,
      framework: makeFramework({ version: 2 }),
    });
    expect(decision.kind).toBe('new');
  });
});
