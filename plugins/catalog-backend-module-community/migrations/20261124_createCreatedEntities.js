// @ts-check

/**
 * Entities created through the portal (from templates) that the portal keeps
 * and serves to the catalog.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('community_created_entities', table => {
    table.comment(
      'Entities the portal keeps and serves to the catalog, one row per entity',
    );
    table
      .string('entity_ref', 255)
      .primary()
      .comment('kind:namespace/name, lower case');
    table.string('kind', 63).notNullable();
    table.string('namespace', 63).notNullable();
    table.string('name', 63).notNullable();
    table
      .text('entity', 'longtext')
      .notNullable()
      .comment('The entity as JSON, without the annotations the provider adds');
    table
      .text('source_directory')
      .nullable()
      .comment('Absolute path of the files committed for the entity, if any');
    table
      .string('created_by', 255)
      .notNullable()
      .comment('User entity ref of the creator');
    table.string('created_at', 32).notNullable();
    table.string('updated_at', 32).notNullable();
    table.index(['created_by'], 'community_created_entities_created_by_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('community_created_entities');
};
