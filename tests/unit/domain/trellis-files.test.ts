import { describe, expect, it } from 'vitest';
import { sealEnvelope } from '@/domain/file-envelope';
import { frameworkFileText } from '@/domain/framework-file';
import { requestLink, returnFileText, returnLink } from '@/domain/observation-exchange';
import { snapshotFileText, snapshotLink } from '@/domain/cohort/snapshot-exchange';
import {
  FILE_HEAD_BYTES,
  kindOfEnvelopeType,
  MAX_PARSED_WHOLE_BYTES,
  MAX_TRELLIS_FILE_BYTES,
  placeOnDevice,
  recogniseFile,
  recogniseLink,
  recogniseText,
  TRELLIS_FILE_KINDS,
  type DeviceRoles,
  type TrellisFileKind,
} from '@/domain/trellis-files';
import { makeFramework } from '../../support/factories';
import {
  makeObservationRequest,
  makeReturnedObservation,
} from '../../support/observation-factories';
import { makeSnapshot } from '../../support/cohort-factories';

const ORIGIN = 'https://trellis.example';
const ALL_KINDS = Object.keys(TRELLIS_FILE_KINDS) as TrellisFileKind[];

/** A file as the open screen reads it: its start, and the whole text only if asked. */
function fileOf(text: string, name = 'sent.json', size = new TextEncoder().encode(text).length) {
  let readWhole = 0;
  return {
    file: {
      name,
      size,
      head: () => Promise.resolve(text.slice(0, FILE_HEAD_BYTES)),
      readWhole: () => {
        readWhole += 1;
        return Promise.resolve(text);
      },
    },
    timesReadWhole: () => readWhole,
  };
}

async function kindOfFile(text: string): Promise<TrellisFileKind> {
  const recognised = await recogniseFile(fileOf(text).file);
  if (!recognised.ok) throw new Error(`expected a kind, got: ${recognised.message}`);
  return recognised.kind;
}

async function refusalOfFile(text: string, size?: number): Promise<string> {
  const recognised = await recogniseFile(fileOf(text, 'sent.json', size).file);
  if (recognised.ok) throw new Error(`expected a refusal, got ${recognised.kind}`);
  return recognised.message;
}

describe('recognising a Trellis file by its envelope', () => {
  it.each(ALL_KINDS)('recognises a %s file, compact or pretty-printed', async (kind) => {
    const envelope = await sealEnvelope(TRELLIS_FILE_KINDS[kind].envelopeType, 1, { any: 'data' });
    expect(await kindOfFile(JSON.stringify(envelope))).toBe(kind);
    expect(await kindOfFile(`${JSON.stringify(envelope, null, 2)}\n`)).toBe(kind);
  });

  it('recognises files exactly as Trellis writes them', async () => {
    const framework = makeFramework();
    expect(await kindOfFile(await frameworkFileText(framework))).toBe('framework');
    expect(await kindOfFile(await returnFileText(makeReturnedObservation()))).toBe('observation');
    expect(await kindOfFile(await snapshotFileText(makeSnapshot()))).toBe('progress-snapshot');
  });

  it('reads a small file whole when its header is not at the start', async () => {
    const envelope = await sealEnvelope('trellis-verification', 1, { padding: 'x'.repeat(10_000) });
    const { data, ...header } = envelope;
    const reordered = JSON.stringify({ data, ...header });
    const { file, timesReadWhole } = fileOf(reordered);
    const recognised = await recogniseFile(file);
    expect(recognised).toEqual({ ok: true, kind: 'verification' });
    expect(timesReadWhole()).toBe(1);
  });

  it('never reads a large file twice: its header must be at the start', async () => {
    const { file, timesReadWhole } = fileOf(
      '{"data": {}, "app": "Trellis", "type": "trellis-backup"}',
      'big.json',
      MAX_PARSED_WHOLE_BYTES + 1,
    );
    const recognised = await recogniseFile(file);
    expect(recognised.ok).toBe(false);
    expect(timesReadWhole()).toBe(0);
  });

  it('does not read a large backup whole to recognise it', async () => {
    const head = '{\n  "app": "Trellis",\n  "type": "trellis-backup",\n  "version": 3';
    const { file, timesReadWhole } = fileOf(head, 'trellis-backup.json', 100 * 1024 * 1024);
    expect(await recogniseFile(file)).toEqual({ ok: true, kind: 'backup' });
    expect(timesReadWhole()).toBe(0);
  });

  it('refuses what is not a Trellis file, each with a plain sentence naming the file', async () => {
    const refusals = await Promise.all([
      refusalOfFile('', 0),
      refusalOfFile('hello, this is a letter'),
      refusalOfFile('{"name": "a spreadsheet export"}'),
      refusalOfFile('{"app": "Trellis"'),
      refusalOfFile('{"app": "Trellis2", "type": "trellis-backup"}'),
      refusalOfFile('[1, 2, 3]'),
      refusalOfFile(`${'['.repeat(10_000)}${']'.repeat(10_000)}`),
      refusalOfFile('{}', MAX_TRELLIS_FILE_BYTES + 1),
    ]);
    for (const message of refusals) {
      expect(message).toMatch(/^“sent\.json”/);
      expect(message).toMatch(/\.$/);
    }
    expect(refusals[0]).toContain('empty');
    expect(refusals[1]).toContain('not a Trellis file');
    expect(refusals[7]).toContain('larger than any Trellis file');
  });

  it('says when a Trellis file holds a kind this version does not know', async () => {
    const envelope = await sealEnvelope('trellis-lesson-plan', 1, {});
    const message = await refusalOfFile(JSON.stringify(envelope));
    expect(message).toContain('“trellis-lesson-plan”');
    expect(message).toContain('newer version');
  });

  it('knows no kind by an inherited property name', () => {
    expect(kindOfEnvelopeType('__proto__')).toBeUndefined();
    expect(kindOfEnvelopeType('constructor')).toBeUndefined();
    expect(recogniseText('{"app": "Trellis", "type": "__proto__"}').ok).toBe(false);
  });

  it('gives every kind its own envelope type', () => {
    const types = ALL_KINDS.map((kind) => TRELLIS_FILE_KINDS[kind].envelopeType);
    expect(new Set(types).size).toBe(types.length);
  });
});

