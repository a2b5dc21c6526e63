/**
 * The accessibility checks on every screen, on the production build:
 * - axe reports nothing at 390 px and 1280 px, in the light and the dark colour scheme (the
 *   foundation's journey checks each screen once, at the phone width);
 * - with text at 200% (the browser's text size, WCAG 1.4.4) the page never scrolls sideways and
 *   every control stays on screen (wide tables scroll inside their own region);
 * - with prefers-reduced-motion, nothing animates or transitions.
 * Screens: first-run welcome, start from a backup, set-up form, and with the example delegate
 * loaded: audit, progress (charts, and again as tables), coaching (sessions, a session, actions,
 * an evidence set), the 360° review (its start and end compared, and a released report),
 * programme, settings, backup, send to my other device, share with my facilitator, open a
 * Trellis file, and a facilitator's cohorts.
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkAccessibility } from './support/axe.mjs';
import { LAPTOP, PHONE } from '../support/chromium.mjs';
import { newAppContext, recordRequests, settle } from './support/browser.mjs';
import { useAppUnderTest } from './support/suite.mjs';
import { openScreen, waitForProgressDrawn } from './support/navigation.mjs';
import { makeReleasedReportLink } from './support/review-links.mjs';

const app = useAppUnderTest();
const screenshotDir = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/** @param {import('playwright-core').Page} page */
async function dismissOfflineReadyNotice(page) {
  const notice = page.getByRole('status').filter({ hasText: 'Trellis is ready to work offline.' });
  await notice.waitFor({ timeout: 15_000 });
  await notice.getByRole('button', { name: 'OK' }).click();
  await notice.waitFor({ state: 'detached' });
}

/**
 * The example delegate's 360° round of `kind`, as the device stores it (read from IndexedDB).
 * @param {import('playwright-core').Page} page
 * @param {'start' | 'end'} kind
 * @returns {Promise<{ id: string }>}
 */
function exampleRound(page, kind) {
  return page.evaluate(
    (wanted) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('trellis');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('reviewRounds').objectStore('reviewRounds').getAll();
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            open.result.close();
            const round = read.result.find(
              (row) => row.kind === wanted && row.deletedAt === undefined,
            );
            if (round) resolve(round);
            else reject(new Error(`No example ${wanted} round`));
          };
        };
      }),
    kind,
  );
}

/**
 * Every screen, each opened by `show` from wherever the previous one left the page.
 * @type {Array<{ name: string, show: (page: import('playwright-core').Page) => Promise<void> }>}
 */
