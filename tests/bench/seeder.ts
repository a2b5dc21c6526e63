/**
 * The benchmark's seeder, bundled on its own by run.mjs and run inside the production build's page
 * as `window.trellisBench`: the large dataset, the coach’s 360° review and a facilitator’s cohorts.
 */
export * from './large-dataset';
export * from './review-dataset';
export * from './cohort-dataset';
