import { DatabaseService } from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import type {
  Answer,
  FaqEntry,
  Page,
  Question,
  QuestionLink,
  QuestionSummary,
  QuestionVisibility,
  Revision,
} from '@community-hub/plugin-support-common';
import { Knex } from 'knex';
import { migrateDatabase } from '../database/migrateDatabase';
import { breachedQuestions, escalatedQuestions } from './breaches';
import {
  countBacklog,
  selectMetricRows,
  selectMetricWindow,
} from './metricQueries';
import { patchColumns, uniqueTags } from './questionPatch';
import { applyListFilters, applySort, BREACHED_SQL } from './questionQuery';
import { applyReadFilter } from './readFilter';
import {
  AnswerRow,
  FaqRow,
  insertedId,
  isUniqueViolation,
  QuestionRow,
  RevisionRow,
  SUMMARY_COLUMNS,
  TABLES,
  toAnswer,
  toFaqEntry,
  toLink,
  toMetricRow,
  toMillis,
  toQuestion,
  toRevision,
  toSummary,
} from './rows';
import type {
  BreachedQuestion,
  MetricQuestionRow,
  NewAnswerRecord,
  NewFaqRecord,
  NewQuestionRecord,
  QuestionListQuery,
  QuestionPatch,
  QueueCounts,
  ReadFilter,
  SupportStore,
  VoteTarget,
} from './SupportStore';
import {
  containsPattern,
  containsSql,
  normaliseWords,
  whereEveryWord,
} from './textMatch';

const Q = TABLES.questions;
const A = TABLES.answers;
const V = TABLES.votes;

/** Similar-question search looks at no more than this many words. */
const MAX_SIMILAR_WORDS = 10;

type Db = Knex | Knex.Transaction;

/**
 * The support store on a knex database (SQLite or PostgreSQL).
 *
 * Build it with {@link KnexSupportStore.create} from the plugin's database
 * service, which runs the migrations first, or with the constructor on a
 * knex client whose schema is already migrated. Every write runs in a
 * transaction that has committed when the returned promise resolves.
 */
export class KnexSupportStore implements SupportStore {
  /** Runs the support migrations (unless the database service skips them) and returns the store. */
  static async create(options: {
    database: DatabaseService;
  }): Promise<KnexSupportStore> {
    const knex = await migrateDatabase(options.database);
    return new KnexSupportStore(knex);
  }

  private readonly lockRows: boolean;

  constructor(private readonly knex: Knex) {
    // SQLite runs one write at a time; PostgreSQL needs row locks.
    this.lockRows = knex.client.dialect === 'postgresql';
  }

  async createQuestion(record: NewQuestionRecord): Promise<Question> {
    return this.knex.transaction(async tx => {
      const tags = uniqueTags(record.tags);
      const result = await tx(Q)
        .insert({
          queue_id: record.queueId,
          team_ref: record.teamRef,
          title: record.title,
          body: record.body,
          tags: JSON.stringify(tags),
          priority: record.priority,
          visibility: record.visibility,
          status: 'open',
          author_ref: record.authorRef,
          entity_ref: record.entityRef ?? null,
          created_at: toMillis(record.createdAt),
          updated_at: toMillis(record.createdAt),
          first_response_due_at: toMillis(record.firstResponseDueAt),
          resolution_due_at: toMillis(record.resolutionDueAt),
        })
        .returning('id');
      const id = insertedId(result);
      await this.insertTags(tx, id, tags);
      return this.readQuestion(tx, id);
    });
  }

  async getQuestion(
    id: number,
    filter?: ReadFilter,
  ): Promise<Question | undefined> {
    const row: QuestionRow | undefined = await applyReadFilter(
      this.knex(Q).where(`${Q}.id`, id),
      filter,
    ).first();
    return row ? toQuestion(row) : undefined;
  }

  async getQuestionTeam(
    id: number,
  ): Promise<
    | { teamRef: string; authorRef: string; visibility: QuestionVisibility }
    | undefined
  > {
    const row: Pick<QuestionRow, 'team_ref' | 'author_ref' | 'visibility'> =
      await this.knex(Q)
        .where({ id })
        .first('team_ref', 'author_ref', 'visibility');
    return row
      ? {
          teamRef: row.team_ref,
          authorRef: row.author_ref,
          visibility: row.visibility,
        }
      : undefined;
  }

