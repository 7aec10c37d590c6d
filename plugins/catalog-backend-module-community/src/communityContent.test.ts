import fs from 'node:fs';
import path from 'node:path';
import { Entity, parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { isEventEntity, isPartnerEntity } from '@community-hub/catalog-common';
import yaml from 'yaml';
import { EventEntitiesProcessor } from './processors/EventEntitiesProcessor';
import { PartnerEntitiesProcessor } from './processors/PartnerEntitiesProcessor';

// The community's own content, as the catalog reads it through community/catalog.yaml
const communityDir = path.resolve(__dirname, '../../../community');

function loadCommunityEntities(): Entity[] {
  const location = yaml.parse(fs.readFileSync(path.join(communityDir, 'catalog.yaml'), 'utf8'));
  return (location.spec.targets as string[]).flatMap(target =>
    yaml
      .parseAllDocuments(fs.readFileSync(path.join(communityDir, target), 'utf8'))
      .map(doc => doc.toJS() as Entity),
  );
}

const entities = loadCommunityEntities();
const known = new Set(entities.map(e => stringifyEntityRef(e).toLocaleLowerCase('en-US')));

describe('the community content', () => {
  it('has the demo catalog the portal promises', () => {
    const count = (kind: string) => entities.filter(e => e.kind === kind).length;
    expect(count('User')).toBeGreaterThanOrEqual(20);
    expect(count('Group')).toBeGreaterThanOrEqual(5);
    expect(count('Partner')).toBe(5);
    expect(
      entities.filter(
        e => e.kind === 'Component' && ['library', 'framework', 'tool'].includes(String(e.spec?.type)),
      ),
    ).toHaveLength(10);
    const events = entities.filter(isEventEntity);
    expect(events.map(e => e.spec.type)).toEqual(
      expect.arrayContaining(['community-call', 'workshop', 'conference', 'hackathon', 'blog-post', 'newsletter', 'podcast']),
    );
  });

  it.each(entities.filter(e => isPartnerEntity(e) || isEventEntity(e)).map(e => [stringifyEntityRef(e), e]))(
    '%s is valid and refers only to entities that exist',
    async (_ref, entity) => {
      const processor = isPartnerEntity(entity)
        ? new PartnerEntitiesProcessor()
        : new EventEntitiesProcessor();
      await expect(processor.validateEntityKind(entity)).resolves.toBe(true);
      const refs = Object.entries(entity.spec ?? {})
        .filter(([field]) =>
          ['owner', 'contacts', 'sponsors', 'maintains', 'organisers', 'speakers', 'packages', 'partners'].includes(field),
        )
        .flatMap(([field, value]) =>
          [value as string | string[]].flat().map(ref => ({ field, ref })),
        );
      const defaults: Record<string, string> = {
        owner: 'group', contacts: 'user', organisers: 'user', speakers: 'user', partners: 'partner',
      };
      for (const { field, ref } of refs) {
        const target = stringifyEntityRef(
          parseEntityRef(ref, { defaultKind: defaults[field] ?? 'component', defaultNamespace: 'default' }),
        );
        expect({ field, target, exists: known.has(target.toLocaleLowerCase('en-US')) }).toEqual({
          field,
          target,
          exists: true,
        });
      }
    },
  );
});
