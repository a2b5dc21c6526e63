import { describe, expect, it } from 'vitest';
import { countWriteUp } from '@/domain/improvement-project/write-up';
import { MIN_PROJECT_TERMS, projectStatus } from '@/domain/improvement-project/project';
import { resolveLinks } from '@/domain/improvement-project/linked-evidence';
import { loadActiveProgramme } from '@/db/active-programme';
import { listSessions } from '@/db/coaching-log';
import { listEnquiries } from '@/db/enquiries';
import { loadExampleProfile, removeExampleProfile } from '@/db/example-profile';
import { getProjectForProfile, getWriteUp, listEvidence } from '@/db/improvement-projects';
import { listObservations } from '@/db/observations';
import { listRatings } from '@/db/ratings';
import { listReviewRounds } from '@/db/review-rounds';
import { db } from '@/db/database';

describe('the example improvement project', () => {
  it('is part-way: milestones over two terms or more, some done, a write-up begun and within its limit', async () => {
    const profileId = await loadExampleProfile();
    const project = await getProjectForProfile(profileId);
    expect(project?.title).toBe('Spaced retrieval practice in Year 9 maths');
    const status = projectStatus(project!);
    expect(status.terms.length).toBeGreaterThanOrEqual(MIN_PROJECT_TERMS);
    expect(status.milestonesDone).toBeGreaterThan(0);
    expect(status.milestonesDone).toBeLessThan(status.milestonesTotal);

    const writeUp = await getWriteUp(project!.id);
    const count = countWriteUp(writeUp!);
    expect(count.words).toBeGreaterThan(600);
    expect(count.totalState).toBe('within');
    expect(writeUp!.sections.at(-1)?.text).toBe('');
    expect(await listEvidence(project!.id)).toHaveLength(3);
  });

  it('links records of the example that exist', async () => {
    const profileId = await loadExampleProfile();
    const active = (await loadActiveProgramme(profileId))!;
    const project = (await getProjectForProfile(profileId))!;
    const links = resolveLinks(project.links, {
      framework: active.framework,
      ratings: await listRatings(profileId, active.framework.id),
      enquiries: await listEnquiries(profileId),
      observations: await listObservations(profileId),
      reviewRounds: await listReviewRounds(profileId),
      coachingSessions: await listSessions(profileId),
    });
    expect(links.some((link) => link.kind === 'coaching-session')).toBe(true);
    expect(links.length).toBeGreaterThan(3);
    expect(links.filter((link) => link.isMissing)).toEqual([]);
  });

  it('goes with the example when it is removed', async () => {
    await loadExampleProfile();
    await removeExampleProfile();
    expect(await db.projects.count()).toBe(0);
    expect(await db.writeUps.count()).toBe(0);
    expect(await db.projectEvidence.count()).toBe(0);
  });
});
