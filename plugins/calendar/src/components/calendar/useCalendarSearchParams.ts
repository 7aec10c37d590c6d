import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { CalendarFilters } from '../../lib/relatedFilter';

/** The calendar views a reader can switch between. */
export const CALENDAR_VIEWS = [
  'dayGridMonth',
  'timeGridWeek',
  'listMonth',
] as const;

const isView = (view: string | null): view is (typeof CALENDAR_VIEWS)[number] =>
  (CALENDAR_VIEWS as readonly (string | null)[]).includes(view);

/**
 * The calendar's filters, view and date as the page address holds them, so
 * a filtered calendar can be bookmarked and shared.
 */
export function useCalendarSearchParams() {
  const [params, setParams] = useSearchParams();

  const filters = useMemo<CalendarFilters>(
    () => ({
      types: params.getAll('type'),
      tags: params.getAll('tag'),
      package: params.get('package') ?? undefined,
      partner: params.get('partner') ?? undefined,
    }),
    [params],
  );

  const setFilters = useCallback(
    (next: CalendarFilters) =>
      setParams(
        previous => {
          const updated = new URLSearchParams(previous);
          for (const key of ['type', 'tag', 'package', 'partner'])
            updated.delete(key);
          next.types.forEach(type => updated.append('type', type));
          next.tags.forEach(tag => updated.append('tag', tag));
          if (next.package) updated.set('package', next.package);
          if (next.partner) updated.set('partner', next.partner);
          return updated;
        },
        { replace: true },
      ),
    [setParams],
  );

  const setPosition = useCallback(
    (view: string, date: string) =>
      setParams(
        previous => {
          if (previous.get('view') === view && previous.get('date') === date)
            return previous;
          const updated = new URLSearchParams(previous);
          updated.set('view', view);
          updated.set('date', date);
          return updated;
        },
        { replace: true },
      ),
    [setParams],
  );

  const view = params.get('view');
  const date = params.get('date');
  return {
    filters,
    setFilters,
    initialView: isView(view) ? view : 'dayGridMonth',
    initialDate: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined,
    setPosition,
  };
}
