import type { MouseEvent } from 'react';
import type { Area } from '@/domain/framework';
import { focusElement } from '@/features/audit/focus-element';

export interface AreaNavItem {
  area: Area;
  headingId: string;
  ratedCount: number;
}

/**
 * Jump links to each area's heading, with how far through it the delegate is. They are real links
 * (they work without script and show as links to assistive technology), but the jump is made in
 * script so the URL fragment stays free for exchange links.
 */
export function AreaNav({ items }: { items: readonly AreaNavItem[] }) {
  function jump(event: MouseEvent<HTMLAnchorElement>, headingId: string) {
    event.preventDefault();
    focusElement(headingId);
  }
  return (
    <nav className="area-nav" aria-label="Areas">
      <ul>
        {items.map(({ area, headingId, ratedCount }) => {
          const isComplete = ratedCount === area.skills.length;
          return (
            <li key={area.id}>
              <a
                href={`#${headingId}`}
                onClick={(event) => jump(event, headingId)}
                data-complete={isComplete ? 'true' : undefined}
              >
                <span>{area.name}</span>
                <span className="area-nav-count">
                  {isComplete && <span aria-hidden="true">✓ </span>}
                  {ratedCount}/{area.skills.length}
                  <span className="visually-hidden"> rated</span>
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
