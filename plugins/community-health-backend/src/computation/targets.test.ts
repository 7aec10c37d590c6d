import {
  testGroup,
  testPackage,
  testPartner,
  testUser,
} from '../__testUtils__/testEntities';
import { targetOf } from './targets';

describe('targetOf', () => {
  it.each([
    ['a library', testPackage('kestrel-retry', { type: 'library' }), 'package'],
    [
      'a framework',
      testPackage('kestrel-flow', { type: 'framework' }),
      'package',
    ],
    ['a tool', testPackage('kestrel-cli', { type: 'tool' }), 'package'],
    ['a service', testPackage('portal', { type: 'service' }), undefined],
    [
      'a learning path',
      testPackage('intro', { type: 'learning-path' }),
      undefined,
    ],
    ['a partner', testPartner('nimbus-cloud'), 'partner'],
    ['a group', testGroup('core-maintainers'), 'group'],
    ['a user', testUser('mei.tanaka'), undefined],
  ])('scores %s as %p', (_, entity, target) => {
    expect(targetOf(entity)).toBe(target);
  });
});
