import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import { CatalogProcessorEmit, processingResult } from '@backstage/plugin-catalog-node';

/**
 * Emits a relation from `source` to each ref and the reverse relation back,
 * so that both entities show it.
 */
export function emitRelationsBothWays(
  emit: CatalogProcessorEmit,
  source: CompoundEntityRef,
  refs: string[] | string | undefined,
  relation: { defaultKind: string; forward: string; backward: string },
) {
  for (const ref of [refs ?? []].flat()) {
    const target = parseEntityRef(ref, {
      defaultKind: relation.defaultKind,
      defaultNamespace: source.namespace,
    });
    emit(processingResult.relation({ source, type: relation.forward, target }));
    emit(processingResult.relation({ source: target, type: relation.backward, target: source }));
  }
}
