import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/app/app';
import { loadExampleProfile } from '@/db/example-profile';
import { useActiveProfileStore } from '@/state/active-profile-store';
import { makeFramework, setUpTestProgramme } from '../../support/factories';

/** A delegate on a small framework: the app behaves the same, and jsdom renders it quickly. */
function setUpDelegate() {
  return setUpTestProgramme({ framework: makeFramework() });
}

function goTo(path: string) {
  window.history.replaceState(null, '', path);
}

/**
 * A screen's title. Screens load lazily, and the audit of a whole framework is a large page on
 * which jsdom's role queries are slow, so this finds the h1 by its text.
 */
async function findScreenHeading(name: string) {
  const heading = await screen.findByText(name, { selector: 'h1' }, { timeout: 5000 });
  return heading;
}

function mainNavigation() {
  return within(screen.getByRole('navigation', { name: 'Main' }));
}

describe('App', () => {
  beforeEach(() => {
    goTo('/');
    // jsdom does not scroll; navigation asks it to.
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  });

  it('opens on the welcome screen when nobody has set up a programme on this device', async () => {
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Welcome to Trellis' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });

  it('opens the audit, shows the programme week, and moves between screens', async () => {
    const user = userEvent.setup();
    await setUpDelegate();
    render(<App />);

    expect(await findScreenHeading('Self-audit')).toBeInTheDocument();
    expect(screen.getByText('Week 3 of 10')).toBeInTheDocument();
    expect(window.location.pathname).toBe('/audit');

    await user.click(mainNavigation().getByRole('link', { name: /Progress/ }));
    expect(await findScreenHeading('Progress')).toBeInTheDocument();
    expect(mainNavigation().getByRole('link', { name: /Progress/ })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await user.click(mainNavigation().getByRole('link', { name: /Settings/ }));
    expect(await findScreenHeading('Settings')).toBeInTheDocument();
    expect(window.location.pathname).toBe('/settings');
  });

  it('opens the journal from the navigation and from a deep link with a query', async () => {
    const user = userEvent.setup();
    await setUpDelegate();
    goTo('/journal?skill=q1');
    render(<App />);

    expect(await findScreenHeading('Journal')).toBeInTheDocument();
    expect(window.location.pathname + window.location.search).toBe('/journal?skill=q1');
    expect(mainNavigation().getByRole('link', { name: /Journal/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await user.click(mainNavigation().getByRole('link', { name: /Audit/ }));
    expect(await findScreenHeading('Self-audit')).toBeInTheDocument();
    await user.click(mainNavigation().getByRole('link', { name: /Journal/ }));
    expect(await findScreenHeading('Journal')).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  it('sends an unknown path to the audit', async () => {
    await setUpDelegate();
    goTo('/no-such-screen');
    render(<App />);
    expect(await findScreenHeading('Self-audit')).toBeInTheDocument();
    // The address is corrected by an effect after the screen is drawn: it may lag a moment.
    await waitFor(() => expect(window.location.pathname).toBe('/audit'));
  });

  it('marks the example data on every screen and switches back to your own in one click', async () => {
    const user = userEvent.setup();
    await setUpDelegate();
    const exampleId = await loadExampleProfile();
    useActiveProfileStore.setState({ activeProfileId: exampleId });
    // The banner is on every screen; Settings is a light one to render in jsdom.
    goTo('/settings');
    render(<App />);

    await findScreenHeading('Settings');
    const banner = screen.getByRole('complementary', { name: 'Example data' });
    expect(banner).toHaveTextContent('Nothing you do here touches your own programme.');
    expect(screen.getByLabelText('Switch profile')).toHaveDisplayValue('Example delegate');

    await user.click(within(banner).getByText('Back to Sam Teacher'));

    await waitFor(
      () => expect(screen.getByLabelText('Switch profile')).toHaveDisplayValue('Sam Teacher'),
      { timeout: 5000 },
    );
    expect(screen.queryByRole('complementary', { name: 'Example data' })).not.toBeInTheDocument();
  });

  it('returns to the welcome screen when the example, the only profile, is removed', async () => {
    const user = userEvent.setup();
    await loadExampleProfile();
    goTo('/settings');
    render(<App />);

    await findScreenHeading('Settings');
    await user.click(
      within(screen.getByRole('complementary', { name: 'Example data' })).getByText(
        'Remove example data',
      ),
    );

    expect(await findScreenHeading('Welcome to Trellis')).toBeInTheDocument();
  });
});
