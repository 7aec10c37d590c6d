import { startScaffolder } from './__testUtils__/dryRunTemplate';

jest.setTimeout(60_000);

const valid = {
  title: 'Harbour Analytics',
  name: 'harbour-analytics',
  description:
    'Analytics company that runs Kestrel pipelines for port logistics.',
  type: 'company',
  website: 'https://harbour-analytics.example',
  emailDomains: ['harbour-analytics.example'],
  tier: 'bronze',
  since: '2027-01-10',
  contacts: ['user:default/elena.voss'],
  sponsors: ['component:default/kestrel-retry'],
  maintains: ['component:default/kestrel-testkit'],
  owner: 'group:default/partnerships',
};
const manager = 'user:default/amara.okafor';

describe('the "New partner" template (dry-run)', () => {
  let scaffolder: Awaited<ReturnType<typeof startScaffolder>>;
  beforeAll(async () => {
    scaffolder = await startScaffolder();
  });
  afterAll(() => scaffolder.stop());

  it('creates a Partner entity with its website, domains, contacts and packages', async () => {
    const result = await scaffolder.dryRun('new-partner', valid, manager);
    expect(result.status).toBe(200);
    expect(result.inputs.create.entity).toEqual({
      apiVersion: 'communityhub.dev/v1alpha1',
      kind: 'Partner',
      metadata: {
        name: 'harbour-analytics',
        namespace: 'default',
        title: 'Harbour Analytics',
        description: valid.description,
        links: [{ url: 'https://harbour-analytics.example', title: 'Website' }],
      },
      spec: {
        type: 'company',
        tier: 'bronze',
        since: '2027-01-10',
        website: 'https://harbour-analytics.example',
        emailDomains: ['harbour-analytics.example'],
        owner: 'group:default/partnerships',
        contacts: ['user:default/elena.voss'],
        sponsors: ['component:default/kestrel-retry'],
        maintains: ['component:default/kestrel-testkit'],
      },
    });
    expect(result.messages).toContain(
      'Dry run: would create partner:default/harbour-analytics',
    );
    expect(result.skipped).toEqual(['write', 'pr']);
    expect(result.links).toEqual([
      {
        title: 'Open Harbour Analytics in the catalog',
        icon: 'catalog',
        url: '/catalog/default/partner/harbour-analytics',
      },
    ]);
  });

  it('creates a partner that neither sponsors nor maintains packages yet', async () => {
    const { sponsors: _s, maintains: _m, ...values } = valid;
    const result = await scaffolder.dryRun(
      'new-partner',
      { ...values, tier: 'community' },
      manager,
    );
    expect(result.status).toBe(200);
    expect(result.inputs.create.entity.spec).toMatchObject({
      tier: 'community',
      sponsors: [],
      maintains: [],
    });
  });

  it('refuses contacts and packages that do not exist, naming each field', async () => {
    const result = await scaffolder.dryRun(
      'new-partner',
      {
        ...valid,
        contacts: ['user:default/nobody'],
        sponsors: ['component:default/kestrel-nothing'],
      },
      manager,
    );
    expect(result.status).toBe(400);
    expect(result.body.error.message).toMatch(
      /\bcontacts: user:default\/nobody does not exist/,
    );
    expect(result.body.error.message).toMatch(
      /\bsponsors: component:default\/kestrel-nothing does not exist/,
    );
  });

  it('refuses an existing partner name', async () => {
    const result = await scaffolder.dryRun(
      'new-partner',
      { ...valid, name: 'northwind-data' },
      manager,
    );
    expect(result.status).toBe(400);
    expect(result.body.error.message).toMatch(
      /\bname: partner:default\/northwind-data already exists/,
    );
  });

  it('refuses a partner without contacts before creating it', async () => {
    const result = await scaffolder.dryRun(
      'new-partner',
      { ...valid, contacts: [] },
      manager,
    );
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.body)).toMatch(/contacts/);
  });

  it.each([
    ['website', 'harbour-analytics.example', ['website']],
    ['emailDomains', ['@harbour-analytics.example'], ['emailDomains', 0]],
    ['tier', 'diamond', ['tier']],
  ])('refuses a bad %s, naming the field', async (field, value, errorPath) => {
    const result = await scaffolder.dryRun(
      'new-partner',
      { ...valid, [field]: value },
      manager,
    );
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual([
      expect.objectContaining({ path: errorPath }),
    ]);
  });
});
