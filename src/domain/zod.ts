import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * Trellis's one Zod: every schema is built with the functional `zod/mini` API and imports `z` from
 * here. Zod's chaining API attaches dozens of methods to every schema it makes, and building
 * Trellis's schemas that way was the largest part of evaluating the app's entry on a slow phone;
 * `zod/mini` builds the same checks with a third of the code in about half the time. `zod/mini` ships without messages: Zod's English ones are set here, once,
 * before any schema is used, so a check without a message of its own still explains itself.
 */
z.config(en());

export { z };
