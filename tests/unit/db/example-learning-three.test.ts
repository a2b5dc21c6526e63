import { describe, expect, it } from 'vitest';
import { colleagueProgress, observationsOfColleague } from '@/domain/colleague-progress';
import { listColleagues } from '@/db/colleagues';
import { db } from '@/db/database';
import { loadExampleProfile, removeExampleProfile } from '@/db/example-profile';
import { listObservations } from '@/db/observations';
import { setUpTestProgramme } from '../../support/factories';

const NOW = new Date('2026-11-18T10:00:00.000Z');

describe('the example delegate’s Learning 3', () => {
  it('has two colleagues whose observed ratings rise over the weeks, removed with the example', async () => {
    const real = await setUpTestProgramme();
    const profileId = await loadExampleProfile(NOW);
    const colleagues = await listColleagues(profileId);
    expect(colleagues.map((colleague) => colleague.name)).toEqual(['Priya Shah', 'Tom Okafor']);
    const observations = await listObservations(profileId);
    expect(observations.length).toBeGreaterThanOrEqual(6);

    for (const colleague of colleagues) {
      expect(colleague.focusSkillIds).toHaveLength(2);
      const progress = colleagueProgress(
        observationsOfColleague(observations, colleague.id),
        colleague.focusSkillIds,
      );
      expect(progress.weeks).toEqual([2, 5, 8]);
      for (const levels of progress.levels.values()) {
        const rated = levels.filter((level) => level !== null);
        expect(rated.at(-1)).toBeGreaterThan(rated[0]!);
      }
    }
    for (const observation of observations) {
      expect(observation.strengths).not.toBe('');
      expect(observation.nextSteps.length).toBeGreaterThan(0);
    }

    await removeExampleProfile();
    expect(await db.colleagues.count()).toBe(0);
    expect(await db.observations.count()).toBe(0);
    expect(await listColleagues(real.profile.id)).toEqual([]);
  });
});
