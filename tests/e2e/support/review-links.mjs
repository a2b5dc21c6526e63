/**
 * 360° review request links for the browser suite, made by the app's own domain code (loaded
 * through Vite's SSR module loader, so no second copy of the link format lives in the tests).
 */
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * A round on the built-in leadership behaviours closing in a fortnight, with or without a coach,
 * and one request link per group asked for.
 * @param {string} origin
 * @param {{ withCoach: boolean, groups: string[] }} options
 * @returns {Promise<{ links: Record<string, string>, privateKeyJwk?: JsonWebKey }>}
 */
export async function makeReviewRequestLinks(origin, { withCoach, groups }) {
  const vite = await createServer({
    root,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false },
  });
  try {
    const load = (path) => vite.ssrLoadModule(path);
    const exchange = await load('/src/domain/review-360/review-exchange.ts');
    const review = await load('/src/domain/review-360/review-round.ts');
    const crypto = await load('/src/domain/review-360/review-crypto.ts');
    const dates = await load('/src/domain/calendar-date.ts');
    const { leadershipBehaviours } = await load(
      '/src/domain/built-in-frameworks/leadership-behaviours.ts',
    );
    const pair = withCoach ? await crypto.generateCoachKeyPair() : undefined;
    const round = review.newReviewRound({
      profileId: globalThis.crypto.randomUUID(),
      kind: 'start',
      title: 'Leadership 360 — autumn term',
      framework: leadershipBehaviours,
      closesOn: dates.addDays(dates.localCalendarDate(), 14),
      ...(pair
        ? { coach: { name: 'Ada Okonkwo', publicKeyJwk: pair.publicKeyJwk, keyId: pair.keyId } }
        : {}),
    });
    /** @type {Record<string, string>} */
    const links = {};
    for (const group of groups) {
      links[group] = await exchange.reviewRequestLink(
        origin,
        review.reviewRequestFor(round, group, 'Sam Leader'),
      );
    }
    return { links, ...(pair ? { privateKeyJwk: pair.privateKeyJwk } : {}) };
  } finally {
    await vite.close();
  }
}

/**
 * A released report's link for `round` (a round read from the delegate's device), as its coach
 * would send it: four answers in each group, ratings varied by statement, and comments long
 * enough to wrap, so the report has every part (figures, gaps, strengths, comments) to check.
 * @param {string} origin
 * @param {unknown} storedRound the round's row as IndexedDB holds it
 * @returns {Promise<string>}
 */
export async function makeReleasedReportLink(origin, storedRound) {
  const vite = await createServer({
    root,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false },
  });
  try {
    const load = (path) => vite.ssrLoadModule(path);
    const exchange = await load('/src/domain/review-360/review-exchange.ts');
    const review = await load('/src/domain/review-360/review-round.ts');
    const { buildReviewReport } = await load('/src/domain/review-360/review-report.ts');
    const round = review.reviewRoundSchema.parse(storedRound);
    const statements = review.allStatements(round.behaviours);
    const levels = round.scale.levels.map((level) => level.value);
    const answers = review.RATER_GROUPS.flatMap((group, groupIndex) =>
      [0, 1, 2, 3].map((rater) => ({
        roundId: round.id,
        group,
        responseId: globalThis.crypto.randomUUID(),
        ratings: Object.fromEntries(
          statements.map((statement, index) => [
            statement.id,
            levels[(index + rater + groupIndex) % levels.length],
          ]),
        ),
        doWell:
          'Makes time for every member of the team, and the way meetings now end with agreed actions has changed how the department works.',
        moreEffective:
          rater % 2 === 0
            ? 'Share the reasons behind decisions earlier, before they are final.'
            : '',
        answeredAt: new Date().toISOString(),
      })),
    );
    return await exchange.releasedReportLink(origin, {
      report: buildReviewReport(round, answers),
      coachName: 'Dr Amara Okafor',
      releasedAt: new Date().toISOString(),
    });
  } finally {
    await vite.close();
  }
}
