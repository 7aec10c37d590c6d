import { Entity } from '@backstage/catalog-model';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
} from '@backstage/plugin-catalog-node';
import { emitSpecRelations, SpecRelation } from './emitSpecRelations';

/** What a community kind brings to the catalog. */
export interface CommunityKind {
  processorName: string;
  /** False for other kinds; throws naming the field for a malformed entity of this kind. */
  validate(entity: Entity): Promise<boolean> | boolean;
  isKind(entity: Entity): boolean;
  relations: SpecRelation[];
}

/**
 * A catalog processor for one community kind: validates its entities and
 * emits the relations of its ref fields both ways.
 *
 * @public
 */
export class CommunityKindProcessor implements CatalogProcessor {
  constructor(private readonly kind: CommunityKind) {}

  getProcessorName(): string {
    return this.kind.processorName;
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    return this.kind.validate(entity);
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    if (this.kind.isKind(entity)) {
      emitSpecRelations(emit, entity, this.kind.relations);
    }
    return entity;
  }
}
