import {
  Entity,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
} from '@backstage/catalog-model';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
} from '@backstage/plugin-catalog-node';
import {
  isEventEntity,
  RELATION_CO_HOSTED_BY,
  RELATION_CO_HOSTS,
  RELATION_FEATURED_IN,
  RELATION_FEATURES,
  RELATION_HAS_SPEAKER,
  RELATION_ORGANISED_BY,
  RELATION_ORGANISER_OF,
  RELATION_SPEAKER_AT,
  validateEventEntity,
} from '@community-hub/catalog-common';
import ICAL from 'ical.js';
import { emitSpecRelations, SpecRelation } from './emitSpecRelations';

const eventRelations: SpecRelation[] = [
  {
    field: 'owner',
    defaultKind: 'group',
    forward: RELATION_OWNED_BY,
    backward: RELATION_OWNER_OF,
  },
  {
    field: 'organisers',
    defaultKind: 'user',
    forward: RELATION_ORGANISED_BY,
    backward: RELATION_ORGANISER_OF,
  },
  {
    field: 'speakers',
    defaultKind: 'user',
    forward: RELATION_HAS_SPEAKER,
    backward: RELATION_SPEAKER_AT,
  },
  {
    field: 'packages',
    defaultKind: 'component',
    forward: RELATION_FEATURES,
    backward: RELATION_FEATURED_IN,
  },
  {
    field: 'partners',
    defaultKind: 'partner',
    forward: RELATION_CO_HOSTED_BY,
    backward: RELATION_CO_HOSTS,
  },
];

/**
 * Validates `Event` entities, including their RFC 5545 recurrence rule, and
 * emits their relations both ways: owner, organisers, speakers, the packages
 * they feature and the partners that co-host them.
 *
 * @public
 */
export class EventEntitiesProcessor implements CatalogProcessor {
  getProcessorName(): string {
    return 'EventEntitiesProcessor';
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    if (!validateEventEntity(entity)) {
      return false;
    }
    const rrule = entity.spec.recurrence?.rrule;
    if (rrule) {
      try {
        ICAL.Recur.fromString(rrule);
      } catch (error) {
        throw new TypeError(
          `/spec/recurrence/rrule is not a valid RFC 5545 rule: ${
            (error as Error).message
          }`,
        );
      }
    }
    return true;
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    if (isEventEntity(entity)) {
      emitSpecRelations(emit, entity, eventRelations);
    }
    return entity;
  }
}
