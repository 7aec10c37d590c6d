import { gathering } from '../testUtils/fixtures';
import { matchesRelated, toOccurrenceFilter } from './relatedFilter';

describe('calendar filters', () => {
  const kestrelFlow = 'component:default/kestrel-flow';
  const northwind = 'partner:default/northwind-data';

  it('asks the backend for the types, tags, category and one related entity', () => {
    expect(
      toOccurrenceFilter(
        {
          types: ['workshop'],
          tags: [],
          package: kestrelFlow,
          partner: northwind,
        },
        'gathering',
      ),
    ).toEqual({
      category: 'gathering',
      types: ['workshop'],
      tags: undefined,
      relatedTo: kestrelFlow,
    });
    expect(
      toOccurrenceFilter(
        { types: [], tags: ['roadmap'], partner: northwind },
        'content',
      ),
    ).toEqual({
      category: 'content',
      types: undefined,
      tags: ['roadmap'],
      relatedTo: northwind,
    });
  });

  it('keeps the events about both the chosen package and the chosen partner', () => {
    const both = gathering('both', {
      packages: [kestrelFlow],
      partners: [northwind],
    });
    const packageOnly = gathering('package-only', {
      packages: [kestrelFlow],
      partners: [],
    });
    const filters = {
      types: [],
      tags: [],
      package: kestrelFlow,
      partner: northwind,
    };
    expect(matchesRelated(both, filters)).toBe(true);
    expect(matchesRelated(packageOnly, filters)).toBe(false);
    expect(matchesRelated(packageOnly, { types: [], tags: [] })).toBe(true);
  });
});
