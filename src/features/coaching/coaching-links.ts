import { paths } from '@/ui/paths';

/** One round in the workspace: the round is in the query, so back and bookmarks work. */
export function roundHref(roundId: string): string {
  return `${paths.coaching}?round=${encodeURIComponent(roundId)}`;
}
