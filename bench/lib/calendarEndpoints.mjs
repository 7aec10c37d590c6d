import { monthRange } from './calendarDates.mjs';
import { FLOOR_ENDPOINT } from './endpoints.mjs';

export const MONTH_ENDPOINT = 'month';
export const CYCLING_ENDPOINT = 'month-cycling';
export const FEED_ENDPOINT = 'feed';

const OCCURRENCES = '/api/calendar/occurrences';

export const occurrencesPath = (range, filter = '') =>
  `${OCCURRENCES}?from=${range.from}&to=${range.to}${filter}`;

/** The whole benchmark year, for checking that the index holds every event. */
export const YEAR_PATH = occurrencesPath({
  from: '2027-01-01T00:00:00Z',
  to: '2028-01-01T00:00:00Z',
});

const CYCLING_FILTERS = [
  '',
  '&category=gathering',
  '&type=meetup&type=workshop',
  '&tag=streaming',
  '&category=content',
  `&relatedTo=${encodeURIComponent('group:default/bench-group-03')}`,
];

/**
 * The paths of the rotating month query: request i asks for month i mod 12
 * with filter (i / 12) mod 6, the range shifted by (i / 72) mod 1440 minutes.
 * The shift makes every range distinct for 103,680 requests, so the backend's
 * response cache (200 bodies) never answers: each request is computed.
 */
export function cyclingPaths() {
  let i = 0;
  return () => {
    const month = i % 12;
    const filter = CYCLING_FILTERS[Math.floor(i / 12) % CYCLING_FILTERS.length];
    const shift = Math.floor(i / (12 * CYCLING_FILTERS.length)) % 1440;
    i += 1;
    return occurrencesPath(monthRange(month, shift), filter);
  };
}

/** (a) floor, (b) one month again and again, (c) rotating months and filters, (d) the tag feed. */
export function calendarEndpoints(feedPath) {
  const march = occurrencesPath(monthRange(2));
  return [
    { id: FLOOR_ENDPOINT, path: '/api/auth/v1/userinfo' },
    { id: MONTH_ENDPOINT, path: march },
    {
      id: CYCLING_ENDPOINT,
      path: march,
      nextPath: cyclingPaths(),
      pathLabel: `${OCCURRENCES}?<12 months x ${CYCLING_FILTERS.length} filters, shifted by minutes>`,
    },
    {
      id: FEED_ENDPOINT,
      path: feedPath,
      anonymous: true,
      pathLabel: '/api/calendar/feeds/<secret>.ics',
    },
  ];
}
