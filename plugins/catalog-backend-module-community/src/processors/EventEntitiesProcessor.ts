import { RELATION_OWNED_BY, RELATION_OWNER_OF } from '@backstage/catalog-model';
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
} from '@community-hub/catalog-common';
import { CommunityKindProcessor } from './CommunityKindProcessor';
import { validateEventWithRule } from './validateEventWithRule';

/**
 * Validates `Event` entities, including their RFC 5545 recurrence rule, and
 * emits their relations both ways: owner, organisers, speakers, the packages
 * they feature and the partners that co-host them.
 *
 * @public
 */
export class EventEntitiesProcessor extends CommunityKindProcessor {
  constructor() {
    super({
      processorName: 'EventEntitiesProcessor',
      validate: validateEventWithRule,
      isKind: isEventEntity,
      relations: [
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
      ],
    });
  }
}
