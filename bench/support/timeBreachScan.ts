// Times the breach scan (the body of the backend's scheduled task) on a
// seeded support database, with the store the backend uses.
import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import { scanBreaches } from '../../plugins/support-backend/src/sla/scanBreaches';
import { KnexSupportStore } from '../../plugins/support-backend/src/store/KnexSupportStore';
import { staticQueues } from './supportQueues';
import { SupportQueue } from '@community-hub/plugin-support-common';

const quietLogger: LoggerService = {
  error: () => {},
  warn: () => {},
  info: () => {},
  debug: () => {},
  child: () => quietLogger,
};

/**
 * Reopens every question and clears its breach and escalation marks, so
 * that all of them are open and none is marked: the most a scan can face.
 */
export async function reopenAll(knex: Knex): Promise<number> {
  await knex('support_questions').update({
    status: 'open',
    close_reason: null,
    duplicate_of_id: null,
    resolved_at: null,
    closed_at: null,
    first_response_breached_at: null,
    resolution_breached_at: null,
    escalated_at: null,
  });
  if (knex.client.config.client === 'pg') {
    // The update left a dead copy of every row; a live table would have
    // been vacuumed and analysed by autovacuum before the next scan
    await knex.raw('VACUUM ANALYZE support_questions');
  }
  const [row] = await knex('support_questions')
    .where('status', 'open')
    .count({ n: '*' });
  return Number(row.n);
}

/**
 * Runs two scans at `now`: the first over the reopened questions marks
 * every passed due time; the second finds nothing new, like most scans of
 * the running backend. Notifications are counted, not delivered.
 */
export async function timeBreachScans(
  knex: Knex,
  queues: SupportQueue[],
  now: Date,
) {
  const store = new KnexSupportStore(knex);
  let notificationsSent = 0;
  const notifications: NotificationService = {
    send: async () => {
      notificationsSent += 1;
    },
  };
  const scan = async () => {
    const started = performance.now();
    const result = await scanBreaches({
      store,
      queues: staticQueues(queues),
      notifications,
      logger: quietLogger,
      now,
      communityManagerRefs: ['group:default/community-managers'],
    });
    return {
      ms: Number((performance.now() - started).toFixed(1)),
      ...result,
    };
  };
  const first = await scan();
  const firstNotifications = notificationsSent;
  const second = await scan();
  return {
    first: { ...first, notifications: firstNotifications },
    second: {
      ...second,
      notifications: notificationsSent - firstNotifications,
    },
  };
}