  async listQuestions(
    query: QuestionListQuery,
    filter: ReadFilter,
  ): Promise<{ items: QuestionSummary[]; totalCount: number }> {
    const matching = () =>
      applyReadFilter(applyListFilters(this.knex(Q), query), filter);
    // The page and the total in one statement; the total is asked on its
    // own only for a page past the end.
    const rows: Array<QuestionRow & { total_count: number | string }> =
      await applySort(
        matching()
          .select(SUMMARY_COLUMNS)
          .select(matching().count('*').as('total_count')),
        query.sort,
      )
        .limit(query.limit)
        .offset(query.offset);
    if (rows.length > 0) {
      return {
        items: rows.map(toSummary),
        totalCount: Number(rows[0].total_count),
      };
    }
    if (query.offset === 0) return { items: [], totalCount: 0 };
    const [{ count }] = await matching().count({ count: '*' });
    return { items: [], totalCount: Number(count) };
  }

  async findSimilar(
    words: string[],
    filter: ReadFilter,
    options: { queueId?: string; limit: number; excludeId?: number },
  ): Promise<QuestionSummary[]> {
    const list = normaliseWords(words, MAX_SIMILAR_WORDS);
    if (list.length === 0 || options.limit <= 0) return [];
    const patterns = list.map(containsPattern);
    const matches = list
      .map(() => `CASE WHEN ${containsSql(`${Q}.title`)} THEN 1 ELSE 0 END`)
      .join(' + ');
    const builder = this.knex(Q)
      .select(SUMMARY_COLUMNS)
      .select(this.knex.raw(`(${matches}) AS matches`, patterns))
      .where(inner => {
        for (const pattern of patterns) {
          inner.orWhereRaw(containsSql(`${Q}.title`), [pattern]);
        }
      })
      // A question closed as a duplicate points at its original, which is suggested instead.
      .where(inner =>
        inner
          .whereNull(`${Q}.close_reason`)
          .orWhereNot(`${Q}.close_reason`, 'duplicate'),
      );
    if (options.queueId !== undefined) {
      builder.where(`${Q}.queue_id`, options.queueId);
    }
    if (options.excludeId !== undefined) {
      builder.whereNot(`${Q}.id`, options.excludeId);
    }
    const rows: QuestionRow[] = await applyReadFilter(builder, filter)
      .orderBy([
        { column: 'matches', order: 'desc' },
        { column: `${Q}.created_at`, order: 'desc' },
        { column: `${Q}.id`, order: 'desc' },
      ])
      .limit(options.limit);
    return rows.map(toSummary);
  }

  async updateQuestion(
    id: number,
    patch: QuestionPatch,
    revision?: { editorRef: string },
  ): Promise<Question> {
    return this.knex.transaction(async tx => {
      const current: QuestionRow | undefined = await this.lock(
        tx(Q).where({ id }),
      ).first();
      if (!current) throw new NotFoundError(`No question ${id}`);
      if (revision) {
        await tx(TABLES.revisions).insert({
          target_type: 'question',
          target_id: id,
          editor_ref: revision.editorRef,
          created_at: toMillis(patch.updatedAt),
          title: current.title,
          body: current.body,
          tags: current.tags,
        });
      }
      await tx(Q).where({ id }).update(patchColumns(patch));
      if (patch.tags) {
        await tx(TABLES.questionTags).where({ question_id: id }).delete();
        await this.insertTags(tx, id, uniqueTags(patch.tags));
      }
      return this.readQuestion(tx, id);
    });
  }

  async listRevisions(target: VoteTarget): Promise<Revision[]> {
    const rows: RevisionRow[] = await this.knex(TABLES.revisions)
      .where({ target_type: target.type, target_id: target.id })
      .orderBy('id', 'asc');
    return rows.map(toRevision);
  }

