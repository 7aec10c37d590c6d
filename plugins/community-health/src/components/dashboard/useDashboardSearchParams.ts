import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { FilterTarget, isFilterTarget } from '../../lib/targets';

/** The periods the dashboard's history and movers can cover, in days. */
export const DASHBOARD_DAYS = [30, 90, 365] as const;
const DEFAULT_DAYS = 90;

/** The dashboard's filters. */
export interface DashboardFilters {
  target?: FilterTarget;
  /** Owner group ref. */
  owner?: string;
  /** Partner ref. */
  partner?: string;
}

const FILTER_KEYS = ['target', 'owner', 'partner'] as const;

/**
 * The dashboard's filters and period as the page address holds them, so a
 * filtered dashboard can be bookmarked and shared.
 */
export function useDashboardSearchParams() {
  const [params, setParams] = useSearchParams();
  const target = params.get('target');
  const owner = params.get('owner') || undefined;
  const partner = params.get('partner') || undefined;
  const daysParam = Number(params.get('days'));

  const filters = useMemo<DashboardFilters>(
    () => ({
      target: isFilterTarget(target) ? target : undefined,
      owner,
      partner,
    }),
    [target, owner, partner],
  );
  const days = (DASHBOARD_DAYS as readonly number[]).includes(daysParam)
    ? daysParam
    : DEFAULT_DAYS;

  const setFilters = useCallback(
    (next: DashboardFilters) =>
      setParams(
        previous => {
          const updated = new URLSearchParams(previous);
          for (const key of FILTER_KEYS) {
            const value = next[key];
            if (value) updated.set(key, value);
            else updated.delete(key);
          }
          return updated;
        },
        { replace: true },
      ),
    [setParams],
  );

  const setDays = useCallback(
    (next: number) =>
      setParams(
        previous => {
          const updated = new URLSearchParams(previous);
          updated.set('days', String(next));
          return updated;
        },
        { replace: true },
      ),
    [setParams],
  );

  return { filters, days, setFilters, setDays };
}
