import type {
  CalendarEventSummary,
  OccurrenceFilter,
} from '@community-hub/plugin-calendar-common';

/** What the calendar page filters by. */
export interface CalendarFilters {
  types: string[];
  tags: string[];
  /** A package's entity ref. */
  package?: string;
  /** A partner's entity ref. */
  partner?: string;
}

/**
 * The backend's filter for the page's filters. The backend takes one related
 * entity, so the package goes there when both a package and a partner are
 * chosen; {@link matchesRelated} applies the other in the browser.
 */
export function toOccurrenceFilter(
  filters: CalendarFilters,
  category: OccurrenceFilter['category'],
): OccurrenceFilter {
  return {
    category,
    types: filters.types.length ? filters.types : undefined,
    tags: filters.tags.length ? filters.tags : undefined,
    relatedTo: filters.package ?? filters.partner,
  };
}

/** Whether an event is about the chosen package and partner. */
export function matchesRelated(
  event: CalendarEventSummary,
  filters: CalendarFilters,
): boolean {
  if (filters.package && !event.packages.includes(filters.package))
    return false;
  if (filters.partner && !event.partners.includes(filters.partner))
    return false;
  return true;
}
