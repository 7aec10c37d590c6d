import { mockCalendarApi } from '../testUtils/fixtures';
import { lazyCalendarApi } from './lazyCalendarApi';

describe('lazyCalendarApi', () => {
  it('loads the client once, on first use, and passes every call through', async () => {
    const client = mockCalendarApi({
      getEvent: jest.fn().mockResolvedValue({ event: 'details' }),
      register: jest.fn().mockResolvedValue({ registered: 1 }),
      createFeedToken: jest.fn().mockResolvedValue({ url: 'secret' }),
    });
    const load = jest.fn().mockResolvedValue(client);
    const api = lazyCalendarApi(load);
    expect(load).not.toHaveBeenCalled();

    await expect(api.getEvent('event:default/call')).resolves.toEqual({
      event: 'details',
    });
    await expect(api.register('event:default/call')).resolves.toEqual({
      registered: 1,
    });
    await expect(api.createFeedToken({ kind: 'mine' })).resolves.toEqual({
      url: 'secret',
    });

    expect(load).toHaveBeenCalledTimes(1);
    expect(client.getEvent).toHaveBeenCalledWith('event:default/call');
    expect(client.createFeedToken).toHaveBeenCalledWith({ kind: 'mine' });
  });
});
