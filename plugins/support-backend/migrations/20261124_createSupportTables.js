// @ts-check

/**
 * Support questions with their answers and comments, votes, edit history
 * and FAQ entries.
 *
 * Every instant is a bigint of epoch milliseconds (UTC): it round-trips
 * exactly on SQLite and PostgreSQL, compares as a number and indexes well.
 * Tags are kept twice: as a JSON array on the question (for display, in the
 * author's order) and one row per tag (for the tag filter).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('support_questions', table => {
    table.comment(
      'Questions; team_ref is the queue team at creation, kept in sync when the question moves',
    );
    table.increments('id');
    table.string('queue_id', 255).notNullable();
    table.string('team_ref', 255).notNullable();
    table.text('title').notNullable();
    table.text('body', 'longtext').notNullable();
    table.text('tags').notNullable().defaultTo('[]');
    table.string('priority', 16).notNullable();
    table.string('visibility', 16).notNullable();
    table.string('status', 16).notNullable().defaultTo('open');
    table.string('close_reason', 16).nullable();
    table.integer('duplicate_of_id').nullable();
    table.string('author_ref', 255).notNullable();
    table.string('assignee_ref', 255).nullable();
    table.string('entity_ref', 255).nullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.bigInteger('first_response_at').nullable();
    table.bigInteger('first_response_due_at').notNullable();
    table.bigInteger('resolution_due_at').notNullable();
    table.bigInteger('resolved_at').nullable();
    table.bigInteger('closed_at').nullable();
    table.bigInteger('first_response_breached_at').nullable();
    table.bigInteger('resolution_breached_at').nullable();
    table.bigInteger('escalated_at').nullable();
    table.integer('accepted_answer_id').nullable();
    table.integer('score').notNullable().defaultTo(0);
    table.integer('answer_count').notNullable().defaultTo(0);

    // The question list: one queue, some statuses, newest first, paged.
    // Also serves a queue's metrics and counts (queue_id prefix).
    table.index(
      ['queue_id', 'status', 'created_at'],
      'support_questions_queue_status_created_idx',
    );
    // Lists across queues (the unanswered widget, counts per queue).
    table.index(
      ['status', 'created_at'],
      'support_questions_status_created_idx',
    );
    table.index(['author_ref'], 'support_questions_author_idx');
    table.index(['assignee_ref'], 'support_questions_assignee_idx');
    table.index(['entity_ref'], 'support_questions_entity_idx');
    table.index(['duplicate_of_id'], 'support_questions_duplicate_of_idx');
    // The breach scan looks at open questions past their due times.
    table.index(
      ['status', 'first_response_due_at'],
      'support_questions_first_response_due_idx',
    );
    table.index(
      ['status', 'resolution_due_at'],
      'support_questions_resolution_due_idx',
    );
  });

  if (knex.client.dialect === 'postgresql') {
    // The breach scan, votes and new answers change columns no index covers.
    // Half-empty pages let PostgreSQL write those new row versions on the
    // same page without touching any index (HOT updates), so a scan that
    // marks every open question stays fast.
    await knex.raw('ALTER TABLE support_questions SET (fillfactor = 50)');
  }

  await knex.schema.createTable('support_question_tags', table => {
    table.comment('One row per tag of a question, for the tag filter');
    table
      .integer('question_id')
      .notNullable()
      .references('id')
      .inTable('support_questions')
      .onDelete('CASCADE');
    table.string('tag', 255).notNullable();
    table.primary(['question_id', 'tag']);
    table.index(['tag', 'question_id'], 'support_question_tags_tag_idx');
  });

  await knex.schema.createTable('support_answers', table => {
    table.comment(
      'Answers and comments; a comment on an answer names it in parent_id',
    );
    table.increments('id');
    table
      .integer('question_id')
      .notNullable()
      .references('id')
      .inTable('support_questions')
      .onDelete('CASCADE');
    table.string('kind', 16).notNullable();
    table.integer('parent_id').nullable();
    table.text('body', 'longtext').notNullable();
    table.string('author_ref', 255).notNullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.integer('score').notNullable().defaultTo(0);
    table.index(['question_id', 'created_at'], 'support_answers_question_idx');
  });

  await knex.schema.createTable('support_votes', table => {
    table.comment('One vote (1 or -1) per person and question or answer');
    table.string('target_type', 16).notNullable();
    table.integer('target_id').notNullable();
    table.string('user_ref', 255).notNullable();
    table.smallint('value').notNullable();
    table.bigInteger('created_at').notNullable();
    table.primary(['target_type', 'target_id', 'user_ref']);
  });

  await knex.schema.createTable('support_revisions', table => {
    table.comment(
      'Earlier versions of questions (title, body, tags) and answers (body)',
    );
    table.increments('id');
    table.string('target_type', 16).notNullable();
    table.integer('target_id').notNullable();
    table.string('editor_ref', 255).notNullable();
    table.bigInteger('created_at').notNullable();
    table.text('title').nullable();
    table.text('body', 'longtext').notNullable();
    table.text('tags').nullable();
    table.index(
      ['target_type', 'target_id', 'id'],
      'support_revisions_target_idx',
    );
  });

  await knex.schema.createTable('support_faq_entries', table => {
    table.comment('Knowledge-base entries promoted from accepted answers');
    table.increments('id');
    table.string('queue_id', 255).notNullable();
    table.integer('question_id').notNullable().unique({
      indexName: 'support_faq_entries_question_unique',
    });
    table.integer('answer_id').notNullable();
    table.text('title').notNullable();
    table.text('question', 'longtext').notNullable();
    table.text('answer', 'longtext').notNullable();
    table.string('promoted_by_ref', 255).notNullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.index(['queue_id', 'created_at'], 'support_faq_entries_queue_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('support_faq_entries');
  await knex.schema.dropTable('support_revisions');
  await knex.schema.dropTable('support_votes');
  await knex.schema.dropTable('support_answers');
  await knex.schema.dropTable('support_question_tags');
  await knex.schema.dropTable('support_questions');
};