const SCREENS = [
  {
    name: 'first-run welcome',
    show: async (page) => {
      await page.getByRole('heading', { name: 'Welcome to Trellis' }).waitFor();
    },
  },
  {
    name: 'start from a backup',
    show: async (page) => {
      await page.getByRole('button', { name: 'Start from a backup' }).click();
      await page.getByLabel('Choose a Trellis backup file').waitFor();
    },
  },
  {
    name: 'set-up form',
    show: async (page) => {
      await page.getByRole('button', { name: '← Back' }).click();
      await page.getByRole('button', { name: 'Set up my programme' }).click();
      await page.getByLabel('Your name', { exact: true }).waitFor();
    },
  },
  {
    name: 'audit',
    show: async (page) => {
      await page.goto(`${app.server.baseUrl}/`);
      await page.getByRole('button', { name: 'Try it with example data' }).click();
      await page.getByRole('article').first().waitFor();
    },
  },
  {
    name: 'progress',
    show: async (page) => {
      await openScreen(page, 'Progress');
      await waitForProgressDrawn(page);
    },
  },
  {
    name: 'progress as tables',
    show: async (page) => {
      for (const button of await page.getByRole('button', { name: 'Show as table' }).all()) {
        await button.click();
      }
      await page.getByRole('table').first().waitFor();
    },
  },
  {
    name: 'progress update',
    show: async (page) => {
      await page.getByRole('link', { name: 'Progress update for your coach' }).click();
      await page.getByRole('heading', { name: /^Progress update:/ }).waitFor();
    },
  },
  {
    name: 'presentation',
    show: async (page) => {
      await openScreen(page, 'Progress');
      await page.getByRole('link', { name: 'Build your end-of-programme presentation' }).click();
      await page
        .getByRole('heading', { name: 'Your end-of-programme presentation', level: 1 })
        .waitFor();
      await page.locator('.slide-chart .recharts-surface').first().waitFor();
    },
  },
  {
    name: '360 review',
    show: async (page) => {
      await openScreen(page, 'Progress');
      await page.getByRole('link', { name: 'Open your 360° review' }).click();
      await page.getByRole('heading', { name: '360° leadership review', level: 1 }).waitFor();
    },
  },
  {
    name: '360 rate yourself',
    show: async (page) => {
      await page
        .getByRole('link', { name: /start of programme/ })
        .first()
        .click();
      await page.getByRole('link', { name: 'Rate yourself' }).click();
      await page.getByRole('heading', { name: 'What the levels mean' }).waitFor();
    },
  },
  {
    name: '360 start and end',
    show: async (page) => {
      const end = await exampleRound(page, 'end');
      await page.goto(`${app.server.baseUrl}/360?round=${end.id}&part=compare`);
      await page.getByRole('heading', { name: 'How each behaviour moved' }).waitFor();
    },
  },
  {
    name: '360 released report',
    show: async (page) => {
      const start = await exampleRound(page, 'start');
      await page.goto(await makeReleasedReportLink(app.server.baseUrl, start));
      await page.getByRole('button', { name: 'Keep this report' }).waitFor();
      // Drawn top first: the comments are its last part.
      await page.getByRole('heading', { name: 'What you do well' }).waitFor();
    },
  },
  {
    name: 'coaching sessions',
    show: async (page) => {
      await openScreen(page, 'Progress');
      await page.getByRole('link', { name: 'Open your coaching log' }).click();
      await page.getByRole('heading', { name: 'Your sessions' }).waitFor();
      await page
        .getByText(/Verified by Dr Ruth Adeyemi on/)
        .first()
        .waitFor();
    },
  },
  {
    name: 'coaching session',
    show: async (page) => {
      await page.getByRole('link', { name: /^360° debrief with/ }).click();
      await page.getByText('Changed since it was verified.').waitFor();
    },
  },
  {
    name: 'coaching actions',
    show: async (page) => {
      await page.getByRole('link', { name: 'All sessions' }).click();
      await page.getByRole('link', { name: 'Actions', exact: true }).click();
      await page.getByRole('heading', { name: /^Overdue/ }).waitFor();
    },
  },
  {
    name: 'evidence set',
    show: async (page) => {
      await page.getByRole('link', { name: 'Evidence', exact: true }).click();
      await page.getByRole('link', { name: 'Questioning, for the final assessment' }).click();
      await page.getByRole('heading', { name: 'Evidence chosen' }).waitFor();
    },
  },
  {
    name: 'journal',
    show: async (page) => {
      await openScreen(page, 'Journal');
      await page.getByRole('heading', { name: 'Journal', level: 1 }).waitFor();
    },
  },
  {
    name: 'journal ranking',
    show: async (page) => {
      await page.getByRole('link', { name: 'Most effective techniques' }).click();
      await page.getByRole('heading', { name: 'How they are ranked' }).waitFor();
    },
  },
  {
    name: 'improvement project',
    show: async (page) => {
      await page.getByRole('link', { name: 'Improvement project' }).click();
      await page.getByRole('heading', { name: 'The problem and the aims' }).waitFor();
    },
  },
  {
    name: 'project write-up',
    show: async (page) => {
      await page.getByRole('link', { name: 'Write up the project' }).click();
      await page.getByRole('region', { name: 'Word count' }).waitFor();
    },
  },
  {
    name: 'journal enquiry',
    show: async (page) => {
      await openScreen(page, 'Journal');
      await page.getByRole('link', { name: 'New enquiry' }).click();
      await page.getByRole('heading', { name: 'New enquiry', level: 1 }).waitFor();
    },
  },
  {
    name: 'colleagues',
    show: async (page) => {
      await openScreen(page, 'Colleagues');
      await page.getByRole('heading', { name: 'Colleagues', level: 1 }).waitFor();
    },
  },
  {
    name: 'colleague progress',
    show: async (page) => {
      await page.getByRole('link', { name: 'Tom Okafor' }).first().click();
      await page.getByRole('heading', { name: 'Tom Okafor', level: 1 }).waitFor();
    },
  },
  {
    name: 'programme',
    show: async (page) => {
      await openScreen(page, 'Programme');
      await page.getByRole('heading', { name: 'Programme details' }).waitFor();
    },
  },
  {
    name: 'framework editor',
    show: async (page) => {
      await page
        .getByRole('link', { name: /Edit framework/ })
        .first()
        .click();
      await page.getByRole('heading', { name: 'Areas and skills' }).waitFor();
    },
  },
  {
    name: 'settings',
    show: async (page) => {
      await openScreen(page, 'Settings');
      await page.getByRole('heading', { name: 'Your details' }).waitFor();
    },
  },
  {
    name: 'backup',
    show: async (page) => {
      await page.getByRole('link', { name: 'Back up or restore' }).click();
      await page.getByRole('heading', { name: 'Backup and restore', level: 1 }).waitFor();
    },
  },
  {
    name: 'send to my other device',
    show: async (page) => {
      await openScreen(page, 'Settings');
      await page.getByRole('link', { name: 'Send everything to my other device' }).click();
      await page.getByRole('heading', { name: 'Send everything to my other device' }).waitFor();
    },
  },
  {
    name: 'share with my facilitator',
    show: async (page) => {
      await openScreen(page, 'Progress');
      await page.getByRole('link', { name: 'Share with my facilitator' }).click();
      await page.getByRole('heading', { name: 'Exactly what goes' }).waitFor();
      await page.getByRole('button', { name: 'Save as a file' }).waitFor();
    },
  },
  {
    name: 'open a Trellis file',
    show: async (page) => {
      await openScreen(page, 'Settings');
      await page.getByRole('link', { name: 'Open a Trellis file' }).click();
      await page.getByRole('heading', { name: 'Open a Trellis file', level: 1 }).waitFor();
    },
  },
  {
    name: 'facilitator set-up',
    show: async (page) => {
      await page.goto(`${app.server.baseUrl}/cohorts`);
      await page.getByRole('heading', { name: 'See where your cohort stands' }).waitFor();
    },
  },
  {
    name: 'cohort list',
    show: async (page) => {
      await page.getByLabel('Your name').fill('Fran Okoye');
      await page.getByRole('button', { name: 'Set up as a facilitator' }).click();
      await page.getByRole('heading', { name: 'Your cohorts' }).waitFor();
    },
  },
  {
    name: 'cohort dashboard',
    show: async (page) => {
      await page.getByLabel('Programme').fill('OTP Plus — spring');
      await page.getByLabel('Starts').fill('2027-01-11');
      await page.getByLabel('Ends').fill('2027-03-26');
      await page.getByLabel('Delegates’ names').fill('Jordan Ellis\nPriya Shah');
      await page.getByRole('button', { name: 'Make the cohort' }).click();
      await page.getByText('0 of 2 on your list have shared; 2 not yet.').waitFor();
    },
  },
];

