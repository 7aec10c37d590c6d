import { startScaffolder } from './__testUtils__/dryRunTemplate';

jest.setTimeout(60_000);

const valid = {
  type: 'blog-post',
  title: 'kestrel-flow 2.6: stage metrics',
  name: 'blog-flow-2-6-released',
  summary: 'Release post for kestrel-flow 2.6.',
  publishDate: '2027-01-14',
  contentStatus: 'scheduled',
  owner: 'group:default/core-maintainers',
  packages: ['component:default/kestrel-flow'],
};
const organiser = 'user:default/aisha.rahman';

describe('the "New content item" template (dry-run)', () => {
  let scaffolder: Awaited<ReturnType<typeof startScaffolder>>;
  beforeAll(async () => {
    scaffolder = await startScaffolder();
  });
  afterAll(() => scaffolder.stop());

  it('creates an Event entity of the content calendar', async () => {
    const result = await scaffolder.dryRun(
      'new-content-item',
      valid,
      organiser,
    );
    expect(result.status).toBe(200);
    expect(result.inputs.create.entity).toEqual({
      apiVersion: 'communityhub.dev/v1alpha1',
      kind: 'Event',
      metadata: {
        name: 'blog-flow-2-6-released',
        namespace: 'default',
        title: 'kestrel-flow 2.6: stage metrics',
        description: 'Release post for kestrel-flow 2.6.',
      },
      spec: {
        type: 'blog-post',
        owner: 'group:default/core-maintainers',
        publishDate: '2027-01-14',
        contentStatus: 'scheduled',
        packages: ['component:default/kestrel-flow'],
      },
    });
    expect(result.messages).toContain(
      'Dry run: would create event:default/blog-flow-2-6-released',
    );
    expect(result.inputs.validate).toMatchObject({
      fields: { publishDate: '2027-01-14' },
    });
    expect(result.skipped).toEqual(['write', 'pr']);
    expect(result.links).toEqual([
      {
        title: 'Open kestrel-flow 2.6: stage metrics in the catalog',
        icon: 'catalog',
        url: '/catalog/default/event/blog-flow-2-6-released',
      },
    ]);
  });

  it.each(['newsletter', 'podcast'])(
    'creates a %s without related packages',
    async type => {
      const { packages: _packages, ...values } = valid;
      const result = await scaffolder.dryRun(
        'new-content-item',
        { ...values, type, name: `${type}-2027-01`, contentStatus: 'draft' },
        organiser,
      );
      expect(result.status).toBe(200);
      expect(result.inputs.create.entity.spec).toEqual({
        type,
        owner: 'group:default/core-maintainers',
        publishDate: '2027-01-14',
        contentStatus: 'draft',
      });
    },
  );

  it('refuses a publish date that does not exist, naming the field', async () => {
    const result = await scaffolder.dryRun(
      'new-content-item',
      { ...valid, publishDate: '2027-02-30' },
      organiser,
    );
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.body)).toMatch(/publishDate/);
  });

  it('refuses a status or type outside the lists', async () => {
    for (const [field, value] of [
      ['contentStatus', 'cancelled'],
      ['type', 'meetup'],
    ]) {
      const result = await scaffolder.dryRun(
        'new-content-item',
        { ...valid, [field]: value },
        organiser,
      );
      expect(result.status).toBe(400);
      expect(result.body.errors).toEqual([
        expect.objectContaining({ path: [field], name: 'enum' }),
      ]);
    }
  });

  it('refuses the name of an existing item', async () => {
    const result = await scaffolder.dryRun(
      'new-content-item',
      { ...valid, name: 'newsletter-2026-12' },
      organiser,
    );
    expect(result.status).toBe(400);
    expect(result.body.error.message).toMatch(
      /\bname: event:default\/newsletter-2026-12 already exists/,
    );
  });
});