  async addAnswer(record: NewAnswerRecord): Promise<Answer> {
    return this.knex.transaction(async tx => {
      const question = await this.lock(
        tx(Q).where({ id: record.questionId }),
      ).first('id');
      if (!question)
        throw new NotFoundError(`No question ${record.questionId}`);
      if (record.parentId !== undefined) {
        if (record.kind !== 'comment') {
          throw new InputError('parentId is only allowed on a comment');
        }
        const parent: AnswerRow | undefined = await tx(A)
          .where({ id: record.parentId })
          .first();
        if (
          !parent ||
          Number(parent.question_id) !== record.questionId ||
          parent.kind !== 'answer'
        ) {
          throw new InputError(
            `parentId ${record.parentId} is not an answer of question ${record.questionId}`,
          );
        }
      }
      const at = toMillis(record.createdAt);
      const result = await tx(A)
        .insert({
          question_id: record.questionId,
          kind: record.kind,
          parent_id: record.parentId ?? null,
          body: record.body,
          author_ref: record.authorRef,
          created_at: at,
          updated_at: at,
        })
        .returning('id');
      const id = insertedId(result);
      const changes: Record<string, unknown> = { updated_at: at };
      if (record.kind === 'answer') {
        changes.answer_count = tx.raw('answer_count + 1');
      }
      await tx(Q).where({ id: record.questionId }).update(changes);
      if (record.countsAsResponse) {
        await tx(Q)
          .where({ id: record.questionId })
          .whereNull('first_response_at')
          .update({ first_response_at: at });
      }
      return (await this.readAnswer(tx, id, record.authorRef))!;
    });
  }

  async getAnswer(id: number, viewerRef?: string): Promise<Answer | undefined> {
    return this.readAnswer(this.knex, id, viewerRef);
  }

  async listAnswers(questionId: number, viewerRef?: string): Promise<Answer[]> {
    const rows: AnswerRow[] = await this.answerQuery(this.knex, viewerRef)
      .where(`${A}.question_id`, questionId)
      .orderBy([
        { column: `${A}.created_at`, order: 'asc' },
        { column: `${A}.id`, order: 'asc' },
      ]);
    return rows.map(toAnswer);
  }

  async editAnswer(
    id: number,
    body: string,
    editor: { editorRef: string; at: Date },
  ): Promise<Answer> {
    return this.knex.transaction(async tx => {
      const current: AnswerRow | undefined = await this.lock(
        tx(A).where({ id }),
      ).first();
      if (!current) throw new NotFoundError(`No answer ${id}`);
      await tx(TABLES.revisions).insert({
        target_type: 'answer',
        target_id: id,
        editor_ref: editor.editorRef,
        created_at: toMillis(editor.at),
        title: null,
        body: current.body,
        tags: null,
      });
      await tx(A)
        .where({ id })
        .update({ body, updated_at: toMillis(editor.at) });
      return (await this.readAnswer(tx, id, editor.editorRef))!;
    });
  }

  async vote(
    target: VoteTarget,
    userRef: string,
    value: 1 | -1 | 0,
  ): Promise<{ score: number; myVote: number }> {
    const table = target.type === 'question' ? Q : A;
    return this.knex.transaction(async tx => {
      // Locking the target serialises votes on it, so the sum below sees them all.
      const row = await this.lock(tx(table).where({ id: target.id })).first(
        'id',
      );
      if (!row) throw new NotFoundError(`No ${target.type} ${target.id}`);
      const key = {
        target_type: target.type,
        target_id: target.id,
        user_ref: userRef,
      };
      if (value === 0) {
        await tx(V).where(key).delete();
      } else {
        await tx(V)
          .insert({ ...key, value, created_at: Date.now() })
          .onConflict(['target_type', 'target_id', 'user_ref'])
          .merge(['value']);
      }
      const [{ total }] = await tx(V)
        .where({ target_type: target.type, target_id: target.id })
        .sum({ total: 'value' });
      const score = Number(total ?? 0);
      await tx(table).where({ id: target.id }).update({ score });
      return { score, myVote: value };
    });
  }

  async getVote(target: VoteTarget, userRef: string): Promise<number> {
    const row: { value: number } | undefined = await this.knex(V)
      .where({
        target_type: target.type,
        target_id: target.id,
        user_ref: userRef,
      })
      .first('value');
    return row ? Number(row.value) : 0;
  }

