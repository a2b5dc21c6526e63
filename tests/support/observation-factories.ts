import type { ActiveProgramme } from '@/domain/active-programme';
import { activeAreas } from '@/domain/framework';
import type { ObservationRequest, ReturnedObservation } from '@/domain/observation';
import { returnFileText } from '@/domain/observation-exchange';
import { newId } from '@/domain/record';
import { addColleague } from '@/db/colleagues';
import { setUpTestProgramme, skillIdsOf } from './factories';

const DELEGATE_ID = '6f1c1b1e-0000-4000-8000-0000000000d1';
const COLLEAGUE_ID = '6f1c1b1e-0000-4000-8000-0000000000c1';

/** An observation request (in memory) with overrides: delegate Sam asks Priya to be observed. */
export function makeObservationRequest(
  overrides: Partial<ObservationRequest> = {},
): ObservationRequest {
  return {
    requestId: newId(),
    delegate: { profileId: DELEGATE_ID, name: 'Sam Teacher' },
    colleagueId: COLLEAGUE_ID,
    direction: 'delegate-to-colleague',
    observer: { name: 'Sam Teacher' },
    observed: { name: 'Priya Shah', colleagueId: COLLEAGUE_ID },
    framework: { key: 'test-framework', version: 1, name: 'Test framework' },
    focusSkills: [
      {
        id: 'q1',
        statement: 'I use hinge questions to check understanding.',
        areaName: 'Questioning',
      },
      { id: 'f1', statement: 'I give live feedback during the lesson.', areaName: 'Feedback' },
    ],
    scale: [
      { value: 1, label: 'Emerging', descriptor: 'I am starting to do this.' },
      { value: 2, label: 'Developing', descriptor: 'I do this sometimes.' },
      { value: 3, label: 'Secure', descriptor: 'I do this consistently.' },
      { value: 4, label: 'Leading', descriptor: 'I help colleagues do this.' },
    ],
    requestedAt: '2026-10-05T08:00:00.000Z',
    ...overrides,
  };
}

/** A returned observation (in memory) with overrides: Priya observed Sam's Year 9 lesson. */
export function makeReturnedObservation(
  overrides: Partial<ReturnedObservation> = {},
): ReturnedObservation {
  return {
    id: newId(),
    rev: 1,
    createdAt: '2026-10-06T10:15:00.000Z',
    updatedAt: '2026-10-06T10:40:00.000Z',
    requestId: newId(),
    delegateProfileId: DELEGATE_ID,
    colleagueId: COLLEAGUE_ID,
    direction: 'colleague-to-delegate',
    observer: { name: 'Priya Shah', colleagueId: COLLEAGUE_ID },
    observed: { name: 'Sam Teacher' },
    framework: { key: 'test-framework', version: 1 },
    date: '2026-10-06',
    lessonClass: '9X2',
    lessonSubject: 'Science',
    ratings: [
      { skillId: 'q1', level: 3 },
      { skillId: 'f1', level: 2 },
    ],
    strengths: 'Hinge question before the practical caught two misconceptions.',
    nextSteps: ['Give thinking time before cold calling'],
    followUp: 'Observe Thursday period 3',
    ...overrides,
  };
}

/** A request for a stored programme: from its profile, to `colleagueId`, on its framework. */
export function requestFor(
  active: ActiveProgramme,
  colleague: { id: string; name: string },
  overrides: Partial<ObservationRequest> = {},
): ObservationRequest {
  const areas = activeAreas(active.framework);
  const skills = areas.flatMap((area) =>
    area.skills.slice(0, 1).map((skill) => ({
      id: skill.id,
      statement: skill.statement,
      areaName: area.name,
    })),
  );
  return makeObservationRequest({
    delegate: { profileId: active.profile.id, name: active.profile.displayName },
    colleagueId: colleague.id,
    direction: 'colleague-to-delegate',
    observer: { name: colleague.name, colleagueId: colleague.id },
    observed: { name: active.profile.displayName },
    framework: {
      key: active.framework.key,
      version: active.framework.version,
      name: active.framework.name,
    },
    focusSkills: skills.slice(0, 2),
    scale: active.framework.scale.levels,
    ...overrides,
  });
}

/**
 * A stored delegate (Sam) with a colleague (Priya), and the observation Priya sent back: as it is
 * and as its file's text. `overrides` change the observation.
 */
export async function setUpReturnedObservation(overrides: Partial<ReturnedObservation> = {}) {
  const sam = await setUpTestProgramme();
  const [first] = skillIdsOf(sam);
  const priya = await addColleague(sam.profile.id, {
    name: 'Priya Shah',
    role: '',
    subjectOrPhase: '',
    focusSkillIds: [first!],
  });
  const incoming = makeReturnedObservation({
    delegateProfileId: sam.profile.id,
    colleagueId: priya.id,
    observer: { name: 'Priya Shah', colleagueId: priya.id },
    observed: { name: 'Sam Teacher' },
    framework: { key: sam.framework.key, version: sam.framework.version },
    ratings: [{ skillId: first!, level: 3 }],
    strengths: 'Lovely questioning',
    ...overrides,
  });
  return { sam, priya, incoming, text: await returnFileText(incoming) };
}
