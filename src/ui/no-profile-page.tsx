import type { ReactNode } from 'react';
import '@/ui/no-profile-page.css';

interface NoProfilePageProps {
  /** What this page is for, after the app's name: "observation", "360° feedback". */
  purpose: string;
  children: ReactNode;
}

/**
 * The frame of a screen opened from someone else's link on a device with no profile (a
 * colleague's or a rater's phone): the app's name and what the page is for, no tabs, no profile.
 */
export function NoProfilePage({ purpose, children }: NoProfilePageProps) {
  return (
    <div className="no-profile-page">
      <header className="no-profile-page-header">
        <img src="/favicon.svg" alt="" width="28" height="28" />
        <span>Trellis · {purpose}</span>
      </header>
      <main id="main" className="app-main no-profile-page-main">
        {children}
      </main>
    </div>
  );
}
