/**
 * Opens a screen the way a user does: its tab in the main navigation. On a phone there are five
 * tabs and Settings is a button in the header instead; at every width exactly one link called
 * "Settings" is visible, so that one is clicked wherever it is.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} name the tab's label
 */
export async function openScreen(page, name) {
  const scope = name === 'Settings' ? page : page.getByRole('navigation', { name: 'Main' });
  await scope.getByRole('link', { name, exact: true }).click();
}
