import { FLOOR_ENDPOINT } from './endpoints.mjs';
import { createSeededRandom } from './seededRandom.mjs';

export const LIST_ENDPOINT = 'list';
export const METRICS_ENDPOINT = 'metrics';

const DAY_MS = 24 * 60 * 60 * 1000;

const listPath = queue =>
  `/api/support/questions?queue=${queue}&status=open&limit=25`;

/** The metrics window of the load: the 90 days before `now`. */
export function metricsWindow(now) {
  return {
    from: new Date(now - 90 * DAY_MS).toISOString(),
    to: new Date(now).toISOString(),
  };
}

const metricsPath = (queue, window) =>
  `/api/support/metrics?queue=${queue}&from=${window.from}&to=${window.to}`;

/**
 * (a) floor, (b) the open questions of a random public queue, a page of 25,
 * (c) one random public queue's metrics over the last 90 days. Queues are
 * drawn from a seeded sequence shared by all connections.
 */
export function supportEndpoints(manifest, window, seed) {
  const queues = manifest.publicQueueIds;
  const listRandom = createSeededRandom(seed);
  const metricsRandom = createSeededRandom(seed + 1);
  return [
    { id: FLOOR_ENDPOINT, path: '/api/auth/v1/userinfo' },
    {
      id: LIST_ENDPOINT,
      path: listPath(queues[0]),
      nextPath: () => listPath(listRandom.pick(queues)),
      pathLabel: listPath(`<random of ${queues.length} public queues>`),
    },
    {
      id: METRICS_ENDPOINT,
      path: metricsPath(queues[0], window),
      nextPath: () => metricsPath(metricsRandom.pick(queues), window),
      pathLabel: metricsPath(`<random of ${queues.length} public queues>`, {
        from: '<now-90d>',
        to: '<now>',
      }),
    },
  ];
}