  /**
   * Accepting moves an `open` question to `answered` (and records when it
   * left `open`); on an `answered`, `resolved` or `closed` question only the
   * accepted answer changes. Un-accepting (`null`) moves an `answered`
   * question back to `open`, clearing its resolution and closing times.
   *
   * @throws InputError when the answer is not an answer of this question.
   */
  async acceptAnswer(
    questionId: number,
    answerId: number | null,
    at: Date,
  ): Promise<Question> {
    return this.knex.transaction(async tx => {
      const current: QuestionRow | undefined = await this.lock(
        tx(Q).where({ id: questionId }),
      ).first();
      if (!current) throw new NotFoundError(`No question ${questionId}`);
      const changes: Record<string, unknown> = { updated_at: toMillis(at) };
      if (answerId === null) {
        changes.accepted_answer_id = null;
        if (current.status === 'answered') {
          Object.assign(changes, {
            status: 'open',
            resolved_at: null,
            closed_at: null,
          });
        }
      } else {
        const answer: AnswerRow | undefined = await tx(A)
          .where({ id: answerId })
          .first();
        if (
          !answer ||
          Number(answer.question_id) !== questionId ||
          answer.kind !== 'answer'
        ) {
          throw new InputError(
            `answerId ${answerId} is not an answer of question ${questionId}`,
          );
        }
        changes.accepted_answer_id = answerId;
        if (current.status === 'open') {
          Object.assign(changes, {
            status: 'answered',
            resolved_at: toMillis(at),
          });
        }
      }
      await tx(Q).where({ id: questionId }).update(changes);
      return this.readQuestion(tx, questionId);
    });
  }

  async listDuplicates(
    questionId: number,
    filter: ReadFilter,
  ): Promise<QuestionLink[]> {
    const rows: QuestionRow[] = await applyReadFilter(
      this.knex(Q).where(`${Q}.duplicate_of_id`, questionId),
      filter,
    )
      .select(`${Q}.id`, `${Q}.title`, `${Q}.status`)
      .orderBy(`${Q}.id`, 'asc');
    return rows.map(toLink);
  }

