import { supportPlugin } from './plugin';

describe('supportPlugin', () => {
  it('provides the page, API, entity tab, home widget and search extensions', () => {
    expect(supportPlugin.id).toBe('support');
    for (const id of [
      'api:support',
      'page:support',
      'entity-content:support/support',
      'home-page-widget:support/unanswered-questions',
      'search-result-list-item:support',
      'search-filter-result-type:support/support-questions',
      'search-filter-result-type:support/support-faq',
    ] as const) {
      expect(supportPlugin.getExtension(id)).toBeDefined();
    }
  });
});
