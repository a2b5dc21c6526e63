/**
 * The benchmark's seeder, bundled on its own by run.mjs and run inside the production build's page
 * as `window.trellisBench`: the large dataset and the coach's 360° review.
 */
export * from './large-dataset';
export * from './review-dataset';
