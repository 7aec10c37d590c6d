import {
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
} from '@backstage/catalog-model';
import {
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';

/** A spec field holding entity refs, and the relation pair it stands for. */
export interface SpecRelation {
  field: string;
  defaultKind: string;
  /** From the entity to each ref. */
  forward: string;
  /** From each ref back to the entity. */
  backward: string;
}

/**
 * Emits, for every ref in the given spec fields, the relation from the entity
 * and the reverse relation back, so that both entities show it.
 */
export function emitSpecRelations(
  emit: CatalogProcessorEmit,
  entity: Entity,
  relations: SpecRelation[],
) {
  const source = getCompoundEntityRef(entity);
  for (const { field, defaultKind, forward, backward } of relations) {
    const refs = [
      (entity.spec?.[field] as string | string[] | undefined) ?? [],
    ].flat();
    for (const ref of refs) {
      const target = parseEntityRef(ref, {
        defaultKind,
        defaultNamespace: source.namespace,
      });
      emit(processingResult.relation({ source, type: forward, target }));
      emit(
        processingResult.relation({
          source: target,
          type: backward,
          target: source,
        }),
      );
    }
  }
}
