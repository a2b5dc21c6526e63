import type { ReactNode } from 'react';
// The base and the `good` tone are in styles.css, shared with the header's week chip.
import '@/ui/badge.css';

/**
 * What a badge says about its subject: `neutral` a plain fact, `attention` something still to do,
 * `good` a success, `rise` an improvement, `outline` a detail that should not compete with the rest.
 */
export type BadgeTone = 'neutral' | 'attention' | 'good' | 'rise' | 'outline';

/** A small rounded label beside a title or figure: a status, "Effective", "up 2 levels". */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span className="badge" data-tone={tone}>
      {children}
    </span>
  );
}
