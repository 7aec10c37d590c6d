// @ts-check

/**
 * Community health: the latest score of each entity, daily snapshots with a
 * retention policy, exemptions with their audit log, and computation runs.
 *
 * Snapshots name their entity by a small integer (community_health_refs) and
 * their day as days since 1970-01-01 (UTC), so that a year of daily points
 * for 10,000 entities stays small; their score is kept in tenths.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('community_health_refs', table => {
    table.comment(
      'A number for each scored entity ref; never deleted, so history survives a catalog hiccup',
    );
    table.increments('id');
    table
      .string('entity_ref', 255)
      .notNullable()
      .unique({ indexName: 'community_health_refs_ref_uq' });
  });

  await knex.schema.createTable('community_health_scores', table => {
    table.comment(
      'The latest score of each entity (package, partner, group, the community)',
    );
    table.string('entity_ref', 255).primary();
    table.integer('entity_id').notNullable();
    table.string('target', 16).notNullable();
    table.string('scorecard_id', 100).notNullable();
    table.string('scorecard_version', 32).notNullable();
    table.double('score').notNullable();
    table.string('level', 64).nullable();
    // A partner's score before its packages are rolled in
    table.double('own_score').nullable();
    table.string('own_level', 64).nullable();
    table.string('owner_ref', 255).nullable();
    table.string('computed_at', 32).notNullable();
    // Compact JSON: [[checkId, status, value]], [[metricId, version, value, note?]]
    table.text('checks').notNullable();
    table.text('metrics').notNullable();
    table.text('roll_up').nullable();
    table.index(
      ['target', 'score'],
      'community_health_scores_target_score_idx',
    );
    table.index(['owner_ref'], 'community_health_scores_owner_idx');
  });

  await knex.schema.createTable('community_health_score_partners', table => {
    table.comment(
      'Which partners sponsor or maintain each scored package, for filtering',
    );
    table.string('partner_ref', 255).notNullable();
    table.string('entity_ref', 255).notNullable();
    table.primary(['partner_ref', 'entity_ref']);
    table.index(['entity_ref'], 'community_health_score_partners_entity_idx');
  });

  await knex.schema.createTable('community_health_snapshots', table => {
    table.comment(
      'One point per entity and UTC day; thinned to weekly, then monthly points by the retention policy',
    );
    table.integer('entity_id').notNullable();
    // Days since 1970-01-01 (UTC)
    table.integer('day').notNullable();
    // The score times ten (0-1000): exact, and two bytes
    table.smallint('score_tenths').notNullable();
    table.string('level', 64).nullable();
    table.string('scorecard_version', 32).notNullable();
    table.primary(['entity_id', 'day']);
  });

  await knex.schema.createTable('community_health_exemptions', table => {
    table.comment(
      'Checks an entity is exempt from; withdrawn ones are kept for the audit',
    );
    table.increments('id');
    table.string('entity_ref', 255).notNullable();
    table.string('check_id', 100).notNullable();
    table.text('justification').notNullable();
    table.string('expires_on', 10).notNullable();
    table.string('created_by_ref', 255).notNullable();
    table.string('created_at', 32).notNullable();
    table.string('revoked_at', 32).nullable();
    table.string('revoked_by_ref', 255).nullable();
    table.index(['entity_ref'], 'community_health_exemptions_entity_idx');
  });

  await knex.schema.createTable('community_health_audit', table => {
    table.comment('Who added or withdrew which exemption, and when');
    table.increments('id');
    table.integer('exemption_id').notNullable();
    table.string('entity_ref', 255).notNullable();
    table.string('action', 16).notNullable();
    table.string('actor_ref', 255).notNullable();
    table.string('at', 32).notNullable();
    table.text('details').notNullable();
    table.index(['entity_ref'], 'community_health_audit_entity_idx');
  });

  await knex.schema.createTable('community_health_runs', table => {
    table.comment(
      'Full computations: requested, running, finished; at most one running at a time',
    );
    table.increments('id');
    table.string('status', 16).notNullable();
    table.string('trigger', 16).notNullable();
    table.integer('total').notNullable().defaultTo(0);
    table.integer('done').notNullable().defaultTo(0);
    table.string('started_at', 32).notNullable();
    table.string('updated_at', 32).notNullable();
    table.string('finished_at', 32).nullable();
    table.text('error').nullable();
    // Whether a scheduler task picked the run up (a manual run waits until then)
    table.boolean('claimed').notNullable().defaultTo(false);
    // 1 while running, NULL once finished: the unique index allows one running run
    table
      .integer('running_slot')
      .nullable()
      .unique({ indexName: 'community_health_runs_one_running' });
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('community_health_runs');
  await knex.schema.dropTable('community_health_audit');
  await knex.schema.dropTable('community_health_exemptions');
  await knex.schema.dropTable('community_health_snapshots');
  await knex.schema.dropTable('community_health_score_partners');
  await knex.schema.dropTable('community_health_scores');
  await knex.schema.dropTable('community_health_refs');
};
