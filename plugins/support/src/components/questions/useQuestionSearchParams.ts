import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  QUESTION_STATUSES,
  QuestionQuery,
  QuestionSort,
  QuestionStatus,
} from '@community-hub/plugin-support-common';

/** Questions per page of the list. */
export const PAGE_SIZE = 25;

/** The sort orders the list offers, with their labels. */
export const SORTS: Array<{ value: QuestionSort; label: string }> = [
  { value: 'newest', label: 'Newest' },
  { value: 'activity', label: 'Recent activity' },
  { value: 'votes', label: 'Most votes' },
  { value: 'due', label: 'Due soonest' },
  { value: 'oldest', label: 'Oldest' },
];

/** The list's filters as the page address holds them. */
export interface QuestionFilters {
  queue?: string;
  status: QuestionStatus[];
  tag?: string;
  mine: boolean;
  assignedToMe: boolean;
  breached: boolean;
  unanswered: boolean;
  entityRef?: string;
  q?: string;
  sort: QuestionSort;
}

/** The URL parameter of each filter. */
const KEYS = {
  queue: 'queue',
  status: 'status',
  tag: 'tag',
  mine: 'mine',
  assignedToMe: 'assigned',
  breached: 'breached',
  unanswered: 'unanswered',
  entityRef: 'entity',
  q: 'q',
  sort: 'sort',
} as const;

const isStatus = (value: string): value is QuestionStatus =>
  (QUESTION_STATUSES as readonly string[]).includes(value);
const isSort = (value: string | null): value is QuestionSort =>
  SORTS.some(sort => sort.value === value);

/** Reads the filters and page from the query string. */
export function parseQuestionSearch(params: URLSearchParams): {
  filters: QuestionFilters;
  page: number;
} {
  const flag = (key: string) => params.get(key) === 'true';
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const sort = params.get(KEYS.sort);
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    filters: {
      queue: text(KEYS.queue),
      status: params.getAll(KEYS.status).filter(isStatus),
      tag: text(KEYS.tag),
      mine: flag(KEYS.mine),
      assignedToMe: flag(KEYS.assignedToMe),
      breached: flag(KEYS.breached),
      unanswered: flag(KEYS.unanswered),
      entityRef: text(KEYS.entityRef),
      q: text(KEYS.q),
      sort: isSort(sort) ? sort : 'newest',
    },
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** The API query of a filter set and page. */
export function toQuestionQuery(
  filters: QuestionFilters,
  page: number,
): QuestionQuery {
  return {
    queue: filters.queue,
    status: filters.status.length > 0 ? filters.status : undefined,
    tag: filters.tag,
    mine: filters.mine || undefined,
    assignedToMe: filters.assignedToMe || undefined,
    breached: filters.breached || undefined,
    unanswered: filters.unanswered || undefined,
    entityRef: filters.entityRef,
    q: filters.q,
    sort: filters.sort,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
}

/**
 * The question list's filters, sort and page, kept in the page address so a
 * filtered list can be bookmarked and shared (breach notifications link to
 * `?queue=<id>&breached=true`).
 */
export function useQuestionSearchParams() {
  const [params, setParams] = useSearchParams();
  const { filters, page } = useMemo(
    () => parseQuestionSearch(params),
    [params],
  );

  const setFilters = useCallback(
    (change: Partial<QuestionFilters>) =>
      setParams(
        previous => {
          const next = { ...parseQuestionSearch(previous).filters, ...change };
          const updated = new URLSearchParams();
          if (next.queue) updated.set(KEYS.queue, next.queue);
          next.status.forEach(status => updated.append(KEYS.status, status));
          if (next.tag) updated.set(KEYS.tag, next.tag);
          if (next.mine) updated.set(KEYS.mine, 'true');
          if (next.assignedToMe) updated.set(KEYS.assignedToMe, 'true');
          if (next.breached) updated.set(KEYS.breached, 'true');
          if (next.unanswered) updated.set(KEYS.unanswered, 'true');
          if (next.entityRef) updated.set(KEYS.entityRef, next.entityRef);
          if (next.q) updated.set(KEYS.q, next.q);
          if (next.sort !== 'newest') updated.set(KEYS.sort, next.sort);
          // A new filter starts again at the first page.
          return updated;
        },
        { replace: true },
      ),
    [setParams],
  );

  const setPage = useCallback(
    (next: number) =>
      setParams(previous => {
        const updated = new URLSearchParams(previous);
        if (next <= 1) updated.delete('page');
        else updated.set('page', String(next));
        return updated;
      }),
    [setParams],
  );

  return { filters, page, setFilters, setPage };
}
