// @ts-check

/**
 * Indexes for the question list and the metrics of one queue.
 *
 * The list's index carries the columns of the read filter, so counting the
 * questions a person may see needs no table rows, after the newest-first
 * order (created, then id), so a page still stops after its rows; it
 * replaces the (queue, status, created) index it extends. For the metrics of a window, each
 * kind of event it counts (creation, leaving open, a first-response or
 * resolution due time) is a range of its own index within the queue, and
 * the open backlog is counted from the indexes alone.
 *
 * None of them covers a breach or escalation column, so the breach scan's
 * updates stay heap-only on PostgreSQL.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('support_questions', table => {
    table.index(
      [
        'queue_id',
        'status',
        'created_at',
        'id',
        'visibility',
        'team_ref',
        'author_ref',
      ],
      'support_questions_queue_list_idx',
    );
    table.dropIndex([], 'support_questions_queue_status_created_idx');
    // Holds every column the metrics read, so the questions created in a
    // window need no table rows on SQLite.
    table.index(
      [
        'queue_id',
        'created_at',
        'id',
        'priority',
        'status',
        'first_response_at',
        'first_response_due_at',
        'resolution_due_at',
        'resolved_at',
      ],
      'support_questions_queue_created_idx',
    );
    // Also counts the questions that left open at or after a window's end.
    table.index(
      ['queue_id', 'resolved_at', 'status', 'created_at'],
      'support_questions_queue_resolved_idx',
    );
    table.index(
      ['queue_id', 'first_response_due_at', 'created_at'],
      'support_questions_queue_first_response_due_idx',
    );
    table.index(
      ['queue_id', 'resolution_due_at', 'created_at'],
      'support_questions_queue_resolution_due_idx',
    );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('support_questions', table => {
    table.index(
      ['queue_id', 'status', 'created_at'],
      'support_questions_queue_status_created_idx',
    );
    table.dropIndex([], 'support_questions_queue_list_idx');
    table.dropIndex([], 'support_questions_queue_created_idx');
    table.dropIndex([], 'support_questions_queue_resolved_idx');
    table.dropIndex([], 'support_questions_queue_first_response_due_idx');
    table.dropIndex([], 'support_questions_queue_resolution_due_idx');
  });
};
