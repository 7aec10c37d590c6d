// @ts-check

/**
 * The calendar's index of Event entities, registrations with seats, feed
 * tokens and the reminders already sent.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('calendar_events', table => {
    table.comment('Event entities read from the catalog, with the SEQUENCE their feeds carry');
    table.string('entity_ref', 255).primary();
    table.string('content_hash', 64).notNullable();
    table.integer('sequence').notNullable().defaultTo(0);
    table.text('entity', 'longtext').notNullable();
    table.string('updated_at', 32).notNullable();
  });

  await knex.schema.createTable('calendar_index_state', table => {
    table.comment('One row: a number that rises whenever calendar_events changes');
    table.integer('id').primary();
    table.integer('generation').notNullable();
  });
  await knex('calendar_index_state').insert({ id: 1, generation: 0 });

  await knex.schema.createTable('calendar_registrations', table => {
    table.comment('Who registered for which event; a seat number or a place on the waitlist');
    table.increments('id');
    table.string('event_ref', 255).notNullable();
    table.string('user_ref', 255).notNullable();
    table.string('status', 16).notNullable();
    table.integer('seat').nullable();
    table.integer('capacity').nullable();
    table.string('registered_at', 32).notNullable();
    table.unique(['event_ref', 'user_ref'], { indexName: 'calendar_registrations_one_per_person' });
    table.unique(['event_ref', 'seat'], { indexName: 'calendar_registrations_one_per_seat' });
    table.index(['user_ref'], 'calendar_registrations_user_idx');
    // No seat beyond the capacity the seat was taken under, and no seat on the waitlist.
    table.check(
      "(status = 'registered' AND (seat IS NULL OR (seat >= 1 AND seat <= capacity))) OR (status = 'waitlisted' AND seat IS NULL)",
      [],
      'calendar_registrations_seat_within_capacity',
    );
  });

  await knex.schema.createTable('calendar_feed_tokens', table => {
    table.comment('Secret feed URLs; only a SHA-256 hash of each token is kept');
    table.string('id', 36).primary();
    table.string('token_hash', 64).notNullable().unique();
    table.string('user_ref', 255).notNullable();
    table.text('feed').notNullable();
    table.string('created_at', 32).notNullable();
    table.string('last_used_at', 32).nullable();
    table.index(['user_ref'], 'calendar_feed_tokens_user_idx');
  });

  await knex.schema.createTable('calendar_reminders_sent', table => {
    table.comment('One row per reminder sent, so that each goes out once across replicas');
    table.string('event_ref', 255).notNullable();
    table.string('occurrence_start', 32).notNullable();
    table.string('reminder', 16).notNullable();
    table.string('sent_at', 32).notNullable();
    table.primary(['event_ref', 'occurrence_start', 'reminder']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('calendar_reminders_sent');
  await knex.schema.dropTable('calendar_feed_tokens');
  await knex.schema.dropTable('calendar_registrations');
  await knex.schema.dropTable('calendar_index_state');
  await knex.schema.dropTable('calendar_events');
};
