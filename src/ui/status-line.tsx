import type { ReactNode } from 'react';
import '@/ui/status-line.css';

interface StatusLineProps {
  tone: 'good' | 'warning' | 'neutral';
  /** One sign ("✓", "!", "?") shown in a circle; screen readers skip it, as the text says it all. */
  sign: string;
  children: ReactNode;
  testId?: string;
}

/** A one-paragraph status (backed up, persistent, offline-ready) with its sign beside it. */
export function StatusLine({ tone, sign, children, testId }: StatusLineProps) {
  return (
    <p className="status-line" data-tone={tone} data-testid={testId}>
      <span aria-hidden="true">{sign}</span>
      <span>{children}</span>
    </p>
  );
}
