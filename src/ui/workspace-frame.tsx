import type { ReactNode } from 'react';
import type { ScreenPath } from '@/ui/paths';
import { Link } from '@/ui/router';
import './workspace-frame.css';

/**
 * The frame of a workspace drawn outside the delegate's app frame — a coach's or a facilitator's
 * device may hold no programme — with its own header: the brand (back to the workspace's home),
 * the workspace's name and, on the right, one optional link.
 */
export function WorkspaceFrame({
  title,
  home,
  action,
  mainClassName,
  children,
}: {
  title: string;
  home: ScreenPath;
  action?: ReactNode;
  /** The feature's own class on `<main>`, for its layout. */
  mainClassName: string;
  children: ReactNode;
}) {
  return (
    <div className="workspace">
      <header className="workspace-header">
        <div className="workspace-header-inner">
          <Link to={home} className="workspace-brand">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            Trellis
          </Link>
          <span className="workspace-header-title">{title}</span>
          {action}
        </div>
      </header>
      <main id="main" className={`app-main ${mainClassName}`}>
        {children}
      </main>
    </div>
  );
}