/**
 * Walks every screen in order in one page, calling `check` on each.
 * @param {import('playwright-core').BrowserContext} context
 * @param {(page: import('playwright-core').Page, screen: string) => Promise<void>} check
 */
async function onEveryScreen(context, check) {
  const page = await context.newPage();
  await page.goto(app.server.baseUrl);
  await dismissOfflineReadyNotice(page);
  for (const screen of SCREENS) {
    await screen.show(page);
    await settle(page);
    await check(page, screen.name);
  }
  return page;
}

test(
  'axe finds nothing on any screen at 390 and 1280 px, light and dark',
  { timeout: 300_000 },
  async (t) => {
    const context = await newAppContext(app.browser);
    const requests = recordRequests(context, app.server.baseUrl);
    /** @type {string[]} */
    const failures = [];
    try {
      await onEveryScreen(context, async (page, screen) => {
        for (const size of [PHONE, LAPTOP]) {
          await page.setViewportSize(size);
          for (const colorScheme of ['light', 'dark']) {
            await page.emulateMedia({ colorScheme });
            await settle(page);
            const label = `${screen}, ${size.width} px, ${colorScheme}`;
            failures.push(...(await checkAccessibility(t, page, label)));
          }
        }
        await page.setViewportSize(PHONE);
        await page.emulateMedia({ colorScheme: 'light' });
      });
      assert.deepEqual(failures, [], 'no accessibility violations');
      assert.deepEqual(requests.outsideOrigin(), [], 'no request left the app’s origin');
    } finally {
      await context.close();
    }
  },
);

/**
 * What does not fit with text at 200%: the page's own sideways scroll, and visible controls that
 * end up off the screen's left or right edge without a scrolling region of their own around them.
 * @param {import('playwright-core').Page} page
 */
