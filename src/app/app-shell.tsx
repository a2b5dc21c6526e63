import type { ReactNode } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { profileLabel, type Profile } from '@/domain/profile';
import {
  breakOn,
  breakStatusText,
  currentWeek,
  programmePhase,
  weekLabel,
} from '@/domain/programme-weeks';
import { localCalendarDate } from '@/domain/calendar-date';
import { ReloadPrompt } from '@/pwa/reload-prompt';
import { ConnectionBanner } from '@/app/connection-banner';
import { paths, type ScreenPath } from '@/ui/paths';
import { Link } from '@/ui/router';

interface AppShellProps {
  active: ActiveProgramme;
  profiles: Profile[];
  /** The tab to light up (src/app/routes.tsx); none while an unknown path is being left. */
  currentTab: ScreenPath | undefined;
  onSwitchProfile: (profileId: string) => void;
  children: ReactNode;
}

const navigation = [
  { to: paths.audit, label: 'Audit', icon: '✎' },
  { to: paths.journal, label: 'Journal', icon: '❏' },
  { to: paths.colleagues, label: 'Colleagues', icon: '⚇' },
  { to: paths.progress, label: 'Progress', icon: '↗' },
  { to: paths.programme, label: 'Programme', icon: '▦' },
  // Six tabs do not fit a phone's bottom bar: there, Settings moves to a button in the header.
  { to: paths.settings, label: 'Settings', icon: '⚙', wideScreensOnly: true },
] as const;

export function AppShell({
  active,
  profiles,
  currentTab,
  onSwitchProfile,
  children,
}: AppShellProps) {
  const { profile, programme } = active;
  const week = currentWeek(programme);
  const phase = programmePhase(programme);
  const pause = phase === 'running' ? breakOn(programme, localCalendarDate()) : undefined;
  const realProfile = profiles.find((candidate) => !candidate.isExample);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <Link to={paths.audit} className="brand" aria-label="Trellis home">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            <span>Trellis</span>
          </Link>
          <p className="programme-status">
            <span className="programme-name">{programme.name}</span>
            <span className="badge week-chip" data-phase={pause ? 'break' : phase}>
              {phase === 'not-started'
                ? 'Starts soon · baseline'
                : pause
                  ? breakStatusText(programme, pause)
                  : `${weekLabel(week)} of ${programme.lengthWeeks}${phase === 'finished' ? ' · finished' : ''}`}
            </span>
          </p>
          <label className="profile-switcher">
            <span className="visually-hidden">Profile</span>
            <select
              value={profile.id}
              onChange={(event) => onSwitchProfile(event.target.value)}
              aria-label="Switch profile"
            >
              {profiles.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {profileLabel(candidate)}
                </option>
              ))}
            </select>
          </label>
          <Link
            to={paths.settings}
            className="header-settings-link"
            aria-current={currentTab === paths.settings ? 'page' : undefined}
          >
            <span aria-hidden="true">⚙</span>
            <span className="visually-hidden">Settings</span>
          </Link>
        </div>
        <nav className="app-nav" aria-label="Main">
          <ul>
            {navigation.map((item) => (
              <li
                key={item.to}
                className={'wideScreensOnly' in item ? 'wide-screens-only' : undefined}
              >
                <Link to={item.to} aria-current={currentTab === item.to ? 'page' : undefined}>
                  <span className="nav-icon" aria-hidden="true">
                    {item.icon}
                  </span>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {profile.isExample && (
        <aside className="example-banner" aria-label="Example data">
          <p>
            <strong>Example data.</strong> Nothing you do here touches your own programme.
          </p>
          <div className="example-banner-actions">
            {realProfile && (
              <button
                type="button"
                className="button"
                onClick={() => onSwitchProfile(realProfile.id)}
              >
                Back to {profileLabel(realProfile)}
              </button>
            )}
            <button
              type="button"
              className="button"
              onClick={() => {
                // Loaded on the click: the example's code (and every table it touches) is not
                // needed to show a screen.
                void import('@/db/example-profile')
                  .then(({ removeExampleProfile }) => removeExampleProfile())
                  .then(() => {
                    if (realProfile) onSwitchProfile(realProfile.id);
                  });
              }}
            >
              Remove example data
            </button>
          </div>
        </aside>
      )}
      <ConnectionBanner />
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
      <ReloadPrompt />
    </div>
  );
}
