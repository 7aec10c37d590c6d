import path from 'node:path';
import yaml from 'yaml';
import {
  pullRequests,
  startScaffolder,
  TemplateName,
} from './__testUtils__/dryRunTemplate';

jest.setTimeout(60_000);

const cases: Array<{
  template: TemplateName;
  user: string;
  values: Record<string, unknown>;
  portalSteps: string[];
  targetPath: string;
  sourcePath: string;
  file: string;
  kind: string;
}> = [
  {
    template: 'new-package',
    user: 'user:default/mei.tanaka',
    values: {
      name: 'kestrel-metrics',
      description: 'Metrics for running flows.',
      type: 'library',
      owner: 'group:default/core-maintainers',
      licence: 'Apache-2.0',
    },
    portalSteps: ['commit', 'create'],
    sourcePath: 'package',
    targetPath: 'community/packages/kestrel-metrics',
    file: 'package/catalog-info.yaml',
    kind: 'Component',
  },
  {
    template: 'new-event',
    user: 'user:default/kwame.mensah',
    values: {
      type: 'workshop',
      title: 'Connector workshop Lagos',
      name: 'connector-workshop-lagos',
      summary: 'Build a connector in an afternoon.',
      start: '2027-05-06T14:00',
      end: '2027-05-06T17:00',
      timeZone: 'Africa/Lagos',
      format: 'in-person',
      venue: 'Yaba Tech Hub',
      organisers: ['user:default/kwame.mensah'],
      owner: 'group:default/event-organisers',
      status: 'scheduled',
    },
    portalSteps: ['create'],
    sourcePath: 'pull-request',
    targetPath: 'community/events/calendar',
    file: 'pull-request/connector-workshop-lagos.yaml',
    kind: 'Event',
  },
  {
    template: 'new-content-item',
    user: 'user:default/kwame.mensah',
    values: {
      type: 'newsletter',
      title: 'Kestrel newsletter, January 2027',
      name: 'newsletter-2027-01',
      summary: 'Releases, RFCs and events of January.',
      publishDate: '2027-01-11',
      contentStatus: 'draft',
      owner: 'group:default/community-managers',
    },
    portalSteps: ['create'],
    sourcePath: 'pull-request',
    targetPath: 'community/events/calendar',
    file: 'pull-request/newsletter-2027-01.yaml',
    kind: 'Event',
  },
  {
    template: 'new-partner',
    user: 'user:default/amara.okafor',
    values: {
      title: 'Harbour Analytics',
      name: 'harbour-analytics',
      description: 'Analytics company that runs Kestrel pipelines.',
      type: 'company',
      website: 'https://harbour-analytics.example',
      emailDomains: ['harbour-analytics.example'],
      tier: 'community',
      since: '2027-01-10',
      contacts: ['user:default/elena.voss'],
      owner: 'group:default/partnerships',
    },
    portalSteps: ['create'],
    sourcePath: 'pull-request',
    targetPath: 'community/partners/organisations',
    file: 'pull-request/harbour-analytics.yaml',
    kind: 'Partner',
  },
  {
    template: 'new-learning-path',
    user: 'user:default/noah.whitfield',
    values: {
      title: 'Kestrel in production',
      name: 'kestrel-in-production',
      description: 'Operate Kestrel pipelines in production.',
      modules: ['Observability', 'Upgrades'],
      owner: 'group:default/educators',
    },
    portalSteps: ['commit', 'create'],
    sourcePath: 'learning-path',
    targetPath: 'community/education/kestrel-in-production',
    file: 'learning-path/catalog-info.yaml',
    kind: 'Component',
  },
];

describe('the templates with communityHub.createdContent.publish: pull-request (dry-run)', () => {
  let scaffolder: Awaited<ReturnType<typeof startScaffolder>>;
  beforeAll(async () => {
    scaffolder = await startScaffolder({ publish: 'pull-request' });
  });
  afterAll(() => scaffolder.stop());

  it.each(cases.map(c => [c.template, c] as const))(
    '%s plans a pull request against the community repository instead of the portal steps',
    async (_name, c) => {
      pullRequests.length = 0;
      const result = await scaffolder.dryRun(c.template, c.values, c.user);
      expect(result.status).toBe(200);
      expect(result.skipped).toEqual(c.portalSteps);
      expect(result.messages.join('\n')).not.toMatch(/would (create|commit)/);
      expect(pullRequests).toEqual([
        expect.objectContaining({
          repoUrl: 'github.com?owner=kestrel-project&repo=community',
          branchName: expect.stringContaining(String(c.values.name)),
          sourcePath: c.sourcePath,
          targetPath: c.targetPath,
        }),
      ]);
      // The reviewer is told which catalog.yaml target registers the new file
      const target = `./${path.posix.join(
        c.targetPath.replace(/^community\//, ''),
        path.posix.basename(c.file),
      )}`;
      expect(pullRequests[0].description).toContain(target);
      // What the pull request adds: the entity, in the file the catalog reads
      const entity = yaml.parse(result.files[c.file]);
      expect(entity).toMatchObject({
        kind: c.kind,
        metadata: { name: c.values.name },
      });
      expect(result.links).toEqual([
        {
          title: 'Open the pull request',
          icon: 'github',
          url: 'https://github.com/kestrel-project/community/pull/43',
        },
      ]);
    },
  );

  it('still validates the input first', async () => {
    pullRequests.length = 0;
    const result = await scaffolder.dryRun(
      'new-event',
      { ...cases[1].values, timeZone: 'Lagos' },
      'user:default/kwame.mensah',
    );
    expect(result.status).toBe(400);
    expect(result.body.error.message).toMatch(/\btimeZone: /);
    expect(pullRequests).toEqual([]);
  });
});
