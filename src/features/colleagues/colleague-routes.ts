import { paths } from '@/ui/paths';

/** The colleagues screen's sub-views live in the query string, so Back and reload keep them. */
export function colleagueHref(colleagueId: string): string {
  return `${paths.colleagues}?colleague=${encodeURIComponent(colleagueId)}`;
}

export function observationHref(observationId: string): string {
  return `${paths.colleagues}?observation=${encodeURIComponent(observationId)}`;
}
