import { createExtensionTester } from '@backstage/frontend-test-utils';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { entityHealthCard } from './extensions/entityHealthCard';
import { entityHealthContent } from './extensions/entityHealthContent';
import { communityHealthPlugin } from './plugin';

describe('communityHealthPlugin', () => {
  it('provides the API, the dashboard page, the entity card and the Health tab', () => {
    expect(communityHealthPlugin.id).toBe('community-health');
    for (const id of [
      'api:community-health',
      'page:community-health',
      'entity-card:community-health/scorecard',
      'entity-content:community-health/health',
    ] as const) {
      expect(communityHealthPlugin.getExtension(id)).toBeDefined();
    }
  });

  it('places the card and the tab on packages, partners and groups only', () => {
    const entity = (kind: string, type?: string) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: { name: 'x' },
      spec: type ? { type } : {},
    });
    const cardFilter = createExtensionTester(entityHealthCard).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    );
    const contentTester = createExtensionTester(entityHealthContent);
    const tabFilter = contentTester.get(
      EntityContentBlueprint.dataRefs.filterFunction,
    );
    for (const filter of [cardFilter, tabFilter]) {
      if (!filter) throw new Error('expected an entity filter');
      expect(filter(entity('Component', 'library'))).toBe(true);
      expect(filter(entity('Partner'))).toBe(true);
      expect(filter(entity('Group', 'team'))).toBe(true);
      expect(filter(entity('Component', 'documentation'))).toBe(false);
      expect(filter(entity('User'))).toBe(false);
    }
    expect(contentTester.get(EntityContentBlueprint.dataRefs.title)).toBe(
      'Health',
    );
  });
});