describe('recognising a pasted Trellis link', () => {
  it('recognises links exactly as Trellis makes them, from any copy of Trellis', async () => {
    const request = recogniseLink(await requestLink(ORIGIN, makeObservationRequest()));
    expect(request).toMatchObject({ ok: true, kind: 'observation-request', path: '/observe' });
    const returned = recogniseLink(
      `  ${await returnLink('http://localhost:4173', makeReturnedObservation())}\n`,
    );
    expect(returned).toMatchObject({ ok: true, kind: 'observation', path: '/receive' });
    const snapshot = recogniseLink(await snapshotLink(ORIGIN, makeSnapshot()));
    expect(snapshot).toMatchObject({ ok: true, kind: 'progress-snapshot', path: '/cohorts' });
    if (snapshot.ok) expect(snapshot.fragment.length).toBeGreaterThan(20);
  });

  it.each(ALL_KINDS.filter((kind) => TRELLIS_FILE_KINDS[kind].linkPath !== undefined))(
    'knows a %s link by the screen it opens',
    (kind) => {
      const recognised = recogniseLink(`${ORIGIN}${TRELLIS_FILE_KINDS[kind].linkPath ?? ''}#abc`);
      expect(recognised).toEqual({
        ok: true,
        kind,
        path: TRELLIS_FILE_KINDS[kind].linkPath,
        fragment: 'abc',
      });
    },
  );

  it.each([
    ['', 'Paste the link first.'],
    ['not a link at all', 'not a Trellis link'],
    ['javascript:alert(1)//#abc', 'not a Trellis link'],
    ['https://trellis.example/settings#abc', 'not a Trellis link'],
    ['https://trellis.example/backup#abc', 'not a Trellis link'],
    ['https://trellis.example/observe', 'the part after “#” is missing'],
    ['https://trellis.example/observe#', 'the part after “#” is missing'],
    [`https://trellis.example/observe#${'a'.repeat(200_000)}`, 'far too long'],
  ])('refuses %j', (text, expected) => {
    const recognised = recogniseLink(text);
    expect(recognised.ok).toBe(false);
    if (!recognised.ok) expect(recognised.message).toContain(expected);
  });
});

describe('where a file opens on this device', () => {
  const delegate: DeviceRoles = { hasDelegate: true, hasFacilitator: false, isCoach: false };
  const facilitator: DeviceRoles = { hasDelegate: false, hasFacilitator: true, isCoach: false };
  const coach: DeviceRoles = { hasDelegate: false, hasFacilitator: false, isCoach: true };
  const empty: DeviceRoles = { hasDelegate: false, hasFacilitator: false, isCoach: false };

  it('opens what anyone may open on every device', () => {
    for (const roles of [delegate, facilitator, coach, empty]) {
      for (const kind of ['backup', 'observation-request', 'review-request'] as const) {
        expect(placeOnDevice(kind, roles)).toEqual({ ok: true, audience: 'anyone' });
      }
    }
  });

  it('says what a snapshot is and where it belongs when opened on a delegate’s profile', () => {
    const placement = placeOnDevice('progress-snapshot', delegate);
    expect(placement.ok).toBe(false);
    if (!placement.ok) {
      expect(placement.message).toContain('progress snapshot');
      expect(placement.message).toContain('facilitator’s Trellis');
    }
    expect(placeOnDevice('progress-snapshot', facilitator)).toEqual({
      ok: true,
      audience: 'facilitator',
    });
  });

  it('keeps a delegate’s files off a device with no delegate', () => {
    for (const kind of ['framework', 'observation', 'coach-link', 'verification'] as const) {
      for (const roles of [facilitator, coach, empty]) {
        const placement = placeOnDevice(kind, roles);
        expect(placement.ok).toBe(false);
        if (!placement.ok) expect(placement.message).toContain('no delegate’s profile');
      }
      expect(placeOnDevice(kind, delegate)).toEqual({ ok: true, audience: 'delegate' });
    }
  });

  it('opens a coach’s files on a coach’s device or one not yet set up, never a delegate’s', () => {
    for (const kind of ['review-bundle', 'verification-request'] as const) {
      expect(placeOnDevice(kind, coach)).toEqual({ ok: true, audience: 'coach' });
      expect(placeOnDevice(kind, empty)).toEqual({ ok: true, audience: 'coach' });
      const onDelegate = placeOnDevice(kind, delegate);
      expect(onDelegate.ok).toBe(false);
      if (!onDelegate.ok) expect(onDelegate.message).toContain('send it to your coach');
    }
  });

  it('sends a rater’s answer to the delegate, or to the coach where there is no delegate', () => {
    expect(placeOnDevice('review-answer', delegate)).toEqual({ ok: true, audience: 'delegate' });
    expect(placeOnDevice('review-answer', { ...delegate, isCoach: true })).toEqual({
      ok: true,
      audience: 'delegate',
    });
    expect(placeOnDevice('review-answer', coach)).toEqual({ ok: true, audience: 'coach' });
    expect(placeOnDevice('review-answer', empty)).toEqual({ ok: true, audience: 'coach' });
    expect(placeOnDevice('review-answer', facilitator).ok).toBe(false);
  });
});
