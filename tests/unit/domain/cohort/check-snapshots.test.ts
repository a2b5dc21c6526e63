import { describe, expect, it } from 'vitest';
import { sealEnvelope } from '@/domain/file-envelope';
import { checkSnapshotFiles, matchFramework } from '@/domain/cohort/check-snapshots';
import {
  MAX_SNAPSHOT_BYTES,
  SNAPSHOT_FORMAT_VERSION,
  SNAPSHOT_TYPE,
  type SnapshotFramework,
} from '@/domain/cohort/snapshot';
import { decodeSnapshotLink, snapshotLink } from '@/domain/cohort/snapshot-exchange';
import {
  damagedSnapshotFile,
  makeSnapshot,
  otpSnapshotFramework,
  snapshotFile,
} from '../../../support/cohort-factories';

const AT = '2026-11-21T09:00:00.000Z';
const cohortFramework = otpSnapshotFramework();

function messageOf(result: { ok: true } | { ok: false; message: string } | undefined): string {
  return result && !result.ok ? result.message : '(no message: it was accepted)';
}

async function sealedFile(name: string, data: unknown) {
  const envelope = await sealEnvelope(SNAPSHOT_TYPE, SNAPSHOT_FORMAT_VERSION, data);
  return { name, text: JSON.stringify(envelope) };
}

describe('checkSnapshotFiles', () => {
  it('checks each file on its own: a bad file gets its own message and the others load', async () => {
    const good = makeSnapshot({ seed: 1 });
    const alsoGood = makeSnapshot({
      seed: 2,
      delegate: { id: crypto.randomUUID(), name: 'Priya' },
    });
    const results = await checkSnapshotFiles(
      [
        await snapshotFile(good, 'sam.json'),
        await damagedSnapshotFile(good),
        await snapshotFile(alsoGood, 'priya.json'),
        { name: 'notes.txt', text: 'shopping list' },
      ],
      cohortFramework,
      AT,
    );
    expect(results.map((result) => [result.fileName, result.ok])).toEqual([
      ['sam.json', true],
      ['damaged.trellis-snapshot.json', false],
      ['priya.json', true],
      ['notes.txt', false],
    ]);
    expect(messageOf(results[1])).toMatch(/checksum does not match/);
    expect(messageOf(results[3])).toMatch(/could not be read/);
    const first = results[0];
    if (!first?.ok) throw new Error('expected the first file to load');
    expect(first.member.delegate.name).toBe('Sam Teacher');
    expect(first.member.differences).toEqual([]);
    expect(first.member.framework).toEqual({
      key: cohortFramework.key,
      version: cohortFramework.version,
      name: cohortFramework.name,
    });
  });

  it('refuses hostile files with a plain sentence and never throws', async () => {
    const huge = { name: 'huge.json', text: `"${'x'.repeat(MAX_SNAPSHOT_BYTES)}"` };
    const deep = { name: 'deep.json', text: `${'['.repeat(10_000)}${']'.repeat(10_000)}` };
    const otherType = {
      name: 'framework.json',
      text: JSON.stringify(await sealEnvelope('trellis-framework', 1, { key: 'x' })),
    };
    const newer = {
      name: 'newer.json',
      text: JSON.stringify(await sealEnvelope(SNAPSHOT_TYPE, 99, {})),
    };
    const proto = await sealedFile('proto.json', JSON.parse('{"__proto__": {"polluted": true}}'));
    const offFramework = await sealedFile(
      'off.json',
      makeSnapshot({ ratings: [{ skillId: 'made-up.skill', week: 1, level: 2 }] }),
    );
    const results = await checkSnapshotFiles(
      [huge, deep, otherType, newer, proto, offFramework, { name: 'empty.json', text: '' }],
      cohortFramework,
      AT,
    );
    expect(results.every((result) => !result.ok)).toBe(true);
    const messages = results.map((result) => (result.ok ? '' : result.message));
    expect(messages[0]).toMatch(/larger than Trellis accepts/);
    expect(messages[1]).toMatch(/nested far more deeply/);
    expect(messages[2]).toMatch(/not a progress snapshot/);
    expect(messages[3]).toMatch(/newer version of Trellis/);
    expect(messages[4]).toMatch(/not one Trellis can use/);
    expect(messages[5]).toMatch(/names a skill \(made-up\.skill\)/);
    expect(messages[6]).toMatch(/empty/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('matches another version of the framework by skill ids and says what differs', async () => {
    const [firstArea, ...otherAreas] = cohortFramework.areas;
    const newer: SnapshotFramework = {
      ...cohortFramework,
      version: cohortFramework.version + 1,
      areas: [
        {
          ...firstArea!,
          skills: [
            ...firstArea!.skills.slice(1),
            { id: 'otp.new.skill', statement: 'A skill added later' },
          ],
        },
        ...otherAreas,
      ],
    };
    const [result] = await checkSnapshotFiles(
      [await snapshotFile(makeSnapshot({ framework: newer }))],
      cohortFramework,
      AT,
    );
    if (!result?.ok) throw new Error('expected the snapshot to load');
    expect(result.member.differences).toEqual([
      `Made with version ${(cohortFramework.version + 1).toString()} of “${cohortFramework.name}”; the cohort uses version ${cohortFramework.version.toString()}. Matched by skill ids.`,
      '1 skill is not in the cohort’s framework and was left out.',
      '1 of the cohort’s skills is not in it.',
    ]);
    expect(Object.keys(result.member.levels)).not.toContain('otp.new.skill');
    expect(result.member.framework.version).toBe(cohortFramework.version + 1);
  });

  it('refuses a framework with another scale, or with no skills in common', () => {
    const fiveLevels: SnapshotFramework = {
      ...cohortFramework,
      scale: [...cohortFramework.scale, { value: 5, label: 'Expert' }],
    };
    expect(messageOf(matchFramework(fiveLevels, cohortFramework))).toMatch(
      /levels cannot be compared/,
    );
    const unrelated: SnapshotFramework = {
      ...cohortFramework,
      key: 'unrelated',
      name: 'Unrelated',
      areas: [{ id: 'a', name: 'A', skills: [{ id: 'a.1', statement: 'One' }] }],
    };
    expect(messageOf(matchFramework(unrelated, cohortFramework))).toMatch(/shares no skills/);
  });

  it('reads a snapshot sent as a link, and refuses a changed one', async () => {
    const snapshot = makeSnapshot();
    const link = await snapshotLink('https://trellis.example', snapshot);
    expect(link).toMatch(/^https:\/\/trellis\.example\/cohorts#[A-Za-z0-9_-]+$/);
    const decoded = await decodeSnapshotLink(link);
    expect(decoded).toMatchObject({ ok: true, value: { snapshotId: snapshot.snapshotId } });
    const broken = await decodeSnapshotLink(`${link.slice(0, -12)}AAAAAAAAAAAA`);
    expect(broken.ok).toBe(false);
  });
});