function overflowAtThisSize(page) {
  return page.evaluate(() => {
    const viewportWidth = document.documentElement.clientWidth;
    const pageScroll = document.documentElement.scrollWidth - viewportWidth;
    const controls = [
      ...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex="0"]'),
    ];
    const scrollsSideways = (element) => {
      for (
        let node = element.parentElement;
        node && node !== document.body;
        node = node.parentElement
      ) {
        const overflowX = getComputedStyle(node).overflowX;
        if (
          (overflowX === 'auto' || overflowX === 'scroll') &&
          node.scrollWidth > node.clientWidth
        ) {
          return true;
        }
      }
      return false;
    };
    const offScreen = controls
      .filter((element) => {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return false;
        // Visually hidden controls (a level's radio inside its label) are reached through their label.
        if (box.width <= 1 && box.height <= 1) return false;
        return (box.left < -1 || box.right > viewportWidth + 1) && !scrollsSideways(element);
      })
      .map((element) => {
        const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40);
        return `${element.tagName.toLowerCase()} "${name}"`;
      });
    return { pageScroll, offScreen };
  });
}

test(
  'with text at 200% every screen fits its width and every control is on screen',
  { timeout: 300_000 },
  async () => {
    const context = await newAppContext(app.browser);
    await mkdir(screenshotDir, { recursive: true });
    /** @type {string[]} */
    const failures = [];
    try {
      await onEveryScreen(context, async (page, screen) => {
        // The browser's text size setting scales the root font size; everything in rem follows it.
        // Set through the CSSOM: the app's Content-Security-Policy refuses an injected <style>.
        await page.evaluate(() =>
          document.documentElement.style.setProperty('font-size', '200%', 'important'),
        );
        for (const size of [PHONE, LAPTOP]) {
          await page.setViewportSize(size);
          await settle(page);
          const { pageScroll, offScreen } = await overflowAtThisSize(page);
          if (pageScroll > 1)
            failures.push(`${screen} at ${size.width} px scrolls sideways by ${pageScroll} px`);
          for (const control of offScreen)
            failures.push(`${screen} at ${size.width} px: ${control} is off screen`);
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.screenshot({
            path: `${screenshotDir}text-200-${screen.replaceAll(' ', '-')}-${size.width}.png`,
            fullPage: true,
            animations: 'disabled',
          });
        }
        await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
        await page.setViewportSize(PHONE);
      });
      assert.deepEqual(failures, [], 'everything fits with text at 200%');
    } finally {
      await context.close();
    }
  },
);

/** Every element's animations and transitions that would take visible time (over 0.01 ms). */
function movingElements(page) {
  return page.evaluate(() => {
    const seconds = (value) =>
      value.split(',').map((part) => {
        const text = part.trim();
        return text.endsWith('ms') ? Number.parseFloat(text) / 1000 : Number.parseFloat(text);
      });
    const moving = [];
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const animated =
          style.animationName !== 'none' &&
          seconds(style.animationDuration).some((s) => s > 0.00001);
        const transitioned =
          seconds(style.transitionDuration).some((s) => s > 0.00001) &&
          style.transitionProperty !== 'none';
        if (animated || transitioned) {
          moving.push(
            `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ').join('.')}` : ''}${pseudo ?? ''}: ${animated ? `animation ${style.animationName} ${style.animationDuration}` : `transition ${style.transitionProperty} ${style.transitionDuration}`}`,
          );
        }
      }
    }
    return moving;
  });
}

test(
  'with prefers-reduced-motion nothing animates or transitions on any screen',
  { timeout: 180_000 },
  async () => {
    // Without the preference the audit's progress bar does move: the check below can see motion.
    const moving = await newAppContext(app.browser, { reducedMotion: 'no-preference' });
    try {
      const page = await moving.newPage();
      await page.goto(app.server.baseUrl);
      await page.getByRole('button', { name: 'Try it with example data' }).click();
      await page.getByRole('article').first().waitFor();
      assert.notDeepEqual(
        await movingElements(page),
        [],
        'some motion exists without the preference',
      );
    } finally {
      await moving.close();
    }

    const context = await newAppContext(app.browser, { reducedMotion: 'reduce' });
    /** @type {string[]} */
    const failures = [];
    try {
      await onEveryScreen(context, async (page, screen) => {
        for (const element of await movingElements(page)) failures.push(`${screen}: ${element}`);
        const scrollBehaviour = await page.evaluate(
          () => getComputedStyle(document.documentElement).scrollBehavior,
        );
        if (scrollBehaviour !== 'auto')
          failures.push(`${screen}: scroll-behavior ${scrollBehaviour}`);
      });
      assert.deepEqual(failures, [], 'nothing moves with reduced motion');
    } finally {
      await context.close();
    }
  },
);
