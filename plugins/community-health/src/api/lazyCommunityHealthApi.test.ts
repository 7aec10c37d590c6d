import { mockCommunityHealthApi } from '../__testUtils__/fixtures';
import { lazyCommunityHealthApi } from './lazyCommunityHealthApi';

describe('lazyCommunityHealthApi', () => {
  it('loads the client once, on first use, and passes every call through', async () => {
    const client = mockCommunityHealthApi({
      getEntityHealth: jest.fn().mockResolvedValue({ health: 'of flow' }),
      addExemption: jest.fn().mockResolvedValue({ id: 8 }),
      startRun: jest.fn().mockResolvedValue({ id: 12 }),
    });
    const load = jest.fn().mockResolvedValue(client);
    const api = lazyCommunityHealthApi(load);
    expect(load).not.toHaveBeenCalled();

    await expect(
      api.getEntityHealth('component:default/kestrel-flow', { days: 365 }),
    ).resolves.toEqual({ health: 'of flow' });
    const draft = {
      checkId: 'has-docs',
      justification: 'Upstream docs',
      expiresOn: '2027-01-31',
    };
    await expect(
      api.addExemption('component:default/kestrel-flow', draft),
    ).resolves.toEqual({ id: 8 });
    await expect(api.startRun()).resolves.toEqual({ id: 12 });

    expect(load).toHaveBeenCalledTimes(1);
    expect(client.getEntityHealth).toHaveBeenCalledWith(
      'component:default/kestrel-flow',
      { days: 365 },
    );
    expect(client.addExemption).toHaveBeenCalledWith(
      'component:default/kestrel-flow',
      draft,
    );
  });
});