  async createFaqEntry(record: NewFaqRecord): Promise<FaqEntry> {
    try {
      return await this.knex.transaction(async tx => {
        const at = toMillis(record.createdAt);
        const result = await tx(TABLES.faq)
          .insert({
            queue_id: record.queueId,
            question_id: record.questionId,
            answer_id: record.answerId,
            title: record.title,
            question: record.question,
            answer: record.answer,
            promoted_by_ref: record.promotedByRef,
            created_at: at,
            updated_at: at,
          })
          .returning('id');
        const row: FaqRow = await tx(TABLES.faq)
          .where({ id: insertedId(result) })
          .first();
        return toFaqEntry(row);
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError(
          `Question ${record.questionId} is already in the FAQ`,
        );
      }
      throw error;
    }
  }

  async getFaqEntry(id: number): Promise<FaqEntry | undefined> {
    const row: FaqRow | undefined = await this.knex(TABLES.faq)
      .where({ id })
      .first();
    return row ? toFaqEntry(row) : undefined;
  }

  async getFaqEntryForQuestion(
    questionId: number,
  ): Promise<FaqEntry | undefined> {
    const row: FaqRow | undefined = await this.knex(TABLES.faq)
      .where({ question_id: questionId })
      .first();
    return row ? toFaqEntry(row) : undefined;
  }

  async listFaq(query: {
    queueIds?: string[];
    words?: string[];
    limit: number;
    offset: number;
  }): Promise<Page<FaqEntry>> {
    const matching = () => {
      const builder = this.knex(TABLES.faq);
      if (query.queueIds) builder.whereIn('queue_id', query.queueIds);
      if (query.words && query.words.length > 0) {
        whereEveryWord(builder, query.words, ['title', 'question', 'answer']);
      }
      return builder;
    };
    const rows: FaqRow[] = await matching()
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(query.limit)
      .offset(query.offset);
    const [{ count }] = await matching().count({ count: '*' });
    return {
      items: rows.map(toFaqEntry),
      totalCount: Number(count),
      offset: query.offset,
      limit: query.limit,
    };
  }

  async deleteFaqEntry(id: number): Promise<boolean> {
    return this.knex.transaction(
      async tx => (await tx(TABLES.faq).where({ id }).delete()) > 0,
    );
  }

  async countByQueue(filter: ReadFilter): Promise<Map<string, QueueCounts>> {
    const rows: Array<{
      queue_id: string;
      open: number | string;
      unanswered: number | string | null;
      breached: number | string | null;
    }> = await applyReadFilter(
      this.knex(Q).where(`${Q}.status`, 'open'),
      filter,
    )
      .select(`${Q}.queue_id`)
      .select(
        this.knex.raw('COUNT(*) AS open'),
        this.knex.raw(
          `SUM(CASE WHEN ${Q}.first_response_at IS NULL THEN 1 ELSE 0 END) AS unanswered`,
        ),
        this.knex.raw(
          `SUM(CASE WHEN ${BREACHED_SQL} THEN 1 ELSE 0 END) AS breached`,
        ),
      )
      .groupBy(`${Q}.queue_id`);
    return new Map(
      rows.map(row => [
        row.queue_id,
        {
          open: Number(row.open),
          unanswered: Number(row.unanswered ?? 0),
          breached: Number(row.breached ?? 0),
        },
      ]),
    );
  }

  /**
   * One set-based UPDATE marks both kinds of breach and returns the rows it
   * changed. On PostgreSQL a concurrent scan waits for the row locks and
   * re-checks the conditions, so each breach is reported by one scan only;
   * SQLite runs one write at a time. A question that breaches both targets
   * at once is reported once per kind.
   */
  async markBreaches(now: Date): Promise<BreachedQuestion[]> {
    return this.knex.transaction(tx => breachedQuestions(tx, toMillis(now)));
  }

  /**
   * Escalates open questions still in breach: past the first-response due
   * time without a response, or past the resolution due time, with the
   * breach marked before the threshold. Each is escalated once.
   */
  async markEscalations(
    now: Date,
    thresholds: Array<{ queueIds: string[]; breachedBefore: Date }>,
  ): Promise<BreachedQuestion[]> {
    return this.knex.transaction(async tx => {
      const escalated: BreachedQuestion[] = [];
      for (const threshold of thresholds) {
        if (threshold.queueIds.length === 0) continue;
        escalated.push(
          ...(await escalatedQuestions(tx, {
            at: toMillis(now),
            queueIds: threshold.queueIds,
            breachedBefore: toMillis(threshold.breachedBefore),
          })),
        );
      }
      return escalated;
    });
  }

  /**
   * With both `queueIds` and `entityRef`, a question counts when it is in
   * one of the queues or about the entity (a package's questions).
   */
  async metricRows(
    scope: { queueIds?: string[]; entityRef?: string },
    window: { from: Date; to: Date },
  ): Promise<MetricQuestionRow[]> {
    const rows = await selectMetricRows(this.knex, scope, {
      from: toMillis(window.from),
      to: toMillis(window.to),
    });
    return rows.map(toMetricRow);
  }

  async metricBacklog(
    scope: { queueIds?: string[]; entityRef?: string },
    at: Date,
  ): Promise<Map<string, number>> {
    return countBacklog(this.knex, scope, toMillis(at));
  }

  async metricWindow(
    scope: { queueIds?: string[]; entityRef?: string },
    window: { from: Date; to: Date },
  ): Promise<{ rows: MetricQuestionRow[]; backlog: number }> {
    const { rows, backlog } = await selectMetricWindow(this.knex, scope, {
      from: toMillis(window.from),
      to: toMillis(window.to),
    });
    return { rows: rows.map(toMetricRow), backlog };
  }

  private lock(builder: Knex.QueryBuilder): Knex.QueryBuilder {
    return this.lockRows ? builder.forUpdate() : builder;
  }

  private async insertTags(
    tx: Knex.Transaction,
    questionId: number,
    tags: string[],
  ): Promise<void> {
    if (tags.length === 0) return;
    await tx(TABLES.questionTags).insert(
      tags.map(tag => ({ question_id: questionId, tag })),
    );
  }

  private async readQuestion(db: Db, id: number): Promise<Question> {
    const row: QuestionRow = await db(Q).where({ id }).first();
    return toQuestion(row);
  }

  private answerQuery(db: Db, viewerRef?: string): Knex.QueryBuilder {
    const builder = db(A)
      .join(Q, `${Q}.id`, `${A}.question_id`)
      .select(`${A}.*`, `${Q}.accepted_answer_id`);
    if (viewerRef !== undefined) {
      builder
        .leftJoin(V, join =>
          join
            .on(`${V}.target_id`, '=', `${A}.id`)
            .andOnVal(`${V}.target_type`, '=', 'answer')
            .andOnVal(`${V}.user_ref`, '=', viewerRef),
        )
        .select(`${V}.value as my_vote`);
    }
    return builder;
  }

  private async readAnswer(
    db: Db,
    id: number,
    viewerRef?: string,
  ): Promise<Answer | undefined> {
    const row: AnswerRow | undefined = await this.answerQuery(db, viewerRef)
      .where(`${A}.id`, id)
      .first();
    return row ? toAnswer(row) : undefined;
  }
}
