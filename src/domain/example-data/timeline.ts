/** The example programme's calendar, shared by its ratings and its journal. */

/** The weeks in which the example delegate re-rates; week 10 is left for the demo itself. */
export const RERATING_WEEKS = [3, 6, 9] as const;
export type ReratingWeek = (typeof RERATING_WEEKS)[number];

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;
