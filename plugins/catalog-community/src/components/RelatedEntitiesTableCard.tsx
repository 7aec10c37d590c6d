import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Progress, ResponseErrorPanel, TableColumn } from '@backstage/core-components';
import {
  EntityTable,
  getEntityRelations,
  useEntity,
  useRelatedEntities,
} from '@backstage/plugin-catalog-react';

/** A relation of the current entity, shown as one group of rows. */
export interface RelationGroup {
  type: string;
  label: string;
}

type Row = Entity & { relationLabel: string };

/**
 * A table of the entities related to the current one through the given
 * relations, with a column saying which relation each row comes from.
 */
export function RelatedEntitiesTableCard(props: {
  title: string;
  relations: RelationGroup[];
  emptyText: string;
}) {
  const { entity } = useEntity();
  const { entities, loading, error } = useRelatedEntities(entity, {});
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (loading) {
    return <Progress />;
  }
  const byRef = new Map((entities ?? []).map(e => [stringifyEntityRef(e), e]));
  const rows: Row[] = props.relations.flatMap(relation =>
    getEntityRelations(entity, relation.type).flatMap(ref => {
      const related = byRef.get(stringifyEntityRef(ref));
      return related ? [{ ...related, relationLabel: relation.label }] : [];
    }),
  );
  const columns: TableColumn<Row>[] = [
    EntityTable.columns.createEntityRefColumn({ defaultKind: 'component' }),
    { title: 'Relation', field: 'relationLabel' },
    EntityTable.columns.createSpecTypeColumn(),
    EntityTable.columns.createSpecLifecycleColumn(),
    EntityTable.columns.createMetadataDescriptionColumn(),
  ];
  return (
    <EntityTable<Row>
      title={props.title}
      variant="gridItem"
      entities={rows}
      columns={columns}
      emptyContent={<div style={{ padding: 16 }}>{props.emptyText}</div>}
    />
  );
}
