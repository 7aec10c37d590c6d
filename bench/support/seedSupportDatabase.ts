// Writes a planned support history into the support plugin's tables, in
// transactions of 1,000 rows (questions with their tag rows, then answers).
import { Knex } from 'knex';
import { PlannedQuestion, seededRandom } from './supportSeedPlan';

export const BATCH_SIZE = 1000;
// One INSERT holds at most this many rows: knex writes a multi-row insert
// for SQLite as a compound SELECT, which SQLite limits to 500 terms.
const ROWS_PER_STATEMENT = 250;

const WORDS = (
  'flow stage sink source record batch offset retry backoff timeout schema ' +
  'codec stream buffer window commit consumer producer partition rebalance ' +
  'connector pipeline error memory latency throughput checkpoint upgrade ' +
  'version config deploy container test fixture clock fault dead letter ' +
  'queue metric trace log field type validation export import node runtime'
).split(' ');

/** Deterministic text of about `words` words for a row id. */
function text(seed: number, words: number): string {
  const random = seededRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(random.pick(WORDS));
    if (i % 12 === 11) out.push('\n\n');
  }
  return out.join(' ');
}

function title(question: PlannedQuestion): string {
  const random = seededRandom(question.id * 7919);
  return `How do I ${random.pick(WORDS)} the ${random.pick(
    WORDS,
  )} ${random.pick(WORDS)} in ${question.queue.id}? (#${question.id})`;
}

function questionRow(q: PlannedQuestion) {
  const lastReply = q.replies[q.replies.length - 1]?.at ?? q.createdAt;
  return {
    id: q.id,
    queue_id: q.queue.id,
    team_ref: q.queue.team,
    title: title(q),
    body: text(q.id, 60),
    tags: JSON.stringify(q.tags),
    priority: q.priority,
    visibility: q.visibility,
    status: q.status,
    close_reason: q.closeReason ?? null,
    duplicate_of_id: q.duplicateOfId ?? null,
    author_ref: q.authorRef,
    assignee_ref: null,
    entity_ref: q.queue.entityRef ?? null,
    created_at: q.createdAt,
    updated_at: Math.max(lastReply, q.leftOpenAt ?? q.createdAt),
    first_response_at: q.firstResponseAt ?? null,
    first_response_due_at: q.firstResponseDueAt,
    resolution_due_at: q.resolutionDueAt,
    resolved_at: q.leftOpenAt ?? null,
    closed_at: q.status === 'closed' ? q.leftOpenAt! : null,
    first_response_breached_at: q.firstResponseBreachedAt ?? null,
    resolution_breached_at: q.resolutionBreachedAt ?? null,
    escalated_at: q.escalatedAt ?? null,
    accepted_answer_id: q.acceptedAnswerId ?? null,
    score: 0,
    answer_count: q.replies.filter(r => r.kind === 'answer').length,
  };
}

async function insertRows(
  trx: Knex.Transaction,
  table: string,
  rows: object[],
) {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    await trx(table).insert(rows.slice(i, i + ROWS_PER_STATEMENT));
  }
}

async function inBatches<T>(
  knex: Knex,
  items: T[],
  write: (trx: Knex.Transaction, batch: T[]) => Promise<void>,
) {
  for (let i = 0; i < items.length; i += BATCH_SIZE) {
    const batch = items.slice(i, i + BATCH_SIZE);
    await knex.transaction(trx => write(trx, batch));
  }
}

/**
 * Inserts the plan with explicit ids into migrated, empty support tables
 * and moves PostgreSQL's id sequences past them.
 */
export async function seedSupportDatabase(
  knex: Knex,
  plan: PlannedQuestion[],
): Promise<void> {
  await inBatches(knex, plan, async (trx, batch) => {
    await insertRows(trx, 'support_questions', batch.map(questionRow));
    await insertRows(
      trx,
      'support_question_tags',
      batch.flatMap(q => q.tags.map(tag => ({ question_id: q.id, tag }))),
    );
  });

  const replies = plan.flatMap(q =>
    q.replies.map(reply => ({ question: q, reply })),
  );
  await inBatches(knex, replies, async (trx, batch) => {
    await insertRows(
      trx,
      'support_answers',
      batch.map(({ question, reply }) => ({
        id: reply.id,
        question_id: question.id,
        kind: reply.kind,
        parent_id: null,
        body: text(1_000_003 + reply.id, 30),
        author_ref: reply.authorRef,
        created_at: reply.at,
        updated_at: reply.at,
        score: 0,
      })),
    );
  });

  if (knex.client.config.client === 'pg') {
    for (const table of ['support_questions', 'support_answers']) {
      await knex.raw(
        `SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT COALESCE(MAX(id), 1) FROM ??))`,
        [table, table],
      );
    }
  }
}

/** Row counts of the seeded tables, for checking a seed. */
export async function countSupportRows(knex: Knex) {
  const count = async (table: string, where?: Record<string, string>) => {
    const query = knex(table).count({ n: '*' });
    if (where) query.where(where);
    const [row] = await query;
    return Number(row.n);
  };
  const queues = await knex('support_questions').countDistinct({
    n: 'queue_id',
  });
  return {
    questions: await count('support_questions'),
    open: await count('support_questions', { status: 'open' }),
    private: await count('support_questions', { visibility: 'private' }),
    answers: await count('support_answers'),
    tags: await count('support_question_tags'),
    queues: Number(queues[0].n),
  };
}
