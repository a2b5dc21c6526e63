import { describe, expect, it } from 'vitest';
import {
  checksumOf,
  openEnvelope,
  sealEnvelope,
  type EnvelopeExpectation,
} from '@/domain/file-envelope';

const expected: EnvelopeExpectation = {
  type: 'trellis-test',
  label: 'test file',
  currentVersion: 2,
  maxBytes: 10_000,
  migrations: { 1: (data) => ({ upgraded: true, was: data }) },
};

const data = { name: 'Mrs Ó Briain’s class 🌱', items: [1, 2, 3], nested: { rtl: 'مرحبا' } };

async function sealedText(version = 2, payload: unknown = data): Promise<string> {
  return JSON.stringify(await sealEnvelope('trellis-test', version, payload));
}

describe('file envelope', () => {
  it('round-trips data of the current version', async () => {
    const opened = await openEnvelope(await sealedText(), expected);
    expect(opened).toMatchObject({ ok: true, data, fromVersion: 2 });
  });

  it('migrates older versions forward', async () => {
    const opened = await openEnvelope(await sealedText(1), expected);
    expect(opened).toMatchObject({ ok: true, data: { upgraded: true, was: data }, fromVersion: 1 });
  });

  it('checksums are stable and differ when the data differs', async () => {
    expect(await checksumOf(data)).toBe(await checksumOf(structuredClone(data)));
    expect(await checksumOf({ a: 1 })).not.toBe(await checksumOf({ a: 2 }));
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['not json at all', 'not-json'],
    ['{"app":"Trellis"', 'not-json'],
    ['[1,2,3]', 'not-trellis'],
    ['{"app":"Other","type":"trellis-test","version":1}', 'not-trellis'],
  ])('refuses %j as %s', async (text, kind) => {
    const opened = await openEnvelope(text, expected);
    expect(opened).toMatchObject({ ok: false, problem: { kind } });
  });

  it('refuses a file larger than the limit before reading it', async () => {
    const big = await sealedText(2, 'x'.repeat(20_000));
    const opened = await openEnvelope(big, expected);
    expect(opened).toMatchObject({ ok: false, problem: { kind: 'too-large' } });
    if (!opened.ok) expect(opened.problem.message).toMatch(/larger than Trellis accepts/);
  });

  it('counts the limit in UTF-8 bytes, not characters', async () => {
    // 3,000 three-byte characters: 9,000 bytes, under the limit, though 3 × length is not.
    expect(await openEnvelope(await sealedText(2, '€'.repeat(3_000)), expected)).toMatchObject({
      ok: true,
    });
    // 4,000 of them: 12,000 bytes in fewer than 10,000 characters, over the limit.
    expect(await openEnvelope(await sealedText(2, '€'.repeat(4_000)), expected)).toMatchObject({
      ok: false,
      problem: { kind: 'too-large' },
    });
  });

  it('refuses another type of Trellis file by name', async () => {
    const other = JSON.stringify(await sealEnvelope('trellis-backup', 1, data));
    const opened = await openEnvelope(other, expected);
    expect(opened).toMatchObject({ ok: false, problem: { kind: 'wrong-type' } });
    if (!opened.ok) expect(opened.problem.message).toContain('trellis-backup');
  });

  it('asks for an update when the format is newer', async () => {
    const opened = await openEnvelope(await sealedText(3), expected);
    expect(opened).toMatchObject({ ok: false, problem: { kind: 'newer-version' } });
    if (!opened.ok) expect(opened.problem.message).toMatch(/Update Trellis/);
  });

  it('refuses an old format with no migration', async () => {
    const opened = await openEnvelope(await sealedText(1), { ...expected, migrations: {} });
    expect(opened).toMatchObject({ ok: false, problem: { kind: 'older-version' } });
  });

  it('detects data changed after sealing', async () => {
    const envelope = await sealEnvelope('trellis-test', 2, data);
    const tampered = JSON.stringify({ ...envelope, data: { ...data, name: 'someone else' } });
    const opened = await openEnvelope(tampered, expected);
    expect(opened).toMatchObject({ ok: false, problem: { kind: 'damaged' } });
  });

  it('reports a migration that throws as damaged instead of throwing', async () => {
    const opened = await openEnvelope(await sealedText(1), {
      ...expected,
      migrations: {
        1: () => {
          throw new Error('bad');
        },
      },
    });
    expect(opened).toMatchObject({ ok: false, problem: { kind: 'damaged' } });
  });
});
